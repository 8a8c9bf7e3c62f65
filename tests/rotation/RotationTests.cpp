#include "CliTestSupport.h"
#include "Inventory.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "WatchCycle.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace keydesk;
using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

struct DialectCase final {
    const char *dialect;
    const char *keysPath; // POST here creates a key
    const char *dataPath; // a data endpoint that counts a use of the presenting key
};

void PrintTo(const DialectCase &dialectCase, std::ostream *os)
{
    *os << dialectCase.dialect;
}

struct Key final {
    QString id;
    QString secret;
};

class Rotation : public ::testing::TestWithParam<DialectCase> {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QString::fromLatin1(GetParam().dialect));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    }

    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return m_cli.run(targetOf(*m_sandbox) + QStringList{u"--org"_s, u"acme"_s} + arguments, m_sandbox->credential(),
                         input);
    }

    Key createKey(const QString &name) const
    {
        const ProcessResult result = cli({u"create"_s, name, u"--json"_s});
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const QJsonObject created = jsonObject(result.out).value_or(QJsonObject());
        return {created.value(u"id"_s).toString(), created.value(u"key"_s).toString()};
    }

    // rotate ID … --json: the output object (the new key in `key`).
    QJsonObject rotate(const QString &oldKeyId, const QStringList &options, ProcessResult *run = nullptr) const
    {
        const ProcessResult result = cli(QStringList{u"rotate"_s, oldKeyId, u"--json"_s} + options);
        if (run)
            *run = result;
        else
            EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        return jsonObject(result.out).value_or(QJsonObject());
    }

    QJsonObject rotation(const QString &id) const
    {
        const ProcessResult result = cli({u"rotations"_s, u"--json"_s});
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        for (const QJsonValue &value : jsonArray(result.out).value_or(QJsonArray())) {
            if (value.toObject().value(u"id"_s).toString() == id)
                return value.toObject();
        }
        return {};
    }

    QString state(const QString &id) const { return rotation(id).value(u"state"_s).toString(); }

    ProcessResult advance() const { return cli({u"rotations"_s, u"advance"_s}); }

    // `rotations advance` (a new process each time) until the rotation is in `wanted`.
    QString advanceUntil(const QString &id, const QString &wanted) const
    {
        QDeadlineTimer deadline(60000);
        QString now;
        while (!deadline.hasExpired()) {
            advance();
            now = state(id);
            if (now == wanted)
                return now;
            QThread::msleep(200);
        }
        return now;
    }

    int use(const QString &secret) const
    {
        return dataEndpointStatus(m_sandbox->url(), QString::fromLatin1(GetParam().dataPath), secret);
    }
    int posts() const
    {
        return sandboxRequestCount(m_sandbox->url(), u"POST "_s + QString::fromLatin1(GetParam().keysPath));
    }
    QStringList loggedActions() const
    {
        const ProcessResult result = m_cli.run({u"--org"_s, u"acme"_s, u"log"_s, u"--json"_s});
        QStringList actions;
        for (const QJsonValue &value : jsonArray(result.out).value_or(QJsonArray()))
            actions.append(value.toObject().value(u"action"_s).toString());
        return actions;
    }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

} // namespace

