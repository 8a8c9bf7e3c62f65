// Deliveries leave the key nowhere but its destination (docs/design.md#delivery): not in
// a child's command line or environment (read from /proc by spies that stand in front
// of the real tools), not in any file of the session but the destination.
#include "KeyDelivery.h"
#include "SecretForms.h"
#include "VaultTools.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

// A script named after `tool` that copies its own /proc cmdline and environ next to it,
// then runs `real` with the same arguments and stdin.
QByteArray spyScript(const QString &spyDir, const QString &real)
{
    return "d='" + spyDir.toUtf8()
           + "'\n"
             "n=$(basename \"$0\").$$\n"
             "cat /proc/$$/cmdline > \"$d/$n.cmdline\"\n"
             "cat /proc/$$/environ > \"$d/$n.environ\"\n"
             "exec "
           + real.toUtf8() + " \"$@\"\n";
}

DeliveryRequest request(const QString &spec, const QString &secret)
{
    DeliveryRequest request;
    QString error;
    request.destination = Destination::parse(spec, u"KeyDesk"_s, &error).value_or(Destination());
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    request.secret = secret;
    request.keyName = u"leak test"_s;
    return request;
}

} // namespace

TEST(DeliveryLeaks, KeyGoesOnlyToTheDestination)
{
    VaultTools tools;
    ASSERT_TRUE(tools.isValid()) << qPrintable(tools.error());
    ASSERT_TRUE(tools.createDatabase());
    const QString spyDir = tools.path(u"spies"_s);
    ASSERT_TRUE(QDir().mkpath(spyDir));
    const QString realPass = KeyDelivery::findTool(u"pass"_s, QProcessEnvironment::systemEnvironment());
    const QString realKeePass = KeyDelivery::findTool(u"keepassxc-cli"_s, QProcessEnvironment::systemEnvironment());
    ASSERT_FALSE(realPass.isEmpty());
    ASSERT_FALSE(realKeePass.isEmpty());
    tools.writeScript(u"pass"_s, spyScript(spyDir, realPass));
    tools.writeScript(u"keepassxc-cli"_s, spyScript(spyDir, realKeePass));
    tools.writeScript(u"store-key-real"_s, "cat > \"$1\"\n");
    tools.writeScript(u"store-key"_s, spyScript(spyDir, tools.path(u"bin/store-key-real"_s)));

    const QString secret = u"ll_"_s + QUuid::createUuid().toString(QUuid::Id128)
                           + QUuid::createUuid().toString(QUuid::Id128);
    const QString received = tools.path(u"received"_s);
    DeliveryRequest keepass = request(u"keepassxc:"_s + tools.database() + u":leak"_s, secret);
    keepass.databasePassword = QString::fromLatin1(VaultTools::databasePassword);
    DeliveryRequest command = request(u"command:store"_s, secret);
    command.commandArgv = {u"store-key"_s, received};
    const QString label = u"KeyDeskTests-leak "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const DeliveryRequest &each :
         {request(u"pass:leak/test"_s, secret), keepass, command, request(u"keychain:"_s + label, secret)}) {
        const DeliveryResult result = deliver(each, tools.environment());
        EXPECT_TRUE(result.delivered()) << qPrintable(each.destination.spec() + u": "_s + result.message);
    }

    // The command's destination holds it, as it should; then it goes, and nothing else may.
    QFile destination(received);
    ASSERT_TRUE(destination.open(QIODevice::ReadOnly));
    EXPECT_EQ(destination.readAll(), secret.toUtf8());
    destination.close();
    ASSERT_TRUE(destination.remove());

    LeakSearch search;
    search.addSecret(u"delivered key"_s, secret.toUtf8());
    // The spies ran: pass insert and show, keepassxc-cli add and show, the command.
    const QStringList spies = QDir(spyDir).entryList({u"*.cmdline"_s}, QDir::Files);
    EXPECT_EQ(spies.size(), 5) << qPrintable(spies.join(u' '));
    EXPECT_EQ(QDir(spyDir).entryList({u"*.environ"_s}, QDir::Files).size(), 5);
    for (const QString &spy : spies) {
        QFile file(QDir(spyDir).filePath(spy));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().isEmpty()) << qPrintable(spy);
    }
    EXPECT_GT(search.searchFiles(QDir::homePath()), 0);
    EXPECT_GT(search.searchFiles(QDir::tempPath()), 0);
    EXPECT_GT(search.searchFiles(tools.gnupgHome()), 0);
    EXPECT_TRUE(search.hits().isEmpty()) << qPrintable(search.hits().join(u'\n'));
}
