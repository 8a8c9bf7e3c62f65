#include "KeychainOperation.h"

#include "SecretServiceDiagnosis.h"
#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLibrary>

namespace keydesk {

namespace {

// What QtKeychain's own code says, before the diagnosis looks deeper.
SecretError::Kind kindFromKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return SecretError::Kind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::Kind::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return SecretError::Kind::NoSecretService;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return SecretError::Kind::Other;
}

} // namespace

KeychainOperation::KeychainOperation(SecretJob *job, QKeychain::Job *keychainJob, std::chrono::milliseconds timeLimit,
                                     std::chrono::milliseconds diagnosisTimeLimit)
    : QObject(job)
    , m_job(job)
    , m_keychainJob(keychainJob)
    , m_diagnosisTimeLimit(diagnosisTimeLimit)
{
    m_timeLimit.setSingleShot(true);
    m_timeLimit.setInterval(timeLimit);
    connect(&m_timeLimit, &QTimer::timeout, this, &KeychainOperation::onTimeLimitReached);
    connect(keychainJob, &QKeychain::Job::finished, this, &KeychainOperation::onKeychainFinished);
}

void KeychainOperation::start()
{
    m_timeLimit.start();
    m_keychainJob->start();
}

void KeychainOperation::onKeychainFinished(QKeychain::Job *keychainJob)
{
    if (m_settled)
        return;
    m_settled = true;
    m_timeLimit.stop();
    keychainJob->disconnect(this);

    if (keychainJob->error() == QKeychain::NoError) {
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(keychainJob))
            m_job->finishWithSecret(readJob->textData());
        else
            m_job->finishOk();
        return;
    }
    SecretError error{kindFromKeychain(keychainJob->error()), keychainJob->errorString()};
    // Without libsecret QtKeychain falls back to libgnome-keyring or KWallet and, when
    // neither exists either, fails with a bare "Unknown error": name the missing piece.
    if (error.kind == SecretError::Kind::Other && !QLibrary(QStringLiteral("secret-1"), 0).load())
        error.detail = tr("libsecret-1.so.0 is not installed (Debian/Ubuntu package libsecret-1-0)");
    diagnoseThenFail(error);
}

void KeychainOperation::onTimeLimitReached()
{
    if (m_settled)
        return;
    m_settled = true;
    if (m_keychainJob)
        m_keychainJob->disconnect(this);
    // A job that hangs is often waiting for an unlock prompt: say "locked" if it is.
    diagnoseThenFail(SecretError{SecretError::Kind::Timeout, tr("The keychain did not answer within %n ms.", nullptr,
                                                                int(m_timeLimit.intervalAsDuration().count()))});
}

void KeychainOperation::diagnoseThenFail(SecretError fallback)
{
    auto *diagnosis = new SecretServiceDiagnosis(m_diagnosisTimeLimit, this);
    connect(diagnosis, &SecretServiceDiagnosis::finished, this,
            [this, fallback](SecretError::Kind finding, const QString &detail) {
                if (finding == SecretError::Kind::None) {
                    m_job->finishWithError(fallback);
                    return;
                }
                SecretError error{finding, detail};
                if (!fallback.detail.isEmpty())
                    error.detail = detail.isEmpty()
                                       ? fallback.detail
                                       : detail + QStringLiteral(" (") + fallback.detail + QLatin1Char(')');
                m_job->finishWithError(error);
            });
    diagnosis->start();
}

} // namespace keydesk
