// Trust Leads documents no key-management API: only `verify` talks to it.
#include "CliTestSupport.h"

#include <gtest/gtest.h>

using namespace keydesk::test;

TEST(CliTrustLeads, VerifyAcceptsAnIssuedKeyAndRefusesAnotherWithoutACredential)
{
    SandboxProcess sandbox(QStringLiteral("trustleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    const QString issued = sandbox.credential();

    // No KEYDESK_CREDENTIAL: checking a key needs only the key.
    const ProcessResult valid = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("verify")}, {},
                                        issued.toUtf8() + "\n");
    EXPECT_EQ(valid.exitCode, 0) << describe(valid).toStdString();
    EXPECT_EQ(valid.out, "valid\n");
    EXPECT_FALSE(valid.err.contains(issued.toUtf8()));
    const QString masked = issued.left(7) + QChar(0x2026) + issued.right(4);
    EXPECT_TRUE(valid.err.contains(masked.toUtf8()))
        << "the masked identifier (prefix + last 4) names the key: " << valid.err.toStdString();

    const QString other = QStringLiteral("lfk_sk_") + QString(40, u'Z');
    const ProcessResult refused = cli.run(
        targetOf(sandbox) + QStringList{QStringLiteral("verify"), QStringLiteral("--json")}, {}, other.toUtf8());
    EXPECT_EQ(refused.exitCode, 3) << describe(refused).toStdString();
    const std::optional<QJsonObject> result = jsonObject(refused.out);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
    EXPECT_FALSE(refused.out.contains(other.toUtf8()));
    EXPECT_FALSE(refused.err.contains(other.toUtf8()));

    // A key of another dialect is checked anyway, with a warning.
    const QString foreign = QStringLiteral("ll_") + QString(64, u'0');
    const ProcessResult mismatch = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("verify")}, {},
                                           foreign.toUtf8());
    EXPECT_EQ(mismatch.exitCode, 3) << describe(mismatch).toStdString();
    EXPECT_TRUE(mismatch.err.contains("warning")) << mismatch.err.toStdString();
    EXPECT_FALSE(mismatch.err.contains(foreign.toUtf8()));
}

TEST(CliTrustLeads, AKeyRefusedLocallyIsNeverSentAndSaysSo)
{
    SandboxProcess sandbox(QStringLiteral("trustleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    // A control character cannot go into an HTTP header, so the client refuses the key.
    const QByteArray key = "lfk_sk_" + QByteArray(20, 'A') + "\x1b[2J" + QByteArray(20, 'B');
    const ProcessResult result = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("verify")}, {}, key);
    EXPECT_EQ(result.exitCode, 3) << describe(result).toStdString();
    EXPECT_EQ(result.out, "refused\n");
    EXPECT_TRUE(result.err.contains("was refused locally: it contains control characters")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("It was not sent to the server.")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains("by the server")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains('\x1b')) << "neither the key nor its escape reaches stderr";
    EXPECT_EQ(sandboxRequestCount(sandbox.url(), QStringLiteral("GET /v1/usage")), 0);
    // The count is the right one: a key that is sent shows up in it.
    const ProcessResult sent = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("verify")}, {},
                                       sandbox.credential().toUtf8());
    EXPECT_EQ(sent.exitCode, 0) << describe(sent).toStdString();
    EXPECT_EQ(sandboxRequestCount(sandbox.url(), QStringLiteral("GET /v1/usage")), 1);
}

TEST(CliTrustLeads, VerifyNeedsExactlyOneKeyOnStdin)
{
    SandboxProcess sandbox(QStringLiteral("trustleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    const QList<QByteArray> inputs{QByteArray(), QByteArray(" \n"),
                                   QByteArray(sandbox.credential().toUtf8() + "\nsecond\n")};
    for (const QByteArray &input : inputs) {
        const ProcessResult result = cli.run(targetOf(sandbox) + QStringList{QStringLiteral("verify")}, {}, input);
        EXPECT_EQ(result.exitCode, 2) << describe(result).toStdString();
        EXPECT_FALSE(result.err.contains(sandbox.credential().toUtf8()));
    }
}

TEST(CliTrustLeads, KeyManagementIsNotSupported)
{
    SandboxProcess sandbox(QStringLiteral("trustleads"));
    ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
    const CliRunner cli;
    const QList<QStringList> commands{{QStringLiteral("list")},
                                      {QStringLiteral("create"), QStringLiteral("k")},
                                      {QStringLiteral("revoke"), QStringLiteral("k1"), QStringLiteral("--yes")}};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const ProcessResult result = cli.run(targetOf(sandbox) + command, sandbox.credential());
        EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains("not supported by Trust Leads (no documented key-management API)"))
            << result.err.toStdString();
        EXPECT_EQ(result.err.count('\n'), 1);
        EXPECT_FALSE(result.err.contains(sandbox.credential().toUtf8()));
    }
}
