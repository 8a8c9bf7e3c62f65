#include "KeyCommands.h"

#include "ApiError.h"
#include "HandoffStore.h"
#include "KeyFilterProxy.h"
#include "KeyFlows.h"
#include "KeyTableModel.h"
#include "ProfileSession.h"
#include "UntrustedText.h"

#include <QClipboard>
#include <QTableView>

namespace keydesk {

KeyCommands::KeyCommands(Services services, QTableView *table, const KeyTableModel *model, const KeyFilterProxy *proxy,
                         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
{
    ProfileSession *session = m_services.session;
    KeyFlows *flows = m_services.flows;
    connect(flows, &KeyFlows::keyCreated, this, [this, session](const QString &profileName) {
        if (isCurrent(profileName))
            session->refresh();
    });
    connect(flows, &KeyFlows::keyRevoked, this, [this, session](const QString &profileName) {
        if (isCurrent(profileName))
            session->refresh();
    });
    connect(flows, &KeyFlows::keysChanged, this, [this, session](const QString &profileName) {
        if (isCurrent(profileName))
            session->refresh();
    });
    connect(flows, &KeyFlows::requestFailed, this, [this, session](const QString &profileName, const ApiError &error) {
        if (!isCurrent(profileName))
            return;
        session->reportFailure(error);
        Q_EMIT requestFailed(error);
    });
}

KeyCommands::~KeyCommands() = default;

bool KeyCommands::isCurrent(const QString &profileName) const
{
    return m_services.session->profile() && profileName == m_services.session->profileName();
}

std::optional<ApiKey> KeyCommands::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->keyAt(source.row());
}

bool KeyCommands::isSelectedPending() const
{
    const std::optional<ApiKey> key = selectedKey();
    return key && m_services.session->profile()
           && m_services.handoffs->isPending(m_services.session->profileName(), key->id);
}

QString KeyCommands::createBlockedReason() const
{
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
    if (!session.profile() || !session.client())
        return;
    m_services.flows->create({session.client(), session.profileName()}, m_model->keys());
}

void KeyCommands::revokeSelected()
{
    const ProfileSession &session = *m_services.session;
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !session.profile() || !session.client())
        return;
    m_services.flows->revoke({session.client(), session.profileName()}, *key);
}

void KeyCommands::handOffSelected()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !isSelectedPending())
        return;
    m_services.flows->resumeHandoff(m_services.session->profileName(), key->id);
}

void KeyCommands::copyIdentifier()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    // The visible identifier (or the server's id when the dialect shows none): never a secret.
    const QString identifier =
        m_model->index(m_model->rowOfId(key->id), KeyTableModel::Key).data(KeyTableModel::IdentifierRole).toString();
    const bool hasIdentifier = !identifier.isEmpty();
    const QString text = hasIdentifier ? identifier : key->id;
    m_services.clipboard->setText(text);
    const QString shown = UntrustedText::forDisplay(text);
    Q_EMIT note(hasIdentifier ? tr("Copied the identifier %1.").arg(shown) : tr("Copied the key id %1.").arg(shown));
}

} // namespace keydesk
