#pragma once

#include <QDBusConnection>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace keydesk {

// Says when the computer woke up from sleep, so the watch refreshes at once instead of
// up to an interval later: logind's PrepareForSleep(false) on the system bus when there
// is one, and, everywhere, a wall clock that ran ahead of the monotonic one (which stops
// during sleep) between two coarse ticks.
class ResumeWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeWatcher)
public:
    // A tick a minute costs nothing measurable (tests/bench: idle cost).
    static constexpr int tickMs = 60 * 1000;
    // A jump of the wall clock beyond this (between ticks) counts as a resume.
    static constexpr qint64 jumpMs = 2 * 60 * 1000;

    explicit ResumeWatcher(std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~ResumeWatcher() override;

    // Listens to org.freedesktop.login1.Manager.PrepareForSleep on `bus` (the system bus;
    // nothing happens when it has no logind).
    void watchLogind(const QDBusConnection &bus);
    // Compares the clocks now (the tick calls it; tests call it after moving the clock).
    void checkClock();

Q_SIGNALS:
    void resumed();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);

private:
    void rebase();

    std::function<QDateTime()> m_clock;
    QTimer m_tick;
    QElapsedTimer m_monotonic;
    QDateTime m_wall;
};

} // namespace keydesk
