#include "Destination.h"
#include "KeyDelivery.h"
#include "VaultTools.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

QString sampleSecret()
{
    return u"ll_"_s + QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

Destination parsed(const QString &spec)
{
    QString error;
    const std::optional<Destination> destination = Destination::parse(spec, u"KeyDesk"_s, &error);
    EXPECT_TRUE(destination.has_value()) << qPrintable(error);
    return destination.value_or(Destination());
}

DeliveryRequest requestFor(const QString &spec, const QString &secret)
{
    DeliveryRequest request;
    request.destination = parsed(spec);
    request.secret = secret;
    request.keyName = u"deploy key"_s;
    return request;
}

class DeliveryTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_tools.isValid()) << qPrintable(m_tools.error()); }

    VaultTools m_tools;
    QString m_secret = sampleSecret();
};

} // namespace

TEST(Destination, ParsesEachKind)
{
    EXPECT_EQ(parsed(u"keychain:Deploy key"_s).name, u"Deploy key"_s);
    EXPECT_EQ(parsed(u"pass:team/deploy"_s).kind, Destination::Kind::Pass);
    const Destination keepass = parsed(u"keepassxc:/srv/a:b.kdbx:Deploy/leadhql"_s);
    EXPECT_EQ(keepass.database, u"/srv/a:b.kdbx"_s);
    EXPECT_EQ(keepass.entry, u"Deploy/leadhql"_s);
    EXPECT_EQ(keepass.spec(), u"keepassxc:/srv/a:b.kdbx:Deploy/leadhql"_s);
    EXPECT_EQ(parsed(u"command:gh-secret"_s).kind, Destination::Kind::Command);
}

TEST(Destination, RefusesWhatCouldHarm)
{
    for (const QString &spec : {u"nowhere"_s, u"ftp:x"_s, u"keychain:"_s, u"keychain:keydesk"_s, u"pass:"_s,
                                u"pass:--help"_s, u"pass:../../etc/x"_s, u"pass:/abs"_s, u"keepassxc:db.kdbx"_s,
                                u"keepassxc:db.kdbx:-x"_s, u"keepassxc:-db:e"_s, u"command:"_s, u"pass:a\nb"_s}) {
        QString error;
        EXPECT_FALSE(Destination::parse(spec, u"KeyDesk"_s, &error)) << qPrintable(spec);
        EXPECT_FALSE(error.isEmpty()) << qPrintable(spec);
    }
}

TEST_F(DeliveryTest, PassStoresTheKeyAndReadsItBack)
{
    const DeliveryResult result = deliver(requestFor(u"pass:team/deploy"_s, m_secret), m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Verified) << qPrintable(result.message);
    EXPECT_EQ(m_tools.runTool(u"pass"_s, {u"show"_s, u"team/deploy"_s}), m_secret.toUtf8() + '\n');
}

TEST_F(DeliveryTest, PassNeverOverwritesAnEntry)
{
    m_tools.runTool(u"pass"_s, {u"insert"_s, u"--multiline"_s, u"kept"_s}, "the user's own\n");
    const DeliveryResult result = deliver(requestFor(u"pass:kept"_s, m_secret), m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"already"_s)) << qPrintable(result.message);
    EXPECT_EQ(m_tools.runTool(u"pass"_s, {u"show"_s, u"kept"_s}), QByteArray("the user's own\n"));
}

TEST_F(DeliveryTest, KeePassXcStoresTheKeyAndReadsItBack)
{
    ASSERT_TRUE(m_tools.createDatabase());
    DeliveryRequest request = requestFor(u"keepassxc:"_s + m_tools.database() + u":deploy"_s, m_secret);
    request.databasePassword = QString::fromLatin1(VaultTools::databasePassword);
    const DeliveryResult result = deliver(request, m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Verified) << qPrintable(result.message);
    EXPECT_EQ(m_tools.runTool(u"keepassxc-cli"_s,
                              {u"show"_s, u"-q"_s, u"-s"_s, u"-a"_s, u"Password"_s, m_tools.database(), u"deploy"_s},
                              QByteArray(VaultTools::databasePassword) + '\n'),
              m_secret.toUtf8() + '\n');
}

