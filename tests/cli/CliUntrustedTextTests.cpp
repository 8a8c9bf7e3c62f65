// Text that came from a server or a file cannot drive the terminal: key names, ids,
// prefixes and creators with ESC [2J, an OSC title sequence, BEL, a bidi override and
// `%1`/`%2` placeholders, planted in a real sandbox's state file and read back through
// the real keydesk-cli. Text output shows them as visible escapes (UntrustedText);
// JSON keeps every value exact, with no raw control byte either.
#include "CliTestSupport.h"
#include "TestPaths.h"

#include "UntrustedText.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString hostileName = QStringLiteral("Name \x1b[2J \x1b]0;pwned\x07 bell\x07 %1 %2 \u202Eevil");
const QString hostileId = QStringLiteral("id\x1b[31m\u202E-%2");
const QString hostilePrefix = QStringLiteral("ll_\x1b[5m");
const QString hostileFirstName = QStringLiteral("Eve\x1b]2;title\x07");
// A name that can be typed (placeholders, a backslash; never control characters), held
// by a planted key with a hostile id that a lost create then finds as a candidate.
const QString typableName = QStringLiteral("sale 100%1 \\x1b %2");
const QString candidateId = QStringLiteral("lost\x1b[2J'id");

// No byte that a terminal acts on: ESC, BEL, C1 CSI (U+009B) or the bidi override U+202E.
void expectInert(const QByteArray &bytes, const char *what)
{
    EXPECT_FALSE(bytes.contains('\x1b')) << what << " has a raw ESC: " << bytes.toStdString();
    EXPECT_FALSE(bytes.contains('\x07')) << what << " has a raw BEL: " << bytes.toStdString();
    EXPECT_FALSE(bytes.contains("\xc2\x9b")) << what << " has a raw CSI";
    EXPECT_FALSE(bytes.contains("\xe2\x80\xae")) << what << " has a raw U+202E";
}

QByteArray shown(const QString &text)
{
    return UntrustedText::forDisplay(text).toUtf8();
}

class CliUntrustedText : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString state = m_dir.filePath(QStringLiteral("state.json"));
        {
            SandboxProcess first(QStringLiteral("localleads"), {QStringLiteral("--state"), state});
            ASSERT_TRUE(first.started()) << first.startError().toStdString();
            first.stop();
        }
        // The sandbox takes any name over its API; ids, prefixes and users only come
        // from its state file, so they are planted there.
        QFile file(state);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray users = root.value(QStringLiteral("users")).toArray();
        users.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("user-eve")},
                                 {QStringLiteral("firstName"), hostileFirstName},
                                 {QStringLiteral("lastName"), QStringLiteral("\u202Emallory")},
                                 {QStringLiteral("email"), QStringLiteral("eve\x07@example.com")}});
        root.insert(QStringLiteral("users"), users);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
        QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
        keys.append(QJsonObject{{QStringLiteral("id"), hostileId},
                                {QStringLiteral("name"), hostileName},
                                {QStringLiteral("sha256"), QString(64, u'e')},
                                {QStringLiteral("visibleIdentifier"), hostilePrefix},
                                {QStringLiteral("userId"), QStringLiteral("user-eve")},
                                {QStringLiteral("createdAt"), now},
                                {QStringLiteral("expiresAt"), QJsonValue()},
                                {QStringLiteral("lastUsedAt"), anHourAgo}, // revoke warns, naming it
                                {QStringLiteral("revokedAt"), QJsonValue()},
                                {QStringLiteral("usageCount"), 3},
                                {QStringLiteral("sandboxCredential"), false}});
        keys.append(QJsonObject{{QStringLiteral("id"), candidateId},
                                {QStringLiteral("name"), typableName},
                                {QStringLiteral("sha256"), QString(64, u'f')},
                                {QStringLiteral("visibleIdentifier"), QStringLiteral("ll_0123456789")},
                                {QStringLiteral("userId"), QStringLiteral("user-eve")},
                                {QStringLiteral("createdAt"), now},
                                {QStringLiteral("expiresAt"), QJsonValue()},
                                {QStringLiteral("lastUsedAt"), QJsonValue()},
                                {QStringLiteral("revokedAt"), QJsonValue()},
                                {QStringLiteral("usageCount"), 0},
                                {QStringLiteral("sandboxCredential"), false}});
        root.insert(QStringLiteral("keys"), keys);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("localleads"),
                                                     QStringList{QStringLiteral("--state"), state});
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    }

    ProcessResult cli(const QStringList &arguments)
    {
        const ProcessResult result = m_cli.run(targetOf(*m_sandbox) + arguments, m_sandbox->credential());
        EXPECT_TRUE(result.finished);
        return result;
    }

    QTemporaryDir m_dir;
    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

