// The curl examples of the pages in docs/dialects.md#sources, verbatim, run with the real curl binary against the
// sandbox: the documented host rewritten to the sandbox URL and the placeholders
// pointed at the sandbox credential or a created key (through environment variables,
// so no secret lands on a command line). The responses must have the documented shapes.
#include "SandboxTestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

// LeadHQL, Authentication (docs/dialects.md#leadhql).
const char *const leadHqlCreate = R"(curl -X POST https://api.leadhql.com/api-keys \
  -H "Authorization: Bearer <jwt-session-token>" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "My Integration",
    "expiresInDays": 90
  }')";
const char *const leadHqlUse = R"(curl https://api.leadhql.com/properties/stats/counts \
  -H "Authorization: Bearer leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6")";
const char *const leadHqlList = R"(curl https://api.leadhql.com/api-keys \
  -H "Authorization: Bearer <jwt-session-token>")";
const char *const leadHqlRevoke = R"(curl -X DELETE https://api.leadhql.com/api-keys/a1b2c3d4-... \
  -H "Authorization: Bearer <jwt-session-token>")";

// LocalLeads, Authentication (docs/dialects.md#localleads).
const char *const localLeadsBalance = R"(curl https://leadsapi.postorbit.io/api/v1/credits/balance \
  -H "Authorization: Bearer $LOCALLEADS_API_KEY")";

// LocalLeads, API Keys (docs/dialects.md#localleads).
const char *const localLeadsList = R"(curl https://leadsapi.postorbit.io/api/v1/api-keys \
  -H "Authorization: Bearer $LOCALLEADS_API_KEY")";
const char *const localLeadsCreate = R"(curl -X POST https://leadsapi.postorbit.io/api/v1/api-keys \
  -H "Authorization: Bearer $LOCALLEADS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"name": "CI Pipeline Key", "expiresAt": "2027-01-01"}')";
const char *const localLeadsRevoke = R"(curl -X DELETE https://leadsapi.postorbit.io/api/v1/api-keys/cm9key001 \
  -H "Authorization: Bearer $LOCALLEADS_API_KEY")";

// Trust Leads, Creating and Using API Keys (docs/dialects.md#trust-leads).
const char *const trustLeadsJob = R"(curl -X POST https://api.trustleads.ai/v1/jobs \
  -H "Authorization: Bearer lfk_sk_your_key_here" \
  -H "Content-Type: application/json" \
  -d '{"file_url": "https://your-storage.com/leads.csv"}')";
const char *const trustLeadsUsage = R"(curl -X GET https://api.trustleads.ai/v1/usage \
  -H "X-API-Key: lfk_sk_your_key_here")";

struct CurlResult final {
    int exitCode = -1;
    int status = 0;
    QByteArray body;
    QString error;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// Runs one documented example through bash, as a reader would paste it.
class SeedExample final {
public:
    SeedExample(const char *command, const QString &documentedBase, const QUrl &sandboxBase)
        : m_command(QString::fromUtf8(command))
    {
        replace(documentedBase, sandboxBase.toString());
    }

    SeedExample &replace(const QString &documented, const QString &actual)
    {
        EXPECT_TRUE(m_command.contains(documented)) << documented.toStdString();
        m_command.replace(documented, actual);
        return *this;
    }
    // The placeholder becomes a shell variable holding the secret.
    SeedExample &secret(const QString &placeholder, const QString &variable, const QString &value)
    {
        replace(placeholder, QLatin1Char('$') + variable);
        m_environment.insert(variable, value);
        return *this;
    }
    SeedExample &environment(const QString &variable, const QString &value)
    {
        m_environment.insert(variable, value);
        return *this;
    }

    CurlResult run() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        // Quiet, errors shown, and the status code on a last line of its own.
        QString command = m_command;
        EXPECT_TRUE(command.startsWith(QStringLiteral("curl ")));
        command.insert(5, QStringLiteral("-sS -w '\\n%{http_code}' "));
        const ProcessResult process = runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {},
                                                 environment);
        CurlResult result;
        result.exitCode = process.exitCode;
        result.error = QString::fromUtf8(process.err);
        const qsizetype lastLine = process.out.lastIndexOf('\n');
        if (lastLine >= 0) {
            result.body = process.out.left(lastLine);
            result.status = process.out.mid(lastLine + 1).trimmed().toInt();
        }
        return result;
    }

private:
    QString m_command;
    QMap<QString, QString> m_environment;
};

