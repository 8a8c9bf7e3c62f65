// `keydesk-cli scan` (docs/design.md#leak-scan): the real CLI over real files and a real
// git repository, matching against keys created over the real sandbox, with the output
// and every file it leaves searched for the keys it found.
#include "CliTestSupport.h"
#include "SecretForms.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace keydesk::test;

namespace {

QString fingerprintOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

ProcessResult gitIn(const QString &directory, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.com"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.com"));
    return runProcess(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments, {}, environment);
}

class CliScan : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("localleads"));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
        ASSERT_TRUE(m_tree.isValid());
        const ProcessResult added = m_cli.run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Acme"),
                                               QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                               QStringLiteral("--base-url"), m_sandbox->url().toString()},
                                              m_sandbox->credential());
        ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();
        m_leaks.addSecret(QStringLiteral("LocalLeads management key"), m_sandbox->credential().toUtf8());
    }

    // A key created through the CLI (its fingerprint is in the inventory).
    QString createKey(const QString &name)
    {
        const ProcessResult created = m_cli.run(
            {QStringLiteral("--profile"), QStringLiteral("Acme"), QStringLiteral("create"), name});
        EXPECT_EQ(created.exitCode, 0) << describe(created).toStdString();
        const QString key = QString::fromUtf8(created.out).trimmed();
        m_leaks.addSecret(name, key.toUtf8());
        return key;
    }

    ProcessResult scan(const QStringList &arguments, const QByteArray &input = {})
    {
        const ProcessResult result = m_cli.run(QStringList{QStringLiteral("scan")} + arguments, {}, input);
        EXPECT_TRUE(result.finished);
        m_leaks.search(QStringLiteral("stdout of scan ") + arguments.join(u' '), result.out);
        m_leaks.search(QStringLiteral("stderr of scan ") + arguments.join(u' '), result.err);
        return result;
    }

    void TearDown() override
    {
        m_leaks.searchFiles(m_cli.dataDir());
        m_leaks.searchFiles(m_cli.configDir());
        EXPECT_TRUE(m_leaks.hits().isEmpty()) << m_leaks.hits().join(u'\n').toStdString();
    }

    QString tree(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_tree.path() : m_tree.filePath(relative);
    }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_tree;
    LeakSearch m_leaks;
};

} // namespace

TEST_F(CliScan, CleanTreeExitsZero)
{
    writeText(tree(QStringLiteral("a.txt")), "ll_" + QByteArray(63, 'a') + "\nnothing here\n");
    const ProcessResult result = scan({tree()});
    EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CliScan, UsageErrorsExitTwo)
{
    EXPECT_EQ(scan({}).exitCode, 2);
    EXPECT_EQ(scan({tree(), QStringLiteral("--json"), QStringLiteral("--sarif")}).exitCode, 2);
    EXPECT_EQ(scan({tree(QStringLiteral("does-not-exist"))}).exitCode, 2);
    EXPECT_EQ(scan({tree(), QStringLiteral("--full")}).exitCode, 2);
    EXPECT_EQ(scan({tree(), QStringLiteral("--verify")}).exitCode, 2); // no --profile
    EXPECT_EQ(scan({tree(), QStringLiteral("--profile"), QStringLiteral("Nobody")}).exitCode, 2);
    EXPECT_EQ(scan({tree(), QStringLiteral("--yes")}).exitCode, 2);
}

