#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace keydesk {

// Work that waits until a window has drawn its next frame: what the first frame of the
// main window does not need (the key details pane) and what would only delay the
// inventory's keys on screen (the first credential read and list of an organisation).
// `then` runs once, after the window's next paint has been handled; never once
// `context` is gone. A window that is not visible paints nothing: `then` runs at once
// (queued).
class NextFrame final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextFrame)
public:
    static void after(QWidget *window, QObject *context, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NextFrame(QWidget *window, QObject *context, std::function<void()> then);
    bool exposed() const;
    void finish();

    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_seen = false;
};

} // namespace keydesk