TEST_P(Rotation, RevokesTheOldKeyOnlyAfterTheNewOneIsUsedAndTheOldOneWentQuiet)
{
    const Key old = createKey(u"deploy"_s);
    ASSERT_EQ(use(old.secret), 200);
    const int postsBefore = posts();

    ProcessResult run;
    const QJsonObject created = rotate(old.id, {u"--quiet-for"_s, u"2s"_s}, &run);
    ASSERT_EQ(run.exitCode, 0) << describe(run).toStdString();
    // The created record plus `key` and `rotation`, as `create --json` plus the rotation.
    for (const QString &field : {u"id"_s, u"name"_s, u"status"_s, u"createdAt"_s, u"expiresAt"_s, u"key"_s})
        EXPECT_TRUE(created.contains(field)) << field.toStdString();
    EXPECT_EQ(created.value(u"name"_s).toString(), u"deploy"_s);
    const QJsonObject started = created.value(u"rotation"_s).toObject();
    for (const QString &field : {u"id"_s, u"organisation"_s, u"oldKeyId"_s, u"newKeyId"_s, u"state"_s, u"startedAt"_s,
                                 u"newKeyFirstUsedAt"_s, u"oldKeyLastUsedAt"_s, u"quietFor"_s, u"finishedAt"_s})
        EXPECT_TRUE(started.contains(field)) << field.toStdString();
    const QString id = started.value(u"id"_s).toString();
    EXPECT_EQ(started.value(u"oldKeyId"_s).toString(), old.id);
    EXPECT_EQ(started.value(u"newKeyId"_s).toString(), created.value(u"id"_s).toString());
    EXPECT_EQ(started.value(u"organisation"_s).toString(), u"acme"_s);
    EXPECT_EQ(started.value(u"quietFor"_s).toInt(), 2);
    EXPECT_EQ(started.value(u"state"_s).toString(), u"waiting-for-new-key"_s);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(id)) << run.err.toStdString();
    const QString successor = created.value(u"key"_s).toString();
    ASSERT_FALSE(successor.isEmpty());
    EXPECT_EQ(posts(), postsBefore + 1);

    // KeyDesk's own verification is the baseline: it does not count as the integration's use,
    // and however long the old key has been quiet, nothing is revoked without the new key in use.
    EXPECT_EQ(advance().exitCode, 0);
    EXPECT_EQ(state(id), u"waiting-for-new-key"_s);
    QThread::msleep(2500);
    EXPECT_EQ(advance().exitCode, 0);
    EXPECT_EQ(state(id), u"waiting-for-new-key"_s);
    EXPECT_EQ(use(old.secret), 200);

    ASSERT_EQ(use(successor), 200);
    EXPECT_EQ(advance().exitCode, 0);
    const QJsonObject inUse = rotation(id);
    EXPECT_EQ(inUse.value(u"state"_s).toString(), u"waiting-for-quiet"_s);
    EXPECT_FALSE(inUse.value(u"newKeyFirstUsedAt"_s).isNull());
    EXPECT_FALSE(inUse.value(u"oldKeyLastUsedAt"_s).isNull());

    // Each advance is a new process: the rotation resumes from the inventory alone.
    EXPECT_EQ(advanceUntil(id, u"done"_s), u"done"_s);
    EXPECT_EQ(use(old.secret), 401);
    EXPECT_EQ(use(successor), 200);
    EXPECT_FALSE(rotation(id).value(u"finishedAt"_s).isNull());
    EXPECT_EQ(posts(), postsBefore + 1); // exactly one POST for the whole rotation

    const QStringList actions = loggedActions();
    for (const QString &action : {u"rotation-start"_s, u"rotation-verified"_s, u"rotation-new-key-in-use"_s,
                                  u"rotation-ready"_s, u"rotation-revoked"_s})
        EXPECT_TRUE(actions.contains(action)) << action.toStdString();
}

TEST_P(Rotation, ASuccessorNeverUsedBlocksTheRevokeAndWaitTimesOut)
{
    const Key old = createKey(u"crm"_s);
    ProcessResult run;
    const QJsonObject created = rotate(old.id, {u"--quiet-for"_s, u"1s"_s, u"--wait"_s, u"--timeout"_s, u"3s"_s}, &run);
    EXPECT_EQ(run.exitCode, 6) << describe(run).toStdString();
    const QString id = created.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    EXPECT_EQ(state(id), u"waiting-for-new-key"_s);
    EXPECT_EQ(use(old.secret), 200);
}

TEST_P(Rotation, WaitEndsWhenTheRotationIsDone)
{
    const Key old = createKey(u"billing"_s);
    // The key is read from stdout while the CLI waits, and used as an integration would.
    QProcess process;
    process.setProcessEnvironment(m_cli.environment(m_sandbox->credential()));
    process.start(cliExecutable(), targetOf(*m_sandbox)
                                       + QStringList{u"--org"_s, u"acme"_s, u"rotate"_s, old.id, u"--quiet-for"_s,
                                                     u"1s"_s, u"--wait"_s, u"--timeout"_s, u"60s"_s});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(500);
        out += process.readAllStandardOutput();
    }
    const QString successor = QString::fromUtf8(out).trimmed();
    ASSERT_FALSE(successor.isEmpty()) << process.readAllStandardError().toStdString();
    EXPECT_EQ(use(successor), 200);
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(use(old.secret), 401);
}