TEST(SeedCurlExamples, LeadHqlAuthenticationPage)
{
    SandboxProcess sandbox(QStringLiteral("leadhql"));
    ASSERT_SANDBOX_STARTED(sandbox);
    const QString base = QStringLiteral("https://api.leadhql.com");
    const QString jwtPlaceholder = QStringLiteral("<jwt-session-token>");

    const CurlResult created = SeedExample(leadHqlCreate, base, sandbox.url())
                                   .secret(jwtPlaceholder, QStringLiteral("JWT"), sandbox.credential())
                                   .run();
    ASSERT_EQ(created.exitCode, 0) << created.error.toStdString();
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject key = created.json().object();
    EXPECT_EQ(fieldNames(key),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("key"),
                             QStringLiteral("status"), QStringLiteral("createdAt"), QStringLiteral("expiresAt")}));
    EXPECT_EQ(key.value(QStringLiteral("name")).toString(), QStringLiteral("My Integration"));
    EXPECT_EQ(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString secret = key.value(QStringLiteral("key")).toString();
    EXPECT_TRUE(leadHqlKeyPattern().match(secret).hasMatch()) << secret.toStdString();
    const QDateTime createdAt = QDateTime::fromString(key.value(QStringLiteral("createdAt")).toString(),
                                                      Qt::ISODateWithMs);
    EXPECT_EQ(
        createdAt.daysTo(QDateTime::fromString(key.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs)),
        90);
    const QString id = key.value(QStringLiteral("id")).toString();

    const CurlResult used = SeedExample(leadHqlUse, base, sandbox.url())
                                .secret(QStringLiteral("leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"),
                                        QStringLiteral("LEADHQL_KEY"), secret)
                                .run();
    ASSERT_EQ(used.status, 200) << used.body.toStdString() << used.error.toStdString();
    EXPECT_TRUE(used.json().object().value(QStringLiteral("total")).isDouble()) << used.body.toStdString();

    const CurlResult listed = SeedExample(leadHqlList, base, sandbox.url())
                                  .secret(jwtPlaceholder, QStringLiteral("JWT"), sandbox.credential())
                                  .run();
    ASSERT_EQ(listed.status, 200) << listed.body.toStdString();
    ASSERT_TRUE(listed.json().isArray());
    ASSERT_EQ(listed.json().array().size(), 1);
    const QJsonObject record = listed.json().array().at(0).toObject();
    EXPECT_EQ(fieldNames(record), (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                                                 QStringLiteral("createdAt"), QStringLiteral("lastUsedAt"),
                                                 QStringLiteral("usageCount"), QStringLiteral("expiresAt")}));
    EXPECT_EQ(record.value(QStringLiteral("usageCount")).toInteger(), 1);
    EXPECT_TRUE(record.value(QStringLiteral("lastUsedAt")).isString());

    const CurlResult revoked = SeedExample(leadHqlRevoke, base, sandbox.url())
                                   .replace(QStringLiteral("a1b2c3d4-..."), id)
                                   .secret(jwtPlaceholder, QStringLiteral("JWT"), sandbox.credential())
                                   .run();
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(revoked.json().object(), (QJsonObject{{QStringLiteral("success"), true}}));

    const CurlResult refused = SeedExample(leadHqlUse, base, sandbox.url())
                                   .secret(QStringLiteral("leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"),
                                           QStringLiteral("LEADHQL_KEY"), secret)
                                   .run();
    EXPECT_EQ(refused.status, 401);
}

