#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace keydesk {

// The git command-line program, found on PATH when the scan runs (docs/design.md#leak-scan:
// the history scan needs git; without it the scan says so and goes on with the files).
class GitCommand final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::GitCommand)

public:
    // The program, empty when git is not installed.
    static QString program();
    static QString notInstalledText();

    // Runs `git -C directory arguments…` to its end, `input` on stdin. False with a one-line
    // `error` (git's first line of stderr) when it cannot start or exits non-zero.
    static bool run(const QString &directory, const QStringList &arguments, const QByteArray &input,
                    QByteArray &output, QString &error);
    // Starts it for streaming; the caller reads, writes and waits.
    static bool start(QProcess &process, const QString &directory, const QStringList &arguments, QString &error);
    static QString firstLineOf(const QByteArray &text);
};

} // namespace keydesk
