#include "ProfileSession.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CredentialLookup.h"
#include "JwtReader.h"
#include "ProfileStore.h"

#include <memory>

namespace keydesk {

namespace {

// QTimer takes an int: a token valid for weeks is looked at again after a day.
constexpr qint64 maxTimerMilliseconds = 24 * 3600 * 1000LL;

} // namespace

ProfileSession::ProfileSession(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    m_tokenTimer.setSingleShot(true);
    connect(&m_tokenTimer, &QTimer::timeout, this, &ProfileSession::evaluateToken);
}

ProfileSession::~ProfileSession() = default;

QString ProfileSession::profileName() const
{
    return m_profile ? m_profile->name : QString();
}

int ProfileSession::tokenCheckInterval() const
{
    return m_tokenTimer.isActive() ? m_tokenTimer.interval() : -1;
}

void ProfileSession::open(const QString &name)
{
    ++m_generation;
    if (m_listReply) {
        m_listReply->abort(); // finishes at once, as a reply of the old generation
        m_listReply = nullptr;
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_tokenTimer.stop();
    m_tokenExpiresAt = {};
    m_credentialRefused = false;
    m_lastRefreshed = {};
    m_profile = name.isEmpty() ? std::nullopt : m_services.profiles->find(name);
    Q_EMIT opened();
    if (!m_profile) {
        setState(State::NoProfile);
        return;
    }
    if (!m_firstRequestGate) {
        readCredential();
        return;
    }
    setState(State::LoadingCredential);
    const int generation = m_generation;
    auto released = std::make_shared<bool>(false);
    const auto release = [this, generation, released] {
        if (*released || generation != m_generation)
            return;
        *released = true;
        readCredential();
    };
    QTimer::singleShot(firstRequestHoldMs, this, release);
    m_firstRequestGate(m_profile->name, release);
}

void ProfileSession::readCredential()
{
    if (!m_profile)
        return;
    setState(State::LoadingCredential);
    setBusy(true);
    const int generation = m_generation;
    lookUpCredential(m_services.sessionSecrets, m_services.secrets, m_profile->name, this,
                     [this, generation](const QString &credential, const SecretError &error) {
                         onCredentialRead(generation, credential, error);
                     });
}

void ProfileSession::onCredentialRead(int generation, const QString &credential, const SecretError &error)
{
    setBusy(false);
    if (generation != m_generation)
        return;
    if (credential.isEmpty()) {
        setState(State::Failed);
        Q_EMIT credentialFailed(error);
        return;
    }
    m_client = new ApiClient(m_services.network, m_profile->connection(credential), this);
    m_client->setClock(m_services.clock);
    const DialectTraits traits = DialectTraits::of(m_profile->dialect);
    if (traits.managementNeedsJwt)
        m_tokenExpiresAt = readJwtClaims(credential).expiresAt;
    Q_EMIT credentialRead();
    if (!traits.managesKeys) {
        setState(State::Unsupported);
        return;
    }
    setState(State::Loading);
    evaluateToken();
    if (tokenLapsed())
        return;
    refresh();
}

void ProfileSession::refresh()
{
    if (!m_profile)
        return;
    if (!m_client) {
        if (m_state != State::LoadingCredential)
            readCredential();
        return;
    }
    if (m_listReply || !DialectTraits::of(m_profile->dialect).managesKeys)
        return;
    if (tokenLapsed()) {
        evaluateToken(); // says so again instead of asking with it
        return;
    }
    const int generation = m_generation;
    ApiReply *reply = m_client->listKeys();
    m_listReply = reply;
    setBusy(true);
    connect(reply, &ApiReply::finished, this, [this, generation, reply] { onListFinished(generation, reply); });
}

void ProfileSession::onListFinished(int generation, ApiReply *reply)
{
    setBusy(false);
    if (generation != m_generation || !m_profile)
        return;
    m_listReply = nullptr;
    if (!reply->ok()) {
        const ApiError error = reply->error();
        reportFailure(error);
        setState(m_state == State::Loaded ? State::Loaded : State::Failed);
        Q_EMIT listFailed(error);
        return;
    }
    m_credentialRefused = false;
    m_lastRefreshed = m_services.clock();
    setState(State::Loaded);
    Q_EMIT keysListed(reply->keys());
}

void ProfileSession::reportFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Authentication)
        m_credentialRefused = true;
}

void ProfileSession::evaluateToken()
{
    m_tokenTimer.stop();
    if (!m_profile || !m_tokenExpiresAt.isValid())
        return;
    const qint64 secondsLeft = m_services.clock().secsTo(m_tokenExpiresAt);
    if (secondsLeft <= 0) {
        m_credentialRefused = true;
        Q_EMIT tokenExpired(m_tokenExpiresAt);
        return;
    }
    qint64 nextCheckSeconds = secondsLeft;
    if (secondsLeft <= tokenWarningSeconds)
        Q_EMIT tokenExpiresSoon(m_tokenExpiresAt);
    else
        nextCheckSeconds = secondsLeft - tokenWarningSeconds; // when the warning is due
    m_tokenTimer.start(int(qBound<qint64>(1000, nextCheckSeconds * 1000, maxTimerMilliseconds)));
}

bool ProfileSession::tokenLapsed() const
{
    return m_tokenExpiresAt.isValid() && m_tokenExpiresAt <= m_services.clock();
}

void ProfileSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProfileSession::setBusy(bool busy)
{
    const bool wasBusy = isBusy();
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace keydesk
