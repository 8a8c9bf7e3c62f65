// The real keydesk-cli against the real keydesk-sandbox, for both dialects that
// document key management.
#include "CliTestSupport.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace keydesk::test;

namespace {

struct DialectCase {
    const char *dialect;
    const char *keyPattern;
    const char *dataPath; // the cheap authenticated data endpoint
    bool listKeepsRevoked;
};

void PrintTo(const DialectCase &c, std::ostream *os)
{
    *os << c.dialect;
}

class CliKeyLifecycle : public ::testing::TestWithParam<DialectCase> {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QString::fromLatin1(GetParam().dialect));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
        m_secrets.append(m_sandbox->credential());
    }

    // Runs against the sandbox with its management credential; checks the stderr rule.
    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return cliWith(m_sandbox->credential(), arguments, input);
    }
    ProcessResult cliWith(const QString &credential, const QStringList &arguments, const QByteArray &input = {})
    {
        const ProcessResult result = m_cli.run(targetOf(*m_sandbox) + arguments, credential, input);
        EXPECT_TRUE(result.finished) << arguments.join(u' ').toStdString();
        for (const QString &secret : std::as_const(m_secrets))
            EXPECT_FALSE(result.err.contains(secret.toUtf8()))
                << "a secret leaked to stderr of: " << arguments.join(u' ').toStdString();
        return result;
    }

    // create NAME [...]: stdout is exactly the key and a newline.
    QString createKey(const QString &name, const QStringList &extra = {})
    {
        const ProcessResult result = cli(QStringList{QStringLiteral("create"), name} + extra);
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const QString out = QString::fromUtf8(result.out);
        EXPECT_TRUE(out.endsWith(u'\n'));
        EXPECT_EQ(out.count(u'\n'), 1);
        const QString key = out.trimmed();
        const QRegularExpression pattern(QString::fromLatin1(GetParam().keyPattern));
        EXPECT_TRUE(pattern.match(key).hasMatch()) << "stdout is not just a key";
        m_secrets.append(key);
        EXPECT_FALSE(result.err.contains(key.toUtf8()));
        EXPECT_TRUE(result.err.contains(name.toUtf8())) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains("will not be shown again")) << result.err.toStdString();
        return key;
    }

    QJsonArray listJson()
    {
        const ProcessResult result = cli({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const std::optional<QJsonArray> keys = jsonArray(result.out);
        EXPECT_TRUE(keys.has_value()) << result.out.toStdString();
        return keys.value_or(QJsonArray());
    }

    QJsonObject listed(const QString &name)
    {
        const std::optional<QJsonObject> key = findByName(listJson(), name);
        EXPECT_TRUE(key.has_value()) << name.toStdString();
        return key.value_or(QJsonObject());
    }

    int dataStatus(const QString &key)
    {
        return dataEndpointStatus(m_sandbox->url(), QString::fromLatin1(GetParam().dataPath), key);
    }

    bool isLeadHql() const { return qstrcmp(GetParam().dialect, "leadhql") == 0; }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_secrets;
};

TEST_P(CliKeyLifecycle, CreateUseListRevoke)
{
    const QString name = QStringLiteral("CLI lifecycle ü");
    const QString key = createKey(name);
    ASSERT_FALSE(key.isEmpty());

    QJsonObject record = listed(name);
    EXPECT_EQ(record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    for (const char *field :
         {"id", "name", "status", "createdAt", "expiresAt", "lastUsedAt", "usageCount", "keyPrefix", "createdBy"})
        EXPECT_TRUE(record.contains(QLatin1String(field))) << field;
    EXPECT_FALSE(record.contains(QStringLiteral("key"))) << "list must never carry a secret";
    EXPECT_TRUE(record.value(QStringLiteral("expiresAt")).isNull());
    EXPECT_TRUE(record.value(QStringLiteral("lastUsedAt")).isNull());
    EXPECT_TRUE(
        QDateTime::fromString(record.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs).isValid());
    if (isLeadHql()) {
        EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(-1), 0);
        EXPECT_TRUE(record.value(QStringLiteral("createdBy")).isNull());
    } else {
        EXPECT_TRUE(record.value(QStringLiteral("usageCount")).isNull());
        EXPECT_EQ(record.value(QStringLiteral("keyPrefix")).toString(), key.left(13));
    }
    const QString id = record.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());

    // The new key authenticates: through `verify` and directly on the data endpoint.
    const ProcessResult verified = cli({QStringLiteral("verify")}, key.toUtf8() + '\n');
    EXPECT_EQ(verified.exitCode, 0) << describe(verified).toStdString();
    EXPECT_EQ(verified.out, "valid\n");
    EXPECT_FALSE(verified.out.contains(key.toUtf8()));
    EXPECT_EQ(dataStatus(key), 200);

    record = listed(name);
    if (isLeadHql()) {
        EXPECT_GE(record.value(QStringLiteral("usageCount")).toInteger(), 2);
    } else {
        EXPECT_FALSE(record.value(QStringLiteral("lastUsedAt")).isNull());
    }

    // Text table: header and the key's row.
    const ProcessResult table = cli({QStringLiteral("list")});
    EXPECT_EQ(table.exitCode, 0) << describe(table).toStdString();
    const QString text = QString::fromUtf8(table.out);
    for (const char *header : {"ID", "Name", "Key", "Status", "Created", "Expires", "Last used", "Usage", "Created by"})
        EXPECT_TRUE(text.section(u'\n', 0, 0).contains(QLatin1String(header))) << header;
    EXPECT_TRUE(text.contains(name));
    EXPECT_TRUE(text.contains(id));

    // Used just now: revoking warns about it.
    const ProcessResult revoked = cli({QStringLiteral("revoke"), id, QStringLiteral("--yes")});
    EXPECT_EQ(revoked.exitCode, 0) << describe(revoked).toStdString();
    EXPECT_TRUE(revoked.err.contains("24 hours")) << revoked.err.toStdString();

    const ProcessResult refused = cli({QStringLiteral("verify")}, key.toUtf8());
    EXPECT_EQ(refused.exitCode, 3) << describe(refused).toStdString();
    EXPECT_EQ(refused.out, "refused\n");
    EXPECT_EQ(dataStatus(key), 401);

    const std::optional<QJsonObject> after = findById(listJson(), id);
    if (GetParam().listKeepsRevoked) {
        ASSERT_TRUE(after.has_value());
        EXPECT_EQ(after->value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    } else {
        EXPECT_FALSE(after.has_value());
    }
}

TEST_P(CliKeyLifecycle, OptionsAfterTheCommandAndJsonCreate)
{
    const ProcessResult result = cli({QStringLiteral("create"), QStringLiteral("My key"),
                                      QStringLiteral("--expires-in-days"), QStringLiteral("30"),
                                      QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result).toStdString();
    const std::optional<QJsonObject> created = jsonObject(result.out);
    ASSERT_TRUE(created.has_value()) << "stdout is not one JSON object";
    const QString key = created->value(QStringLiteral("key")).toString();
    m_secrets.append(key);
    EXPECT_TRUE(QRegularExpression(QString::fromLatin1(GetParam().keyPattern)).match(key).hasMatch());
    EXPECT_FALSE(result.err.contains(key.toUtf8()));
    EXPECT_EQ(created->value(QStringLiteral("name")).toString(), QStringLiteral("My key"));
    EXPECT_EQ(created->value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QDateTime expires = QDateTime::fromString(created->value(QStringLiteral("expiresAt")).toString(),
                                                    Qt::ISODateWithMs);
    ASSERT_TRUE(expires.isValid());
    EXPECT_LE(std::abs(QDateTime::currentDateTimeUtc().daysTo(expires) - 30), 1);
}

TEST_P(CliKeyLifecycle, Expiry)
{
    createKey(QStringLiteral("thirty days"), {QStringLiteral("--expires-in-days"), QStringLiteral("30")});
    const QDateTime in30 = QDateTime::fromString(
        listed(QStringLiteral("thirty days")).value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(in30.isValid());
    EXPECT_LE(std::abs(QDateTime::currentDateTimeUtc().daysTo(in30) - 30), 1);

    const QDate onDate = QDate::currentDate().addDays(45);
    createKey(QStringLiteral("on a date"), {QStringLiteral("--expires-at"), onDate.toString(Qt::ISODate)});
    const QDateTime dated = QDateTime::fromString(
        listed(QStringLiteral("on a date")).value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(dated.isValid());
    EXPECT_LE(std::abs(dated.toLocalTime().date().daysTo(onDate)), 1);

    const ProcessResult past = cli({QStringLiteral("create"), QStringLiteral("past"), QStringLiteral("--expires-at"),
                                    QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    EXPECT_EQ(past.exitCode, 5) << describe(past).toStdString();
    EXPECT_TRUE(past.out.isEmpty());
    EXPECT_FALSE(findByName(listJson(), QStringLiteral("past")).has_value());
}

TEST_P(CliKeyLifecycle, RejectedAndUnknown)
{
    const ProcessResult longName = cli({QStringLiteral("create"), QString(101, u'x')});
    EXPECT_EQ(longName.exitCode, 5) << describe(longName).toStdString();
    EXPECT_TRUE(longName.out.isEmpty());
    EXPECT_TRUE(longName.err.contains("100")) << longName.err.toStdString();

    const ProcessResult unknown = cli(
        {QStringLiteral("revoke"), QStringLiteral("no-such-key"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 4) << describe(unknown).toStdString();
    EXPECT_TRUE(unknown.err.contains("no-such-key"));
}

TEST_P(CliKeyLifecycle, AuthenticationAndNetworkFailures)
{
    const ProcessResult bad = cliWith(QStringLiteral("not-a-valid-credential"), {QStringLiteral("list")});
    EXPECT_EQ(bad.exitCode, 3) << describe(bad).toStdString();
    EXPECT_TRUE(bad.err.startsWith("keydesk-cli: error: "));
    EXPECT_EQ(bad.err.count('\n'), 1);

    const QStringList target = targetOf(*m_sandbox);
    m_sandbox->stop();
    const ProcessResult down = m_cli.run(target + QStringList{QStringLiteral("list")}, m_sandbox->credential());
    EXPECT_EQ(down.exitCode, 6) << describe(down).toStdString();
    EXPECT_FALSE(down.err.contains(m_sandbox->credential().toUtf8()));
}

TEST_P(CliKeyLifecycle, RevokeAsksOnTheTerminal)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "util-linux 'script' is needed to give the CLI a terminal";
    createKey(QStringLiteral("ask me"));
    const QString id = listed(QStringLiteral("ask me")).value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());

    // `script` runs the CLI on a pseudo-terminal and types our stdin into it.
    const auto onTerminal = [&](const QByteArray &answer) {
        const QStringList arguments = QStringList{cliExecutable()} + targetOf(*m_sandbox)
                                      + QStringList{QStringLiteral("revoke"), id};
        return runProcess(script, {QStringLiteral("-qefc"), arguments.join(u' '), QStringLiteral("/dev/null")}, answer,
                          m_cli.environment(m_sandbox->credential()));
    };
    const ProcessResult declined = onTerminal("n\n");
    EXPECT_EQ(declined.exitCode, 1) << describe(declined).toStdString();
    EXPECT_TRUE(declined.out.contains("Revoke key 'ask me'")) << declined.out.toStdString();
    EXPECT_TRUE(declined.out.contains("[y/N]"));
    EXPECT_EQ(listed(QStringLiteral("ask me")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    const ProcessResult confirmed = onTerminal("y\n");
    EXPECT_EQ(confirmed.exitCode, 0) << describe(confirmed).toStdString() << confirmed.out.toStdString();
    const std::optional<QJsonObject> after = findByName(listJson(), QStringLiteral("ask me"));
    if (GetParam().listKeepsRevoked) {
        ASSERT_TRUE(after.has_value());
        EXPECT_EQ(after->value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    } else {
        EXPECT_FALSE(after.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Dialects, CliKeyLifecycle,
    ::testing::Values(DialectCase{"leadhql", "^leadhql_pk_[A-Za-z0-9]{16,}$", "/properties/stats/counts", true},
                      DialectCase{"localleads", "^ll_[0-9a-f]{64}$", "/api/v1/credits/balance", false}),
    [](const ::testing::TestParamInfo<DialectCase> &info) { return std::string(info.param.dialect); });

TEST(CliLeadHql, ApiKeyAsManagementCredentialIsRefusedWithAHint)
{
    SandboxProcess sandbox(QStringLiteral("leadhql"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    const ProcessResult created = cli.run(
        targetOf(sandbox) + QStringList{QStringLiteral("create"), QStringLiteral("integration")}, sandbox.credential());
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    const QString apiKey = QString::fromUtf8(created.out).trimmed();

    const ProcessResult refused = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("list")}, apiKey);
    EXPECT_EQ(refused.exitCode, 3) << describe(refused).toStdString();
    EXPECT_TRUE(refused.err.contains("JWT")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("session token")) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(apiKey.toUtf8()));
    EXPECT_EQ(refused.err.count('\n'), 1);
}

TEST(CliLocalLeads, CreatingBeyondTheLimitIsRejectedWithTheServersMessage)
{
    SandboxProcess sandbox(QStringLiteral("localleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    ProcessResult last;
    int created = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        last = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("create"), QStringLiteral("k%1").arg(attempt)},
                       sandbox.credential());
        if (last.exitCode != 0)
            break;
        EXPECT_FALSE(last.err.contains(last.out.trimmed()));
        ++created;
    }
    EXPECT_LE(created, 10);
    EXPECT_EQ(last.exitCode, 5) << describe(last).toStdString();
    EXPECT_TRUE(last.out.isEmpty());
    EXPECT_TRUE(last.err.contains("Maximum of 10 active API keys")) << last.err.toStdString();
    EXPECT_FALSE(last.err.contains(sandbox.credential().toUtf8()));
}

} // namespace
