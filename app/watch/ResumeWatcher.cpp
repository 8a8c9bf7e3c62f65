#include "ResumeWatcher.h"

namespace keydesk {

ResumeWatcher::ResumeWatcher(std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_tick.setTimerType(Qt::VeryCoarseTimer);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ResumeWatcher::checkClock);
    rebase();
    m_tick.start();
}

ResumeWatcher::~ResumeWatcher() = default;

void ResumeWatcher::watchLogind(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return;
    // QtDBus connects signals by slot name only (no function-pointer overload).
    QDBusConnection(bus).connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                 QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                                 this, SLOT(onPrepareForSleep(bool)));
}

void ResumeWatcher::checkClock()
{
    const qint64 monotonicMs = m_monotonic.restart();
    const QDateTime wall = m_clock();
    const qint64 wallMs = m_wall.msecsTo(wall);
    m_wall = wall;
    if (wallMs - monotonicMs > jumpMs)
        Q_EMIT resumed();
}

void ResumeWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        return;
    rebase(); // the clock check must not announce the same wake-up again
    Q_EMIT resumed();
}

void ResumeWatcher::rebase()
{
    m_monotonic.start();
    m_wall = m_clock();
}

} // namespace keydesk
