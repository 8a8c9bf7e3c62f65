// `keydesk-cli revoke ID ID…`: the real CLI against the real sandbox, in both dialects
// that manage keys (docs/design.md#bulk-revoke).
#include "CliTestSupport.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QStandardPaths>

using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

class CliBulkRevoke : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QString::fromLatin1(GetParam()));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
    }

    bool isLeadHql() const { return qstrcmp(GetParam(), "leadhql") == 0; }
    QString keysPath() const { return isLeadHql() ? u"/api-keys"_s : u"/api/v1/api-keys"_s; }

    // --org acme: the runs are recorded and logged.
    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        const ProcessResult result = m_cli.run(targetOf(*m_sandbox) + QStringList{u"--org"_s, u"acme"_s} + arguments,
                                               m_sandbox->credential(), input);
        EXPECT_TRUE(result.finished) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(result.err.contains(m_sandbox->credential().toUtf8()));
        return result;
    }

    // Creates a key and returns its id.
    QString createKey(const QString &name)
    {
        const ProcessResult created = cli({u"create"_s, name, u"--json"_s});
        EXPECT_EQ(created.exitCode, 0) << describe(created).toStdString();
        const std::optional<QJsonObject> record = jsonObject(created.out);
        EXPECT_TRUE(record.has_value());
        return record ? record->value(u"id"_s).toString() : QString();
    }

    // "active", "revoked", or "gone" (LocalLeads lists active keys only).
    QString statusOf(const QString &id)
    {
        const ProcessResult listed = cli({u"list"_s, u"--json"_s});
        EXPECT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
        const std::optional<QJsonObject> key = findById(jsonArray(listed.out).value_or(QJsonArray()), id);
        return key ? key->value(u"status"_s).toString() : u"gone"_s;
    }
    QString revokedStatus() const { return isLeadHql() ? u"revoked"_s : u"gone"_s; }

    int deletesOf(const QString &id)
    {
        return sandboxRequestCount(m_sandbox->url(), u"DELETE "_s + keysPath() + u'/' + id);
    }

    QJsonArray logged()
    {
        const ProcessResult log = m_cli.run({u"--org"_s, u"acme"_s, u"log"_s, u"--json"_s});
        EXPECT_EQ(log.exitCode, 0) << describe(log).toStdString();
        return jsonArray(log.out).value_or(QJsonArray());
    }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

TEST_P(CliBulkRevoke, AllSucceedOneDeleteEachAndLogged)
{
    const QStringList ids{createKey(u"bulk one"_s), createKey(u"bulk two"_s), createKey(u"bulk three"_s)};
    ASSERT_FALSE(ids.contains(QString()));

    const ProcessResult revoked = cli(QStringList{u"revoke"_s} + ids + QStringList{u"--yes"_s, u"--json"_s});
    EXPECT_EQ(revoked.exitCode, 0) << describe(revoked).toStdString();
    // The preview names every key, with its last use and usage, before any result line.
    for (const char *name : {"bulk one", "bulk two", "bulk three"}) {
        EXPECT_TRUE(revoked.err.contains(name)) << revoked.err.toStdString();
        EXPECT_TRUE(revoked.err.contains(QByteArray(QByteArray("Revoked key '") + name))) << revoked.err.toStdString();
    }
    EXPECT_TRUE(revoked.err.contains("Last used"));
    EXPECT_TRUE(revoked.err.contains("Usage"));
    const std::optional<QJsonArray> results = jsonArray(revoked.out);
    ASSERT_TRUE(results.has_value()) << revoked.out.toStdString();
    ASSERT_EQ(results->size(), 3);
    for (const QString &id : ids) {
        const std::optional<QJsonObject> result = findById(*results, id);
        ASSERT_TRUE(result.has_value());
        EXPECT_EQ(result->value(u"result"_s).toString(), u"revoked"_s);
        EXPECT_TRUE(result->value(u"error"_s).isNull());
        EXPECT_EQ(statusOf(id), revokedStatus());
        EXPECT_EQ(deletesOf(id), 1);
    }

    int revokeEntries = 0;
    for (const QJsonValue &entry : logged()) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"action"_s).toString() == u"revoke"_s && ids.contains(object.value(u"keyId"_s).toString())) {
            ++revokeEntries;
            EXPECT_EQ(object.value(u"outcome"_s).toString(), u"ok"_s);
        }
    }
    EXPECT_EQ(revokeEntries, 3);
}

