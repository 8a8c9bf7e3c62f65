#include "KeyCommands.h"

#include "AllOrganisations.h"
#include "ApiError.h"
#include "HandoffStore.h"
#include "KeyFilterProxy.h"
#include "KeyFlows.h"
#include "KeyTableModel.h"
#include "ProfileSession.h"
#include "RotationRules.h"
#include "UntrustedText.h"

#include <QClipboard>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace keydesk {

KeyCommands::KeyCommands(Services services, QTableView *table, const KeyTableModel *model, const KeyFilterProxy *proxy,
                         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
{
    KeyFlows *flows = m_services.flows;
    const auto refreshOf = [this](const QString &profileName) {
        if (ProfileSession *session = sessionNamed(profileName))
            session->refresh();
    };
    connect(flows, &KeyFlows::keyCreated, this, refreshOf);
    connect(flows, &KeyFlows::keyRevoked, this, refreshOf);
    connect(flows, &KeyFlows::keysChanged, this, refreshOf);
    connect(flows, &KeyFlows::requestFailed, this, [this](const QString &profileName, const ApiError &error) {
        ProfileSession *session = sessionNamed(profileName);
        if (!session)
            return;
        session->reportFailure(error);
        Q_EMIT requestFailed(profileName, error);
    });
}

KeyCommands::~KeyCommands() = default;

ProfileSession *KeyCommands::sessionNamed(const QString &profileName) const
{
    ProfileSession *session = m_services.session;
    if (session->profile() && profileName == session->profileName())
        return session;
    return m_all && m_model->isMerged() ? m_all->session(profileName) : nullptr;
}

int KeyCommands::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    return source.isValid() ? source.row() : -1;
}

ProfileSession *KeyCommands::selectedSession() const
{
    if (!m_model->isMerged())
        return m_services.session;
    const int row = selectedRow();
    return row >= 0 && m_all ? m_all->session(m_model->organisationAt(row)) : nullptr;
}

std::optional<ApiKey> KeyCommands::selectedKey() const
{
    const int row = selectedRow();
    if (row < 0)
        return std::nullopt;
    return m_model->keyAt(row);
}

bool KeyCommands::isSelectedPending() const
{
    const std::optional<ApiKey> key = selectedKey();
    const ProfileSession *session = selectedSession();
    return key && session && session->profile() && m_services.handoffs->isPending(session->profileName(), key->id);
}

QString KeyCommands::createBlockedReason() const
{
    if (m_model->isMerged())
        return tr("Choose an organisation to create a key");
    const ProfileSession &session = *m_services.session;
    const std::optional<Profile> &profile = session.profile();
    if (!profile)
        return tr("Add an organisation first.");
    ApiClient *client = session.client();
    if (!DialectTraits::of(profile->dialect).managesKeys || session.state() == ProfileSession::State::Unsupported) {
        if (client)
            return m_services.flows->createBlockedReason({client, profile->name}, m_model->keys());
        return tr("%1 documents no key-management API.").arg(dialectDisplayName(profile->dialect));
    }
    if (!client || session.state() != ProfileSession::State::Loaded)
        return {};
    return m_services.flows->createBlockedReason({client, profile->name}, m_model->keys());
}

// The actions that call these are disabled whenever they cannot run (WindowActions),
// and Qt ignores a disabled action's shortcut; these check only what they need.
void KeyCommands::create()
{
    const ProfileSession &session = *m_services.session;
    if (m_model->isMerged() || !session.profile() || !session.client())
        return;
    m_services.flows->create({session.client(), session.profileName()}, m_model->keys());
}

void KeyCommands::rotateSelected(RotationEngine *engine, const QList<Finding> &findings)
{
    const ProfileSession &session = *m_services.session;
    const std::optional<ApiKey> key = selectedKey();
    if (!engine || !key || m_model->isMerged() || !session.profile() || !session.client())
        return;
    const QList<ApiKey> keys = m_model->keys();
    QList<Finding> own;
    for (const Finding &finding : findings) {
        if (finding.organisation == session.profileName())
            own.append(finding);
    }
    QList<ApiKey> room;
    for (const QString &id : RotationRules::roomToRotate(own, key->id)) {
        const auto found = std::find_if(keys.cbegin(), keys.cend(), [&id](const ApiKey &k) { return k.id == id; });
        if (found != keys.cend() && !found->revoked)
            room.append(*found);
    }
    m_services.flows->rotate({session.client(), session.profileName()}, *key, keys, room, engine);
}

int KeyCommands::selectedCount() const
{
    return int(m_table->selectionModel()->selectedRows().size());
}

std::optional<QList<KeyFlows::BulkItem>> KeyCommands::selectedForBulkRevoke() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<KeyFlows::BulkItem> items;
    bool anyActive = false;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            continue;
        const int row = source.row();
        ProfileSession *session = m_model->isMerged() ? (m_all ? m_all->session(m_model->organisationAt(row)) : nullptr)
                                                      : m_services.session;
        if (!session || !session->profile() || !session->client() || session->state() != ProfileSession::State::Loaded
            || !DialectTraits::of(session->profile()->dialect).managesKeys)
            return std::nullopt;
        const ApiKey &key = m_model->keyAt(row);
        anyActive = anyActive || !key.revoked; // revoked ones are skipped (the dialog lists them)
        items.append({{session->client(), session->profileName()}, key});
    }
    if (!anyActive)
        return std::nullopt;
    return items;
}

void KeyCommands::revokeSelected()
{
    if (selectedCount() > 1) {
        if (const std::optional<QList<KeyFlows::BulkItem>> items = selectedForBulkRevoke())
            m_services.flows->revokeMany(*items, m_model->isMerged());
        return;
    }
    const ProfileSession *session = selectedSession();
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !session || !session->profile() || !session->client())
        return;
    m_services.flows->revoke({session->client(), session->profileName()}, *key);
}

void KeyCommands::handOffSelected()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !isSelectedPending())
        return;
    m_services.flows->resumeHandoff(selectedSession()->profileName(), key->id);
}

void KeyCommands::copyIdentifier()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const std::optional<ApiKey> key = m_model->keyAt(row);
    // The visible identifier (or the server's id when the dialect shows none): never a secret.
    const QString identifier =
        m_model->index(row, KeyTableModel::Key).data(KeyTableModel::IdentifierRole).toString();
    const bool hasIdentifier = !identifier.isEmpty();
    const QString text = hasIdentifier ? identifier : key->id;
    m_services.clipboard->setText(text);
    const QString shown = UntrustedText::forDisplay(text);
    Q_EMIT note(hasIdentifier ? tr("Copied the identifier %1.").arg(shown) : tr("Copied the key id %1.").arg(shown));
}

} // namespace keydesk
