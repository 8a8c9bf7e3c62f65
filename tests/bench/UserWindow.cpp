// The launch users get (launch-user-from-inventory): bench-user-window is `keydesk`
// started without options (DesktopLaunch::run, as ui/desktop/main.cpp has it) on what HOME
// holds; tests/bench/user-launch.sh gives it a profile, the profile's credential in the
// keychain and an inventory with the organisation's keys. Prints "populated" once the
// key table has painted with keys, and quits.
#include "DesktopLaunch.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "PaintProbe.h"

#include <QElapsedTimer>
#include <QTableView>

#include <cstdio>

using namespace keydesk;

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    return DesktopLaunch::run(argc, argv, [sinceMain](DesktopLaunch &launch) {
        MainWindow *window = launch.window();
        new bench::PaintProbe(window->keyTable()->viewport(), "populated", [window, sinceMain] {
            const bool populated = window->keyModel().rowCount() > 0;
            std::fprintf(stderr, "bench-user-window: the table paints %s at %lld ms\n",
                         populated ? "with keys" : "empty", static_cast<long long>(sinceMain.elapsed()));
            return populated;
        });
        // For whoever runs it by hand: which answer filled the table first, and when.
        QObject::connect(window, &MainWindow::lastKnownShown, window, [sinceMain](const QString &, int count) {
            std::fprintf(stderr, "bench-user-window: %d keys from the inventory at %lld ms\n", count,
                         static_cast<long long>(sinceMain.elapsed()));
        });
        QObject::connect(window, &MainWindow::keysLoaded, window, [sinceMain](const QString &, int count) {
            std::fprintf(stderr, "bench-user-window: %d keys from the server at %lld ms\n", count,
                         static_cast<long long>(sinceMain.elapsed()));
        });
    });
}
