// The CLI's CommandRunner in this process, for what a real process cannot be made to
// meet on purpose: a keychain that reads the profile's credential but refuses to store
// anything more. Everything else is real: the sandbox process, HTTP over loopback, the
// settings file, the handoff index and stdout on /dev/full.
#include "CliTestSupport.h"

#include "CommandRunner.h"
#include "HandoffStore.h"
#include "MemorySecretStore.h"
#include "OutputStream.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// Reads from memory (where the test put the profile's credential); every write fails
// as it does when the Secret Service went away after the read.
class WriteRefusingStore final : public SecretStore {
public:
    SecretJob *read(const QString &entry) override { return m_memory.read(entry); }
    SecretJob *write(const QString &entry, const QString &secret) override
    {
        if (m_acceptWrites)
            return m_memory.write(entry, secret);
        auto *job = new SecretJob(SecretJob::Operation::Write, entry, this);
        QMetaObject::invokeMethod(
            job,
            [job] {
                job->finishWithError(
                    {SecretError::Kind::NoSecretService, QStringLiteral("org.freedesktop.secrets was not provided")});
            },
            Qt::QueuedConnection);
        return job;
    }
    SecretJob *remove(const QString &entry) override { return m_memory.remove(entry); }
    QString backendName() const override { return QStringLiteral("write-refusing test store"); }
    bool isPersistent() const override { return true; }

    void refuseWrites() { m_acceptWrites = false; }

private:
    MemorySecretStore m_memory;
    bool m_acceptWrites = true;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CliInProcess, AKeyTheKeychainCannotHoldAfterAFailedOutputIsRevoked)
{
    SandboxProcess sandbox(QStringLiteral("localleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    QSettings settings(dir.filePath(QStringLiteral("KeyDesk.conf")), QSettings::IniFormat);
    Profile profile;
    profile.name = QStringLiteral("work");
    profile.dialect = Dialect::LocalLeads;
    profile.baseUrl = sandbox.url();
    ProfileStore profiles(&settings);
    ASSERT_TRUE(profiles.save(profile)) << profiles.problem().toStdString();
    WriteRefusingStore secrets;
    SecretJob *stored = secrets.write(SecretStore::credentialEntry(profile.name), sandbox.credential());
    QSignalSpy storedSpy(stored, &SecretJob::finished);
    ASSERT_TRUE(storedSpy.wait(10000));
    secrets.refuseWrites();

    const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    const QString errPath = dir.filePath(QStringLiteral("stderr"));
    const int errFd = ::open(QFile::encodeName(errPath).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    const int nothing = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_GE(full, 0);
    ASSERT_GE(errFd, 0);
    ASSERT_GE(nothing, 0);
    OutputStream out(full);
    OutputStream err(errFd);
    QNetworkAccessManager network;
    const QString indexPath = dir.filePath(QStringLiteral("pending-handoffs.json"));

    CliServices services;
    services.network = &network;
    services.secrets = &secrets;
    services.settings = &settings;
    services.out = &out;
    services.err = &err;
    services.handoffIndexPath = indexPath;
    services.inputFd = nothing;
    services.now = [] { return QDateTime::currentDateTimeUtc(); };
    services.locale = QLocale::c();
    int exitCode = -1;
    {
        CommandRunner runner(services);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.start({QStringLiteral("keydesk-cli"), QStringLiteral("--profile"), profile.name,
                      QStringLiteral("create"), QStringLiteral("no room")});
        ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
        exitCode = finished.at(0).at(0).toInt();
    }
    ::close(full);
    ::close(errFd);
    ::close(nothing);

    const QByteArray messages = readAll(errPath);
    EXPECT_EQ(exitCode, 1) << messages.toStdString();
    EXPECT_TRUE(messages.contains("could not be written to standard output: no space left on the device"))
        << messages.toStdString();
    EXPECT_TRUE(messages.contains("It cannot be kept in the keychain for a later handoff: No Secret Service"))
        << messages.toStdString();
    EXPECT_TRUE(messages.contains("Revoked key 'no room'")) << messages.toStdString();
    EXPECT_FALSE(messages.contains(sandbox.credential().toUtf8()));

    // Gone from the server, and nothing is left pending for the window.
    const CliRunner cli;
    const ProcessResult listed = cli.run(
        targetOf(sandbox) + QStringList{QStringLiteral("list"), QStringLiteral("--json")}, sandbox.credential());
    ASSERT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
    EXPECT_FALSE(findByName(jsonArray(listed.out).value_or(QJsonArray()), QStringLiteral("no room")).has_value());
    HandoffStore handoffs(&secrets, indexPath);
    EXPECT_TRUE(handoffs.allPending().isEmpty());
}
