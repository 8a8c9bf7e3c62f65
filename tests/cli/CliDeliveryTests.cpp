// `create … --to DEST` and `profile command` (docs/design.md#delivery): the real
// keydesk-cli, the real sandbox, and the real tools (VaultTools).
#include "CliTestSupport.h"
#include "TestPaths.h"
#include "VaultTools.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression localLeadsKey(u"ll_[0-9a-f]{64}"_s);

class CliDelivery : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tools.isValid()) << qPrintable(m_tools.error());
        ASSERT_TRUE(m_sandbox.started()) << m_sandbox.startError().toStdString();
        const ProcessResult added = cli({u"profile"_s, u"add"_s, u"acme"_s, u"--dialect"_s, u"localleads"_s,
                                         u"--base-url"_s, m_sandbox.url().toString()});
        ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = m_cli.environment(m_sandbox.credential());
        const QProcessEnvironment tools = m_tools.environment();
        for (const QString &name : {u"PATH"_s, u"GNUPGHOME"_s, u"PASSWORD_STORE_DIR"_s})
            environment.insert(name, tools.value(name));
        return environment;
    }

    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        const ProcessResult result = runProcess(cliExecutable(), arguments, input, environment());
        EXPECT_TRUE(result.finished);
        EXPECT_FALSE(result.err.contains(m_sandbox.credential().toUtf8()));
        return result;
    }

    // The key in the keychain as a pending handoff of "acme", or empty.
    QByteArray pendingKey(const QString &keyId) const
    {
        return m_tools.runTool(u"secret-tool"_s,
                               {u"lookup"_s, u"server"_s, u"KeyDesk"_s, u"user"_s, u"pending/acme/"_s + keyId});
    }

    // The run delivered its new key to the pass entry and printed only the record:
    // returns that record (empty after a failed expectation).
    QJsonObject expectDeliveredToPass(const ProcessResult &result, const QString &entry) const
    {
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const QByteArray stored = m_tools.runTool(u"pass"_s, {u"show"_s, entry}).trimmed();
        EXPECT_TRUE(localLeadsKey.match(QString::fromUtf8(stored)).hasMatch());
        EXPECT_FALSE(result.out.contains(stored));
        EXPECT_FALSE(result.err.contains(stored));
        const QJsonObject record = jsonObject(result.out).value_or(QJsonObject());
        EXPECT_FALSE(record.contains(u"key"_s));
        EXPECT_EQ(record.value(u"deliveredTo"_s).toString(), u"pass:"_s + entry);
        EXPECT_TRUE(pendingKey(record.value(u"id"_s).toString()).isEmpty());
        return record;
    }

    // A plain create (the key on stdout): its id.
    QString createKey(const QString &name) const
    {
        const ProcessResult created = cli({u"--profile"_s, u"acme"_s, u"create"_s, name, u"--json"_s});
        EXPECT_EQ(created.exitCode, 0) << describe(created).toStdString();
        return jsonObject(created.out).value_or(QJsonObject()).value(u"id"_s).toString();
    }

    QByteArray handoffIndex() const
    {
        QFile file(m_cli.handoffIndexFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonArray log()
    {
        return jsonArray(cli({u"--profile"_s, u"acme"_s, u"log"_s, u"--json"_s}).out).value_or(QJsonArray());
    }

    VaultTools m_tools;
    SandboxProcess m_sandbox{u"localleads"_s};
    CliRunner m_cli;
};

} // namespace

TEST_F(CliDelivery, CreateToPassPrintsNoKeyAndLeavesNothingPending)
{
    const ProcessResult result = cli(
        {u"--profile"_s, u"acme"_s, u"create"_s, u"deploy"_s, u"--to"_s, u"pass:team/deploy"_s, u"--json"_s});
    const QJsonObject record = expectDeliveredToPass(result, u"team/deploy"_s);
    ASSERT_FALSE(record.isEmpty());
    const QByteArray stored = m_tools.runTool(u"pass"_s, {u"show"_s, u"team/deploy"_s}).trimmed();
    EXPECT_EQ(record.value(u"name"_s).toString(), u"deploy"_s);
    EXPECT_FALSE(handoffIndex().contains(record.value(u"id"_s).toString().toUtf8()));

    bool logged = false;
    for (const QJsonValue &entry : log()) {
        const QJsonObject line = entry.toObject();
        if (line.value(u"action"_s) == u"deliver"_s) {
            logged = true;
            EXPECT_EQ(line.value(u"outcome"_s).toString(), u"ok"_s);
            EXPECT_TRUE(line.value(u"detail"_s).toString().startsWith(u"pass:team/deploy: "_s));
        }
        EXPECT_FALSE(QJsonDocument(line).toJson().contains(stored));
    }
    EXPECT_TRUE(logged);
}

