// KeychainSecretStore against the real Secret Service: in-process inside
// tests/with-keyring.sh, and through the secret_probe helper in child environments
// built to fail in one specific way each.
#include "KeychainSecretStore.h"
#include "PrivateSession.h"
#include "SandboxProcess.h"
#include "SecretTestSupport.h"

#include <gtest/gtest.h>

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;
using namespace std::chrono_literals;
using Kind = SecretError::Kind;

namespace {

#define REQUIRE_KEYRING_SESSION()                                                         \
    if (!insideKeyringSession())                                                          \
    GTEST_SKIP() << "needs the private keyring session: run under tests/with-keyring.sh " \
                    "(ctest does; KEYDESK_KEYRING_SESSION=1 is not set)"

QString expectedMessage(Kind kind)
{
    return SecretError{kind, {}}.userMessage();
}

std::string describe(const ProbeResult &result)
{
    return QStringLiteral("exit %1, json %2, stderr %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Compact)), result.stderrText)
        .toStdString();
}

// The probe finished, exited 1 and reported `kindName` (secret_probe's name of the kind).
void expectFailedAs(const ProbeResult &result, QStringView kindName)
{
    ASSERT_TRUE(result.finished) << describe(result);
    EXPECT_EQ(result.exitCode, 1) << describe(result);
    EXPECT_EQ(result.json.value(u"kind").toString(), kindName.toString()) << describe(result);
}

// Starts the Secret Service stand-in that never answers (or answers late, as
// `arguments` say) on the session's bus; true once it has printed its first line.
bool startStalledService(QProcess &service, const PrivateSession &session, const QStringList &arguments)
{
    service.setProcessEnvironment(session.environment());
    service.start(stalledServiceExecutable(), arguments);
    return service.waitForReadyRead(30000);
}

ProcessResult secretToolLookup(const QString &service, const QString &entry, const QProcessEnvironment &environment)
{
    return runProcess(QStringLiteral("secret-tool"),
                      {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), entry}, {},
                      environment);
}

} // namespace

// ---- the real keyring of tests/with-keyring.sh, in this process ----

TEST(KeychainSecretStore, WriteReadRemoveRoundTrip)
{
    REQUIRE_KEYRING_SESSION();
    KeychainSecretStore store(uniqueServiceName());
    EXPECT_TRUE(store.isPersistent());
    const QString entry = SecretStore::credentialEntry(QStringLiteral("acme"));
    const QString secret = QStringLiteral("ll_0123456789abcdef-ünïcode");

    const JobOutcome written = waitFor(store.write(entry, secret));
    ASSERT_TRUE(written.finished);
    ASSERT_FALSE(written.error.isError()) << written.error.detail.toStdString();
    EXPECT_EQ(written.finishedCount, 1);
    EXPECT_TRUE(written.deleted);

    const JobOutcome read = waitFor(store.read(entry));
    ASSERT_FALSE(read.error.isError()) << read.error.detail.toStdString();
    EXPECT_EQ(read.secret, secret);

    const JobOutcome removed = waitFor(store.remove(entry));
    EXPECT_FALSE(removed.error.isError()) << removed.error.detail.toStdString();

    const JobOutcome gone = waitFor(store.read(entry));
    ASSERT_TRUE(gone.finished);
    EXPECT_EQ(gone.error.kind, Kind::NotFound) << gone.error.detail.toStdString();
    EXPECT_EQ(gone.error.userMessage(), expectedMessage(Kind::NotFound));
}

