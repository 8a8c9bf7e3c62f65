#include "AllOrganisations.h"

#include "ApiError.h"
#include "Inventory.h"
#include "RelativeTime.h"
#include "RotationEngine.h"
#include "SecretError.h"

#include <algorithm>
#include <utility>

namespace keydesk {

AllOrganisations::AllOrganisations(ProfileSession::Services sessionServices, Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_sessionServices(std::move(sessionServices))
    , m_inventory(inventory)
    , m_rotations(inventory ? new RotationEngine(inventory, m_sessionServices.clock, this) : nullptr)
{
}

AllOrganisations::~AllOrganisations() = default;

void AllOrganisations::open(const QList<Profile> &profiles)
{
    close();
    for (const Profile &profile : profiles) {
        auto *session = new ProfileSession(m_sessionServices, this);
        m_entries.append({session, profile, {}, false, false, false, {}, {}});
        watch(session);
    }
    // Every read and list is asynchronous: they all go out before any answers.
    for (const Entry &entry : std::as_const(m_entries)) {
        readLastKnown(entry.session);
        entry.session->open(entry.profile.name);
    }
    Q_EMIT changed();
}

void AllOrganisations::watch(ProfileSession *session)
{
    session->setFirstRequestGate([this, session](const QString &, std::function<void()> release) {
        holdFirstList(session, std::move(release));
    });
    connect(session, &ProfileSession::keysListed, this,
            [this, session](const QList<ApiKey> &keys) { onListed(session, keys); });
    connect(session, &ProfileSession::listFailed, this, [this, session](const ApiError &error) {
        setProblem(session, tr("%1: %2").arg(session->profileName(), error.userMessage()));
        Q_EMIT listFailed(session->profileName(), error);
    });
    connect(session, &ProfileSession::credentialFailed, this, [this, session](const SecretError &error) {
        setProblem(session, error.kind == SecretError::Kind::NotFound
                                ? tr("%1: no credential is stored; enter it in the organisation's settings.")
                                      .arg(session->profileName())
                                : tr("%1: %2").arg(session->profileName(), error.userMessage()));
    });
    connect(session, &ProfileSession::tokenExpired, this, [this, session](const QDateTime &expiresAt) {
        setProblem(session, tr("%1: the LeadHQL session token expired on %2; paste a new one in the "
                               "organisation's settings.")
                                .arg(session->profileName(), exactLocalTime(expiresAt)));
    });
    connect(session, &ProfileSession::stateChanged, this, [this, session](ProfileSession::State state) {
        Entry *entry = entryOf(session);
        if (!entry || state != ProfileSession::State::Unsupported || entry->unsupported)
            return;
        // No key list (Trust Leads): its rows are the keys tracked by hand, current as such.
        entry->unsupported = true;
        Q_EMIT changed();
    });
    connect(session, &ProfileSession::busyChanged, this, &AllOrganisations::busyChanged);
}

void AllOrganisations::close()
{
    if (m_entries.isEmpty())
        return;
    // Deleting a session drops its pending answers; the inventory's go with their context.
    const QList<Entry> entries = std::exchange(m_entries, {});
    for (const Entry &entry : entries)
        delete entry.session;
    Q_EMIT busyChanged();
    Q_EMIT changed();
}

void AllOrganisations::refresh()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.unsupported)
            readLastKnown(entry.session);
        else
            entry.session->refresh();
    }
}

void AllOrganisations::refreshDue()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.unsupported)
            readLastKnown(entry.session);
        else if (!entry.session->isCredentialRefused() && !entry.session->isBusy())
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

QList<Profile> AllOrganisations::profiles() const
{
    QList<Profile> profiles;
    for (const Entry &entry : m_entries)
        profiles.append(entry.profile);
    return profiles;
}

QList<KeyTableModel::OrganisationKeys> AllOrganisations::keys() const
{
    QList<KeyTableModel::OrganisationKeys> keys;
    for (const Entry &entry : m_entries) {
        const bool current = entry.problem.isEmpty() && (entry.listed || entry.unsupported);
        keys.append({entry.profile.name, entry.profile.dialect, entry.keys, current});
    }
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

QDateTime AllOrganisations::lastRefreshed() const
{
    QDateTime oldest;
    for (const Entry &entry : m_entries) {
        if (entry.unsupported)
            continue;
        const QDateTime listed = entry.session->lastRefreshed();
        if (!listed.isValid())
            continue; // never listed: its line in the banner says why
        if (!oldest.isValid() || listed < oldest)
            oldest = listed;
    }
    return oldest;
}

AllOrganisations::Entry *AllOrganisations::entryOf(const ProfileSession *session)
{
    for (Entry &entry : m_entries) {
        if (entry.session == session)
            return &entry;
    }
    return nullptr;
}

void AllOrganisations::holdFirstList(ProfileSession *session, std::function<void()> release)
{
    Entry *entry = entryOf(session);
    if (!entry || entry->lastKnownRead) {
        release();
        return;
    }
    entry->releaseList = std::move(release); // ProfileSession lets it go after a while anyway
}

void AllOrganisations::readLastKnown(ProfileSession *session)
{
    Entry *asked = entryOf(session);
    if (!asked)
        return;
    if (!m_inventory) {
        asked->lastKnownRead = true;
        return;
    }
    // The session is the context: closing the view drops the answer.
    m_inventory->lastKnown(asked->profile.name, session,
                           [this, session](const InventoryResult<std::optional<InventorySnapshot>> &result) {
                               Entry *entry = entryOf(session);
                               if (!entry)
                                   return;
                               entry->lastKnownRead = true;
                               // The server answered first: what the inventory knew is older.
                               if (!entry->listed && result.ok() && result.value) {
                                   entry->keys.clear();
                                   for (const InventoryKey &known : result.value->keys) {
                                       if (!known.isGone())
                                           entry->keys.append(known.key);
                                   }
                                   Q_EMIT changed();
                               }
                               if (const std::function<void()> release = std::exchange(entry->releaseList, {}))
                                   release();
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
    if (m_inventory) // each under its own organisation, as the single view records it (WindowInventory)
        m_inventory->record({entry->profile.name, entry->profile.dialect, entry->profile.baseUrl}, keys,
                            m_sessionServices.clock());
    if (m_rotations) // and its open rotations move on, as in the single view
        m_rotations->advance(entry->profile.name, keys, session->client());
    Q_EMIT changed();
    Q_EMIT keysListed(entry->profile.name, int(keys.size()));
}

void AllOrganisations::setProblem(ProfileSession *session, const QString &problem)
{
    Entry *entry = entryOf(session);
    if (!entry)
        return;
    entry->problem = problem;
    Q_EMIT changed();
}

} // namespace keydesk
