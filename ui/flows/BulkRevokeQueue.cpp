#include "BulkRevokeQueue.h"

#include "ApiClient.h"
#include "BulkRevokeDialog.h"

#include <QCoreApplication>
#include <QPointer>

namespace keydesk {

struct BulkRevokeQueue::BulkQueue final {
    QPointer<BulkRevokeDialog> dialog;
    QList<BulkItem> items;
    QList<QPointer<ApiClient>> clients; // by item: an organisation closed meanwhile fails its keys
    QList<int> pending;                 // indices still to send, in order
    QList<int> revoked;                 // announced when the queue is done
};

void BulkRevokeQueue::revokeMany(const QList<BulkItem> &items, bool showOrganisation)
{
    if (items.isEmpty())
        return;
    QList<BulkRevokeDialog::Item> shown;
    auto queue = std::make_shared<BulkQueue>();
    for (const BulkItem &item : items) {
        shown.append({item.target.profileName, item.key});
        queue->items.append(item);
        queue->clients.append(item.target.client);
    }
    auto *dialog = new BulkRevokeDialog(shown, showOrganisation, m_flows.now(), m_flows.m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flows.trackDialog(dialog);
    queue->dialog = dialog;
    QObject::connect(dialog, &BulkRevokeDialog::revokeRequested, &m_flows, [this, queue] {
        if (!queue->dialog)
            return;
        queue->pending = queue->dialog->toRevoke();
        revokeNextOf(queue);
    });
    dialog->open();
}

// A small queue: one DELETE in flight at a time, so a long selection neither floods the
// server (its rate limit, LocalLeads' per-key calls) nor the retries.
void BulkRevokeQueue::revokeNextOf(std::shared_ptr<BulkQueue> queue)
{
    if (queue->pending.isEmpty()) {
        if (queue->dialog)
            queue->dialog->finishRevoking();
        // Only now: each announcement lists the organisation again, and a listing sent
        // between two DELETEs would stand in for the later ones (ProfileSession::refresh
        // sends none while one is in flight) and show their keys still active.
        for (const int index : std::as_const(queue->revoked))
            Q_EMIT m_flows.keyRevoked(queue->items.at(index).target.profileName, queue->items.at(index).key.id);
        return;
    }
    const int index = queue->pending.takeFirst();
    const BulkItem &item = queue->items.at(index);
    ApiClient *client = queue->clients.at(index);
    if (queue->dialog)
        queue->dialog->showRevoking(index);
    if (!client) {
        if (queue->dialog)
            queue->dialog->showResult(
                index, false,
                QCoreApplication::translate("keydesk::KeyFlows", "the connection to this organisation was closed"));
        revokeNextOf(queue);
        return;
    }
    m_flows.sendRevoke(client, item.target.profileName, item.key, false, [this, queue, index](const ApiReply *reply) {
        if (reply->ok())
            queue->revoked.append(index);
        if (queue->dialog)
            queue->dialog->showResult(index, reply->ok(), reply->ok() ? QString() : reply->error().userMessage());
        revokeNextOf(queue);
    });
}

} // namespace keydesk