TEST(KeychainSecretStore, SecretToolReadsTheEntryBack)
{
    REQUIRE_KEYRING_SESSION();
    const QString service = uniqueServiceName();
    KeychainSecretStore store(service);
    const QString entry = SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("key-7"));
    const QString secret = QStringLiteral("leadhql_pk_AbC123xyz");
    ASSERT_FALSE(waitFor(store.write(entry, secret)).error.isError());

    const ProcessResult lookup = secretToolLookup(service, entry, QProcessEnvironment::systemEnvironment());
    ASSERT_TRUE(lookup.finished);
    EXPECT_EQ(lookup.exitCode, 0) << lookup.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(lookup.out), secret);

    // The item as QtKeychain 0.13 (libsecret) lays it out.
    const ProcessResult search = runProcess(
        QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("server"), service, QStringLiteral("user"), entry});
    const QString listing = QString::fromUtf8(search.out + search.err);
    EXPECT_TRUE(listing.contains(QStringLiteral("label = ") + service)) << listing.toStdString();
    EXPECT_TRUE(listing.contains(u"attribute.type = plaintext")) << listing.toStdString();
    EXPECT_TRUE(listing.contains(u"schema = org.qt.keychain")) << listing.toStdString();

    waitFor(store.remove(entry));
    EXPECT_NE(secretToolLookup(service, entry, QProcessEnvironment::systemEnvironment()).exitCode, 0);
}

TEST(KeychainSecretStore, TinyTimeoutFinishesWithTimeoutAndTheLateResultIsIgnored)
{
    REQUIRE_KEYRING_SESSION();
    const QString service = uniqueServiceName();
    KeychainSecretStore hasty(service, 1ms);
    const JobOutcome outcome = waitFor(hasty.read(QStringLiteral("nothing-here")));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.error.kind, Kind::Timeout) << outcome.error.detail.toStdString();
    EXPECT_EQ(outcome.error.userMessage(), expectedMessage(Kind::Timeout));
    EXPECT_EQ(outcome.finishedCount, 1);

    // QtKeychain runs jobs one at a time, so this one starts only after the timed-out
    // job's late answer was delivered (to nobody): that delivery must be harmless.
    KeychainSecretStore patient(service);
    const JobOutcome next = waitFor(patient.read(QStringLiteral("nothing-here")));
    EXPECT_EQ(next.error.kind, Kind::NotFound) << next.error.detail.toStdString();
}

// The keychain scan behind HandoffStore: QtKeychain cannot enumerate, the Secret
// Service can, by attribute and without any secret.
TEST(KeychainSecretStore, ListNamesTheEntriesOfItsServiceWithThePrefix)
{
    REQUIRE_KEYRING_SESSION();
    const QString service = uniqueServiceName();
    KeychainSecretStore store(service);
    KeychainSecretStore otherService(uniqueServiceName());
    const QString first = SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("key-1"));
    const QString slashed = SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("a/b"));
    const QString credential = SecretStore::credentialEntry(QStringLiteral("acme"));
    for (const QString &entry : {first, slashed, credential})
        ASSERT_FALSE(waitFor(store.write(entry, QStringLiteral("ll_secret-of-") + entry)).error.isError());
    ASSERT_FALSE(
        waitFor(otherService.write(SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("elsewhere")),
                                   QStringLiteral("x")))
            .error.isError());

    const JobOutcome listed = waitFor(store.list(SecretStore::pendingKeyPrefix()));
    ASSERT_TRUE(listed.finished);
    ASSERT_FALSE(listed.error.isError()) << listed.error.userMessage().toStdString();
    EXPECT_EQ(listed.entries, (QStringList{slashed, first})); // sorted
    EXPECT_TRUE(listed.secret.isEmpty());
    EXPECT_EQ(listed.finishedCount, 1);
    EXPECT_TRUE(listed.deleted);
    const std::optional<SecretStore::PendingKeyEntry> parsed = SecretStore::parsePendingKeyEntry(slashed);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->profileName, u"acme");
    EXPECT_EQ(parsed->keyId, u"a/b");

    const JobOutcome everything = waitFor(store.list(QString()));
    EXPECT_EQ(everything.entries, (QStringList{slashed, first, credential}));

    for (const QString &entry : {first, slashed, credential})
        waitFor(store.remove(entry));
    EXPECT_TRUE(waitFor(store.list(SecretStore::pendingKeyPrefix())).entries.isEmpty());
}

