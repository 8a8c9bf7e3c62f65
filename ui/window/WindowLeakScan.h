#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace keydesk {

class LeakScanDialog;
class WindowWatch;
struct LeakResult;

// File → Scan for Leaked Keys… (docs/design.md#leak-scan): the dialog, made when first
// opened, and its Revoke / Rotate on a live key it found, through the Health view's actions.
class WindowLeakScan final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLeakScan)
public:
    struct Services {
        QSettings *settings = nullptr;
        QString inventoryPath; // empty: no inventory
        std::function<QDateTime()> clock;
    };

    // `watch` null: no inventory, the dialog offers no key actions.
    WindowLeakScan(Services services, QWidget *window, WindowWatch *watch, QObject *parent = nullptr);

    LeakScanDialog *dialog() const { return m_dialog; } // null before first shown
    void show();

private:
    // Revoke or Rotate a live key a scan found, through the Health view's own actions.
    void actOnLeak(const LeakResult &result, bool revoke);

    Services m_services;
    QWidget *m_window;
    WindowWatch *m_watch;
    LeakScanDialog *m_dialog = nullptr;
};

} // namespace keydesk
