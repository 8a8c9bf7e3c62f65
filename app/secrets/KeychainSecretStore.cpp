#include "KeychainSecretStore.h"

#include "KeychainOperation.h"
#include "SecretServiceSearch.h"

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace keydesk {

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_timeout(timeout)
{
}

SecretJob *KeychainSecretStore::read(const QString &entry)
{
    return startJob<QKeychain::ReadPasswordJob>(SecretJob::Operation::Read, entry, nullptr);
}

SecretJob *KeychainSecretStore::write(const QString &entry, const QString &secret)
{
    return startJob<QKeychain::WritePasswordJob>(SecretJob::Operation::Write, entry, &secret);
}

SecretJob *KeychainSecretStore::remove(const QString &entry)
{
    return startJob<QKeychain::DeletePasswordJob>(SecretJob::Operation::Remove, entry, nullptr);
}

SecretJob *KeychainSecretStore::list(const QString &prefix)
{
    auto *job = new SecretJob(SecretJob::Operation::List, prefix, this);
    auto *search = new SecretServiceSearch(job, m_service, prefix, m_timeout);
    search->start();
    return job;
}

QString KeychainSecretStore::backendName() const
{
    return tr("Secret Service (GNOME Keyring or KWallet)");
}

template <typename KeychainJob>
SecretJob *KeychainSecretStore::startJob(SecretJob::Operation operation, const QString &entry, const QString *secret)
{
    auto *job = new SecretJob(operation, entry, this);
    // Deliberately without a parent: it must outlive our job if it answers late.
    auto *keychainJob = new KeychainJob(m_service);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(entry);
    if constexpr (std::is_same_v<KeychainJob, QKeychain::WritePasswordJob>)
        keychainJob->setTextData(*secret);
    else
        Q_UNUSED(secret);
    auto *operationDriver = new KeychainOperation(job, keychainJob, m_timeout, std::min(m_timeout, maxDiagnosisTime));
    operationDriver->start(); // QtKeychain starts on the next event-loop pass
    return job;
}

} // namespace keydesk
