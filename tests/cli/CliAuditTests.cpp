// `keydesk-cli audit` and `acknowledge` (docs/design.md#watch): the real CLI against the
// real keydesk-sandbox, whose key controls make keys expiring, old, idle, woken up or used
// in a burst; the findings come from the real inventory in the test's home.
#include "CliTestSupport.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QThread>

using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString acme = u"acme"_s;

QString isoDaysAgo(double days)
{
    return QDateTime::currentDateTimeUtc().addSecs(qint64(-days * 86400)).toString(Qt::ISODateWithMs);
}

// "finding/severity" of every finding about `keyId` (empty: the organisation's).
QSet<QString> findingsOf(const QJsonArray &findings, const QString &keyId)
{
    QSet<QString> found;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        if (finding.value(u"keyId"_s).toString() == keyId)
            found.insert(finding.value(u"finding"_s).toString() + u'/' + finding.value(u"severity"_s).toString());
    }
    return found;
}

class CliAudit : public ::testing::Test {
protected:
    void SetUp() override { start(u"leadhql"_s); }

    void start(const QString &dialect)
    {
        m_sandbox = std::make_unique<SandboxProcess>(dialect);
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
        m_secrets.append(m_sandbox->credential());
    }

    ProcessResult cli(const QStringList &arguments, const QString &credential = {})
    {
        const ProcessResult result = m_cli.run(arguments, credential);
        EXPECT_TRUE(result.finished) << arguments.join(u' ').toStdString();
        for (const QString &secret : std::as_const(m_secrets))
            EXPECT_FALSE(result.err.contains(secret.toUtf8()) || result.out.contains(secret.toUtf8()))
                << "a secret leaked from: " << arguments.join(u' ').toStdString();
        return result;
    }
    // Against the sandbox, under `org` (nothing recorded when empty).
    ProcessResult live(const QString &org, const QStringList &arguments)
    {
        QStringList target = targetOf(*m_sandbox);
        if (!org.isEmpty())
            target += {u"--org"_s, org};
        return cli(target + arguments, m_sandbox->credential());
    }
    // A key created through the CLI (recorded under acme); its id.
    QString create(const QString &name, const QStringList &options = {})
    {
        const ProcessResult result = m_cli.run(
            targetOf(*m_sandbox) + QStringList{u"--org"_s, acme, u"--json"_s, u"create"_s, name} + options,
            m_sandbox->credential());
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const QJsonObject created = jsonObject(result.out).value_or(QJsonObject());
        m_secrets.append(created.value(u"key"_s).toString());
        return created.value(u"id"_s).toString();
    }
    void patch(const QString &id, const QByteArray &body)
    {
        ASSERT_EQ(sandboxKeyControl(m_sandbox->url(), "PATCH", u"/__sandbox/keys/"_s + id, body), 200)
            << body.toStdString();
    }
    void use(const QString &id, int requests)
    {
        ASSERT_EQ(sandboxKeyControl(m_sandbox->url(), "POST", u"/__sandbox/keys/%1/use"_s.arg(id),
                                    u"{\"requests\":%1}"_s.arg(requests).toUtf8()),
                  200);
    }
    // `audit --json` of acme (refreshed first); `expectedExit` 0 or 8.
    QJsonArray audit(int expectedExit, const QStringList &options = {}, const QString &org = acme)
    {
        const ProcessResult result = live(org, QStringList{u"audit"_s, u"--json"_s} + options);
        EXPECT_EQ(result.exitCode, expectedExit) << describe(result).toStdString();
        const std::optional<QJsonArray> findings = jsonArray(result.out);
        EXPECT_TRUE(findings.has_value()) << result.out.toStdString();
        return findings.value_or(QJsonArray());
    }
    int listings() { return sandboxRequestCount(m_sandbox->url(), u"GET /api-keys"_s); }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_secrets;
};

} // namespace

