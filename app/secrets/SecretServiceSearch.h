#pragma once

#include "SecretError.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace keydesk {

class SecretJob;

// Lists the names of QtKeychain's entries for one service on the Secret Service, for a
// SecretJob (its parent) of KeychainSecretStore::list(). QtKeychain cannot enumerate, so
// this asks org.freedesktop.Secret.Service.SearchItems for the items with the attribute
// server=<service>, then each item's Attributes property for its `user` (the entry
// name). It never opens a session and never calls GetSecret(s): no secret is read or
// sent over the bus. Items of a locked collection are included when the service shows
// their attributes, and skipped when it does not.
//
// Finishes the job once: with the names that start with the prefix, or with an error
// (no bus, no Secret Service, the time limit). Asynchronous throughout (D-Bus pending
// calls); nothing is answered before start() has returned.
class SecretServiceSearch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretServiceSearch)
public:
    SecretServiceSearch(SecretJob *job, QString service, QString prefix, std::chrono::milliseconds timeLimit);

    void start();

private:
    void search();
    void readAttributes(const QList<QDBusObjectPath> &items);
    void fail(SecretError error);
    void succeed();

    SecretJob *m_job;
    QString m_service, m_prefix;
    QDBusConnection m_bus;
    QTimer m_deadline;
    int m_callTimeoutMs;
    QStringList m_found;
    qsizetype m_outstanding = 0;
    bool m_done = false;
};

} // namespace keydesk
