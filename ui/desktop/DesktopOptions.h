#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace keydesk {

// What `keydesk` was asked to do on its command line.
struct DesktopOptions final {
    bool demo = false;
    bool background = false;         // --background: no window at start, the tray and the watch
    std::optional<int> smokeSeconds; // --smoke-test, with --demo only
    QString screenshotDir;           // hidden --screenshot-dir, with --demo only
    QString language;                // --lang, empty for the system language
};

// Organisation, application name and version, the same for every QCoreApplication
// the process creates.
void setApplicationIdentity();

// Installs the translations of --lang on `app` (so --help is translated), then parses
// the command line. --help and --version print and exit the process, as
// QCommandLineParser does; an unknown option or a bad value prints one line on stderr
// and returns nullopt. Needs only a QCoreApplication: no display.
std::optional<DesktopOptions> parseDesktopOptions(QCoreApplication &app);

// What `keydesk` does before its QApplication: --version answered at once, then the
// options parsed by a QCoreApplication, so that they need no windowing system (scripts,
// the installer proof, a terminal over ssh). nullopt: the process ends with `exitCode`.
std::optional<DesktopOptions> readDesktopOptions(int &argc, char **argv, int &exitCode);

} // namespace keydesk
