#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace keydesk {

class MainWindow;

// `keydesk --demo --smoke-test SECONDS`: runs the window for SECONDS, then ends the
// application with exit code 0 if the key table was populated, 1 otherwise. Prints
// the time from launch to the populated table (informational).
class SmokeTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmokeTest)
public:
    SmokeTest(MainWindow *window, int seconds, QElapsedTimer sinceLaunch, QObject *parent = nullptr);
    ~SmokeTest() override;

private:
    void finish();

    MainWindow *m_window;
    QElapsedTimer m_sinceLaunch;
    QTimer m_deadline;
    bool m_populated = false;
    bool m_fromInventory = false;
};

} // namespace keydesk