TEST_P(CliBulkRevoke, OneFailsExitsWithItsCodeAndNamesIt)
{
    const QString first = createKey(u"keeps going"_s);
    const QString broken = createKey(u"refused one"_s);
    const QString last = createKey(u"after the failure"_s);
    // 400 on the middle key's DELETE only: rejected (exit 5), never retried.
    ASSERT_TRUE(installSandboxFault(
        m_sandbox->url(), QStringLiteral(R"({"fault":"status","status":400,"method":"DELETE","path":"%1/%2"})")
                              .arg(keysPath(), broken)
                              .toUtf8()));

    const ProcessResult result = cli({u"revoke"_s, first, broken, last, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 5) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains(
        QByteArray("keydesk-cli: error: 1 of 3 keys not revoked: 'refused one' (" + broken.toUtf8())))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Not revoked: key 'refused one'")) << result.err.toStdString();
    EXPECT_EQ(statusOf(first), revokedStatus());
    EXPECT_EQ(statusOf(last), revokedStatus());
    EXPECT_EQ(statusOf(broken), u"active"_s);

    bool loggedFailure = false;
    for (const QJsonValue &entry : logged()) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"keyId"_s).toString() == broken && object.value(u"action"_s).toString() == u"revoke"_s)
            loggedFailure = object.value(u"outcome"_s).toString() == u"failed"_s;
    }
    EXPECT_TRUE(loggedFailure);
}

TEST_P(CliBulkRevoke, AnUnknownIdRevokesNothing)
{
    const QString known = createKey(u"stays"_s);
    const ProcessResult result = cli({u"revoke"_s, known, u"no-such-key"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 4) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("'no-such-key'")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("nothing was revoked")) << result.err.toStdString();
    EXPECT_EQ(deletesOf(known), 0);
    EXPECT_EQ(statusOf(known), u"active"_s);
}

TEST_P(CliBulkRevoke, WithoutYesAClosedStdinRefuses)
{
    const QString a = createKey(u"ask a"_s);
    const QString b = createKey(u"ask b"_s);
    const ProcessResult result = cli({u"revoke"_s, a, b});
    EXPECT_EQ(result.exitCode, 2) << describe(result).toStdString();
    EXPECT_TRUE(result.err.contains("--yes")) << result.err.toStdString();
    EXPECT_EQ(deletesOf(a) + deletesOf(b), 0);
}

TEST_P(CliBulkRevoke, OnATerminalOnlyTheNumberOfKeysConfirms)
{
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        GTEST_SKIP() << "util-linux 'script' is needed to give the CLI a terminal";
    const QString a = createKey(u"typed a"_s);
    const QString b = createKey(u"typed b"_s);
    const auto onTerminal = [&](const QByteArray &answer) {
        const QStringList arguments = QStringList{cliExecutable()} + targetOf(*m_sandbox)
                                      + QStringList{u"revoke"_s, a, b};
        return runProcess(script, {u"-qefc"_s, arguments.join(u' '), u"/dev/null"_s}, answer,
                          m_cli.environment(m_sandbox->credential()));
    };
    // "y" is the single revoke's answer; here the count must be typed.
    const ProcessResult declined = onTerminal("y\n");
    EXPECT_EQ(declined.exitCode, 1) << describe(declined).toStdString();
    EXPECT_TRUE(declined.out.contains("Type 2 to confirm")) << declined.out.toStdString();
    EXPECT_TRUE(declined.out.contains("typed a")) << declined.out.toStdString();
    EXPECT_EQ(deletesOf(a) + deletesOf(b), 0);

    const ProcessResult confirmed = onTerminal("2\n");
    EXPECT_EQ(confirmed.exitCode, 0) << describe(confirmed).toStdString() << confirmed.out.toStdString();
    EXPECT_EQ(statusOf(a), revokedStatus());
    EXPECT_EQ(statusOf(b), revokedStatus());
}

// LeadHQL lists revoked keys: they are skipped. LocalLeads lists active keys only, so
// a revoked key's id is unknown there and the batch is refused.
TEST_P(CliBulkRevoke, AlreadyRevokedKeys)
{
    const QString old = createKey(u"revoked before"_s);
    const QString live = createKey(u"still live"_s);
    ASSERT_EQ(cli({u"revoke"_s, old, u"--yes"_s}).exitCode, 0);

    const ProcessResult result = cli({u"revoke"_s, old, live, u"--yes"_s});
    EXPECT_EQ(deletesOf(old), 1); // only the earlier single revoke
    if (isLeadHql()) {
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        EXPECT_TRUE(result.err.contains("Skipped key 'revoked before'")) << result.err.toStdString();
        EXPECT_EQ(statusOf(live), u"revoked"_s);
    } else {
        EXPECT_EQ(result.exitCode, 4) << describe(result).toStdString();
        EXPECT_EQ(statusOf(live), u"active"_s);
    }
}

INSTANTIATE_TEST_SUITE_P(Dialects, CliBulkRevoke, ::testing::Values("leadhql", "localleads"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

} // namespace
