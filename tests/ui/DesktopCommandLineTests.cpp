#include "SandboxProcess.h"

#include <gtest/gtest.h>

#include <QProcessEnvironment>

// keydesk answers its command line without a display: --help, --version, a bad
// option and a bad --lang, with no X11 or Wayland server to connect to.
namespace {

keydesk::test::ProcessResult runWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return keydesk::test::runProcess(QStringLiteral(KEYDESK_GUI_PATH), arguments, {}, environment, 30000);
}

} // namespace

TEST(DesktopCommandLine, HelpNeedsNoDisplay)
{
    const auto result = runWithoutDisplay({QStringLiteral("--help")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("--demo")) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("--lang")) << result.out.toStdString();
}

TEST(DesktopCommandLine, TranslatedHelpNeedsNoDisplay)
{
    const auto result = runWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("Demo")) << result.out.toStdString();
}

TEST(DesktopCommandLine, UnknownLanguageIsReportedAndHelpStillPrinted)
{
    const auto result = runWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains("no translation for the language 'xx'")) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("--demo")) << result.out.toStdString();
}

TEST(DesktopCommandLine, VersionNeedsNoDisplay)
{
    const auto result = runWithoutDisplay({QStringLiteral("--version")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith("keydesk " KEYDESK_VERSION)) << result.out.toStdString();
}

TEST(DesktopCommandLine, BadOptionsAreOneLineOnStderrWithoutDisplay)
{
    const auto unknown = runWithoutDisplay({QStringLiteral("--no-such-option")});
    ASSERT_TRUE(unknown.finished);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no-such-option")) << unknown.err.toStdString();

    const auto smoke = runWithoutDisplay(
        {QStringLiteral("--demo"), QStringLiteral("--smoke-test"), QStringLiteral("0")});
    ASSERT_TRUE(smoke.finished);
    EXPECT_EQ(smoke.exitCode, 1);
    EXPECT_TRUE(smoke.err.contains("--smoke-test needs a number of seconds")) << smoke.err.toStdString();
}
