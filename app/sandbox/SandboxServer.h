#pragma once

#include "Dialect.h"
#include "SandboxClock.h"
#include "SandboxFaultPlan.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxState.h"
#include "SandboxTraffic.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace keydesk {

class DialectHandler;
class SandboxKeyControl;
class SandboxHttpTransport;

// The reference server of one dialect, usable in-process (the desktop demo, tests) or
// through the keydesk-sandbox executable. Listens on loopback only.
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    explicit SandboxServer(Dialect dialect, QObject *parent = nullptr);
    SandboxServer(Dialect dialect, SandboxClock clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    Dialect dialect() const;

    // Loads `path` if it exists (a missing file starts a fresh organisation) and saves
    // every later change there, atomically. On failure `error` says why. Earlier sandbox
    // credentials that were never used are revoked on load, so restarts don't pile up
    // admin keys; credentials that were used keep working across restarts.
    bool loadState(const QString &path, QString *error);
    bool saveState(QString *error);
    QString statePath() const;

    // Demo data relative to `now`; only the first time for a given state.
    void seedDemo(const QDateTime &now);

    // LeadHQL: a session JWT valid for 12 hours; otherwise a new API key of the
    // organisation named "KeyDesk sandbox admin". The secret is returned, never stored.
    QString issueCredential();

    // Serve HTTPS with this PEM certificate and key; call before listen().
    bool setTlsFiles(const QString &certificateFile, const QString &keyFile, QString *error);

    // Refuses anything but a loopback address. `port` 0 picks a free port.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    QUrl url() const; // "http(s)://127.0.0.1:PORT", empty before listen()
    QString errorString() const;

    // One request through the dialect, without a socket (what the transport calls).
    SandboxResponse handle(const SandboxRequest &request);
    // One request to the key controls, /__sandbox/keys/… (README.md, "Key controls").
    SandboxResponse controlKey(const SandboxRequest &request);

    const SandboxState &state() const;

    // Fault injection and the request log, as the /__sandbox/faults and /__sandbox/stats
    // control endpoints see them (README.md, "Fault injection").
    SandboxFaultPlan &faultPlan();
    const SandboxTraffic &traffic() const;

Q_SIGNALS:
    // A change could not be saved to the state file (the server keeps serving).
    void saveFailed(const QString &message);

private:
    void persist();

    SandboxClock m_clock;
    SandboxState m_state;
    std::unique_ptr<DialectHandler> m_handler;
    std::unique_ptr<SandboxKeyControl> m_keyControl;
    SandboxHttpTransport *m_transport = nullptr;
    QString m_statePath;
    QUrl m_url;
    bool m_tls = false;
    QString m_error;
};

} // namespace keydesk
