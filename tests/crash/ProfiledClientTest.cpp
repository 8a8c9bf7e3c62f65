#include "ProfiledClientTest.h"

#include "TestPaths.h"

#include <QRandomGenerator>

namespace keydesk::test {

ProfiledClientTest::ProfiledClientTest(QString profilePrefix)
    : m_profilePrefix(std::move(profilePrefix))
{
}

void ProfiledClientTest::SetUp()
{
    if (qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"))
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    ASSERT_TRUE(m_home.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("localleads"));
    ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    m_profile = QStringLiteral("%1-%2")
                    .arg(m_profilePrefix)
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const ProcessResult added = runProcess(cliExecutable(),
                                           {QStringLiteral("profile"), QStringLiteral("add"), m_profile,
                                            QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                            QStringLiteral("--base-url"), m_sandbox->url().toString()},
                                           {}, m_home.environment(m_sandbox->credential()), 120000);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
}

} // namespace keydesk::test