TEST_F(CliAudit, ExpiryRules)
{
    const QString soon = create(u"soon"_s, {u"--expires-in-days"_s, u"1"_s});
    const QString never = create(u"never"_s);
    const QString past = create(u"past"_s, {u"--expires-in-days"_s, u"30"_s});
    patch(past, u"{\"expiresAt\":\"%1\"}"_s.arg(isoDaysAgo(2)).toUtf8());

    const QJsonArray findings = audit(8);
    EXPECT_EQ(findingsOf(findings, soon), QSet<QString>{u"expires-soon/critical"_s});
    EXPECT_EQ(findingsOf(findings, never), QSet<QString>{u"no-expiry/info"_s});
    EXPECT_EQ(findingsOf(findings, past), QSet<QString>{u"expired/warning"_s});
    // Worst first.
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().toObject().value(u"severity"_s).toString(), u"critical"_s);
}

TEST_F(CliAudit, AgeAndUseRules)
{
    const QString old = create(u"old"_s, {u"--expires-in-days"_s, u"60"_s});
    patch(old, u"{\"createdAt\":\"%1\",\"lastUsedAt\":\"%2\"}"_s.arg(isoDaysAgo(100), isoDaysAgo(1)).toUtf8());
    const QString unused = create(u"unused"_s, {u"--expires-in-days"_s, u"60"_s});
    patch(unused, u"{\"createdAt\":\"%1\"}"_s.arg(isoDaysAgo(10)).toUtf8());
    const QString idle = create(u"idle"_s, {u"--expires-in-days"_s, u"60"_s});
    patch(idle, u"{\"createdAt\":\"%1\",\"lastUsedAt\":\"%2\",\"usageCount\":3}"_s.arg(isoDaysAgo(60), isoDaysAgo(50))
                    .toUtf8());

    const QJsonArray findings = audit(8);
    EXPECT_EQ(findingsOf(findings, old), QSet<QString>{u"old/warning"_s});
    EXPECT_EQ(findingsOf(findings, unused), QSet<QString>{u"never-used/info"_s});
    EXPECT_EQ(findingsOf(findings, idle), QSet<QString>{u"idle/warning"_s});
}

TEST_F(CliAudit, WokeUpNeedsTheHistoryOfAnOrganisation)
{
    const QString sleeper = create(u"sleeper"_s, {u"--expires-in-days"_s, u"60"_s});
    patch(sleeper, u"{\"lastUsedAt\":\"%1\",\"usageCount\":5}"_s.arg(isoDaysAgo(40)).toUtf8());
    EXPECT_TRUE(findingsOf(audit(0), sleeper).isEmpty());

    use(sleeper, 1);
    EXPECT_EQ(findingsOf(audit(8), sleeper), QSet<QString>{u"woke-up/critical"_s});
    // Without --org nothing is recorded and the listing is judged alone: no history, no woke-up.
    const QJsonArray alone = audit(0, {}, QString());
    EXPECT_TRUE(findingsOf(alone, sleeper).isEmpty());
    for (const QJsonValue &finding : alone)
        EXPECT_EQ(finding.toObject().value(u"organisation"_s).toString(), m_sandbox->url().toString());
}

TEST_F(CliAudit, UsageSpikeAfterSmallUsesAndABurst)
{
    const QString busy = create(u"busy"_s, {u"--expires-in-days"_s, u"60"_s});
    audit(0);
    // Rates are per second and intervals shorter than one are not judged: each gap lasts
    // at least a second. Three small intervals, then the burst.
    for (int i = 0; i < 3; ++i) {
        QThread::msleep(1100);
        use(busy, 5);
        EXPECT_TRUE(findingsOf(audit(0), busy).isEmpty()) << "interval " << i;
    }
    QThread::msleep(1100);
    use(busy, 1000);
    const QJsonArray findings = audit(8);
    EXPECT_EQ(findingsOf(findings, busy), QSet<QString>{u"usage-spike/critical"_s});
    for (const QJsonValue &finding : findings) {
        const QString detail = finding.toObject().value(u"detail"_s).toString();
        if (finding.toObject().value(u"finding"_s).toString() == u"usage-spike"_s) {
            EXPECT_TRUE(detail.startsWith(u"1000 request"_s)) << detail.toStdString();
        }
    }
}

