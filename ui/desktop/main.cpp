#include "DesktopLaunch.h"
#include "DesktopOptions.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>

using namespace keydesk;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();

    // Options, --help, --version and their errors need no display: they are answered
    // before the QApplication needs a windowing system.
    int exitCode = 0;
    const std::optional<DesktopOptions> options = readDesktopOptions(argc, argv, exitCode);
    if (!options)
        return exitCode;

    QApplication app(argc, argv);
    DesktopLaunch launch(app, *options, sinceLaunch);
    QString error;
    if (!launch.start(&error)) {
        std::fprintf(stderr, "keydesk: %s\n", qUtf8Printable(error));
        return 1;
    }
    return app.exec();
}