// ---- child environments, each broken in one way ----

TEST(KeychainSecretStoreDiagnosis, DeadSessionBusIsReportedAsNoSessionBus)
{
    QTemporaryDir scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + scratch.filePath(QStringLiteral("no-bus-here")));
    for (const QString &operation : {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("list")}) {
        const ProbeResult result = runProbe(
            {QStringLiteral("--service"), uniqueServiceName(), operation, QStringLiteral("profile/a/credential")},
            environment, "s3cret");
        ASSERT_NO_FATAL_FAILURE(expectFailedAs(result, u"no-session-bus"));
        EXPECT_EQ(result.json.value(u"message").toString(), expectedMessage(Kind::NoSessionBus));
    }
}

TEST(KeychainSecretStoreDiagnosis, UnsetSessionBusIsReportedAsNoSessionBus)
{
    QTemporaryDir scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));                         // no X11 autolaunch either
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.path()); // no "bus" socket
    const ProbeResult result = runProbe(
        {QStringLiteral("--service"), uniqueServiceName(), QStringLiteral("read"), QStringLiteral("e")}, environment);
    ASSERT_TRUE(result.finished) << describe(result);
    EXPECT_EQ(result.json.value(u"kind").toString(), u"no-session-bus") << describe(result);
    EXPECT_EQ(result.json.value(u"message").toString(), expectedMessage(Kind::NoSessionBus));
}

TEST(KeychainSecretStoreDiagnosis, BusWithoutSecretServiceIsReportedAsNoSecretService)
{
    PrivateSession session;
    const QString busProblem = session.startBus();
    ASSERT_TRUE(busProblem.isEmpty()) << busProblem.toStdString();
    for (const QString &operation :
         {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("remove"), QStringLiteral("list")}) {
        const ProbeResult result = runProbe(
            {QStringLiteral("--service"), uniqueServiceName(), operation, QStringLiteral("profile/a/credential")},
            session.environment(), "s3cret");
        ASSERT_NO_FATAL_FAILURE(expectFailedAs(result, u"no-secret-service"));
        EXPECT_EQ(result.json.value(u"message").toString(), expectedMessage(Kind::NoSecretService));
    }
}

