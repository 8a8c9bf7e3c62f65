#include "NextFrame.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace keydesk {

void NextFrame::after(QWidget *window, QObject *context, std::function<void()> then)
{
    new NextFrame(window, context, std::move(then));
}

NextFrame::NextFrame(QWidget *window, QObject *context, std::function<void()> then)
    : QObject(context)
    , m_window(window ? window->window() : nullptr)
    , m_then(std::move(then))
{
    if (!m_window || !m_window->isVisible()) {
        QMetaObject::invokeMethod(this, &NextFrame::finish, Qt::QueuedConnection);
        return;
    }
    // The top-level widget gets a paint event of its own when it is drawn whole (the
    // first frame), and the update request that paints whatever changed in it later;
    // one that comes before the window is exposed paints nothing.
    m_window->installEventFilter(this);
}

bool NextFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && (event->type() == QEvent::Paint || (event->type() == QEvent::UpdateRequest && exposed()))) {
        m_seen = true;
        // Queued: after the event that paints the frame has been handled.
        QMetaObject::invokeMethod(this, &NextFrame::finish, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

bool NextFrame::exposed() const
{
    const QWindow *handle = m_window ? m_window->windowHandle() : nullptr;
    return handle && handle->isExposed();
}

void NextFrame::finish()
{
    if (m_window)
        m_window->removeEventFilter(this);
    const std::function<void()> then = std::exchange(m_then, {});
    deleteLater();
    if (then)
        then();
}

} // namespace keydesk
