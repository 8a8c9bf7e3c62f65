#include "SandboxServer.h"

#include "DemoSeeder.h"
#include "DialectHandler.h"
#include "SandboxHttpTransport.h"
#include "SandboxKeyControl.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

namespace keydesk {

SandboxServer::SandboxServer(Dialect dialect, QObject *parent)
    : SandboxServer(dialect, systemSandboxClock(), parent)
{
}

SandboxServer::SandboxServer(Dialect dialect, SandboxClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_state(SandboxState::create(dialect))
    , m_handler(DialectHandler::create(m_state))
    , m_keyControl(std::make_unique<SandboxKeyControl>(m_state))
    , m_transport(new SandboxHttpTransport([this](const SandboxRequest &request) { return handle(request); },
                                           [this](const SandboxRequest &request) { return controlKey(request); }, this))
{
}

SandboxServer::~SandboxServer() = default;

Dialect SandboxServer::dialect() const
{
    return m_state.dialect;
}

bool SandboxServer::loadState(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read state file %1: %2").arg(path, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("state file %1 is corrupt: %2").arg(path, parseError.errorString()));
        QString reason;
        std::optional<SandboxState> loaded = SandboxState::fromJson(document.object(), &reason);
        if (!loaded)
            return fail(tr("state file %1 is corrupt: %2").arg(path, reason));
        if (loaded->dialect != m_state.dialect) {
            return fail(tr("state file %1 belongs to the %2 dialect, not %3")
                            .arg(path, dialectId(loaded->dialect), dialectId(m_state.dialect)));
        }
        // The handler keeps a reference to m_state, so assign in place.
        m_state = std::move(*loaded);
        const QDateTime now = m_clock().toUTC();
        for (StoredKey &key : m_state.keys) {
            if (key.sandboxCredential && !key.isRevoked() && !key.lastUsedAt.isValid())
                key.revokedAt = now;
        }
    }
    m_statePath = path;
    return saveState(error);
}

bool SandboxServer::saveState(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    // The file holds the session signing secret: owner-only, also when it replaces a
    // file that was readable by others (QSaveFile would keep that file's mode).
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("cannot write state file %1: %2").arg(m_statePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write state file %1: %2").arg(m_statePath, file.errorString());
        return false;
    }
    return true;
}

QString SandboxServer::statePath() const
{
    return m_statePath;
}

void SandboxServer::seedDemo(const QDateTime &now)
{
    DemoSeeder::seed(m_state, now.toUTC());
    persist();
}

QString SandboxServer::issueCredential()
{
    const QString credential = m_handler->issueCredential(m_clock().toUTC());
    persist();
    return credential;
}

bool SandboxServer::setTlsFiles(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (certificates.isEmpty())
        return fail(tr("no PEM certificate in %1").arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(tr("no unencrypted RSA or EC private key in %1").arg(keyFile));
    m_transport->sslSetup(certificates.constFirst(), key);
    m_tls = true;
    return true;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_error = tr("refusing to listen on %1: the sandbox serves loopback addresses only").arg(address.toString());
        return false;
    }
    const quint16 bound = m_transport->listen(address, port);
    if (bound == 0) {
        m_error = tr("cannot listen on %1 port %2").arg(address.toString()).arg(port);
        return false;
    }
    m_url = QUrl();
    m_url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(bound);
    return true;
}

QUrl SandboxServer::url() const
{
    return m_url;
}

QString SandboxServer::errorString() const
{
    return m_error;
}

SandboxResponse SandboxServer::handle(const SandboxRequest &request)
{
    const HandlerResult result = m_handler->handle(request, m_clock().toUTC());
    if (result.stateChanged)
        persist();
    return result.response;
}

SandboxResponse SandboxServer::controlKey(const SandboxRequest &request)
{
    const HandlerResult result = m_keyControl->handle(request, m_clock().toUTC());
    if (result.stateChanged)
        persist();
    return result.response;
}

const SandboxState &SandboxServer::state() const
{
    return m_state;
}

SandboxFaultPlan &SandboxServer::faultPlan()
{
    return m_transport->faultPlan();
}

const SandboxTraffic &SandboxServer::traffic() const
{
    return m_transport->traffic();
}

void SandboxServer::persist()
{
    QString error;
    if (!saveState(&error))
        Q_EMIT saveFailed(error);
}

} // namespace keydesk
