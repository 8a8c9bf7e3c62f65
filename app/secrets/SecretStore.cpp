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

void SecretJob::finishWithEntries(QStringList entries)
{
    if (m_finished)
        return;
    m_entries = std::move(entries);
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

SecretJob *SecretStore::list(const QString &prefix)
{
    auto *job = new SecretJob(SecretJob::Operation::List, prefix, this);
    const SecretError error{SecretError::Kind::Other, tr("%1 cannot list its entries.").arg(backendName())};
    QMetaObject::invokeMethod(
        job, [job, error] { job->finishWithError(error); }, Qt::QueuedConnection);
    return job;
}

QString SecretStore::credentialEntry(const QString &profileName)
{
    return QStringLiteral("profile/%1/credential").arg(profileName);
}

QString SecretStore::pendingKeyEntry(const QString &profileName, const QString &keyId)
{
    return QStringLiteral("pending/%1/%2").arg(profileName, keyId);
}

QString SecretStore::pendingKeyPrefix()
{
    return QStringLiteral("pending/");
}

std::optional<SecretStore::PendingKeyEntry> SecretStore::parsePendingKeyEntry(const QString &entry)
{
    if (!entry.startsWith(pendingKeyPrefix()))
        return std::nullopt;
    const qsizetype start = pendingKeyPrefix().size();
    const qsizetype slash = entry.indexOf(QLatin1Char('/'), start);
    if (slash <= start || slash + 1 >= entry.size())
        return std::nullopt;
    return PendingKeyEntry{entry.mid(start, slash - start), entry.mid(slash + 1)};
}

} // namespace keydesk
