#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace keydesk {

// What closing the window does while the background watch runs: with a system tray the
// window just goes (the process stays in the tray); without one (GNOME) it asks whether
// to keep watching in the background, without waiting (QMessageBox::open). quit() ends
// the process without asking (File → Quit, the tray's Quit).
class CloseToBackground final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseToBackground)
public:
    // `trayAvailable` defaults to QSystemTrayIcon::isSystemTrayAvailable.
    explicit CloseToBackground(QWidget *window, std::function<bool()> trayAvailable = {}, QObject *parent = nullptr);
    ~CloseToBackground() override;

    // While false, a close is left alone (the process ends with its last window).
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    void quit();
    // The question, while it is open (for tests).
    QMessageBox *question() const { return m_question; }

Q_SIGNALS:
    void keptWatching();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ask();

    QWidget *m_window;
    std::function<bool()> m_trayAvailable;
    bool m_watching = false;
    bool m_quitting = false;
    bool m_answered = false; // "Keep watching" was chosen: not asked again
    QPointer<QMessageBox> m_question;
};

} // namespace keydesk
