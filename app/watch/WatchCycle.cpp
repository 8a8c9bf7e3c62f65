#include "WatchCycle.h"

#include "Inventory.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "RotationEngine.h"

namespace keydesk {

WatchCycle::WatchCycle(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    // The watch sleeps on this timer (tests/bench: idle cost): minutes do not need precision.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(defaultIntervalMinutes * 60000);
    connect(&m_timer, &QTimer::timeout, this, &WatchCycle::runNow);
    if (m_services.inventory)
        m_rotations = new RotationEngine(m_services.inventory, m_services.clock, this);
}

WatchCycle::~WatchCycle() = default;

void WatchCycle::start(int intervalMinutes)
{
    setIntervalMinutes(intervalMinutes);
    m_timer.start();
    runNow();
}

void WatchCycle::setIntervalMinutes(int intervalMinutes)
{
    const int interval = qBound(1, intervalMinutes, 24 * 60) * 60000;
    if (interval == m_timer.interval())
        return;
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

void WatchCycle::runNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    if (m_timer.isActive())
        m_timer.start(); // the next one an interval after this one
    Q_EMIT cycleStarted();
    const QList<Profile> profiles = m_services.profiles->profiles();
    m_pending = int(profiles.size());
    if (profiles.isEmpty()) {
        judge();
        return;
    }
    for (const Profile &profile : profiles) {
        auto *session = new ProfileSession(
            {m_services.network, m_services.profiles, m_services.sessionSecrets, m_services.secrets, m_services.clock},
            this);
        m_sessions.insert(session, false);
        connect(session, &ProfileSession::keysListed, this, [this, session](const QList<ApiKey> &keys) {
            const Profile &listed = *session->profile();
            m_services.inventory->record({listed.name, listed.dialect, listed.baseUrl}, keys, m_services.clock());
            if (!m_rotations) {
                settle(session);
                return;
            }
            // The session (and its client) stays until a revoke that is due has answered.
            m_rotations->advance(listed.name, keys, session->client(),
                                 [this, session](const QList<RotationRecord> &) { settle(session); });
        });
        connect(session, &ProfileSession::credentialFailed, this, [this, session](const SecretError &error) {
            Q_EMIT refreshFailed(session->profileName(), error.userMessage());
        });
        connect(session, &ProfileSession::listFailed, this, [this, session](const ApiError &error) {
            Q_EMIT refreshFailed(session->profileName(), error.userMessage());
        });
        connect(session, &ProfileSession::stateChanged, this, [this, session](ProfileSession::State state) {
            // Loaded settles once its listing is recorded (keysListed follows).
            if (state == ProfileSession::State::Failed || state == ProfileSession::State::Unsupported
                || state == ProfileSession::State::NoProfile)
                settle(session);
        });
        session->open(profile.name);
    }
}

void WatchCycle::settle(ProfileSession *session)
{
    auto it = m_sessions.find(session);
    if (it == m_sessions.end() || it.value())
        return;
    it.value() = true;
    if (--m_pending == 0)
        judge();
}

void WatchCycle::judge()
{
    // The sessions are done; their signals still on the stack may need them a moment.
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        it.key()->deleteLater();
    m_sessions.clear();
    QList<WatchScope> scopes;
    for (const Profile &profile : m_services.profiles->profiles())
        scopes.append({profile.name, profile.watch});
    // Behind the records above: the inventory runs its calls in order.
    m_services.inventory->findings(scopes, this, [this](const InventoryResult<QList<Finding>> &result) {
        if (result.ok())
            m_findings = result.value;
        m_lastJudged = m_services.clock();
        m_running = false;
        Q_EMIT judged(m_findings);
        if (m_again)
            runNow();
    });
}

} // namespace keydesk
