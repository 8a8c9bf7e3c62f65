#pragma once

#include "DesktopNotification.h"
#include "Finding.h"

#include <QIcon>
#include <QList>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

#include <optional>

namespace keydesk {

// KeyDesk in the system tray: the icon and tooltip show the worst open finding (or "No
// findings"), the menu has Open KeyDesk, Refresh now, Snooze all for a day and Quit.
// Without a tray (QSystemTrayIcon::isSystemTrayAvailable false) it shows nothing; the
// notifications still come (FindingAnnouncer).
class TrayIcon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    // The findings of a watch cycle; acknowledged ones do not count.
    void setFindings(const QList<Finding> &findings);
    // A refresh is on its way ("Refreshing…" in the tooltip).
    void setRefreshing(bool refreshing);
    QString toolTip() const { return m_tray.toolTip(); }
    std::optional<Severity> worstSeverity() const { return m_worst; }
    QMenu *menu() { return &m_menu; }
    QSystemTrayIcon *trayIcon() { return &m_tray; }

    // The notification fallback: a balloon message from the tray icon. False when there
    // is no tray to show it.
    bool showMessage(const DesktopNotification &notification);

    // The application icon, with a dot of the severity's colour when there is one.
    static QIcon iconFor(std::optional<Severity> severity);

Q_SIGNALS:
    void openRequested();
    void refreshRequested();
    void snoozeAllRequested();
    void quitRequested();

private:
    void update();

    QSystemTrayIcon m_tray;
    QMenu m_menu;
    QList<Finding> m_open;
    std::optional<Severity> m_worst;
    bool m_refreshing = false;
    bool m_judged = false;
};

} // namespace keydesk
