#include "AllOrganisations.h"

#include "ApiError.h"
#include "Inventory.h"
#include "SecretError.h"

#include <algorithm>

namespace keydesk {

AllOrganisations::AllOrganisations(ProfileSession::Services sessionServices, Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_sessionServices(std::move(sessionServices))
    , m_inventory(inventory)
{
}

AllOrganisations::~AllOrganisations() = default;

void AllOrganisations::open(const QList<Profile> &profiles)
{
    close();
    for (const Profile &profile : profiles) {
        auto *session = new ProfileSession(m_sessionServices, this);
        m_entries.append({session, profile, {}, false, {}});
        connect(session, &ProfileSession::keysListed, this,
                [this, session](const QList<ApiKey> &keys) { onListed(session, keys); });
        connect(session, &ProfileSession::listFailed, this, [this, session](const ApiError &error) {
            onProblem(session, tr("%1: %2").arg(session->profileName(), error.userMessage()));
            Q_EMIT listFailed(session->profileName(), error);
        });
        connect(session, &ProfileSession::credentialFailed, this, [this, session](const SecretError &error) {
            onProblem(session, error.kind == SecretError::Kind::NotFound
                                   ? tr("%1: no credential is stored.").arg(session->profileName())
                                   : tr("%1: %2").arg(session->profileName(), error.userMessage()));
        });
        connect(session, &ProfileSession::stateChanged, this, [this, session](ProfileSession::State state) {
            if (state == ProfileSession::State::Unsupported)
                onProblem(session, tr("%1: %2 documents no key list; the keys KeyDesk tracks for it are shown.")
                                       .arg(session->profileName(), dialectDisplayName(session->profile()->dialect)));
        });
        connect(session, &ProfileSession::busyChanged, this, &AllOrganisations::busyChanged);
    }
    // Each session reads its credential and lists on its own: they all go at once.
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.session->open(entry.profile.name);
        readLastKnown(entry.session);
    }
    Q_EMIT changed();
}

void AllOrganisations::close()
{
    if (m_entries.isEmpty())
        return;
    // Deleting a session drops its pending answers (they are delivered to it).
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.session;
    m_entries.clear();
    Q_EMIT busyChanged();
    Q_EMIT changed();
}

void AllOrganisations::refresh()
{
    for (const Entry &entry : std::as_const(m_entries))
        entry.session->refresh();
}

void AllOrganisations::refreshDue()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.session->isCredentialRefused() && !entry.session->isBusy())
            entry.session->refresh();
    }
}

ProfileSession *AllOrganisations::session(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.profile.name == name)
            return entry.session;
    }
    return nullptr;
}

QList<KeyTableModel::OrganisationKeys> AllOrganisations::keys() const
{
    QList<KeyTableModel::OrganisationKeys> keys;
    for (const Entry &entry : m_entries)
        keys.append({entry.profile.name, entry.profile.dialect, entry.keys, entry.listed && entry.problem.isEmpty()});
    return keys;
}

QStringList AllOrganisations::problems() const
{
    QStringList problems;
    for (const Entry &entry : m_entries) {
        if (!entry.problem.isEmpty())
            problems.append(entry.problem);
    }
    return problems;
}

bool AllOrganisations::isBusy() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return entry.session->isBusy(); });
}

AllOrganisations::Entry *AllOrganisations::entryOf(const ProfileSession *session)
{
    for (Entry &entry : m_entries) {
        if (entry.session == session)
            return &entry;
    }
    return nullptr;
}

void AllOrganisations::readLastKnown(ProfileSession *session)
{
    if (!m_inventory)
        return;
    // The session is the context: closing the view drops the answer.
    m_inventory->lastKnown(session->profileName(), session,
                           [this, session](const InventoryResult<std::optional<InventorySnapshot>> &result) {
                               Entry *entry = entryOf(session);
                               // The server answered first: what the inventory knew is older.
                               if (!entry || entry->listed || !result.ok() || !result.value)
                                   return;
                               entry->keys.clear();
                               for (const InventoryKey &known : result.value->keys) {
                                   if (!known.isGone())
                                       entry->keys.append(known.key);
                               }
                               Q_EMIT changed();
                           });
}

void AllOrganisations::onListed(ProfileSession *session, const QList<ApiKey> &keys)
{
    Entry *entry = entryOf(session);
    if (!entry)
        return;
    entry->keys = keys;
    entry->listed = true;
    entry->problem.clear();
    if (m_inventory) // per organisation, as the single view records it (WindowInventory)
        m_inventory->record({entry->profile.name, entry->profile.dialect, entry->profile.baseUrl}, keys,
                            m_sessionServices.clock());
    Q_EMIT changed();
    Q_EMIT keysListed(entry->profile.name, int(keys.size()));
}

void AllOrganisations::onProblem(ProfileSession *session, const QString &problem)
{
    Entry *entry = entryOf(session);
    if (!entry)
        return;
    entry->problem = problem;
    Q_EMIT changed();
}

} // namespace keydesk
