#include "PendingBadges.h"

#include "HandoffStore.h"
#include "KeyTableModel.h"

namespace keydesk {

PendingBadges::PendingBadges(HandoffStore *handoffs, KeyTableModel *model, QObject *parent)
    : QObject(parent)
    , m_handoffs(handoffs)
    , m_model(model)
{
    connect(m_handoffs, &HandoffStore::changed, this, &PendingBadges::update);
}

PendingBadges::~PendingBadges() = default;

void PendingBadges::update()
{
    QHash<QString, QHash<QString, QString>> byOrganisation;
    m_count = 0;
    for (const QString &name : std::as_const(m_profileNames)) {
        QHash<QString, QString> &identifiers = byOrganisation[name];
        const QList<PendingHandoff> pending = m_handoffs->pending(name);
        for (const PendingHandoff &handoff : pending)
            identifiers.insert(handoff.keyId, handoff.maskedIdentifier);
        m_count += int(identifiers.size());
    }
    if (m_merged)
        m_model->setPendingHandoffsByOrganisation(byOrganisation);
    else
        m_model->setPendingHandoffs(m_profileNames.isEmpty() ? QHash<QString, QString>()
                                                             : byOrganisation.value(m_profileNames.constFirst()));
    Q_EMIT updated();
}

QString PendingBadges::text() const
{
    if (m_count == 0)
        return {};
    // Singular and plural spelled out, as elsewhere: without a catalogue Qt would print
    // "key(s)"; translators still get numerus forms for both.
    return m_count == 1 ? tr("%n key waits for handoff", nullptr, m_count)
                        : tr("%n keys wait for handoff", nullptr, m_count);
}

} // namespace keydesk