TEST_F(CliAudit, FailOnLevelsAndExitCodes)
{
    const QString key = create(u"plain"_s); // no-expiry: info only
    EXPECT_EQ(findingsOf(audit(0), key), QSet<QString>{u"no-expiry/info"_s});
    audit(8, {u"--fail-on"_s, u"info"_s});
    audit(0, {u"--fail-on"_s, u"warning"_s});
    audit(0, {u"--fail-on"_s, u"critical"_s});

    patch(key, u"{\"expiresAt\":\"%1\"}"_s.arg(isoDaysAgo(1)).toUtf8()); // expired: warning
    audit(8);
    audit(8, {u"--fail-on"_s, u"info"_s});
    audit(0, {u"--fail-on"_s, u"critical"_s});

    patch(key, u"{\"expiresAt\":\"%1\"}"_s.arg(isoDaysAgo(-0.5)).toUtf8()); // in 12 hours: critical
    audit(8, {u"--fail-on"_s, u"critical"_s});

    // Text: one line per finding after the header, naming key, severity, rule and action.
    const ProcessResult text = live(acme, {u"audit"_s});
    EXPECT_EQ(text.exitCode, 8) << describe(text).toStdString();
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << text.out.toStdString();
    for (const QString &word : {acme, u"plain (%1)"_s.arg(key), u"critical"_s, u"expires-soon"_s,
                                u"Expires in less than a day"_s, u"Rotate"_s})
        EXPECT_TRUE(lines.at(1).contains(word)) << word.toStdString() << " in " << lines.at(1).toStdString();
}

TEST_F(CliAudit, JsonHasExactlyTheContractFields)
{
    create(u"soon"_s, {u"--expires-in-days"_s, u"3"_s});
    const QJsonArray findings = audit(8);
    ASSERT_EQ(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    const QStringList fields = finding.keys();
    EXPECT_EQ(QSet<QString>(fields.begin(), fields.end()),
              (QSet<QString>{u"organisation"_s, u"keyId"_s, u"keyName"_s, u"finding"_s, u"severity"_s, u"detail"_s}));
    EXPECT_EQ(finding.value(u"organisation"_s).toString(), acme);
    EXPECT_EQ(finding.value(u"keyName"_s).toString(), u"soon"_s);
    EXPECT_EQ(finding.value(u"finding"_s).toString(), u"expires-soon"_s);
    EXPECT_EQ(finding.value(u"severity"_s).toString(), u"warning"_s);
    EXPECT_TRUE(finding.value(u"detail"_s).toString().startsWith(u"Expires in 2 day"_s))
        << finding.value(u"detail"_s).toString().toStdString();
}

TEST_F(CliAudit, EveryAuditRefreshesUnlessCached)
{
    create(u"soon"_s, {u"--expires-in-days"_s, u"1"_s});
    const int before = listings();
    audit(8);
    EXPECT_EQ(listings(), before + 1);
    const ProcessResult cached = cli({u"--org"_s, acme, u"audit"_s, u"--cached"_s, u"--json"_s});
    EXPECT_EQ(cached.exitCode, 8) << describe(cached).toStdString();
    EXPECT_EQ(jsonArray(cached.out).value_or(QJsonArray()).size(), 1);
    EXPECT_EQ(listings(), before + 1);
}

TEST(CliAuditCached, WithoutAnInventoryExits4AndCreatesNone)
{
    CliRunner cli;
    const ProcessResult result = cli.run({u"--org"_s, acme, u"audit"_s, u"--cached"_s});
    EXPECT_EQ(result.exitCode, 4) << describe(result).toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains("no listing of 'acme'")) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(cli.inventoryFile()));
}