TEST_F(CliDelivery, CreateToKeePassXcReadsTheDatabasePasswordFromStdin)
{
    ASSERT_TRUE(m_tools.createDatabase());
    const ProcessResult result = cli({u"--profile"_s, u"acme"_s, u"create"_s, u"deploy"_s, u"--to"_s,
                                      u"keepassxc:"_s + m_tools.database() + u":deploy"_s},
                                     QByteArray(VaultTools::databasePassword) + '\n');
    ASSERT_EQ(result.exitCode, 0) << describe(result).toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_FALSE(result.err.contains(VaultTools::databasePassword));
    const QByteArray stored = m_tools.runTool(
        u"keepassxc-cli"_s, {u"show"_s, u"-q"_s, u"-s"_s, u"-a"_s, u"Password"_s, m_tools.database(), u"deploy"_s},
        QByteArray(VaultTools::databasePassword) + '\n');
    EXPECT_TRUE(localLeadsKey.match(QString::fromUtf8(stored)).hasMatch());
}

TEST_F(CliDelivery, CommandTemplatesAreSavedShownAndRemoved)
{
    const QString received = m_tools.path(u"received"_s);
    m_tools.writeScript(u"store-key"_s, "cat > \"$1\"\n");
    ProcessResult saved = cli({u"profile"_s, u"command"_s, u"acme"_s, u"store"_s, u"--"_s, u"store-key"_s, received});
    ASSERT_EQ(saved.exitCode, 0) << describe(saved).toStdString();
    const ProcessResult shown = cli({u"profile"_s, u"command"_s, u"acme"_s, u"store"_s, u"--json"_s});
    EXPECT_EQ(jsonObject(shown.out).value_or(QJsonObject()).value(u"argv"_s).toArray(),
              QJsonArray({u"store-key"_s, received}));

    const ProcessResult created = cli(
        {u"--profile"_s, u"acme"_s, u"create"_s, u"deploy"_s, u"--to"_s, u"command:store"_s});
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    EXPECT_TRUE(created.out.isEmpty());
    EXPECT_TRUE(created.err.contains("store-key")) << created.err.toStdString(); // shown before it runs
    EXPECT_TRUE(created.err.contains("exit status")) << created.err.toStdString();
    QFile file(received);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(localLeadsKey.match(QString::fromUtf8(file.readAll())).hasMatch());

    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"store"_s, u"--remove"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"store"_s}).exitCode, 4);
    // Without its template, a create is refused before any request.
    const ProcessResult refused = cli(
        {u"--profile"_s, u"acme"_s, u"create"_s, u"again"_s, u"--to"_s, u"command:store"_s});
    EXPECT_EQ(refused.exitCode, 2) << describe(refused).toStdString();
    EXPECT_EQ(sandboxRequestCount(m_sandbox.url(), u"POST /api/v1/api-keys"_s), 1);
}

TEST_F(CliDelivery, FailedDeliveryKeepsTheKeyPending)
{
    const QString received = m_tools.path(u"received"_s);
    m_tools.writeScript(u"take-and-fail"_s, "cat > \"$1\"; echo 'no such repository' >&2; exit 3\n");
    ASSERT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"gh"_s, u"--"_s, u"take-and-fail"_s, received}).exitCode, 0);
    const ProcessResult result = cli(
        {u"--profile"_s, u"acme"_s, u"create"_s, u"deploy"_s, u"--to"_s, u"command:gh"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("exited with status 3")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("no such repository")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("pending handoff")) << result.err.toStdString();
    const std::optional<QJsonObject> record = jsonObject(result.out);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->contains(u"key"_s));
    EXPECT_TRUE(record->value(u"deliveredTo"_s).isNull());
    QFile file(received);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray key = file.readAll();
    ASSERT_TRUE(localLeadsKey.match(QString::fromUtf8(key)).hasMatch());
    EXPECT_EQ(pendingKey(record->value(u"id"_s).toString()), key);
    EXPECT_TRUE(handoffIndex().contains(record->value(u"id"_s).toString().toUtf8()));
}

TEST_F(CliDelivery, FailedDeliveryWithoutAKeychainPrintsTheKey)
{
    // --base-url: no profile, so no pending handoff can hold the key.
    m_tools.writeScript(u"pass"_s, "cat >/dev/null; echo 'gpg: no secret key' >&2; exit 2\n");
    const ProcessResult result = cli(targetOf(m_sandbox)
                                     + QStringList{u"create"_s, u"deploy"_s, u"--to"_s, u"pass:team/deploy"_s});
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(localLeadsKey.match(out).hasMatch()) << "the key is not on stdout";
    EXPECT_EQ(out.count(u'\n'), 1);
    EXPECT_TRUE(result.err.contains("pass insert exited with status 2")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("printed on standard output")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(out.trimmed().toUtf8()));
}

