#pragma once

#include "ApiError.h"
#include "ApiKey.h"
#include "Profile.h"
#include "SecretError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace keydesk {

class ApiClient;
class ApiReply;
class ProfileStore;
class SecretStore;

// The organisation the window shows, without any widget: which profile is open, its
// management credential, the ApiClient made from it, the key-list requests and the
// expiry of a LeadHQL session token. The window shows what this reports.
//
//   open("")   → NoProfile
//   open(name) → LoadingCredential → Loading → Loaded (refresh: Loaded again)
//                      │                │
//                      └────────────────┴─→ Failed (no credential, or the first list failed;
//                                                   a later failed refresh keeps Loaded)
//                      └─→ Unsupported (a dialect without key management)
//
// Every open() starts a new generation: a credential read or key list that belongs to
// an earlier one is dropped when it finishes, so a slow answer for the previous
// organisation never lands in the next one's table.
class ProfileSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)
public:
    enum class State { NoProfile, LoadingCredential, Loading, Loaded, Failed, Unsupported };

    struct Services {
        QNetworkAccessManager *network = nullptr;
        ProfileStore *profiles = nullptr;
        SecretStore *sessionSecrets = nullptr; // "this session only": read first (may be null)
        SecretStore *secrets = nullptr;        // the keychain
        std::function<QDateTime()> clock;      // UTC now
    };

    // A session token that lapses within this is announced (tokenExpiresSoon).
    static constexpr qint64 tokenWarningSeconds = 3600;

    // What the first requests of an opened profile (the credential read, then the list)
    // wait for: the window's read of the keys the inventory last knew, and their frame on
    // screen, so that those show first and at once, and the list then replaces them.
    // Called with the profile's name and the function that lets the requests go. They go
    // at the latest after firstRequestHoldMs, so a busy inventory never holds them up.
    using FirstRequestGate = std::function<void(const QString &profileName, std::function<void()> release)>;
    static constexpr int firstRequestHoldMs = 500;

    explicit ProfileSession(Services services, QObject *parent = nullptr);
    ~ProfileSession() override;

    void setFirstRequestGate(FirstRequestGate gate) { m_firstRequestGate = std::move(gate); }

    // Opens the profile `name` (empty or unknown: none) and loads its keys.
    void open(const QString &name);
    // Lists the keys again; reads the credential first when that failed before. Does
    // nothing while a list is on its way, and sends nothing with a lapsed token.
    void refresh();
    // A request of this organisation failed, also one a key flow made. Once the server
    // refused the credential, isCredentialRefused() holds until a list succeeds.
    void reportFailure(const ApiError &error);

    State state() const { return m_state; }
    // Counts open() calls: what a slower answer (a list, an inventory read) compares
    // against before it touches what the window shows.
    int generation() const { return m_generation; }
    const std::optional<Profile> &profile() const { return m_profile; }
    QString profileName() const;
    ApiClient *client() const { return m_client; } // null until the credential is read
    bool isBusy() const { return m_busyCount > 0; }
    // The server refused the credential or the token lapsed: refreshing on a timer
    // would only ask again with it.
    bool isCredentialRefused() const { return m_credentialRefused; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }   // null before a list succeeded
    QDateTime tokenExpiresAt() const { return m_tokenExpiresAt; } // LeadHQL `exp` (not a secret)
    // Milliseconds until the token is looked at again, -1 when no check is due.
    int tokenCheckInterval() const;

Q_SIGNALS:
    // Another organisation (or none) is open; stateChanged() follows.
    void opened();
    // Emitted on every transition, also when the state stays the same (a refresh).
    void stateChanged(keydesk::ProfileSession::State state);
    void busyChanged(bool busy);
    void credentialRead();
    // Kind NotFound: nothing is stored for this organisation.
    void credentialFailed(const keydesk::SecretError &error);
    // After stateChanged(Loaded).
    void keysListed(const QList<keydesk::ApiKey> &keys);
    void listFailed(const keydesk::ApiError &error);
    void tokenExpiresSoon(const QDateTime &expiresAt);
    void tokenExpired(const QDateTime &expiresAt);

private:
    void readCredential();
    void onCredentialRead(int generation, const QString &credential, const SecretError &error);
    void onListFinished(int generation, ApiReply *reply);
    void evaluateToken();
    bool tokenLapsed() const;
    void setState(State state);
    void setBusy(bool busy);

    Services m_services;
    std::optional<Profile> m_profile;
    int m_generation = 0;
    State m_state = State::NoProfile;
    ApiClient *m_client = nullptr;
    QPointer<ApiReply> m_listReply;
    QDateTime m_tokenExpiresAt;
    QTimer m_tokenTimer;
    bool m_credentialRefused = false;
    QDateTime m_lastRefreshed;
    int m_busyCount = 0;
    FirstRequestGate m_firstRequestGate;
};

} // namespace keydesk