TEST(SeedCurlExamples, LocalLeadsAuthenticationAndApiKeysPages)
{
    SandboxProcess sandbox(QStringLiteral("localleads"));
    ASSERT_SANDBOX_STARTED(sandbox);
    const QString base = QStringLiteral("https://leadsapi.postorbit.io");
    const auto example = [&](const char *command) {
        return SeedExample(command, base, sandbox.url())
            .environment(QStringLiteral("LOCALLEADS_API_KEY"), sandbox.credential());
    };

    const CurlResult balance = example(localLeadsBalance).run();
    ASSERT_EQ(balance.exitCode, 0) << balance.error.toStdString();
    ASSERT_EQ(balance.status, 200) << balance.body.toStdString();
    EXPECT_EQ(balance.json().object().value(QStringLiteral("success")).toBool(), true);
    EXPECT_TRUE(
        balance.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).isDouble());

    // The documented expiry, 2027-01-01, is rewritten to a date that stays in the future.
    const QString nextYear = QDate::currentDate().addYears(1).toString(Qt::ISODate);
    const CurlResult created = example(localLeadsCreate).replace(QStringLiteral("2027-01-01"), nextYear).run();
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json().object().value(QStringLiteral("success")).toBool(), true);
    const QJsonObject data = created.json().object().value(QStringLiteral("data")).toObject();
    EXPECT_EQ(fieldNames(data),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("keyPrefix"),
                             QStringLiteral("expiresAt"), QStringLiteral("createdAt"), QStringLiteral("key")}));
    EXPECT_EQ(data.value(QStringLiteral("name")).toString(), QStringLiteral("CI Pipeline Key"));
    EXPECT_EQ(data.value(QStringLiteral("expiresAt")).toString(), nextYear + QStringLiteral("T00:00:00.000Z"));
    const QString key = data.value(QStringLiteral("key")).toString();
    EXPECT_TRUE(localLeadsKeyPattern().match(key).hasMatch()) << key.toStdString();
    EXPECT_EQ(data.value(QStringLiteral("keyPrefix")).toString(), key.left(13));

    // The new key works with the balance example too.
    EXPECT_EQ(SeedExample(localLeadsBalance, base, sandbox.url())
                  .environment(QStringLiteral("LOCALLEADS_API_KEY"), key)
                  .run()
                  .status,
              200);

    const CurlResult listed = example(localLeadsList).run();
    ASSERT_EQ(listed.status, 200) << listed.body.toStdString();
    EXPECT_EQ(listed.json().object().value(QStringLiteral("success")).toBool(), true);
    const QJsonArray keys = listed.json().object().value(QStringLiteral("data")).toArray();
    ASSERT_EQ(keys.size(), 2);
    for (const QJsonValue &value : keys) {
        EXPECT_EQ(fieldNames(value.toObject()),
                  (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("keyPrefix"),
                                 QStringLiteral("lastUsedAt"), QStringLiteral("expiresAt"), QStringLiteral("createdAt"),
                                 QStringLiteral("user")}));
        EXPECT_EQ(fieldNames(value.toObject().value(QStringLiteral("user")).toObject()),
                  (QSet<QString>{QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email")}));
    }

    const CurlResult revoked = example(localLeadsRevoke)
                                   .replace(QStringLiteral("cm9key001"), data.value(QStringLiteral("id")).toString())
                                   .run();
    EXPECT_EQ(revoked.status, 200);
    EXPECT_EQ(revoked.json().object(), (QJsonObject{{QStringLiteral("success"), true}}));

    const CurlResult refused = SeedExample(localLeadsBalance, base, sandbox.url())
                                   .environment(QStringLiteral("LOCALLEADS_API_KEY"), key)
                                   .run();
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.body, documentedUnauthorizedBody());

    // The documented example id does not exist here.
    EXPECT_EQ(example(localLeadsRevoke).run().status, 404);
}

TEST(SeedCurlExamples, TrustLeadsApiKeysArticle)
{
    SandboxProcess sandbox(QStringLiteral("trustleads"));
    ASSERT_SANDBOX_STARTED(sandbox);
    const QString base = QStringLiteral("https://api.trustleads.ai");
    const QString placeholder = QStringLiteral("lfk_sk_your_key_here");

    const CurlResult job = SeedExample(trustLeadsJob, base, sandbox.url())
                               .secret(placeholder, QStringLiteral("TRUSTLEADS_KEY"), sandbox.credential())
                               .run();
    ASSERT_EQ(job.exitCode, 0) << job.error.toStdString();
    ASSERT_EQ(job.status, 202) << job.body.toStdString();
    EXPECT_EQ(job.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_FALSE(job.json().object().value(QStringLiteral("id")).toString().isEmpty());

    const CurlResult usage = SeedExample(trustLeadsUsage, base, sandbox.url())
                                 .secret(placeholder, QStringLiteral("TRUSTLEADS_KEY"), sandbox.credential())
                                 .run();
    ASSERT_EQ(usage.status, 200) << usage.body.toStdString();
    EXPECT_TRUE(usage.json().isObject());
    EXPECT_EQ(usage.json().object().value(QStringLiteral("jobs")).toInteger(), 1);
    EXPECT_EQ(usage.json().object().value(QStringLiteral("api_requests")).toInteger(), 2);

    // The placeholder itself is not a key.
    EXPECT_EQ(SeedExample(trustLeadsUsage, base, sandbox.url()).run().status, 401);
}

} // namespace
