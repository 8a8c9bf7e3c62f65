#include "PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define KEYDESK_CALLGRIND_DUMP(name) CALLGRIND_DUMP_STATS_AT(name)
#else
#define KEYDESK_CALLGRIND_DUMP(name)
#endif

namespace keydesk::bench {

PaintProbe::PaintProbe(QWidget *widget, QByteArray marker, std::function<bool()> ready)
    : QObject(widget)
    , m_marker(std::move(marker))
    , m_ready(std::move(ready))
{
    widget->installEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen && (!m_ready || m_ready())) {
        m_seen = true;
        // Handled once the event that paints the frame returns (the frame is flushed),
        // before anything else that was queued meanwhile: work the window put off
        // until after its frame is not counted.
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
    }
    return QObject::eventFilter(watched, event);
}

bool PaintProbe::event(QEvent *event)
{
    if (event->type() != QEvent::User)
        return QObject::event(event);
    // Under callgrind (bench-launch, KEYDESK_BENCH_CALLGRIND): the instructions up to
    // here, in a dump of their own. Nothing when run normally.
    KEYDESK_CALLGRIND_DUMP(m_marker.constData());
    std::fprintf(stdout, "%s\n", m_marker.constData());
    std::fflush(stdout);
    QCoreApplication::quit();
    return true;
}

} // namespace keydesk::bench
