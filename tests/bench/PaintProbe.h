#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QWidget;

namespace keydesk::bench {

// The end point of the launch figures (bench-launch): once `widget` has painted while
// `ready()` holds (the table has rows), prints `marker` on stdout and quits the
// application. Printed once the frame of that paint is drawn, before other queued work;
// the bare window and KeyDesk are measured to the same point. Under callgrind the counts up
// to that point are dumped there (bench-launch's instruction figures).
class PaintProbe final : public QObject {
public:
    PaintProbe(QWidget *widget, QByteArray marker, std::function<bool()> ready = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QByteArray m_marker;
    std::function<bool()> m_ready;
    bool m_seen = false;
};

} // namespace keydesk::bench