TEST_P(Rotation, CancelKeepsBothKeysOrRevokesTheNewOne)
{
    const Key first = createKey(u"one"_s);
    const Key second = createKey(u"two"_s);
    const QJsonObject kept = rotate(first.id, {});
    const QString keptId = kept.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    const ProcessResult cancelled = cli({u"rotations"_s, u"cancel"_s, keptId});
    EXPECT_EQ(cancelled.exitCode, 0) << describe(cancelled).toStdString();
    EXPECT_EQ(state(keptId), u"cancelled"_s);
    EXPECT_EQ(use(first.secret), 200);
    EXPECT_EQ(use(kept.value(u"key"_s).toString()), 200);

    const QJsonObject revoked = rotate(second.id, {});
    const QString revokedId = revoked.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    const ProcessResult cancelledWithNew = cli({u"rotations"_s, u"cancel"_s, revokedId, u"--revoke-new"_s});
    EXPECT_EQ(cancelledWithNew.exitCode, 0) << describe(cancelledWithNew).toStdString();
    EXPECT_EQ(state(revokedId), u"cancelled"_s);
    EXPECT_EQ(use(second.secret), 200);
    EXPECT_EQ(use(revoked.value(u"key"_s).toString()), 401);
    EXPECT_EQ(cli({u"rotations"_s, u"cancel"_s, u"rot-000000000000"_s}).exitCode, 4);
}

TEST_P(Rotation, EmergencyRevokesTheOldKeyAsSoonAsTheNewOneExists)
{
    const Key old = createKey(u"leaked"_s);
    const int postsBefore = posts();
    // It asks first; without a terminal only --yes may skip the question.
    const ProcessResult unconfirmed = cli({u"rotate"_s, old.id, u"--emergency"_s});
    EXPECT_EQ(unconfirmed.exitCode, 2) << describe(unconfirmed).toStdString();
    EXPECT_EQ(posts(), postsBefore);
    EXPECT_EQ(use(old.secret), 200);

    const QJsonObject created = rotate(old.id, {u"--emergency"_s, u"--yes"_s});
    const QString id = created.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    EXPECT_EQ(state(id), u"done"_s);
    EXPECT_EQ(use(old.secret), 401);
    EXPECT_EQ(use(created.value(u"key"_s).toString()), 200);
    EXPECT_EQ(posts(), postsBefore + 1);
}

TEST_P(Rotation, AnOldKeyRevokedElsewhereFailsTheRotation)
{
    const Key old = createKey(u"gone"_s);
    const QJsonObject created = rotate(old.id, {});
    const QString id = created.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    ASSERT_EQ(cli({u"revoke"_s, old.id, u"--yes"_s}).exitCode, 0);
    const ProcessResult advanced = advance();
    EXPECT_EQ(advanced.exitCode, 1) << describe(advanced).toStdString();
    EXPECT_TRUE(QString::fromUtf8(advanced.err).contains(u"outside the rotation"_s)) << advanced.err.toStdString();
    EXPECT_EQ(state(id), u"failed"_s);
    EXPECT_EQ(use(created.value(u"key"_s).toString()), 200);
}

TEST_P(Rotation, ARefusedRevokeFailsWithAClearMessage)
{
    const Key old = createKey(u"stuck"_s);
    const QJsonObject created = rotate(old.id, {u"--quiet-for"_s, u"1s"_s});
    const QString id = created.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(), R"({"fault":"status","status":400,"method":"DELETE"})"));
    ASSERT_EQ(use(created.value(u"key"_s).toString()), 200);
    EXPECT_EQ(advanceUntil(id, u"failed"_s), u"failed"_s);
    const QStringList actions = loggedActions();
    EXPECT_TRUE(actions.contains(u"rotation-failed"_s));
    EXPECT_EQ(use(old.secret), 200);
    const ProcessResult listed = cli({u"rotations"_s});
    EXPECT_TRUE(QString::fromUtf8(listed.out).contains(u"failed"_s)) << listed.out.toStdString();
    const ProcessResult log = m_cli.run({u"--org"_s, u"acme"_s, u"log"_s});
    EXPECT_TRUE(QString::fromUtf8(log.out).contains(u"Revoking the old key"_s)) << log.out.toStdString();
}

TEST_P(Rotation, ALostCreateAnswerGoesThroughTheLostKeyFlowAndFailsTheRotation)
{
    const Key old = createKey(u"lost"_s);
    const int postsBefore = posts();
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(), R"({"fault":"commit-then-drop","method":"POST","count":1})"));
    ProcessResult run;
    rotate(old.id, {}, &run);
    EXPECT_EQ(run.exitCode, 6) << describe(run).toStdString(); // as `create`: a network failure
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(u"revoke"_s)) << run.err.toStdString(); // the key it left
    EXPECT_EQ(posts(), postsBefore + 1);                                                    // never sent twice
    const ProcessResult listed = cli({u"rotations"_s, u"--json"_s});
    const QJsonArray rotations = jsonArray(listed.out).value_or(QJsonArray());
    ASSERT_EQ(rotations.size(), 1);
    EXPECT_EQ(rotations.at(0).toObject().value(u"state"_s).toString(), u"failed"_s);
    EXPECT_EQ(use(old.secret), 200);
}

