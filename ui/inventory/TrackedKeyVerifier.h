#pragma once

#include "Connection.h"
#include "Organisation.h"
#include "TrackedKey.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keydesk {

class ApiClient;
class Inventory;
class SecretStore;

// Verifies an organisation's tracked keys again (those kept for periodic verification:
// their secret waits in the keychain under trackedKeyEntry()), and records each outcome
// in the inventory: refused marks the key revoked, accepted active. The window calls
// verify() on every refresh of a Trust Leads profile. A key whose secret cannot be read
// or whose check fails on the network keeps its status; problem() says why.
class TrackedKeyVerifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackedKeyVerifier)
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr;
        Inventory *inventory = nullptr;
        std::function<QDateTime()> clock; // UTC now
    };
    struct Summary final {
        int accepted = 0;
        int refused = 0;
        int failed = 0;       // not checked (keychain, network): status unchanged
        QStringList problems; // translated, one line each
    };

    explicit TrackedKeyVerifier(Services services, QObject *parent = nullptr);
    ~TrackedKeyVerifier() override;

    // "tracked/<profile>/<key id>"
    static QString trackedKeyEntry(const QString &organisation, const QString &keyId);

    // Ignored while a round for the same organisation runs.
    void verify(const Organisation &organisation, const Connection &connection);
    bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    void finished(const QString &organisation, const keydesk::TrackedKeyVerifier::Summary &summary);

private:
    struct Round;
    void checkNext(const std::shared_ptr<Round> &round);
    void done(const std::shared_ptr<Round> &round);

    Services m_services;
    QStringList m_organisations; // rounds running
    int m_running = 0;
};

} // namespace keydesk
