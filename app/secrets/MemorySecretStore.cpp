#include "MemorySecretStore.h"

#include "CreatedKey.h"

namespace keydesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeSecret(it.value());
}

SecretJob *MemorySecretStore::read(const QString &entry)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, entry, this);
    const auto found = m_secrets.constFind(entry);
    if (found == m_secrets.constEnd()) {
        const SecretError error{SecretError::Kind::NotFound,
                                tr("No entry \"%1\" in this session's memory.").arg(entry)};
        QMetaObject::invokeMethod(
            job, [job, error] { job->finishWithError(error); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            job, [job, secret = found.value()]() mutable { job->finishWithSecret(std::move(secret)); },
            Qt::QueuedConnection);
    }
    return job;
}

SecretJob *MemorySecretStore::write(const QString &entry, const QString &secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, entry, this);
    wipeEntry(entry);
    m_secrets.insert(entry, secret);
    QMetaObject::invokeMethod(job, &SecretJob::finishOk, Qt::QueuedConnection);
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &entry)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, entry, this);
    wipeEntry(entry);
    m_secrets.remove(entry);
    QMetaObject::invokeMethod(job, &SecretJob::finishOk, Qt::QueuedConnection);
    return job;
}

SecretJob *MemorySecretStore::list(const QString &prefix)
{
    auto *job = new SecretJob(SecretJob::Operation::List, prefix, this);
    QStringList names;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (it.key().startsWith(prefix))
            names.append(it.key());
    }
    names.sort();
    QMetaObject::invokeMethod(
        job, [job, names]() mutable { job->finishWithEntries(std::move(names)); }, Qt::QueuedConnection);
    return job;
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::wipeEntry(const QString &entry)
{
    const auto found = m_secrets.find(entry);
    if (found != m_secrets.end())
        wipeSecret(found.value());
}

} // namespace keydesk
