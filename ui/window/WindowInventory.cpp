#include "WindowInventory.h"

#include "Inventory.h"
#include "NextFrame.h"
#include "ProfileEditor.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "RotationEngine.h"

#include <QScopeGuard>

#include <utility>

namespace keydesk {

WindowInventory::WindowInventory(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    if (!m_services.inventory)
        return;
    connect(m_services.session, &ProfileSession::opened, this, &WindowInventory::onOpened);
    m_services.session->setFirstRequestGate([this](const QString &profileName, std::function<void()> release) {
        holdFirstRequests(profileName, std::move(release));
    });
    m_rotations = new RotationEngine(m_services.inventory, m_services.clock, this);
    connect(m_services.session, &ProfileSession::keysListed, this, &WindowInventory::onKeysListed);
    connect(m_services.inventory, &Inventory::statusChanged, this, &WindowInventory::onStatus);
    // Opened before the window was made: its outcome may be known already. Queued, so the
    // window's own connections are in place when it is said.
    QMetaObject::invokeMethod(
        this, [this] { onStatus(m_services.inventory->status()); }, Qt::QueuedConnection);
}

WindowInventory::~WindowInventory() = default;

void WindowInventory::onOpened()
{
    ProfileSession *session = m_services.session;
    if (!session->profile()) {
        NextFrame::after(m_services.window, this, [this] { Q_EMIT settled(); });
        return;
    }
    const int generation = session->generation();
    m_release = {};
    m_services.inventory->lastKnown(
        session->profileName(), this,
        [this, session, generation](const InventoryResult<std::optional<InventorySnapshot>> &result) {
            // Whatever it says, the first requests of this generation may go once the
            // window has drawn it: the keychain and the network wait for that frame.
            const auto releaseRequests = qScopeGuard([this, generation, session] {
                if (generation != session->generation())
                    return;
                m_readGeneration = generation;
                NextFrame::after(m_services.window, this, [this, release = std::exchange(m_release, {})] {
                    if (release)
                        release();
                    Q_EMIT settled();
                });
            });
            // Another organisation was opened meanwhile, or the server answered first:
            // what the inventory knew is older than what is on screen.
            if (generation != session->generation() || session->state() == ProfileSession::State::Loaded)
                return;
            if (!result.ok() || !result.value)
                return;
            Q_EMIT lastKnownRead(*result.value);
        });
}

void WindowInventory::holdFirstRequests(const QString &profileName, std::function<void()> release)
{
    ProfileSession *session = m_services.session;
    if (profileName != session->profileName() || m_readGeneration == session->generation()) {
        release();
        return;
    }
    m_release = std::move(release);
}

void WindowInventory::onKeysListed(const QList<ApiKey> &keys)
{
    const std::optional<Profile> &profile = m_services.session->profile();
    if (!profile)
        return;
    m_services.inventory->record({profile->name, profile->dialect, profile->baseUrl}, keys, m_services.clock());
    m_rotations->advance(profile->name, keys, m_services.session->client());
}

void WindowInventory::onStatus(const InventoryStatus &status)
{
    const QString message = status.message();
    if (status.state == InventoryStatus::State::Opening || message.isEmpty() || message == m_announced)
        return;
    m_announced = message;
    Q_EMIT problem(message);
}

void WindowInventory::log(const ActionLogEntry &entry)
{
    if (m_services.inventory)
        m_services.inventory->logAction(entry);
}

void WindowInventory::logProfileEdits(ProfileEditor *editor)
{
    connect(editor, &ProfileEditor::added, this,
            [this](const QString &name) { logProfileAction(ActionLogEntry::profileAdd(), name); });
    connect(editor, &ProfileEditor::changed, this,
            [this](const QString &name) { logProfileAction(ActionLogEntry::profileChange(), name); });
    // Logged before the profile is gone from the settings would be nicer, but the name is
    // what the log keys on; the detail stays empty.
    connect(editor, &ProfileEditor::removed, this,
            [this](const QString &name) { logProfileAction(ActionLogEntry::profileRemove(), name); });
}

void WindowInventory::logProfileAction(const QString &action, const QString &profileName)
{
    if (!m_services.inventory)
        return;
    ActionLogEntry entry;
    entry.at = m_services.clock();
    entry.organisation = profileName;
    entry.action = action;
    entry.outcome = ActionLogEntry::ok();
    // What the profile points at (never its credential, which the settings do not hold).
    if (const std::optional<Profile> profile = m_services.profiles->find(profileName))
        entry.detail = tr("%1 at %2").arg(dialectDisplayName(profile->dialect), profile->baseUrl.toDisplayString());
    m_services.inventory->logAction(entry);
}

void WindowInventory::rememberCreatedKey(const QString &profileName, const CreatedKeyFingerprint &fingerprint)
{
    if (!m_services.inventory)
        return;
    const std::optional<Profile> profile = m_services.profiles->find(profileName);
    if (!profile)
        return;
    m_services.inventory->rememberCreatedKey({profile->name, profile->dialect, profile->baseUrl}, fingerprint);
}

} // namespace keydesk
