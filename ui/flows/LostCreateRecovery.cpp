#include "LostCreateRecovery.h"

#include "ApiClient.h"
#include "LostKeyDialog.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace keydesk {

void LostCreateRecovery::recover(QPointer<ApiClient> client, const QString &profileName, const LostCreate &lost,
                                 const ApiError &createError)
{
    auto *dialog = new LostKeyDialog(lost.name, createError, m_flows.m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flows.trackDialog(dialog);
    QObject::connect(dialog, &LostKeyDialog::retryRequested, &m_flows,
                     [this, dialog, client, lost] { findLostKey(dialog, client, lost); });
    QObject::connect(dialog, &LostKeyDialog::revokeRequested, &m_flows,
                     [this, dialog, client, profileName](const QList<ApiKey> &keys) {
                         revokeLostKeys(dialog, client, profileName, keys);
                     });
    // However it ends (revoked, left, nothing found), the window lists the keys again.
    QObject::connect(dialog, &QDialog::finished, &m_flows,
                     [this, profileName] { Q_EMIT m_flows.keysChanged(profileName); });
    dialog->open();
    findLostKey(dialog, client, lost);
}

void LostCreateRecovery::findLostKey(LostKeyDialog *dialog, QPointer<ApiClient> client, const LostCreate &lost)
{
    if (!client) {
        dialog->showSearchFailed(
            QCoreApplication::translate("keydesk::KeyFlows", "the connection to this organisation was closed"));
        return;
    }
    dialog->showSearching();
    m_flows.setBusy(true);
    auto *finder = new LostKeyFinder(
        client, [flows = &m_flows] { return flows->now(); }, &m_flows);
    const QPointer<LostKeyDialog> dialogGuard = dialog;
    QObject::connect(finder, &LostKeyFinder::finished, &m_flows, [this, finder, dialogGuard] {
        finder->deleteLater();
        m_flows.setBusy(false);
        if (!dialogGuard)
            return;
        if (finder->error().isError())
            dialogGuard->showSearchFailed(finder->error().userMessage());
        else
            dialogGuard->showCandidates(finder->candidates(), finder->undated());
    });
    finder->start(lost);
}

void LostCreateRecovery::revokeLostKeys(LostKeyDialog *dialog, QPointer<ApiClient> client, const QString &profileName,
                                        const QList<ApiKey> &keys)
{
    if (!client) {
        dialog->finishRevoking(
            {}, QCoreApplication::translate("keydesk::KeyFlows", "The connection to this organisation was closed."));
        return;
    }
    struct Batch final {
        qsizetype pending = 0;
        QStringList revokedIds;
        QStringList problems;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = keys.size();
    dialog->showRevoking();
    const QPointer<LostKeyDialog> dialogGuard = dialog;
    for (const ApiKey &key : keys) {
        m_flows.setBusy(true);
        ApiReply *reply = client->revokeKey(key.id);
        QObject::connect(reply, &ApiReply::finished, &m_flows, [this, reply, batch, dialogGuard, profileName, key] {
            m_flows.setBusy(false);
            if (reply->ok()) {
                batch->revokedIds.append(key.id);
                m_flows.reportAction(
                    profileName, ActionLogEntry::revoke(), key.id, key.name, ActionLogEntry::ok(),
                    QCoreApplication::translate("keydesk::KeyFlows", "Left by a create whose answer was lost."));
                Q_EMIT m_flows.keyRevoked(profileName, key.id);
            } else {
                m_flows.reportAction(profileName, ActionLogEntry::revoke(), key.id, key.name, ActionLogEntry::failed(),
                                     reply->error().userMessage());
                batch->problems.append(
                    QCoreApplication::translate("keydesk::KeyFlows", "“%1” (%2) was not revoked: %3")
                        .arg(UntrustedText::forDisplay(key.name),
                             UntrustedText::forDisplay(key.keyPrefix.isEmpty() ? key.id : key.keyPrefix),
                             reply->error().userMessage()));
            }
            if (--batch->pending > 0 || !dialogGuard)
                return;
            dialogGuard->finishRevoking(batch->revokedIds, batch->problems.join(u'\n'));
        });
    }
}

} // namespace keydesk