TEST_F(CliScan, MatchesKeysCreatedOverTheSandboxAndPrintsNoKey)
{
    const QString live = createKey(QStringLiteral("CRM sync"));
    const QString unknown = QStringLiteral("ll_") + QString(64, u'7');
    m_leaks.addSecret(QStringLiteral("unknown key"), unknown.toUtf8());
    writeText(tree(QStringLiteral("config/.env")), "CRM_KEY=" + live.toUtf8() + "\nOTHER=" + unknown.toUtf8() + "\n");

    const ProcessResult text = scan({tree()});
    EXPECT_EQ(text.exitCode, 8) << describe(text).toStdString();
    EXPECT_TRUE(text.out.contains("CRM sync")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Acme")) << text.out.toStdString();

    const ProcessResult json = scan({tree(), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 8);
    const std::optional<QJsonArray> array = jsonArray(json.out);
    ASSERT_TRUE(array) << json.out.toStdString();
    ASSERT_EQ(array->size(), 2);
    for (const QJsonValue &value : *array) {
        const QJsonObject entry = value.toObject();
        const QStringList expectedKeys{
            QStringLiteral("column"), QStringLiteral("commit"), QStringLiteral("fingerprint"),
            QStringLiteral("format"), QStringLiteral("line"),   QStringLiteral("masked"),
            QStringLiteral("match"),  QStringLiteral("path"),   QStringLiteral("verified")};
        EXPECT_EQ(entry.keys(), expectedKeys);
        EXPECT_TRUE(entry.value(QStringLiteral("commit")).isNull());
        EXPECT_TRUE(entry.value(QStringLiteral("verified")).isNull());
        EXPECT_EQ(entry.value(QStringLiteral("format")).toString(), QStringLiteral("localleads"));
        EXPECT_TRUE(entry.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("config/.env")));
        if (entry.value(QStringLiteral("line")).toInt() == 1) {
            EXPECT_EQ(entry.value(QStringLiteral("fingerprint")).toString(), fingerprintOf(live));
            EXPECT_EQ(entry.value(QStringLiteral("column")).toInt(), 9);
            const QJsonObject match = entry.value(QStringLiteral("match")).toObject();
            EXPECT_EQ(match.value(QStringLiteral("organisation")).toString(), QStringLiteral("Acme"));
            EXPECT_EQ(match.value(QStringLiteral("keyName")).toString(), QStringLiteral("CRM sync"));
            EXPECT_EQ(match.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            EXPECT_FALSE(match.value(QStringLiteral("keyId")).toString().isEmpty());
        } else {
            EXPECT_EQ(entry.value(QStringLiteral("fingerprint")).toString(), fingerprintOf(unknown));
            EXPECT_TRUE(entry.value(QStringLiteral("match")).isNull());
        }
    }

    // --org narrows the matching to another organisation: nothing matches.
    const ProcessResult narrowed = scan(
        {tree(), QStringLiteral("--json"), QStringLiteral("--org"), QStringLiteral("Other")});
    for (const QJsonValue &value : jsonArray(narrowed.out).value_or(QJsonArray()))
        EXPECT_TRUE(value.toObject().value(QStringLiteral("match")).isNull());
}

TEST_F(CliScan, OnlyRevokedKeysExitZero)
{
    const QString key = createKey(QStringLiteral("Old"));
    writeText(tree(QStringLiteral("a.txt")), key.toUtf8());
    const ProcessResult json = scan({tree(), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 8);
    const QString id = jsonArray(json.out)
                           .value_or(QJsonArray())
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("match"))
                           .toObject()
                           .value(QStringLiteral("keyId"))
                           .toString();
    ASSERT_FALSE(id.isEmpty());
    // The live match is a `leaked` finding of the watch until the key is revoked.
    const auto leakedFindings = [&] {
        const ProcessResult audit = m_cli.run(
            {QStringLiteral("--profile"), QStringLiteral("Acme"), QStringLiteral("audit"), QStringLiteral("--json")});
        int count = 0;
        for (const QJsonValue &value : jsonArray(audit.out).value_or(QJsonArray())) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("finding")).toString() == QStringLiteral("leaked")) {
                EXPECT_EQ(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
                EXPECT_EQ(finding.value(QStringLiteral("keyId")).toString(), id);
                ++count;
            }
        }
        return count;
    };
    EXPECT_EQ(leakedFindings(), 1);
    const ProcessResult revoked = m_cli.run(
        {QStringLiteral("--profile"), QStringLiteral("Acme"), QStringLiteral("revoke"), id, QStringLiteral("--yes")});
    ASSERT_EQ(revoked.exitCode, 0) << describe(revoked).toStdString();
    const ProcessResult after = scan({tree(), QStringLiteral("--json")});
    EXPECT_EQ(after.exitCode, 0) << describe(after).toStdString();
    EXPECT_EQ(jsonArray(after.out)
                  .value_or(QJsonArray())
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("match"))
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("revoked"));
    EXPECT_EQ(leakedFindings(), 0);
}

