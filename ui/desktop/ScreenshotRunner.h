#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace keydesk {

class MainWindow;

// `keydesk --demo --screenshot-dir DIR` (hidden option, used by docs/screenshots/render.sh):
// renders the main window on the demo data, then the create dialog and the reveal
// dialog of a newly created demo key, to DIR/main-window.png, create-key.png and
// reveal-key.png, and ends the application (exit code 0 on success).
class ScreenshotRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)
public:
    ScreenshotRunner(MainWindow *window, QString directory, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

private:
    void captureMainWindow();
    void captureCreateDialog();
    void captureRevealDialog();
    bool save(QWidget *widget, const QString &fileName);
    // Polls (every 50 ms, for at most 20 s) until `ready` returns a widget.
    void waitFor(std::function<QWidget *()> ready, std::function<void(QWidget *)> then, const QString &what);
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_directory;
    QTimer m_poll;
    int m_pollsLeft = 0;
    bool m_started = false;
};

} // namespace keydesk