TEST_P(Rotation, RotateChecksItsCommandLine)
{
    const Key old = createKey(u"args"_s);
    const int postsBefore = posts();
    EXPECT_EQ(cli({u"rotate"_s, old.id, u"--quiet-for"_s, u"5x"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"rotate"_s, old.id, u"--timeout"_s, u"5s"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"rotate"_s, u"no-such-key"_s}).exitCode, 4);
    // Without an organisation the rotation could not be recorded.
    EXPECT_EQ(m_cli.run(targetOf(*m_sandbox) + QStringList{u"rotate"_s, old.id}, m_sandbox->credential()).exitCode, 2);
    EXPECT_EQ(posts(), postsBefore);
    // One open rotation per key.
    rotate(old.id, {});
    EXPECT_EQ(cli({u"rotate"_s, old.id}).exitCode, 5);
    EXPECT_EQ(posts(), postsBefore + 1);
}

TEST_P(Rotation, TheBackgroundWatchMovesRotationsOn)
{
    // The window's watch cycle, in this process, on the CLI's settings, keychain and inventory.
    QProcessEnvironment environment = m_cli.environment(m_sandbox->credential());
    const ProcessResult added = runProcess(cliExecutable(),
                                           {u"profile"_s, u"add"_s, u"acme"_s, u"--dialect"_s, m_sandbox->dialect(),
                                            u"--base-url"_s, m_sandbox->url().toString()},
                                           {}, environment);
    ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();
    const auto profileRun = [this](const QStringList &arguments) {
        return m_cli.run(QStringList{u"--profile"_s, u"acme"_s} + arguments);
    };
    const ProcessResult created = profileRun({u"create"_s, u"watched"_s, u"--json"_s});
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    const QJsonObject oldKey = jsonObject(created.out).value_or(QJsonObject());
    const ProcessResult rotated = profileRun(
        {u"rotate"_s, oldKey.value(u"id"_s).toString(), u"--quiet-for"_s, u"1s"_s, u"--json"_s});
    ASSERT_EQ(rotated.exitCode, 0) << describe(rotated).toStdString();
    const QJsonObject started = jsonObject(rotated.out).value_or(QJsonObject());
    const QString id = started.value(u"rotation"_s).toObject().value(u"id"_s).toString();
    ASSERT_EQ(use(started.value(u"key"_s).toString()), 200);

    QSettings settings(m_cli.settingsFile(), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    KeychainSecretStore keychain(u"KeyDesk"_s);
    QNetworkAccessManager network;
    Inventory inventory(m_cli.inventoryFile());
    inventory.open();
    WatchCycle cycle(
        {&network, &profiles, nullptr, &keychain, [] { return QDateTime::currentDateTimeUtc(); }, &inventory});
    ASSERT_NE(cycle.rotations(), nullptr);
    QDeadlineTimer deadline(60000);
    QString now;
    while (now != u"done"_s && !deadline.hasExpired()) {
        QSignalSpy judged(&cycle, &WatchCycle::judged);
        cycle.runNow();
        ASSERT_TRUE(judged.wait(30000));
        const ProcessResult listed = profileRun({u"rotations"_s, u"--json"_s});
        for (const QJsonValue &value : jsonArray(listed.out).value_or(QJsonArray())) {
            if (value.toObject().value(u"id"_s).toString() == id)
                now = value.toObject().value(u"state"_s).toString();
        }
        if (now != u"done"_s)
            QTest::qWait(300);
    }
    EXPECT_EQ(now, u"done"_s);
    EXPECT_EQ(use(jsonObject(created.out).value_or(QJsonObject()).value(u"key"_s).toString()), 401);
}

INSTANTIATE_TEST_SUITE_P(ManagingDialects, Rotation,
                         ::testing::Values(DialectCase{"leadhql", "/api-keys", "/properties/stats/counts"},
                                           DialectCase{"localleads", "/api/v1/api-keys", "/api/v1/credits/balance"}),
                         [](const ::testing::TestParamInfo<DialectCase> &info) {
                             return std::string(info.param.dialect);
                         });
