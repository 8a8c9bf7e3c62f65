#include "SecretStore.h"

#include "CreatedKey.h"

namespace keydesk {

SecretJob::SecretJob(Operation operation, QString entry, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_entry(std::move(entry))
{
}

SecretJob::~SecretJob()
{
    wipeSecret(m_secret);
}

void SecretJob::finishWithSecret(QString secret)
{
    if (m_finished) {
        wipeSecret(secret);
        return;
    }
    m_secret = std::move(secret);
    finish();
}

void SecretJob::finishWithError(SecretError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    finish();
}

void SecretJob::finishOk()
{
    finish();
}

void SecretJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

QString SecretStore::credentialEntry(const QString &profileName)
{
    return QStringLiteral("profile/%1/credential").arg(profileName);
}

QString SecretStore::pendingKeyEntry(const QString &profileName, const QString &keyId)
{
    return QStringLiteral("pending/%1/%2").arg(profileName, keyId);
}

} // namespace keydesk
