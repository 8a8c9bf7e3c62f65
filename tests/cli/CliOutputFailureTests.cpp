// Output that cannot be written: stdout on /dev/full, closed, or a pipe whose reader has
// gone. The real keydesk-cli against the real sandbox; the pending handoffs are checked
// in the real Secret Service of tests/with-keyring.sh and through the HandoffStore the
// window reads them with.
#include "CliTestSupport.h"
#include "TestPaths.h"

#include "HandoffStore.h"
#include "KeychainSecretStore.h"
#include "SecretStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <tuple>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QByteArray localLeadsDataPath = "/api/v1/credits/balance";
const QRegularExpression localLeadsKey(QStringLiteral("^ll_[0-9a-f]{64}$"));

// How stderr names each way stdout broke (OutputStream::errorString).
QByteArray reasonFor(BrokenStdout how)
{
    switch (how) {
    case BrokenStdout::Full:
        return "no space left on the device";
    case BrokenStdout::Closed:
        return "it is closed";
    case BrokenStdout::PipeWithoutReader:
        return "the program reading it has stopped";
    }
    return {};
}

class CliOutputFailure : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("localleads"));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    }

    bool keyringAvailable() const { return !qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"); }

    QStringList target() const { return targetOf(*m_sandbox); }
    QProcessEnvironment environment(const QString &credential) const { return m_cli.environment(credential); }

    ProcessResult addProfile(const QString &name, const QString &credential)
    {
        return m_cli.run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--dialect"),
                          QStringLiteral("localleads"), QStringLiteral("--base-url"), m_sandbox->url().toString()},
                         credential);
    }

    ProcessResult broken(BrokenStdout how, const QStringList &arguments, const QString &credential = {},
                         const QByteArray &input = {})
    {
        const ProcessResult result = m_cli.runWithBrokenStdout(how, arguments, environment(credential), input);
        EXPECT_TRUE(result.finished) << arguments.join(u' ').toStdString();
        EXPECT_NE(result.exitCode, -1) << "killed by a signal (SIGPIPE?): " << describe(result).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_FALSE(result.err.contains(m_sandbox->credential().toUtf8()));
        return result;
    }

    // The key of that name as `list --json` shows it (an empty object when it is not listed).
    QJsonObject listed(const QString &name)
    {
        const ProcessResult result = m_cli.run(target() + QStringList{QStringLiteral("list"), QStringLiteral("--json")},
                                               m_sandbox->credential());
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        return findByName(jsonArray(result.out).value_or(QJsonArray()), name).value_or(QJsonObject());
    }

    // What the window finds for (profile, keyId): the index entry and, fetched through
    // it from the keychain, the secret.
    struct Pending {
        PendingHandoff entry;
        QString secret;
        QString fetchError;
    };
    Pending pendingHandoff(const QString &profile, const QString &keyId)
    {
        KeychainSecretStore keychain(QStringLiteral("KeyDesk"));
        HandoffStore store(&keychain, m_cli.handoffIndexFile());
        Pending pending;
        pending.entry = store.entry(profile, keyId);
        if (pending.entry.keyId.isEmpty())
            return pending;
        SecretJob *job = store.fetch(profile, keyId);
        bool finished = false;
        QObject::connect(job, &SecretJob::finished, job, [&pending, &finished, job] {
            pending.secret = job->secret();
            pending.fetchError = job->error().userMessage();
            finished = true;
        });
        if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
            pending.fetchError = QStringLiteral("the keychain read did not finish");
        return pending;
    }

    // Kept for later, exactly where the window looks: listed, the secret in the keychain
    // (secret-tool agrees), and the secret is a working key that stderr never showed.
    void expectPendingHandoff(const QString &profile, const QString &name, const ProcessResult &result)
    {
        const QJsonObject record = listed(name);
        ASSERT_EQ(record.value(QStringLiteral("status")).toString(), QStringLiteral("active")) << name.toStdString();
        const QString id = record.value(QStringLiteral("id")).toString();
        const Pending pending = pendingHandoff(profile, id);
        ASSERT_EQ(pending.entry.keyId, id) << "not in the handoff index " << m_cli.handoffIndexFile().toStdString();
        EXPECT_TRUE(pending.entry.secretStored);
        EXPECT_EQ(pending.entry.keyName, name);
        ASSERT_TRUE(pending.fetchError.isEmpty()) << pending.fetchError.toStdString();
        EXPECT_TRUE(localLeadsKey.match(pending.secret).hasMatch());
        EXPECT_EQ(dataEndpointStatus(m_sandbox->url(), QString::fromLatin1(localLeadsDataPath), pending.secret), 200);
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        ASSERT_FALSE(secretTool.isEmpty()) << "secret-tool (libsecret-tools) is required";
        const ProcessResult lookup = runProcess(secretTool,
                                                {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("KeyDesk"), QStringLiteral("user"),
                                                 SecretStore::pendingKeyEntry(profile, id)},
                                                {}, environment({}));
        EXPECT_EQ(QString::fromUtf8(lookup.out).trimmed(), pending.secret) << lookup.err.toStdString();
        EXPECT_FALSE(result.err.contains(pending.secret.toUtf8())) << "the secret leaked to stderr";
        EXPECT_TRUE(result.err.contains(id.toUtf8())) << result.err.toStdString();
    }

    // Revoked: LocalLeads lists only live keys.
    void expectRevoked(const QString &name, const ProcessResult &result)
    {
        EXPECT_TRUE(listed(name).isEmpty()) << name.toStdString() << " is still live";
        EXPECT_TRUE(result.err.contains(QByteArray("Revoked key '" + name.toUtf8() + "'"))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains("nobody has its secret")) << result.err.toStdString();
    }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

