#include "GitCommand.h"

#include <QStandardPaths>

namespace keydesk {

QString GitCommand::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

QString GitCommand::notInstalledText()
{
    return tr("git is not installed: the history was not scanned");
}

QString GitCommand::firstLineOf(const QByteArray &text)
{
    const QByteArray line = text.trimmed().split('\n').value(0).trimmed();
    return QString::fromUtf8(line);
}

bool GitCommand::start(QProcess &process, const QString &directory, const QStringList &arguments, QString &error)
{
    const QString git = program();
    if (git.isEmpty()) {
        error = notInstalledText();
        return false;
    }
    // No pager, no prompts, no locale-dependent messages; the repository's own config
    // still applies (it is the user's).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setProgram(git);
    process.setArguments(QStringList{QStringLiteral("-C"), directory, QStringLiteral("-c"),
                                     QStringLiteral("core.quotePath=false")}
                         + arguments);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(-1)) {
        error = tr("git could not be started: %1").arg(process.errorString());
        return false;
    }
    return true;
}

bool GitCommand::run(const QString &directory, const QStringList &arguments, const QByteArray &input,
                     QByteArray &output, QString &error)
{
    QProcess process;
    if (!start(process, directory, arguments, error))
        return false;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    output.clear();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(-1);
        output += process.readAllStandardOutput();
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = firstLineOf(process.readAllStandardError());
        error = message.isEmpty() ? tr("git failed (exit code %1)").arg(process.exitCode()) : message;
        return false;
    }
    return true;
}

} // namespace keydesk