TEST_F(CliUntrustedText, TheKeyTableShowsServerTextAsVisibleEscapes)
{
    const ProcessResult result = cli({QStringLiteral("list")});
    ASSERT_EQ(result.exitCode, 0) << describe(result).toStdString();
    expectInert(result.out, "list");
    EXPECT_TRUE(result.out.contains(shown(hostileName))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("\\x1b[2J \\x1b]0;pwned\\x07 bell\\x07 %1 %2 \\u202eevil"))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(shown(hostileId))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(shown(hostilePrefix))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(shown(hostileFirstName))) << result.out.toStdString();
}

TEST_F(CliUntrustedText, JsonKeepsEveryValueExactAndNoByteActsOnTheTerminal)
{
    const ProcessResult result = cli({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result).toStdString();
    expectInert(result.out, "list --json");
    EXPECT_TRUE(result.out.contains("\\u001b[2J")) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("\\u202e")) << "Qt writes U+202E raw; it must be escaped";
    const std::optional<QJsonArray> keys = jsonArray(result.out);
    ASSERT_TRUE(keys.has_value()) << result.out.toStdString();
    const std::optional<QJsonObject> key = findById(*keys, hostileId);
    ASSERT_TRUE(key.has_value()) << "the id must survive exactly";
    EXPECT_EQ(key->value(QStringLiteral("name")).toString(), hostileName);
    EXPECT_EQ(key->value(QStringLiteral("keyPrefix")).toString(), hostilePrefix);
    EXPECT_TRUE(key->value(QStringLiteral("createdBy")).toString().startsWith(hostileFirstName));
}