TEST_F(CliAudit, AnAcknowledgedFindingIsLeftOutUpToItsSeverityAndLogged)
{
    const QString key = create(u"deploy"_s, {u"--expires-in-days"_s, u"5"_s}); // expires-soon warning
    EXPECT_EQ(findingsOf(audit(8), key), QSet<QString>{u"expires-soon/warning"_s});

    const ProcessResult acknowledged = cli(
        {u"--org"_s, acme, u"acknowledge"_s, key, u"expires-soon"_s, u"--note"_s, u"rotated on Friday"_s});
    ASSERT_EQ(acknowledged.exitCode, 0) << describe(acknowledged).toStdString();
    EXPECT_TRUE(audit(0).isEmpty());
    const ProcessResult text = live(acme, {u"audit"_s});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.err.contains("1 acknowledged finding is not shown")) << text.err.toStdString();

    const ProcessResult log = cli({u"--org"_s, acme, u"log"_s, u"--json"_s});
    bool logged = false;
    for (const QJsonValue &entry : jsonArray(log.out).value_or(QJsonArray())) {
        const QJsonObject line = entry.toObject();
        if (line.value(u"action"_s).toString() == u"acknowledge"_s) {
            logged = true;
            EXPECT_EQ(line.value(u"keyId"_s).toString(), key);
            EXPECT_EQ(line.value(u"detail"_s).toString(), u"expires-soon: rotated on Friday"_s);
        }
    }
    EXPECT_TRUE(logged) << log.out.toStdString();

    // Worse than it was acknowledged at: back, and failing.
    patch(key, u"{\"expiresAt\":\"%1\"}"_s.arg(isoDaysAgo(-0.5)).toUtf8());
    EXPECT_EQ(findingsOf(audit(8), key), QSet<QString>{u"expires-soon/critical"_s});
}

TEST_F(CliAudit, AcknowledgingAFindingThatIsNotThereExits4)
{
    const QString key = create(u"fine"_s, {u"--expires-in-days"_s, u"60"_s});
    audit(0);
    const ProcessResult result = cli({u"--org"_s, acme, u"acknowledge"_s, key, u"idle"_s});
    EXPECT_EQ(result.exitCode, 4) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("has no idle finding")) << result.err.toStdString();
}

TEST(CliAuditLocalLeads, LimitNearAtNineAndTenKeysAndItsAcknowledgement)
{
    SandboxProcess sandbox(u"localleads"_s);
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    CliRunner cli;
    const QStringList target = targetOf(sandbox) + QStringList{u"--org"_s, u"ll"_s};
    const auto audit = [&](int expectedExit) {
        const ProcessResult result = cli.run(target + QStringList{u"audit"_s, u"--json"_s}, sandbox.credential());
        EXPECT_EQ(result.exitCode, expectedExit) << describe(result).toStdString();
        return jsonArray(result.out).value_or(QJsonArray());
    };
    // The sandbox's own admin key is the first of the 10.
    for (int i = 2; i <= 8; ++i)
        ASSERT_EQ(cli.run(target + QStringList{u"create"_s, u"key %1"_s.arg(i), u"--expires-in-days"_s, u"60"_s},
                          sandbox.credential())
                      .exitCode,
                  0);
    EXPECT_TRUE(findingsOf(audit(0), QString()).isEmpty());
    ASSERT_EQ(
        cli.run(target + QStringList{u"create"_s, u"key 9"_s, u"--expires-in-days"_s, u"60"_s}, sandbox.credential())
            .exitCode,
        0);
    const QJsonArray nine = audit(0);
    EXPECT_EQ(findingsOf(nine, QString()), QSet<QString>{u"limit-near/info"_s});
    for (const QJsonValue &finding : nine) {
        if (finding.toObject().value(u"finding"_s).toString() == u"limit-near"_s) {
            EXPECT_TRUE(finding.toObject().value(u"keyId"_s).isNull());
            EXPECT_TRUE(finding.toObject().value(u"keyName"_s).isNull());
            EXPECT_EQ(finding.toObject().value(u"detail"_s).toString(),
                      u"9 of 10 active keys: revoke keys no longer needed before the next create fails."_s);
        }
    }
    ASSERT_EQ(
        cli.run(target + QStringList{u"create"_s, u"key 10"_s, u"--expires-in-days"_s, u"60"_s}, sandbox.credential())
            .exitCode,
        0);
    EXPECT_EQ(findingsOf(audit(8), QString()), QSet<QString>{u"limit-near/warning"_s});

    // About the organisation: no key ID.
    const ProcessResult acknowledged = cli.run({u"--org"_s, u"ll"_s, u"acknowledge"_s, u"limit-near"_s});
    ASSERT_EQ(acknowledged.exitCode, 0) << describe(acknowledged).toStdString();
    EXPECT_TRUE(findingsOf(audit(0), QString()).isEmpty());
}

