#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace keydesk {

namespace {

QString configHome()
{
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The XDG base directory specification ignores a relative path.
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return configured;
    return QDir::homePath() + QStringLiteral("/.config");
}

// The Exec key's quoting (Desktop Entry Specification): a path with spaces or quotes is
// quoted, \ " ` $ escaped.
QString quotedProgram(const QString &program)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (const QChar c : program)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return program;
    QString quoted;
    for (const QChar c : program) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString AutostartEntry::path()
{
    return configHome() + QStringLiteral("/autostart/") + desktopId() + QStringLiteral(".desktop");
}

bool AutostartEntry::isInstalled()
{
    return QFileInfo::exists(path());
}

QByteArray AutostartEntry::contents(const QString &program)
{
    // The percent sign is the field-code escape of the Exec key.
    QString exec = quotedProgram(program);
    exec.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=KeyDesk\n"
                                        "Comment=Watch the API keys of every organisation in the background\n"
                                        "Icon=io.keydesk.KeyDesk\n"
                                        "Exec=%1 --background\n"
                                        "Terminal=false\n"
                                        "NoDisplay=true\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(exec);
    return text.toUtf8();
}

bool AutostartEntry::install(const QString &program, QString *error)
{
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents(program)) < 0 || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

bool AutostartEntry::remove(QString *error)
{
    QFile file(path());
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

} // namespace keydesk
