#include "FileManagerReveal.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace keydesk {

namespace {
constexpr int dbusTimeoutMs = 5000;
} // namespace

FileManagerReveal::FileManagerReveal(QObject *parent)
    : QObject(parent)
{
}

FileManagerReveal::~FileManagerReveal() = default;

void FileManagerReveal::reveal(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const auto openFolder = [this, path, folder] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        Q_EMIT revealed(path, false);
    };
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        openFolder();
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
    call << QStringList{QUrl::fromLocalFile(info.absoluteFilePath()).toString()} << QString();
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, dbusTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, path, openFolder] {
        watcher->deleteLater();
        if (watcher->isError()) // no file manager implements it, or it failed
            openFolder();
        else
            Q_EMIT revealed(path, true);
    });
}

} // namespace keydesk