TEST_F(CliUntrustedText, RevokeMessagesWarningsAndThePromptShowItEscaped)
{
    // On a terminal: the prompt names the key (declined, so it stays).
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    ASSERT_FALSE(script.isEmpty()) << "util-linux 'script' is needed to give the CLI a terminal";
    // The id reaches the command line through the environment: it cannot be typed.
    const QStringList command = QStringList{cliExecutable()} + targetOf(*m_sandbox)
                                + QStringList{QStringLiteral("revoke"), QStringLiteral("\"$HOSTILE_ID\"")};
    QProcessEnvironment environment = m_cli.environment(m_sandbox->credential());
    environment.insert(QStringLiteral("HOSTILE_ID"), hostileId);
    const ProcessResult asked = runProcess(
        script, {QStringLiteral("-qefc"), command.join(u' '), QStringLiteral("/dev/null")}, "n\n", environment);
    EXPECT_EQ(asked.exitCode, 1) << describe(asked).toStdString() << asked.out.toStdString();
    expectInert(asked.out, "the terminal");
    EXPECT_TRUE(asked.out.contains(QByteArray("Revoke key '" + shown(hostileName) + "' (" + shown(hostileId) + ")?")))
        << asked.out.toStdString();

    const ProcessResult revoked = cli({QStringLiteral("revoke"), hostileId, QStringLiteral("--yes")});
    EXPECT_EQ(revoked.exitCode, 0) << describe(revoked).toStdString();
    expectInert(revoked.err, "revoke");
    // The recent-use warning and the result both name it; `%1 %2` stay as they are.
    EXPECT_TRUE(
        revoked.err.contains(QByteArray("warning: key '" + shown(hostileName) + "' was used in the last 24 hours")))
        << revoked.err.toStdString();
    EXPECT_TRUE(
        revoked.err.contains(QByteArray("Revoked key '" + shown(hostileName) + "' (" + shown(hostileId) + ").")))
        << revoked.err.toStdString();

    const ProcessResult again = cli({QStringLiteral("revoke"), hostileId, QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 4) << describe(again).toStdString(); // LocalLeads lists live keys only
    expectInert(again.err, "revoke of an unknown id");
    EXPECT_TRUE(again.err.contains(QByteArray("No key with ID '" + shown(hostileId) + "'"))) << again.err.toStdString();
}

TEST_F(CliUntrustedText, LostCreateCandidatesAndTheirRevokeCommandAreEscaped)
{
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(), R"({"fault":"commit-then-drop","method":"POST","count":1})"));
    const ProcessResult lost = cli({QStringLiteral("create"), typableName});
    EXPECT_EQ(lost.exitCode, 6) << describe(lost).toStdString();
    expectInert(lost.err, "lost create");
    // Both same-name keys made around then are candidates: the new one and the planted one.
    EXPECT_TRUE(lost.err.contains(QByteArray("2 keys named '" + shown(typableName) + "'"))) << lost.err.toStdString();
    EXPECT_TRUE(lost.err.contains("sale 100%1 \\\\x1b %2")) << "placeholders literal, the backslash doubled";
    EXPECT_TRUE(lost.err.contains(QByteArray("Found key '" + shown(typableName) + "' (" + shown(candidateId) + ")")))
        << lost.err.toStdString();

    // Its revoke command shows the id as $'…' escapes, and works as printed in bash.
    const QString err = QString::fromUtf8(lost.err);
    const QString marker = QStringLiteral(" revoke $'lost\\x1b[2J\\'id' --yes");
    const qsizetype end = err.indexOf(marker);
    ASSERT_GE(end, 0) << err.toStdString();
    const qsizetype start = err.lastIndexOf(QStringLiteral("revoke it with: "), end);
    ASSERT_GE(start, 0);
    const QString command = err.mid(start + 16, end + marker.size() - start - 16);
    QProcessEnvironment shell = m_cli.environment(m_sandbox->credential());
    shell.insert(QStringLiteral("PATH"),
                 QFileInfo(cliExecutable()).absolutePath() + u':' + shell.value(QStringLiteral("PATH")));
    const ProcessResult pasted = runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {}, shell);
    EXPECT_EQ(pasted.exitCode, 0) << command.toStdString() << " " << describe(pasted).toStdString();
    const ProcessResult after = cli({QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_FALSE(findById(jsonArray(after.out).value_or(QJsonArray()), candidateId).has_value());
}

TEST_F(CliUntrustedText, ProfileNamesAndPathsFromTheSettingsFileAreEscaped)
{
    // Written the way anything with access to the settings file could.
    const QString name = QStringLiteral("work\x1b[2J\u202E");
    const QString caFile = QStringLiteral("/tmp/ca\x07\x1b]0;x\x07.pem");
    {
        QSettings settings(m_cli.settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/") + name + QStringLiteral("/dialect"),
                          QStringLiteral("localleads"));
        settings.setValue(QStringLiteral("profiles/") + name + QStringLiteral("/baseUrl"), m_sandbox->url().toString());
        settings.setValue(QStringLiteral("profiles/") + name + QStringLiteral("/caFile"), caFile);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }
    const ProcessResult listed = m_cli.run({QStringLiteral("profile"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
    expectInert(listed.out, "profile list");
    EXPECT_TRUE(listed.out.contains(shown(name))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(shown(caFile))) << listed.out.toStdString();

    const ProcessResult json = m_cli.run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << describe(json).toStdString();
    expectInert(json.out, "profile list --json");
    const std::optional<QJsonArray> profiles = jsonArray(json.out);
    ASSERT_TRUE(profiles.has_value() && profiles->size() == 1) << json.out.toStdString();
    EXPECT_EQ(profiles->at(0)[QStringLiteral("name")].toString(), name);
    EXPECT_EQ(profiles->at(0)[QStringLiteral("caFile")].toString(), caFile);

    const ProcessResult removed = m_cli.run({QStringLiteral("profile"), QStringLiteral("remove"), name + u'x'});
    EXPECT_EQ(removed.exitCode, 2) << describe(removed).toStdString();
    expectInert(removed.err, "profile remove");
}

} // namespace