// ---- create with a profile: the key waits in the keychain for the window -----------

class CliUndeliveredKey : public CliOutputFailure,
                          public ::testing::WithParamInterface<std::tuple<BrokenStdout, bool>> {};

TEST_P(CliUndeliveredKey, WithAProfileIsKeptAsAPendingHandoff)
{
    if (!keyringAvailable())
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    const auto [how, json] = GetParam();
    const QString profile = QStringLiteral("undelivered");
    const ProcessResult added = addProfile(profile, m_sandbox->credential());
    ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();

    const QString name = QStringLiteral("lost output");
    QStringList arguments{QStringLiteral("--profile"), profile, QStringLiteral("create"), name};
    if (json)
        arguments << QStringLiteral("--json");
    const ProcessResult result = broken(how, arguments);
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.startsWith("keydesk-cli: error: The new key 'lost output'")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QByteArray("could not be written to standard output: " + reasonFor(how))))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("pending handoff of profile 'undelivered'")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Hand Off Pending Key")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains("will not be shown again")) << "claimed a delivery: " << result.err.toStdString();
    expectPendingHandoff(profile, name, result);
}

INSTANTIATE_TEST_SUITE_P(Stdout, CliUndeliveredKey,
                         ::testing::Combine(::testing::Values(BrokenStdout::Full, BrokenStdout::Closed,
                                                              BrokenStdout::PipeWithoutReader),
                                            ::testing::Bool()),
                         [](const ::testing::TestParamInfo<std::tuple<BrokenStdout, bool>> &info) {
                             std::ostringstream name;
                             PrintTo(std::get<0>(info.param), &name);
                             name << (std::get<1>(info.param) ? "_json" : "_text");
                             return name.str();
                         });

// ---- create with --base-url ---------------------------------------------------------

TEST_F(CliOutputFailure, BaseUrlWithoutAProfileRevokesTheKeyAndSaysSo)
{
    const ProcessResult result = broken(BrokenStdout::Full,
                                        target() + QStringList{QStringLiteral("create"), QStringLiteral("nowhere")},
                                        m_sandbox->credential());
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("could not be written to standard output: no space left on the device"))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("No saved profile has this server and credential")) << result.err.toStdString();
    expectRevoked(QStringLiteral("nowhere"), result);
    EXPECT_FALSE(QFile::exists(m_cli.handoffIndexFile()));
}

TEST_F(CliOutputFailure, BaseUrlWithTheSameServerAndCredentialAsAProfileKeepsItThere)
{
    if (!keyringAvailable())
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    // Same server, other credential (another organisation): never chosen.
    ASSERT_EQ(addProfile(QStringLiteral("a-other-org"), QStringLiteral("ll_") + QString(64, u'0')).exitCode, 0);
    ASSERT_EQ(addProfile(QStringLiteral("b-same-org"), m_sandbox->credential()).exitCode, 0);

    const ProcessResult result = broken(BrokenStdout::Closed,
                                        target() + QStringList{QStringLiteral("create"), QStringLiteral("via url")},
                                        m_sandbox->credential());
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("pending handoff of profile 'b-same-org'")) << result.err.toStdString();
    expectPendingHandoff(QStringLiteral("b-same-org"), QStringLiteral("via url"), result);
}

