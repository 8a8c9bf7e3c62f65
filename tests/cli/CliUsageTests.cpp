// Command-line grammar of keydesk-cli: everything here is refused (or answered) before
// any request, so the target URL points at a port nothing listens on.
#include "CliTestSupport.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace keydesk::test;

namespace {

const QStringList unusedTarget{QStringLiteral("--dialect"), QStringLiteral("localleads"), QStringLiteral("--base-url"),
                               QStringLiteral("http://127.0.0.1:9")};
const QString someCredential = QStringLiteral("ll_") + QString(64, u'a');

// One line "keydesk-cli: error: …" on stderr, nothing on stdout, exit 2.
void expectUsageError(const ProcessResult &result)
{
    EXPECT_EQ(result.exitCode, 2) << describe(result).toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.startsWith("keydesk-cli: error: ")) << result.err.toStdString();
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
}

} // namespace

TEST(CliUsage, HelpAndVersionGoToStdout)
{
    const CliRunner cli;
    const ProcessResult help = cli.run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Usage: keydesk-cli"));
    for (const char *word : {"list", "create NAME", "revoke ID", "verify", "profile add", "KEYDESK_CREDENTIAL",
                             "--expires-in-days", "--expires-at", "--yes", "--json", "--ca-file"})
        EXPECT_TRUE(help.out.contains(word)) << word;
    EXPECT_FALSE(help.out.contains("--credential"));
    EXPECT_FALSE(help.out.contains("--token"));

    const ProcessResult version = cli.run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("keydesk-cli " KEYDESK_VERSION)) << version.out.toStdString();
}

TEST(CliUsage, MalformedCommandLinesExitTwoWithOneLineAndAHint)
{
    const CliRunner cli;
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        unusedTarget + QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")},
        unusedTarget + QStringList{QStringLiteral("list"), QStringLiteral("extra")},
        unusedTarget + QStringList{QStringLiteral("create")},
        unusedTarget + QStringList{QStringLiteral("revoke")},
        unusedTarget
            + QStringList{QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("--expires-in-days"),
                          QStringLiteral("30"), QStringLiteral("--expires-at"), QStringLiteral("2099-01-01")},
        unusedTarget
            + QStringList{QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("--expires-in-days"),
                          QStringLiteral("thirty")},
        unusedTarget
            + QStringList{QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("--expires-at"),
                          QStringLiteral("31/12/2099")},
        unusedTarget + QStringList{QStringLiteral("list"), QStringLiteral("--yes")},
        {QStringLiteral("--dialect"), QStringLiteral("acme"), QStringLiteral("--base-url"),
         QStringLiteral("http://127.0.0.1:9"), QStringLiteral("list")},
        {QStringLiteral("--dialect"), QStringLiteral("localleads"), QStringLiteral("list")},
        {QStringLiteral("list")},
        QStringList{QStringLiteral("--profile"), QStringLiteral("p")} + unusedTarget
            + QStringList{QStringLiteral("list")},
        {QStringLiteral("profile")},
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p")},
    };
    for (const QStringList &arguments : cases) {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const ProcessResult result = cli.run(arguments, someCredential);
        expectUsageError(result);
        if (arguments.size() <= 1 || arguments.contains(QStringLiteral("--frobnicate"))) {
            EXPECT_TRUE(result.err.contains("keydesk-cli --help")) << result.err.toStdString();
        }
    }
}

TEST(CliUsage, OptionsMayFollowTheCommand)
{
    const CliRunner cli;
    // Parsed completely (and rejected only for the missing credential), whatever the order.
    const ProcessResult result = cli.run(QStringList{QStringLiteral("create"), QStringLiteral("My key"),
                                                     QStringLiteral("--expires-in-days"), QStringLiteral("30"),
                                                     QStringLiteral("--json")}
                                         + unusedTarget);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("KEYDESK_CREDENTIAL")) << result.err.toStdString();
}

TEST(CliUsage, HttpsIsRequiredExceptOnLoopback)
{
    const CliRunner cli;
    expectUsageError(cli.run({QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--base-url"),
                              QStringLiteral("http://api.leadhql.com"), QStringLiteral("list")},
                             someCredential));
}

TEST(CliUsage, MissingCredentialVariableIsNamed)
{
    const CliRunner cli;
    const ProcessResult result = cli.run(unusedTarget + QStringList{QStringLiteral("list")});
    expectUsageError(result);
    EXPECT_TRUE(result.err.contains("KEYDESK_CREDENTIAL")) << result.err.toStdString();
}

TEST(CliUsage, SecretsAreNeverAcceptedAsArguments)
{
    const CliRunner cli;
    const QString leadHqlKey = QStringLiteral("leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6");
    const QString jwt = QStringLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsImV4cCI6NDEwMjQ0NDgwMH0."
        "c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl");
    const QList<QStringList> cases{
        unusedTarget + QStringList{QStringLiteral("--credential"), leadHqlKey, QStringLiteral("list")},
        unusedTarget + QStringList{QStringLiteral("--token=") + jwt, QStringLiteral("list")},
        unusedTarget
            + QStringList{QStringLiteral("--credential"), QStringLiteral("hunter2hunter2"), QStringLiteral("list")},
        unusedTarget + QStringList{QStringLiteral("revoke"), someCredential, QStringLiteral("--yes")},
        unusedTarget + QStringList{QStringLiteral("create"), jwt},
        unusedTarget + QStringList{QStringLiteral("verify"), leadHqlKey},
    };
    for (const QStringList &arguments : cases) {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const ProcessResult result = cli.run(arguments, someCredential);
        expectUsageError(result);
        for (const QString &secret : {leadHqlKey, jwt, someCredential, QStringLiteral("hunter2hunter2")})
            EXPECT_FALSE(result.err.contains(secret.toUtf8())) << result.err.toStdString();
    }
    const ProcessResult credentialOption = cli.run(
        unusedTarget + QStringList{QStringLiteral("--credential"), QStringLiteral("x"), QStringLiteral("list")});
    EXPECT_TRUE(credentialOption.err.contains("KEYDESK_CREDENTIAL")) << credentialOption.err.toStdString();
}

TEST(CliUsage, LocallyInvalidNameAndExpiryExitFiveBeforeAnyRequest)
{
    const CliRunner cli;
    // Nothing listens on the target: reaching the network would give 6, not 5.
    const QList<QStringList> cases{
        {QStringLiteral("create"), QString(101, u'n')},
        {QStringLiteral("create"), QStringLiteral("   ")},
        {QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("--expires-at"), QStringLiteral("2020-01-01")},
        {QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("--expires-in-days"), QStringLiteral("0")},
    };
    for (const QStringList &arguments : cases) {
        SCOPED_TRACE(arguments.join(u' ').left(60).toStdString());
        const ProcessResult result = cli.run(unusedTarget + arguments, someCredential);
        EXPECT_EQ(result.exitCode, 5) << describe(result).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.startsWith("keydesk-cli: error: ")) << result.err.toStdString();
    }
}

TEST(CliUsage, RevokeWithoutTerminalNeedsYes)
{
    const CliRunner cli;
    const ProcessResult result = cli.run(unusedTarget + QStringList{QStringLiteral("revoke"), QStringLiteral("k1")},
                                         someCredential);
    expectUsageError(result);
    EXPECT_TRUE(result.err.contains("--yes")) << result.err.toStdString();
}
