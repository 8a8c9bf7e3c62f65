#pragma once

#include <QCoreApplication>
#include <QString>

namespace keydesk {

// "Start at login": the XDG autostart entry $XDG_CONFIG_HOME/autostart/<desktop id>.desktop
// (~/.config without XDG_CONFIG_HOME) that starts `keydesk --background`.
class AutostartEntry final {
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)
public:
    // The id the installers give the desktop entry (installer/bundle/setup.sh).
    static QString desktopId() { return QStringLiteral("io.keydesk.KeyDesk"); }
    static QString path();
    static bool isInstalled();
    // Writes the entry (atomically) with `program` as the command; on failure `error`
    // says why, translated.
    static bool install(const QString &program, QString *error);
    // Removes it; true when it is gone (also when there was none).
    static bool remove(QString *error);
    // The entry's text.
    static QByteArray contents(const QString &program);
};

} // namespace keydesk