TEST_F(CliDelivery, BadDestinationsAreUsageErrors)
{
    for (const QStringList &extra : {QStringList{u"--to"_s, u"ftp:x"_s}, QStringList{u"--to"_s, u"pass:../x"_s},
                                     QStringList{u"--to"_s, u"keychain:KeyDesk"_s}}) {
        const ProcessResult result = cli(QStringList{u"--profile"_s, u"acme"_s, u"create"_s, u"x"_s} + extra);
        EXPECT_EQ(result.exitCode, 2) << describe(result).toStdString();
    }
    const ProcessResult noProfile = cli(targetOf(m_sandbox)
                                        + QStringList{u"create"_s, u"x"_s, u"--to"_s, u"command:gh"_s});
    EXPECT_EQ(noProfile.exitCode, 2) << describe(noProfile).toStdString();
    EXPECT_EQ(sandboxRequestCount(m_sandbox.url(), u"POST /api/v1/api-keys"_s), 0);
}

TEST_F(CliDelivery, CreateToTheKeychainFilesItUnderTheLabelAndTheKeyName)
{
    const ProcessResult result = cli(
        {u"--profile"_s, u"acme"_s, u"create"_s, u"deploy"_s, u"--to"_s, u"keychain:Acme deploy key"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << describe(result).toStdString();
    const QByteArray stored = m_tools.runTool(u"secret-tool"_s,
                                              {u"lookup"_s, u"server"_s, u"Acme deploy key"_s, u"user"_s, u"deploy"_s});
    EXPECT_TRUE(localLeadsKey.match(QString::fromUtf8(stored)).hasMatch());
    EXPECT_FALSE(result.out.contains(stored));
    EXPECT_EQ(jsonObject(result.out).value_or(QJsonObject()).value(u"deliveredTo"_s).toString(),
              u"keychain:Acme deploy key"_s);
}

TEST_F(CliDelivery, FailedDeliveryWithoutAKeychainPrintsTheJsonRecordWithTheKey)
{
    m_tools.writeScript(u"pass"_s, "cat >/dev/null; exit 2\n");
    const ProcessResult result = cli(
        targetOf(m_sandbox) + QStringList{u"create"_s, u"deploy"_s, u"--to"_s, u"pass:team/deploy"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    const std::optional<QJsonObject> record = jsonObject(result.out);
    ASSERT_TRUE(record);
    EXPECT_TRUE(localLeadsKey.match(record->value(u"key"_s).toString()).hasMatch());
    EXPECT_TRUE(record->contains(u"deliveredTo"_s));
    EXPECT_TRUE(record->value(u"deliveredTo"_s).isNull());
}

TEST_F(CliDelivery, WhatCanBeCheckedFirstStopsBeforeTheKeyIsCreated)
{
    m_tools.runTool(u"pass"_s, {u"insert"_s, u"--multiline"_s, u"taken"_s}, "the user's own\n");
    const ProcessResult taken = cli({u"--profile"_s, u"acme"_s, u"create"_s, u"x"_s, u"--to"_s, u"pass:taken"_s});
    EXPECT_EQ(taken.exitCode, 1) << describe(taken).toStdString();
    EXPECT_TRUE(taken.err.contains("never overwritten")) << taken.err.toStdString();
    const ProcessResult noDatabase = cli({u"--profile"_s, u"acme"_s, u"create"_s, u"x"_s, u"--to"_s,
                                          u"keepassxc:"_s + m_tools.path(u"none.kdbx"_s) + u":x"_s},
                                         "password\n");
    EXPECT_EQ(noDatabase.exitCode, 2) << describe(noDatabase).toStdString();
    EXPECT_EQ(sandboxRequestCount(m_sandbox.url(), u"POST /api/v1/api-keys"_s), 0);
    EXPECT_EQ(m_tools.runTool(u"pass"_s, {u"show"_s, u"taken"_s}), QByteArray("the user's own\n"));
}

TEST_F(CliDelivery, MissingToolStopsBeforeTheKeyIsCreated)
{
    QProcessEnvironment environment = this->environment();
    environment.insert(u"PATH"_s, m_tools.path(u"empty"_s));
    const ProcessResult result = runProcess(
        cliExecutable(), {u"--profile"_s, u"acme"_s, u"create"_s, u"x"_s, u"--to"_s, u"pass:x"_s}, {}, environment);
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("pass is not installed")) << result.err.toStdString();
    EXPECT_EQ(sandboxRequestCount(m_sandbox.url(), u"POST /api/v1/api-keys"_s), 0);
}

TEST_F(CliDelivery, ProfileCommandRefusesWhatItCannotSave)
{
    // --remove takes no program; a template name is one word of a settings key; the
    // profile must exist; a key-shaped argument is refused as everywhere.
    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"gh"_s, u"--remove"_s, u"--"_s, u"gh"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"a/b"_s, u"--"_s, u"gh"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"nobody"_s, u"gh"_s, u"--"_s, u"gh"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"gh"_s, u"--"_s, u"echo"_s, u"ll_"_s + QString(64, u'a')})
                  .exitCode,
              2);
    const ProcessResult listed = cli({u"profile"_s, u"command"_s, u"acme"_s, u"--json"_s});
    EXPECT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
    EXPECT_EQ(jsonArray(listed.out), QJsonArray());
}

