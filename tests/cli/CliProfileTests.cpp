// Profiles: settings in QSettings, the credential in the real Secret Service. Needs
// tests/with-keyring.sh (ctest runs the whole suite inside it).
#include "CliTestSupport.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

using namespace keydesk::test;

namespace {

class CliProfiles : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"))
            GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
        m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        ASSERT_FALSE(m_secretTool.isEmpty()) << "secret-tool (libsecret-tools) is required";
        m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("localleads"));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    }

    ProcessResult cli(const QStringList &arguments, const QString &credential = {})
    {
        const ProcessResult result = m_cli.run(arguments, credential);
        EXPECT_TRUE(result.finished);
        EXPECT_FALSE(result.err.contains(m_sandbox->credential().toUtf8()));
        return result;
    }

    ProcessResult addProfile(const QString &name)
    {
        return cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--dialect"),
                    QStringLiteral("localleads"), QStringLiteral("--base-url"), m_sandbox->url().toString()},
                   m_sandbox->credential());
    }

    // QtKeychain's libsecret backend: attributes server=<service>, user=<entry>.
    ProcessResult secretTool(const QStringList &arguments)
    {
        return runProcess(m_secretTool, arguments, {}, m_cli.environment({}));
    }
    QStringList entryAttributes(const QString &profile)
    {
        return {QStringLiteral("server"), QStringLiteral("KeyDesk"), QStringLiteral("user"),
                QStringLiteral("profile/%1/credential").arg(profile)};
    }

    // Every file under the throwaway config dir, concatenated.
    QByteArray allSettings()
    {
        QByteArray all;
        QDirIterator files(m_cli.configDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    CliRunner m_cli;
    QString m_secretTool;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

} // namespace

TEST_F(CliProfiles, AddUseListRemove)
{
    const ProcessResult added = addProfile(QStringLiteral("work"));
    ASSERT_EQ(added.exitCode, 0) << describe(added).toStdString();

    // Settings hold the connection, never the credential.
    ASSERT_TRUE(QFile::exists(m_cli.settingsFile())) << m_cli.settingsFile().toStdString();
    const QByteArray settings = allSettings();
    EXPECT_TRUE(settings.contains("work"));
    EXPECT_EQ(settings.count(m_sandbox->credential().toUtf8()), 0);

    // The credential is in the Secret Service, readable by other tools.
    const ProcessResult lookup = secretTool(QStringList{QStringLiteral("lookup")}
                                            + entryAttributes(QStringLiteral("work")));
    EXPECT_EQ(lookup.exitCode, 0) << lookup.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(lookup.out).trimmed(), m_sandbox->credential());

    const ProcessResult listed = cli({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
    EXPECT_TRUE(listed.out.contains("work"));
    EXPECT_TRUE(listed.out.contains("localleads"));
    EXPECT_TRUE(listed.out.contains(m_sandbox->url().toString().toUtf8()));
    const ProcessResult listedJson = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    const std::optional<QJsonArray> profiles = jsonArray(listedJson.out);
    ASSERT_TRUE(profiles.has_value());
    ASSERT_EQ(profiles->size(), 1);
    EXPECT_EQ(profiles->at(0)[QStringLiteral("name")].toString(), QStringLiteral("work"));
    EXPECT_EQ(profiles->at(0)[QStringLiteral("dialect")].toString(), QStringLiteral("localleads"));
    EXPECT_EQ(profiles->at(0)[QStringLiteral("baseUrl")].toString(), m_sandbox->url().toString());

    // --profile takes the credential from the keychain; no KEYDESK_CREDENTIAL needed.
    const ProcessResult created = cli(
        {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("create"), QStringLiteral("via profile")});
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    const ProcessResult keys = cli(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("work")});
    EXPECT_EQ(keys.exitCode, 0) << describe(keys).toStdString();
    ASSERT_TRUE(jsonArray(keys.out).has_value());
    EXPECT_TRUE(findByName(*jsonArray(keys.out), QStringLiteral("via profile")).has_value());

    const ProcessResult removed = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("work")});
    EXPECT_EQ(removed.exitCode, 0) << describe(removed).toStdString();
    const ProcessResult gone = secretTool(QStringList{QStringLiteral("lookup")}
                                          + entryAttributes(QStringLiteral("work")));
    EXPECT_NE(gone.exitCode, 0);
    EXPECT_TRUE(gone.out.isEmpty());
    EXPECT_EQ(jsonArray(cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).out),
              QJsonArray());
    const ProcessResult unknown = cli({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("list")});
    EXPECT_EQ(unknown.exitCode, 2) << describe(unknown).toStdString();
}

TEST_F(CliProfiles, MissingKeychainEntryExitsSeven)
{
    ASSERT_EQ(addProfile(QStringLiteral("orphan")).exitCode, 0);
    const ProcessResult cleared = secretTool(QStringList{QStringLiteral("clear")}
                                             + entryAttributes(QStringLiteral("orphan")));
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();

    const ProcessResult result = cli({QStringLiteral("--profile"), QStringLiteral("orphan"), QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 7) << describe(result).toStdString();
    EXPECT_TRUE(result.err.startsWith("keydesk-cli: error: "));
    EXPECT_EQ(result.err.count('\n'), 1);
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CliProfiles, AddNeedsTheCredentialVariable)
{
    const ProcessResult result = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"),
                                      QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                      QStringLiteral("--base-url"), m_sandbox->url().toString()});
    EXPECT_EQ(result.exitCode, 2) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("KEYDESK_CREDENTIAL"));
    EXPECT_EQ(jsonArray(cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).out),
              QJsonArray());
}