TEST_F(DeliveryTest, KeePassXcWithTheWrongPasswordFails)
{
    ASSERT_TRUE(m_tools.createDatabase());
    DeliveryRequest request = requestFor(u"keepassxc:"_s + m_tools.database() + u":deploy"_s, m_secret);
    request.databasePassword = u"wrong password"_s;
    const DeliveryResult result = deliver(request, m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"keepassxc-cli add exited with status 1"_s)) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(u"password is wrong"_s)) << qPrintable(result.message);
    EXPECT_TRUE(result.toolOutput.contains(u"Invalid credentials"_s)) << qPrintable(result.toolOutput);
    EXPECT_FALSE(result.toolOutput.contains(u"wrong password"_s));
}

TEST_F(DeliveryTest, KeychainHoldsALastingEntryUnderTheLabel)
{
    const QString label = u"KeyDeskTests-vault "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const DeliveryResult result = deliver(requestFor(u"keychain:"_s + label, m_secret), m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Verified) << qPrintable(result.message);
    EXPECT_EQ(m_tools.runTool(u"secret-tool"_s, {u"lookup"_s, u"server"_s, label, u"user"_s, u"deploy key"_s}),
              m_secret.toUtf8());

    // A second delivery under the same label and name leaves the first one alone.
    const DeliveryResult again = deliver(requestFor(u"keychain:"_s + label, sampleSecret()), m_tools.environment());
    EXPECT_EQ(again.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_EQ(m_tools.runTool(u"secret-tool"_s, {u"lookup"_s, u"server"_s, label, u"user"_s, u"deploy key"_s}),
              m_secret.toUtf8());
}

TEST_F(DeliveryTest, CommandGetsTheKeyOnStdinAndCountsOnItsExitStatus)
{
    m_tools.writeScript(u"store-key"_s, "cat > \"$1\"\necho stored\n");
    DeliveryRequest request = requestFor(u"command:store"_s, m_secret);
    request.commandArgv = {u"store-key"_s, m_tools.path(u"received"_s)};
    const DeliveryResult result = deliver(request, m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::ExitStatusOnly) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(u"exit status"_s));
    EXPECT_EQ(result.toolOutput, u"stored"_s);
    QFile received(m_tools.path(u"received"_s));
    ASSERT_TRUE(received.open(QIODevice::ReadOnly));
    EXPECT_EQ(received.readAll(), m_secret.toUtf8());
}

TEST_F(DeliveryTest, CommandThatFailsShowsItsOutputWithTheKeyRedacted)
{
    m_tools.writeScript(u"echo-and-fail"_s, "echo \"refusing $(cat)\" >&2\nexit 3\n");
    DeliveryRequest request = requestFor(u"command:x"_s, m_secret);
    request.commandArgv = {u"echo-and-fail"_s};
    const DeliveryResult result = deliver(request, m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"exited with status 3"_s)) << qPrintable(result.message);
    EXPECT_TRUE(result.toolOutput.contains(u"refusing [key redacted]"_s)) << qPrintable(result.toolOutput);
    EXPECT_FALSE(result.toolOutput.contains(m_secret));
}

TEST_F(DeliveryTest, CommandThatHangsIsStoppedAtItsTimeout)
{
    m_tools.writeScript(u"hang"_s, "exec sleep 1000\n");
    DeliveryRequest request = requestFor(u"command:x"_s, m_secret);
    request.commandArgv = {u"hang"_s};
    const DeliveryResult result = deliver(request, m_tools.environment(), std::chrono::milliseconds(1000));
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"did not finish"_s)) << qPrintable(result.message);
}

TEST_F(DeliveryTest, MissingToolIsNotInstalled)
{
    QProcessEnvironment environment = m_tools.environment();
    environment.insert(u"PATH"_s, m_tools.path(u"empty"_s));
    ASSERT_TRUE(m_tools.createDatabase());
    for (const QString &spec : QStringList{u"pass:x"_s, u"keepassxc:"_s + m_tools.database() + u":x"_s}) {
        const DeliveryResult result = deliver(requestFor(spec, m_secret), environment);
        EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
        EXPECT_TRUE(result.message.contains(u"is not installed"_s)) << qPrintable(result.message);
    }
}

TEST_F(DeliveryTest, ReadBackThatDiffersFails)
{
    // A `pass` that accepts the key but keeps something else.
    m_tools.writeScript(u"pass"_s, "if [ \"$1\" = show ]; then echo something-else; else cat >/dev/null; fi\n");
    const DeliveryResult result = deliver(requestFor(u"pass:team/deploy"_s, m_secret), m_tools.environment());
    EXPECT_EQ(result.outcome, DeliveryResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"fingerprints differ"_s)) << qPrintable(result.message);
}