TEST(KeychainSecretStoreDiagnosis, LockedCollectionIsReportedAsLocked)
{
    PrivateSession session;
    const QString busProblem = session.startBus();
    ASSERT_TRUE(busProblem.isEmpty()) << busProblem.toStdString();
    const QString keyringProblem = session.startKeyring("correct horse battery");
    ASSERT_TRUE(keyringProblem.isEmpty()) << keyringProblem.toStdString();

    const QString service = uniqueServiceName();
    const QString entry = SecretStore::credentialEntry(QStringLiteral("acme"));
    const ProbeResult written = runProbe({QStringLiteral("--service"), service, QStringLiteral("write"), entry},
                                         session.environment(), "ll_locked-secret");
    ASSERT_EQ(written.exitCode, 0) << describe(written);
    const ProcessResult lookup = secretToolLookup(service, entry, session.environment());
    ASSERT_EQ(QString::fromUtf8(lookup.out), u"ll_locked-secret") << lookup.err.toStdString();

    // Lock the default collection the way a screen locker or Seahorse would.
    QDBusConnection bus = session.connection();
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage lock = QDBusMessage::createMethodCall(secrets, QStringLiteral("/org/freedesktop/secrets"),
                                                       QStringLiteral("org.freedesktop.Secret.Service"),
                                                       QStringLiteral("Lock"));
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
    const QDBusMessage locked = bus.call(lock, QDBus::Block, 30000);
    ASSERT_NE(locked.type(), QDBusMessage::ErrorMessage) << locked.errorMessage().toStdString();
    QDBusMessage get = QDBusMessage::createMethodCall(
        secrets, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage state = bus.call(get, QDBus::Block, 30000);
    ASSERT_EQ(state.type(), QDBusMessage::ReplyMessage) << state.errorMessage().toStdString();
    ASSERT_TRUE(state.arguments().value(0).value<QDBusVariant>().variant().toBool());

    // QtKeychain alone would say "entry not found" (or wait for a prompt); we say why.
    const ProbeResult read = runProbe({QStringLiteral("--service"), service, QStringLiteral("--timeout-ms"),
                                       QStringLiteral("15000"), QStringLiteral("read"), entry},
                                      session.environment());
    ASSERT_NO_FATAL_FAILURE(expectFailedAs(read, u"locked"));
    EXPECT_EQ(read.json.value(u"message").toString(), expectedMessage(Kind::Locked));
    RecordProperty("locked_read_detail", read.json.value(u"detail").toString().toStdString());

    // Listing needs no secret: the names come from the item attributes, and the
    // collection stays locked (reading any secret would have needed an unlock).
    const ProbeResult listed = runProbe(
        {QStringLiteral("--service"), service, QStringLiteral("list"), QStringLiteral("profile/")},
        session.environment());
    ASSERT_TRUE(listed.finished) << describe(listed);
    EXPECT_EQ(listed.exitCode, 0) << describe(listed);
    EXPECT_EQ(listed.json.value(u"entries").toArray().toVariantList(), QVariantList{entry}) << describe(listed);
    const QDBusMessage after = bus.call(get, QDBus::Block, 30000);
    ASSERT_EQ(after.type(), QDBusMessage::ReplyMessage) << after.errorMessage().toStdString();
    EXPECT_TRUE(after.arguments().value(0).value<QDBusVariant>().variant().toBool()) << "listing unlocked it";
}

TEST(KeychainSecretStoreDiagnosis, ServiceThatNeverAnswersTimesOut)
{
    PrivateSession session;
    const QString busProblem = session.startBus();
    ASSERT_TRUE(busProblem.isEmpty()) << busProblem.toStdString();
    QProcess stalled;
    ASSERT_TRUE(startStalledService(stalled, session, {})) << stalled.readAllStandardError().toStdString();
    ASSERT_EQ(stalled.readLine().trimmed(), "ready");

    const ProbeResult result = runProbe({QStringLiteral("--service"), uniqueServiceName(),
                                         QStringLiteral("--timeout-ms"), QStringLiteral("500"), QStringLiteral("read"),
                                         QStringLiteral("e")},
                                        session.environment());
    stalled.kill();
    stalled.waitForFinished(5000);
    ASSERT_NO_FATAL_FAILURE(expectFailedAs(result, u"timeout"));
    EXPECT_EQ(result.json.value(u"message").toString(), expectedMessage(Kind::Timeout));
}

TEST(KeychainSecretStoreDiagnosis, AnswerAfterTheTimeoutIsIgnoredSafely)
{
    PrivateSession session;
    const QString busProblem = session.startBus();
    ASSERT_TRUE(busProblem.isEmpty()) << busProblem.toStdString();
    QProcess slow;
    ASSERT_TRUE(startStalledService(slow, session, {QStringLiteral("--reply-after-ms"), QStringLiteral("1500")}))
        << slow.readAllStandardError().toStdString();

    // The probe reports the timeout, then keeps its event loop running while the late
    // error reaches QtKeychain, whose job outlives ours. A use-after-free would crash
    // (or trip AddressSanitizer in the asan preset) instead of exiting normally.
    const ProbeResult result = runProbe(
        {QStringLiteral("--service"), uniqueServiceName(), QStringLiteral("--timeout-ms"), QStringLiteral("300"),
         QStringLiteral("--linger-ms"), QStringLiteral("4000"), QStringLiteral("write"), QStringLiteral("e")},
        session.environment(), "s3cret");
    slow.kill();
    slow.waitForFinished(5000);
    ASSERT_NO_FATAL_FAILURE(expectFailedAs(result, u"timeout"));
}
