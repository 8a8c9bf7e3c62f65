// Output that cannot be written: stdout on /dev/full, closed, or a pipe whose reader has
// gone. The real keydesk-cli against the real sandbox.
#include "CliTestSupport.h"

#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// How stderr names each way stdout broke (OutputStream::errorString).
QByteArray reasonFor(BrokenStdout how)
{
    switch (how) {
    case BrokenStdout::Full: return "no space left on the device";
    case BrokenStdout::Closed: return "it is closed";
    case BrokenStdout::PipeWithoutReader: return "the program reading it has stopped";
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

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

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
        EXPECT_TRUE(result.err.contains(QByteArray("keydesk-cli: error: Could not write the result to standard output: "
                                                   + reasonFor(GetParam()))))
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
