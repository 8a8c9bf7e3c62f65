#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

namespace keydesk {

class MainWindow;

// `keydesk --demo --screenshot-dir DIR` (hidden option, used by docs/screenshots/render.sh):
// renders the main window as it starts from the demo's inventory (cached-start.png, with
// the age in the status bar), then on the listed demo data, the create dialog and the
// reveal dialog of a newly created demo key (main-window.png, then the Health view
// taller, health-view.png, the scan dialog's results on the demo project, leak-scan.png, the preview of revoking
// several selected keys, bulk-revoke.png, create-key.png, reveal-key.png), then, with the LocalLeads demo server
// stopped, that organisation from the inventory under the offline banner (offline.png), and last both organisations in
// the All organisations view, the stopped one named in the banner with its last known keys (all-organisations.png);
// then ends the application (exit code 0 on success).
class ScreenshotRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)
public:
    // `cutNetwork` stops the LocalLeads demo server, for the offline view.
    ScreenshotRunner(MainWindow *window, QString directory, std::function<void()> cutNetwork,
                     QObject *parent = nullptr);
    ~ScreenshotRunner() override;

private:
    void captureMainWindow();
    bool captureHealthView();
    void captureRotationTimeline();
    void startLeakScan();
    void startBulkRevoke();
    void startCreate();
    void captureCreateDialog();
    void captureRevealDialog();
    void captureSendToDialog();
    void captureAllOrganisations();
    void captureOffline();
    bool save(QWidget *widget, const QString &fileName);
    // Polls (every 50 ms, for at most 20 s) until `ready` returns a widget.
    void waitFor(std::function<QWidget *()> ready, std::function<void(QWidget *)> then, const QString &what);
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_directory;
    std::function<void()> m_cutNetwork;
    bool m_cachedCaptured = false;
    QTimer m_poll;
    int m_pollsLeft = 0;
    bool m_started = false;
    QMetaObject::Connection m_offlineWait;
    QStringList m_allAnswered; // organisations listed, or failed, in the All organisations view
};

} // namespace keydesk