TEST_F(CliDelivery, RotateToPassDeliversTheSuccessorAndTheRotationGoesOn)
{
    const QString oldId = createKey(u"sync"_s);
    ASSERT_FALSE(oldId.isEmpty());

    const ProcessResult result = cli(
        {u"--profile"_s, u"acme"_s, u"rotate"_s, oldId, u"--to"_s, u"pass:team/sync"_s, u"--json"_s});
    const QJsonObject record = expectDeliveredToPass(result, u"team/sync"_s);
    ASSERT_FALSE(record.isEmpty());
    const QJsonObject rotation = record.value(u"rotation"_s).toObject();
    EXPECT_EQ(rotation.value(u"oldKeyId"_s).toString(), oldId);
    EXPECT_EQ(rotation.value(u"newKeyId"_s).toString(), record.value(u"id"_s).toString());
    EXPECT_EQ(rotation.value(u"state"_s).toString(), u"waiting-for-new-key"_s);

    const std::optional<QJsonArray> rotations =
        jsonArray(cli({u"--profile"_s, u"acme"_s, u"rotations"_s, u"--json"_s}).out);
    ASSERT_TRUE(rotations && rotations->size() == 1);
    EXPECT_EQ(rotations->at(0).toObject().value(u"newKeyId"_s), record.value(u"id"_s));
}

TEST_F(CliDelivery, RotateToATakenPassEntryStartsNoRotation)
{
    const QString oldId = createKey(u"sync"_s);
    ASSERT_FALSE(oldId.isEmpty());
    ASSERT_EQ(cli({u"--profile"_s, u"acme"_s, u"create"_s, u"other"_s, u"--to"_s, u"pass:team/taken"_s}).exitCode, 0);

    const auto keyCount = [this] {
        return jsonArray(cli({u"--profile"_s, u"acme"_s, u"list"_s, u"--json"_s}).out).value_or(QJsonArray()).size();
    };
    const qsizetype keysBefore = keyCount();
    ASSERT_GT(keysBefore, 0);

    // Checked before the listing: no rotation recorded, no successor created.
    const ProcessResult refused = cli({u"--profile"_s, u"acme"_s, u"rotate"_s, oldId, u"--to"_s, u"pass:team/taken"_s});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains("never overwritten")) << refused.err.toStdString();
    const std::optional<QJsonArray> rotations =
        jsonArray(cli({u"--profile"_s, u"acme"_s, u"rotations"_s, u"--json"_s}).out);
    ASSERT_TRUE(rotations);
    EXPECT_TRUE(rotations->isEmpty()) << describe(refused).toStdString();
    EXPECT_EQ(keyCount(), keysBefore);
}

TEST_F(CliDelivery, RotateWithAFailedDeliveryKeepsTheSuccessorPendingAndTheRotationOpen)
{
    const QString oldId = createKey(u"sync"_s);
    ASSERT_FALSE(oldId.isEmpty());
    m_tools.writeScript(u"refuse"_s, "cat > /dev/null; echo 'no such repository' >&2; exit 3\n");
    ASSERT_EQ(cli({u"profile"_s, u"command"_s, u"acme"_s, u"gh"_s, u"--"_s, u"refuse"_s}).exitCode, 0);

    const ProcessResult result =
        cli({u"--profile"_s, u"acme"_s, u"rotate"_s, oldId, u"--to"_s, u"command:gh"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("pending handoff")) << result.err.toStdString();
    const std::optional<QJsonObject> record = jsonObject(result.out);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->contains(u"key"_s));
    EXPECT_TRUE(record->value(u"deliveredTo"_s).isNull());
    const QString newId = record->value(u"id"_s).toString();
    EXPECT_TRUE(localLeadsKey.match(QString::fromUtf8(pendingKey(newId))).hasMatch());
    const std::optional<QJsonArray> rotations =
        jsonArray(cli({u"--profile"_s, u"acme"_s, u"rotations"_s, u"--json"_s}).out);
    ASSERT_TRUE(rotations && rotations->size() == 1);
    EXPECT_EQ(rotations->at(0).toObject().value(u"newKeyId"_s).toString(), newId);
    EXPECT_EQ(rotations->at(0).toObject().value(u"state"_s).toString(), u"waiting-for-new-key"_s);
}
