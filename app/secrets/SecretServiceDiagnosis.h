#pragma once

#include "SecretError.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

#include <chrono>

class QDBusPendingCallWatcher;

namespace keydesk {

// Finds out over D-Bus why the keychain failed, because QtKeychain's codes hide it: a
// locked collection reads as EntryNotFound, a missing bus or service as OtherError.
// Checks, in order and without blocking: the session bus is connected; the name
// org.freedesktop.secrets is owned or activatable; the default collection's `Locked`
// property. Emits finished() once, with Kind::None when nothing specific was found
// (everything looks healthy, or the checks did not answer within the time limit).
class SecretServiceDiagnosis final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretServiceDiagnosis)
public:
    SecretServiceDiagnosis(std::chrono::milliseconds timeLimit, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(keydesk::SecretError::Kind finding, const QString &detail);

private:
    void askNameHasOwner();
    void askActivatableNames();
    void askDefaultCollectionLocked();
    // Emits a D-Bus call and routes its reply to `handler`.
    template <typename Handler>
    void call(const QString &service, const QString &path, const QString &interface, const QString &method,
              const QVariantList &arguments, Handler handler);
    void conclude(SecretError::Kind finding, const QString &detail);

    QDBusConnection m_bus;
    QTimer m_deadline;
    int m_callTimeoutMs;
    bool m_concluded = false;
};

} // namespace keydesk