TEST(CliAuditUsage, BadCommandLinesExit2)
{
    CliRunner cli;
    const QString url = u"http://127.0.0.1:1"_s;
    const QList<QStringList> lines{
        {u"audit"_s}, // no target
        {u"--org"_s, acme, u"audit"_s, u"--fail-on"_s, u"severe"_s},
        {u"--org"_s, acme, u"audit"_s, u"--cached"_s, u"--fail-on"_s, u"info"_s, u"--fail-on"_s, u"critical"_s},
        {u"--org"_s, acme, u"audit"_s, u"--all-profiles"_s},
        {u"audit"_s, u"--cached"_s},                                         // no organisation
        {u"--org"_s, acme, u"audit"_s, u"--cached"_s, u"--base-url"_s, url}, // makes no request
        {u"--org"_s, acme, u"audit"_s, u"--note"_s, u"x"_s},
        {u"--org"_s, acme, u"acknowledge"_s},
        {u"--org"_s, acme, u"acknowledge"_s, u"idle"_s},                // a key's finding needs the ID
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"limit-near"_s}, // the organisation's takes none
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"rotten"_s},
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"idle"_s, u"extra"_s},
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"idle"_s, u"--until"_s, u"2000-01-01"_s},
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"idle"_s, u"--until"_s, u"soon"_s},
        {u"--org"_s, acme, u"acknowledge"_s, u"k1"_s, u"idle"_s, u"--json"_s},
        {u"acknowledge"_s, u"k1"_s, u"idle"_s}, // no organisation
    };
    for (const QStringList &line : lines) {
        const ProcessResult result = cli.run(line);
        EXPECT_EQ(result.exitCode, 2) << line.join(u' ').toStdString() << ": " << describe(result).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

// Profiles: each with its thresholds; one that fails does not stop the others. Needs
// the private keyring of tests/with-keyring.sh.
TEST_F(CliAudit, AllProfilesAuditsEachAndReportsTheOneThatFails)
{
    if (qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"))
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    SandboxProcess gone(u"leadhql"_s);
    ASSERT_TRUE(gone.started()) << gone.startError().toStdString();
    const auto addProfile = [this](const QString &name, const SandboxProcess &sandbox) {
        const ProcessResult added = cli(
            {u"profile"_s, u"add"_s, name, u"--dialect"_s, u"leadhql"_s, u"--base-url"_s, sandbox.url().toString()},
            sandbox.credential());
        ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();
    };
    addProfile(u"audit-strict"_s, *m_sandbox);
    addProfile(u"audit-gone"_s, gone);
    gone.stop();
    // The strict profile warns 60 days ahead.
    {
        QSettings settings(m_cli.settingsFile(), QSettings::IniFormat);
        settings.setValue(u"profiles/audit-strict/watch/expiresSoonInfoDays"_s, 60);
    }
    const QString key = create(u"in 45 days"_s, {u"--expires-in-days"_s, u"45"_s});

    const ProcessResult result = cli({u"audit"_s, u"--all-profiles"_s, u"--json"_s, u"--fail-on"_s, u"info"_s});
    EXPECT_EQ(result.exitCode, 6) << describe(result).toStdString(); // the network failure wins over 8
    EXPECT_TRUE(result.err.contains("Profile 'audit-gone'")) << result.err.toStdString();
    const QJsonArray findings = jsonArray(result.out).value_or(QJsonArray());
    EXPECT_EQ(findingsOf(findings, key), QSet<QString>{u"expires-soon/info"_s});
    for (const QJsonValue &finding : findings)
        EXPECT_EQ(finding.toObject().value(u"organisation"_s).toString(), u"audit-strict"_s);
    // acme (--org) is no profile: its defaults find nothing 45 days ahead.
    EXPECT_TRUE(findingsOf(audit(0), key).isEmpty());

    for (const QString &name : {u"audit-strict"_s, u"audit-gone"_s})
        EXPECT_EQ(cli({u"profile"_s, u"remove"_s, name}).exitCode, 0);
}

// The rotation policy, set with `profile set --rotate-every-days` (docs/design.md#rules):
// rotation-due for an active key older than the period, only with a policy. Needs the
// private keyring of tests/with-keyring.sh.
TEST_F(CliAudit, RotationDueFollowsTheProfilesPolicy)
{
    if (qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"))
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    const QString profile = u"rotating"_s;
    const ProcessResult added = cli(
        {u"profile"_s, u"add"_s, profile, u"--dialect"_s, u"leadhql"_s, u"--base-url"_s, m_sandbox->url().toString()},
        m_sandbox->credential());
    ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();
    const ProcessResult created = cli(
        {u"--profile"_s, profile, u"--json"_s, u"create"_s, u"month old"_s, u"--expires-in-days"_s, u"90"_s});
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    const QJsonObject record = jsonObject(created.out).value_or(QJsonObject());
    m_secrets.append(record.value(u"key"_s).toString());
    const QString key = record.value(u"id"_s).toString();
    patch(key, u"{\"createdAt\":\"%1\",\"lastUsedAt\":\"%2\"}"_s.arg(isoDaysAgo(31), isoDaysAgo(0.5)).toUtf8());
    const auto auditProfile = [&](int expectedExit, const QStringList &options = {u"--json"_s}) {
        const ProcessResult result = cli(QStringList{u"--profile"_s, profile, u"audit"_s} + options);
        EXPECT_EQ(result.exitCode, expectedExit) << describe(result).toStdString();
        return result;
    };

    // No policy: a month-old key is fine.
    EXPECT_TRUE(findingsOf(jsonArray(auditProfile(0).out).value_or(QJsonArray()), key).isEmpty());

    const ProcessResult set = cli({u"profile"_s, u"set"_s, profile, u"--rotate-every-days"_s, u"30"_s});
    ASSERT_EQ(set.exitCode, 0) << describe(set).toStdString();
    const ProcessResult listed = cli({u"profile"_s, u"list"_s, u"--json"_s});
    const QJsonArray profiles = jsonArray(listed.out).value_or(QJsonArray());
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.first().toObject().value(u"rotateEveryDays"_s).toInt(), 30);

    const QJsonArray findings = jsonArray(auditProfile(8).out).value_or(QJsonArray());
    EXPECT_EQ(findingsOf(findings, key), QSet<QString>{u"rotation-due/warning"_s});
    const ProcessResult text = auditProfile(8, {});
    EXPECT_TRUE(text.out.contains("rotation-due")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("the policy is to rotate every 30 days")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Rotate")) << text.out.toStdString();

    // A longer period, then none: the finding goes.
    ASSERT_EQ(cli({u"profile"_s, u"set"_s, profile, u"--rotate-every-days"_s, u"32"_s}).exitCode, 0);
    EXPECT_TRUE(findingsOf(jsonArray(auditProfile(0).out).value_or(QJsonArray()), key).isEmpty());
    ASSERT_EQ(cli({u"profile"_s, u"set"_s, profile, u"--rotate-every-days"_s, u"0"_s}).exitCode, 0);
    EXPECT_TRUE(jsonArray(cli({u"profile"_s, u"list"_s, u"--json"_s}).out)
                    .value_or(QJsonArray())
                    .first()
                    .toObject()
                    .value(u"rotateEveryDays"_s)
                    .isNull());

    // Bad values and unknown profiles are usage errors.
    EXPECT_EQ(cli({u"profile"_s, u"set"_s, profile, u"--rotate-every-days"_s, u"-1"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"set"_s, profile, u"--rotate-every-days"_s, u"soon"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"set"_s, profile}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"set"_s, u"nobody"_s, u"--rotate-every-days"_s, u"3"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"profile"_s, u"remove"_s, profile}).exitCode, 0);
}