TEST_F(CliOutputFailure, BaseUrlWithOnlyAnotherOrganisationsProfileRevokes)
{
    if (!keyringAvailable())
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    ASSERT_EQ(addProfile(QStringLiteral("other-org"), QStringLiteral("ll_") + QString(64, u'0')).exitCode, 0);
    const ProcessResult result = broken(BrokenStdout::Full,
                                        target() + QStringList{QStringLiteral("create"), QStringLiteral("not theirs")},
                                        m_sandbox->credential());
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("No saved profile has this server and credential")) << result.err.toStdString();
    expectRevoked(QStringLiteral("not theirs"), result);
}

TEST_F(CliOutputFailure, WhenNoKeychainCanHoldTheKeyItIsRevoked)
{
    if (!keyringAvailable())
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    ASSERT_EQ(addProfile(QStringLiteral("same-org"), m_sandbox->credential()).exitCode, 0);

    // The profile matches, but this run has no session bus, so no keychain at all.
    QProcessEnvironment noBus = environment(m_sandbox->credential());
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/keydesk-bus"));
    const ProcessResult result = m_cli.runWithBrokenStdout(
        BrokenStdout::PipeWithoutReader,
        target() + QStringList{QStringLiteral("create"), QStringLiteral("no keychain")}, noBus);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("the program reading it has stopped")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("cannot be kept in the keychain for a later handoff: No D-Bus session bus"))
        << result.err.toStdString();
    expectRevoked(QStringLiteral("no keychain"), result);
}

TEST_F(CliOutputFailure, WhenTheRevokeFailsTooTheCommandToRunIsPrintedAndWorks)
{
    ASSERT_TRUE(
        installSandboxFault(m_sandbox->url(), R"({"fault":"status","status":500,"method":"DELETE","count":1})"));
    const ProcessResult result = broken(BrokenStdout::Full,
                                        target() + QStringList{QStringLiteral("create"), QStringLiteral("stubborn")},
                                        m_sandbox->credential());
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    const QJsonObject record = listed(QStringLiteral("stubborn"));
    ASSERT_EQ(record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString id = record.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(result.err.contains("could not be revoked either")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("server had a problem")) << result.err.toStdString();

    // The line ends with the command, exactly as a user would paste it.
    const QString err = QString::fromUtf8(result.err);
    const qsizetype at = err.indexOf(QStringLiteral("revoke it with: "));
    ASSERT_GE(at, 0) << err.toStdString();
    const QString command = err.mid(at + 16).section(u'\n', 0, 0);
    EXPECT_TRUE(command.startsWith(QStringLiteral("keydesk-cli --dialect localleads --base-url ")))
        << command.toStdString();
    EXPECT_TRUE(command.endsWith(QStringLiteral(" revoke ") + id + QStringLiteral(" --yes"))) << command.toStdString();
    QProcessEnvironment shell = environment(m_sandbox->credential());
    shell.insert(QStringLiteral("PATH"),
                 QFileInfo(cliExecutable()).absolutePath() + u':' + shell.value(QStringLiteral("PATH")));
    const ProcessResult pasted = runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, {}, shell);
    EXPECT_EQ(pasted.exitCode, 0) << describe(pasted).toStdString();
    EXPECT_TRUE(listed(QStringLiteral("stubborn")).isEmpty());
}

// ---- every other result ---------------------------------------------------------------

class CliResultNotWritten : public CliOutputFailure, public ::testing::WithParamInterface<BrokenStdout> {};

TEST_P(CliResultNotWritten, ExitsOneWithAMessageNeverZero)
{
    const QString key = m_sandbox->credential();
    const QList<std::pair<QStringList, QByteArray>> commands{
        {target() + QStringList{QStringLiteral("list")}, {}},
        {target() + QStringList{QStringLiteral("list"), QStringLiteral("--json")}, {}},
        {target() + QStringList{QStringLiteral("verify")}, key.toUtf8()},
        {{QStringLiteral("profile"), QStringLiteral("list")}, {}},
        {{QStringLiteral("--version")}, {}},
        {{QStringLiteral("--help")}, {}},
    };
    for (const auto &[arguments, input] : commands) {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const ProcessResult result = broken(GetParam(), arguments, key, input);
        EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
        EXPECT_TRUE(result.err.contains(
            QByteArray("keydesk-cli: error: Could not write the result to standard output: " + reasonFor(GetParam()))))
            << result.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Stdout, CliResultNotWritten,
                         ::testing::Values(BrokenStdout::Full, BrokenStdout::Closed, BrokenStdout::PipeWithoutReader),
                         [](const ::testing::TestParamInfo<BrokenStdout> &info) {
                             std::ostringstream name;
                             PrintTo(info.param, &name);
                             return name.str();
                         });

} // namespace