TEST_F(CliScan, VerifyChecksOnlyUnmatchedKeysWithTheProfilesServer)
{
    const QString live = createKey(QStringLiteral("Known"));
    const QString unknown = QStringLiteral("ll_") + QString(64, u'5');
    m_leaks.addSecret(QStringLiteral("unknown key"), unknown.toUtf8());
    writeText(tree(QStringLiteral("a.txt")), live.toUtf8() + "\n" + unknown.toUtf8() + "\n");
    const ProcessResult result = scan({tree(), QStringLiteral("--json"), QStringLiteral("--verify"),
                                       QStringLiteral("--profile"), QStringLiteral("Acme")});
    const std::optional<QJsonArray> array = jsonArray(result.out);
    ASSERT_TRUE(array) << describe(result).toStdString();
    ASSERT_EQ(array->size(), 2);
    for (const QJsonValue &value : *array) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("match")).isNull())
            EXPECT_EQ(entry.value(QStringLiteral("verified")).toString(), QStringLiteral("refused"));
        else
            EXPECT_TRUE(entry.value(QStringLiteral("verified")).isNull()); // never sent: it is known
    }
    EXPECT_EQ(result.exitCode, 8); // the matched one is live
}

TEST_F(CliScan, SarifShapeWithTheFingerprint)
{
    const QString unknown = QStringLiteral("lfk_sk_") + QString(40, u'Z');
    m_leaks.addSecret(QStringLiteral("unknown key"), unknown.toUtf8());
    writeText(tree(QStringLiteral("src/app.js")), "\nconst k = '" + unknown.toUtf8() + "';\n");
    const ProcessResult result = scan({tree(), QStringLiteral("--sarif")});
    EXPECT_EQ(result.exitCode, 8);
    const std::optional<QJsonObject> log = jsonObject(result.out);
    ASSERT_TRUE(log) << result.out.toStdString();
    // SARIF 2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0): what the schema requires and
    // what GitHub code scanning reads.
    EXPECT_EQ(log->value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    EXPECT_TRUE(log->value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-schema-2.1.0.json")));
    const QJsonArray runs = log->value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 1);
    const QJsonObject driver =
        runs[0].toObject().value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    EXPECT_EQ(driver.value(QStringLiteral("name")).toString(), QStringLiteral("KeyDesk"));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    ASSERT_EQ(rules.size(), 1);
    const QString ruleId = rules[0].toObject().value(QStringLiteral("id")).toString();
    const QJsonArray results = runs[0].toObject().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 1);
    const QJsonObject entry = results[0].toObject();
    EXPECT_EQ(entry.value(QStringLiteral("ruleId")).toString(), ruleId);
    EXPECT_EQ(entry.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    EXPECT_FALSE(entry.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().isEmpty());
    const QJsonObject physical = entry.value(QStringLiteral("locations"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("physicalLocation"))
                                     .toObject();
    EXPECT_TRUE(physical.value(QStringLiteral("artifactLocation"))
                    .toObject()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .endsWith(QStringLiteral("src/app.js")));
    EXPECT_EQ(physical.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(), 2);
    EXPECT_EQ(physical.value(QStringLiteral("region")).toObject().value(QStringLiteral("startColumn")).toInt(), 12);
    const QJsonObject partial = entry.value(QStringLiteral("partialFingerprints")).toObject();
    ASSERT_EQ(partial.size(), 1);
    EXPECT_EQ(partial.begin().value().toString(), fingerprintOf(unknown));
}

TEST_F(CliScan, IgnoreFileBySecretNotPositionAndStaleEntries)
{
    const QString fixture = QStringLiteral("ll_") + QString(64, u'1');
    const QString other = QStringLiteral("ll_") + QString(64, u'2');
    m_leaks.addSecret(QStringLiteral("fixture"), fixture.toUtf8());
    m_leaks.addSecret(QStringLiteral("other"), other.toUtf8());
    // Both on one line: ignoring one never hides the other.
    writeText(tree(QStringLiteral("test/data.txt")), fixture.toUtf8() + " " + other.toUtf8() + "\n");
    const QString stale(64, u'e');
    writeText(tree(QStringLiteral(".keydesk-ignore")),
              fingerprintOf(fixture).toUtf8() + " documented test fixture\n" + stale.toUtf8() + " removed long ago\n");
    const ProcessResult result = scan({tree(), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 8);
    const QJsonArray array = jsonArray(result.out).value_or(QJsonArray());
    ASSERT_EQ(array.size(), 1) << result.out.toStdString();
    EXPECT_EQ(array[0].toObject().value(QStringLiteral("fingerprint")).toString(), fingerprintOf(other));
    EXPECT_TRUE(result.err.contains(stale.left(16).toUtf8())) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("stale")) << result.err.toStdString();

    // The key moves to another file and line: still ignored.
    QFile::remove(tree(QStringLiteral("test/data.txt")));
    writeText(tree(QStringLiteral("moved/elsewhere.txt")), "\n\n\n   " + fixture.toUtf8());
    EXPECT_EQ(scan({tree()}).exitCode, 0);

    // A broken ignore file is a usage error, not a silent pass.
    writeText(tree(QStringLiteral("broken-ignore")), "src/app.js:12\n");
    EXPECT_EQ(scan({tree(), QStringLiteral("--ignore-file"), tree(QStringLiteral("broken-ignore"))}).exitCode, 2);
}

TEST_F(CliScan, StdinAndHistoryAndInstallHook)
{
    const QString key = createKey(QStringLiteral("Deploy"));
    const ProcessResult piped = scan({QStringLiteral("-"), QStringLiteral("--json")}, "x " + key.toUtf8() + "\n");
    EXPECT_EQ(piped.exitCode, 8);
    EXPECT_EQ(jsonArray(piped.out).value_or(QJsonArray()).at(0).toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("-"));

    const QString repo = tree(QStringLiteral("repo"));
    QDir().mkpath(repo);
    ASSERT_EQ(gitIn(repo, {QStringLiteral("init"), QStringLiteral("-q")}).exitCode, 0);
    writeText(repo + QStringLiteral("/deploy.sh"), "export KEY=" + key.toUtf8() + "\n");
    gitIn(repo, {QStringLiteral("add"), QStringLiteral(".")});
    ASSERT_EQ(gitIn(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("add")}).exitCode, 0);
    gitIn(repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("deploy.sh")});
    ASSERT_EQ(gitIn(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("rm")}).exitCode, 0);
    EXPECT_EQ(scan({repo}).exitCode, 0);
    const ProcessResult history = scan({repo, QStringLiteral("--history"), QStringLiteral("--json")});
    EXPECT_EQ(history.exitCode, 8);
    const QJsonObject found = jsonArray(history.out).value_or(QJsonArray()).at(0).toObject();
    EXPECT_EQ(found.value(QStringLiteral("path")).toString(), QStringLiteral("deploy.sh"));
    EXPECT_EQ(found.value(QStringLiteral("commit")).toString().size(), 40);
    EXPECT_EQ(found.value(QStringLiteral("match")).toObject().value(QStringLiteral("keyName")).toString(),
              QStringLiteral("Deploy"));
    // Incremental: the second scan still reports it.
    EXPECT_EQ(scan({repo, QStringLiteral("--history")}).exitCode, 8);

    // The hook refuses a commit that stages a key.
    const ProcessResult hook = scan({QStringLiteral("--install-hook"), repo});
    ASSERT_EQ(hook.exitCode, 0) << describe(hook).toStdString();
    EXPECT_TRUE(QFileInfo(repo + QStringLiteral("/.git/hooks/pre-commit")).isExecutable());
    writeText(repo + QStringLiteral("/again.sh"), key.toUtf8());
    gitIn(repo, {QStringLiteral("add"), QStringLiteral("again.sh")});
    QProcessEnvironment environment = m_cli.environment({});
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.com"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.com"));
    const ProcessResult refused = runProcess(
        QStringLiteral("git"),
        {QStringLiteral("-C"), repo, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("again")}, {},
        environment);
    EXPECT_NE(refused.exitCode, 0);
    m_leaks.search(QStringLiteral("git commit output"), refused.out + refused.err);
    // A hook someone else wrote is left alone.
    writeText(repo + QStringLiteral("/.git/hooks/pre-commit"), "#!/bin/sh\nexit 0\n");
    EXPECT_EQ(scan({QStringLiteral("--install-hook"), repo}).exitCode, 1);
}
