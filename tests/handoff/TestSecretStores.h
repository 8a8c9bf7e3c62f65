#pragma once

#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "QtPrinters.h"
#include "SecretStore.h"

#include <QMetaObject>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace keydesk::test {

// Inside tests/with-keyring.sh (as under ctest) the real Secret Service is used, with a
// service name of its own; elsewhere a MemorySecretStore, so the suite still runs.
inline bool realKeychainAvailable()
{
    return qEnvironmentVariableIsSet("KEYDESK_KEYRING_SESSION");
}

inline std::unique_ptr<SecretStore> makeTestSecretStore(const QString &service)
{
    if (realKeychainAvailable())
        return std::make_unique<KeychainSecretStore>(service);
    return std::make_unique<MemorySecretStore>();
}

// A store whose writes (and, optionally, removals) fail like a keychain without a
// Secret Service; reads go to memory. Jobs finish asynchronously, like the real ones.
class FailingSecretStore final : public SecretStore {
public:
    explicit FailingSecretStore(bool failRemovals = false)
        : m_failRemovals(failRemovals)
    {
    }

    SecretJob *read(const QString &entry) override { return m_memory.read(entry); }
    SecretJob *write(const QString &entry, const QString &) override
    {
        return failed(SecretJob::Operation::Write, entry);
    }
    SecretJob *remove(const QString &entry) override
    {
        return m_failRemovals ? failed(SecretJob::Operation::Remove, entry) : m_memory.remove(entry);
    }
    QString backendName() const override { return QStringLiteral("failing test store"); }
    bool isPersistent() const override { return true; }

    static SecretError failure()
    {
        return SecretError{SecretError::Kind::NoSecretService,
                           QStringLiteral("org.freedesktop.secrets was not provided")};
    }

private:
    SecretJob *failed(SecretJob::Operation operation, const QString &entry)
    {
        auto *job = new SecretJob(operation, entry, this);
        QMetaObject::invokeMethod(
            job, [job] { job->finishWithError(failure()); }, Qt::QueuedConnection);
        return job;
    }

    MemorySecretStore m_memory;
    bool m_failRemovals;
};

// The outcome of a SecretJob, captured inside its finished() slot (the job deletes itself).
struct JobResult {
    bool finished = false;
    SecretError error;
    QString secret;
    bool ok() const { return finished && !error.isError(); }
};

inline JobResult awaitJob(SecretJob *job, int timeoutMs = 60000)
{
    auto result = QSharedPointer<JobResult>::create();
    QObject::connect(job, &SecretJob::finished, job, [result, job] {
        result->finished = true;
        result->error = job->error();
        result->secret = job->secret();
    });
    if (!QTest::qWaitFor([&] { return result->finished; }, timeoutMs))
        result->error = SecretError{SecretError::Kind::Timeout, QStringLiteral("test gave up waiting")};
    return *result;
}

} // namespace keydesk::test
