#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace keydesk {

// The main window's status bar: when the keys were last listed, how many wait for
// their handoff, why creating keys is not possible, and a busy indicator.
class WindowStatusBar final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStatusBar)
public:
    explicit WindowStatusBar(QStatusBar *bar, QObject *parent = nullptr);
    ~WindowStatusBar() override;

    void setLastRefreshed(const QDateTime &when); // null: not yet
    // The table shows the inventory's last known keys, listed at `listedAt`: "Keys as of
    // 3 hours ago (from the inventory)".
    void setShownAsOf(const QDateTime &listedAt, const QDateTime &now);
    void setPendingText(const QString &text);
    void setCreateBlocked(const QString &reason);
    void setBusy(bool busy);
    // A short note that goes away by itself ("Copied the identifier …").
    void showNote(const QString &note);
    // What the labels say, joined: "Last refreshed 10:02:03 · 1 key waits for handoff".
    QString text() const;

private:
    QStatusBar *m_bar;
    QLabel *m_refreshed;
    QLabel *m_pending;
    QLabel *m_blocked;
    QProgressBar *m_progress;
};

} // namespace keydesk
