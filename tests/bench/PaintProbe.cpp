#include "PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
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
        QTimer::singleShot(0, qApp, [marker = m_marker] {
            // Under callgrind (bench-launch, KEYDESK_BENCH_CALLGRIND): the instructions
            // up to here, in a dump of their own. Nothing when run normally.
            KEYDESK_CALLGRIND_DUMP(marker.constData());
            std::fprintf(stdout, "%s\n", marker.constData());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keydesk::bench
