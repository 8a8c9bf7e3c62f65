// The CLI and the local inventory (docs/design.md#cli-contract): the real keydesk-cli
// against the real keydesk-sandbox, with the real SQLite file in the test's home.
#include "CliTestSupport.h"
#include "SecretForms.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>

#include <unistd.h>

using namespace keydesk::test;

namespace {

const QString csvHeader = QStringLiteral("organisation,dialect,id,name,keyPrefix,status,createdAt,expiresAt,lastUsedAt,"
                                         "usageCount,createdBy,firstSeenAt,lastSeenAt");

// RFC 4180: fields split on commas outside quotes, "" inside quotes is one quote,
// records end with CRLF outside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// A key made on the server directly (LeadHQL), with a name the CLI's own create would
// normalise: what another client or the dashboard may have created.
QString createOnServer(const SandboxProcess &sandbox, const QString &name)
{
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.url().resolved(QUrl(QStringLiteral("/api-keys"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + sandbox.credential().toUtf8());
    QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    const std::optional<QJsonObject> created = jsonObject(reply->readAll());
    delete reply;
    return created ? created->value(QStringLiteral("id")).toString() : QString();
}

class CliInventory : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral("leadhql"));
        ASSERT_TRUE(m_sandbox->started()) << m_sandbox->startError().toStdString();
        m_secrets.append(m_sandbox->credential());
    }
    void TearDown() override
    {
        for (const QString &mount : std::as_const(m_mounts))
            runProcess(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    }

    // Any run; checks that no secret reached stderr.
    ProcessResult cli(const QStringList &arguments, const QString &credential = {})
    {
        const ProcessResult result = m_cli.run(arguments, credential);
        EXPECT_TRUE(result.finished) << arguments.join(u' ').toStdString();
        for (const QString &secret : std::as_const(m_secrets))
            EXPECT_FALSE(result.err.contains(secret.toUtf8()))
                << "a secret leaked to stderr of: " << arguments.join(u' ').toStdString();
        return result;
    }
    // Against the sandbox with its credential, under `org` (none when empty).
    ProcessResult live(const QString &org, const QStringList &arguments)
    {
        QStringList target = targetOf(*m_sandbox);
        if (!org.isEmpty())
            target += {QStringLiteral("--org"), org};
        return cli(target + arguments, m_sandbox->credential());
    }
    QString create(const QString &org, const QString &name)
    {
        const ProcessResult result = live(org, {QStringLiteral("create"), name});
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const QString key = QString::fromUtf8(result.out).trimmed();
        m_secrets.append(key);
        return key;
    }
    QJsonArray listJson(const QString &org)
    {
        const ProcessResult result = live(org, {QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        return jsonArray(result.out).value_or(QJsonArray());
    }
    QJsonArray readJson(const QStringList &arguments)
    {
        const ProcessResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        const std::optional<QJsonArray> array = jsonArray(result.out);
        EXPECT_TRUE(array.has_value()) << result.out.toStdString();
        return array.value_or(QJsonArray());
    }
    int keyListings() { return sandboxRequestCount(m_sandbox->url(), QStringLiteral("GET /api-keys")); }

    // A read-only folder where the inventory would go: a read-only tmpfs as root (who
    // may write anywhere else), mode 0555 otherwise.
    bool makeInventoryFolderReadOnly()
    {
        const QString folder = m_cli.keydeskDataDir();
        QDir().mkpath(folder);
        if (::geteuid() != 0)
            return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const ProcessResult mounted = runProcess(QStringLiteral("mount"),
                                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                  QStringLiteral("ro,size=1m"), QStringLiteral("tmpfs"), folder});
        if (mounted.exitCode != 0)
            return false;
        m_mounts.prepend(folder);
        return true;
    }

    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_secrets;
    QStringList m_mounts;
};

QStringList idsOf(const QJsonArray &keys)
{
    QStringList ids;
    for (const QJsonValue &key : keys)
        ids.append(key.toObject().value(QStringLiteral("id")).toString());
    ids.sort();
    return ids;
}

} // namespace

TEST_F(CliInventory, ListIsRecordedAndListCachedMakesNoRequest)
{
    const QString key = create(QStringLiteral("acme"), QStringLiteral("CRM sync"));
    const QJsonArray listed = listJson(QStringLiteral("acme"));
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(m_cli.inventoryFile())) << m_cli.inventoryFile().toStdString();

    const int listingsBefore = keyListings();
    ASSERT_GE(listingsBefore, 1);
    const QStringList cachedArgs{QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("list"),
                                 QStringLiteral("--cached"), QStringLiteral("--json")};
    const QJsonArray cached = readJson(cachedArgs);
    EXPECT_EQ(idsOf(cached), idsOf(listed));
    QJsonObject cachedKey = findByName(cached, QStringLiteral("CRM sync")).value_or(QJsonObject());
    QJsonObject listedKey = findByName(listed, QStringLiteral("CRM sync")).value_or(QJsonObject());
    // LeadHQL lists no identifier; the inventory knows the created key's masked one.
    EXPECT_TRUE(listedKey.value(QStringLiteral("keyPrefix")).isNull());
    EXPECT_EQ(cachedKey.value(QStringLiteral("keyPrefix")).toString(),
              QStringLiteral("leadhql_pk_\u2026") + key.right(4));
    cachedKey.remove(QStringLiteral("keyPrefix"));
    listedKey.remove(QStringLiteral("keyPrefix"));
    EXPECT_EQ(cachedKey, listedKey) << QJsonDocument(cachedKey).toJson().toStdString();
    EXPECT_EQ(keyListings(), listingsBefore) << "list --cached sent a request";
    const int allRequests = sandboxRequestCount(m_sandbox->url(), QStringLiteral("POST /api-keys"));

    // With the server gone, the cached table still works and says how old it is.
    m_sandbox->stop();
    const ProcessResult offline = cli(
        {QStringLiteral("list"), QStringLiteral("--cached"), QStringLiteral("--org"), QStringLiteral("acme")});
    EXPECT_EQ(offline.exitCode, 0) << describe(offline).toStdString();
    EXPECT_TRUE(offline.out.contains("CRM sync")) << offline.out.toStdString();
    EXPECT_TRUE(offline.err.contains("Cached listing of 'acme' from ")) << offline.err.toStdString();
    EXPECT_TRUE(offline.err.contains("just now") || offline.err.contains("ago")) << offline.err.toStdString();
    EXPECT_EQ(allRequests, 1);
}

TEST_F(CliInventory, ListCachedWithoutAListingExits4)
{
    const QStringList cachedArgs{QStringLiteral("list"), QStringLiteral("--cached"), QStringLiteral("--org"),
                                 QStringLiteral("acme")};
    const ProcessResult none = cli(cachedArgs);
    EXPECT_EQ(none.exitCode, 4) << describe(none).toStdString();
    EXPECT_TRUE(none.err.contains("no listing of 'acme'")) << none.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_cli.inventoryFile())) << "a read created the inventory";

    // An inventory that knows another organisation only.
    listJson(QStringLiteral("other"));
    EXPECT_EQ(cli(cachedArgs).exitCode, 4);
}

TEST_F(CliInventory, TwoOrganisationsOnOneServerNeverMix)
{
    listJson(QStringLiteral("alpha"));
    create(QStringLiteral("beta"), QStringLiteral("Beta only"));
    // beta created a key but never listed: it has no listing, and alpha has no trace of it.
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--cached"), QStringLiteral("--org"), QStringLiteral("beta")})
                  .exitCode,
              4);
    const QJsonArray alphaCached = readJson({QStringLiteral("list"), QStringLiteral("--cached"),
                                             QStringLiteral("--org"), QStringLiteral("alpha"),
                                             QStringLiteral("--json")});
    EXPECT_FALSE(findByName(alphaCached, QStringLiteral("Beta only")).has_value());
    const QJsonArray alphaLog = readJson(
        {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--org"), QStringLiteral("alpha")});
    EXPECT_TRUE(alphaLog.isEmpty());
    const QJsonArray betaLog = readJson(
        {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--org"), QStringLiteral("beta")});
    ASSERT_FALSE(betaLog.isEmpty());
    for (const QJsonValue &entry : betaLog)
        EXPECT_EQ(entry.toObject().value(QStringLiteral("organisation")).toString(), QStringLiteral("beta"));

    // Once beta lists, each organisation has its own copy of the same server's keys.
    listJson(QStringLiteral("beta"));
    const ProcessResult exported = cli({QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("alpha")});
    ASSERT_EQ(exported.exitCode, 0) << describe(exported).toStdString();
    for (const QStringList &row : parseCsv(QString::fromUtf8(exported.out)).mid(1))
        EXPECT_EQ(row.value(0), QStringLiteral("alpha"));
    EXPECT_FALSE(exported.out.contains("Beta only"));
}

TEST_F(CliInventory, WithoutOrgNothingIsRecorded)
{
    create(QString(), QStringLiteral("Unrecorded"));
    listJson(QString());
    const QString key = create(QString(), QStringLiteral("Unrecorded 2"));
    EXPECT_FALSE(key.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_cli.inventoryFile()));
    EXPECT_FALSE(QFileInfo::exists(m_cli.keydeskDataDir()));
    EXPECT_TRUE(readJson({QStringLiteral("log"), QStringLiteral("--json")}).isEmpty());
}

TEST_F(CliInventory, HistoryGrowsOnlyWhenSomethingChanges)
{
    const QString org = QStringLiteral("acme");
    const QString key = create(org, QStringLiteral("Metered"));
    const std::optional<QJsonObject> record = findByName(listJson(org), QStringLiteral("Metered"));
    ASSERT_TRUE(record.has_value());
    const QString id = record->value(QStringLiteral("id")).toString();
    const QStringList historyArgs{QStringLiteral("--org"), org, QStringLiteral("history"), id,
                                  QStringLiteral("--json")};

    listJson(org);
    listJson(org); // nothing changed: no new point
    QJsonArray points = readJson(historyArgs);
    ASSERT_EQ(points.size(), 1) << QJsonDocument(points).toJson().toStdString();
    const QJsonObject first = points.at(0).toObject();
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("lastUsedAt"), QStringLiteral("observedAt"),
                                         QStringLiteral("status"), QStringLiteral("usageCount")}));
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(first.value(QStringLiteral("usageCount")).toInt(-1), 0);
    EXPECT_TRUE(first.value(QStringLiteral("lastUsedAt")).isNull());

    // The key is used on the data endpoint: the next listing shows it, once.
    ASSERT_EQ(dataEndpointStatus(m_sandbox->url(), QStringLiteral("/properties/stats/counts"), key), 200);
    listJson(org);
    listJson(org);
    points = readJson(historyArgs);
    ASSERT_EQ(points.size(), 2) << QJsonDocument(points).toJson().toStdString();
    const QJsonObject second = points.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("usageCount")).toInt(-1), 1);
    EXPECT_TRUE(second.value(QStringLiteral("lastUsedAt")).isString());
    EXPECT_LT(first.value(QStringLiteral("observedAt")).toString(),
              second.value(QStringLiteral("observedAt")).toString())
        << "not oldest first";

    // Revoked through the CLI: the revoke's own lookup is a listing too, and the next shows it.
    ASSERT_EQ(live(org, {QStringLiteral("revoke"), id, QStringLiteral("--yes")}).exitCode, 0);
    listJson(org);
    points = readJson(historyArgs);
    ASSERT_EQ(points.size(), 3);
    EXPECT_EQ(points.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));

    const ProcessResult text = cli({QStringLiteral("--org"), org, QStringLiteral("history"), id});
    EXPECT_EQ(text.exitCode, 0) << describe(text).toStdString();
    EXPECT_TRUE(text.out.startsWith("Observed")) << text.out.toStdString();
    EXPECT_EQ(text.out.count('\n'), 4);

    const ProcessResult unknown = cli(
        {QStringLiteral("--org"), org, QStringLiteral("history"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 4) << describe(unknown).toStdString();
}

TEST_F(CliInventory, ExportCsvHasTheContractHeaderQuotingAndNoFormulas)
{
    const QList<QString> names{QStringLiteral("comma, inside"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("two\nlines"),
                               QStringLiteral("=HYPERLINK(\"http://x\")"),
                               QStringLiteral("+1"),
                               QStringLiteral("-2"),
                               QStringLiteral("@SUM(A1)")};
    for (const QString &name : names)
        ASSERT_FALSE(createOnServer(*m_sandbox, name).isEmpty()) << name.toStdString();
    listJson(QStringLiteral("acme"));

    const ProcessResult exported = cli({QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("acme"),
                                        QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(exported.exitCode, 0) << describe(exported).toStdString();
    EXPECT_TRUE(exported.out.startsWith(QByteArray(csvHeader.toUtf8() + "\r\n")))
        << exported.out.left(200).toStdString();
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exported.out));
    ASSERT_EQ(rows.size(), names.size() + 1);
    QStringList exportedNames;
    for (const QStringList &row : rows.mid(1)) {
        EXPECT_EQ(row.size(), 13);
        EXPECT_EQ(row.value(0), QStringLiteral("acme"));
        EXPECT_EQ(row.value(1), QStringLiteral("leadhql"));
        exportedNames.append(row.value(3));
    }
    for (const QString &name : names) {
        const bool formula = name.startsWith(u'=') || name.startsWith(u'+') || name.startsWith(u'-')
                             || name.startsWith(u'@');
        EXPECT_TRUE(exportedNames.contains(formula ? u'\'' + name : name)) << name.toStdString();
    }

    // JSON keeps the names exactly: it is not a spreadsheet.
    const QJsonArray json = readJson({QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("acme"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.size(), names.size());
    for (const QString &name : names)
        EXPECT_TRUE(findByName(json, name).has_value()) << name.toStdString();
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("organisation")).toString(), QStringLiteral("acme"));

    // Nothing known: the header alone.
    const ProcessResult empty = cli({QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("nobody")});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_EQ(empty.out, QByteArray(csvHeader.toUtf8() + "\r\n"));
}

TEST_F(CliInventory, LogHasCreateRevokeAndHandoffWithoutSecrets)
{
    const QString org = QStringLiteral("acme");
    const QString key = create(org, QStringLiteral("Logged"));
    const std::optional<QJsonObject> record = findByName(listJson(org), QStringLiteral("Logged"));
    ASSERT_TRUE(record.has_value());
    const QString id = record->value(QStringLiteral("id")).toString();
    ASSERT_EQ(live(org, {QStringLiteral("revoke"), id, QStringLiteral("--yes")}).exitCode, 0);
    // Refused by the server (already gone on LeadHQL is 200, so an unknown id goes by 404 instead).
    EXPECT_EQ(live(org, {QStringLiteral("revoke"), QStringLiteral("unknown-id"), QStringLiteral("--yes")}).exitCode, 4);

    const ProcessResult logged = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--org"), org});
    ASSERT_EQ(logged.exitCode, 0) << describe(logged).toStdString();
    EXPECT_FALSE(logged.out.contains(key.toUtf8()));
    EXPECT_FALSE(logged.out.contains(m_sandbox->credential().toUtf8()));
    const QJsonArray entries = jsonArray(logged.out).value_or(QJsonArray());
    QStringList actions;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        EXPECT_EQ(entry.keys(), (QStringList{QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("detail"),
                                             QStringLiteral("keyId"), QStringLiteral("keyName"),
                                             QStringLiteral("organisation"), QStringLiteral("outcome")}));
        EXPECT_EQ(entry.value(QStringLiteral("keyId")).toString(), id);
        EXPECT_EQ(entry.value(QStringLiteral("keyName")).toString(), QStringLiteral("Logged"));
        EXPECT_EQ(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        actions.append(entry.value(QStringLiteral("action")).toString());
    }
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("create"), QStringLiteral("handoff-stored"), QStringLiteral("revoke")}));

    // --since: a local day.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    EXPECT_EQ(readJson({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--since"), today}).size(), 3);
    EXPECT_TRUE(
        readJson({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--since"), tomorrow}).isEmpty());

    // The table speaks the user's language: names for actions and outcomes, not ids.
    const ProcessResult text = cli({QStringLiteral("log")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Handoff: stored")) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains("handoff-stored")) << text.out.toStdString();
    const ProcessResult german = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("log")});
    EXPECT_EQ(german.exitCode, 0);
    EXPECT_TRUE(german.out.contains("Übergabe: gespeichert")) << german.out.toStdString();
}

TEST_F(CliInventory, AFailedCreateIsLoggedAsFailed)
{
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(),
                                    R"({"fault":"status","status":400,"method":"POST","path":"/api-keys","count":1})"));
    const ProcessResult refused = live(QStringLiteral("acme"), {QStringLiteral("create"), QStringLiteral("Refused")});
    EXPECT_EQ(refused.exitCode, 5) << describe(refused).toStdString();
    const QJsonArray entries = readJson({QStringLiteral("log"), QStringLiteral("--json")});
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    EXPECT_EQ(entry.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    EXPECT_EQ(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(entry.value(QStringLiteral("keyId")).isNull());
    EXPECT_FALSE(entry.value(QStringLiteral("detail")).toString().isEmpty());
}

TEST_F(CliInventory, AnUnwritableInventoryLeavesListWorkingWithOneWarning)
{
    create(QString(), QStringLiteral("Listed")); // so that `list` has a key and says nothing else
    ASSERT_TRUE(makeInventoryFolderReadOnly());
    const ProcessResult listed = live(QStringLiteral("acme"), {QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << describe(listed).toStdString();
    EXPECT_FALSE(listed.out.isEmpty());
    const QList<QByteArray> lines = listed.err.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1) << listed.err.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith("keydesk-cli: warning: history not recorded: ")) << listed.err.toStdString();
    EXPECT_TRUE(lines.at(0).contains("read-only")) << listed.err.toStdString();

    // A create's key still reaches stdout, and the exit code stays 0.
    const ProcessResult created = live(QStringLiteral("acme"), {QStringLiteral("create"), QStringLiteral("Still")});
    EXPECT_EQ(created.exitCode, 0) << describe(created).toStdString();
    m_secrets.append(QString::fromUtf8(created.out).trimmed());
    EXPECT_TRUE(created.out.startsWith("leadhql_pk_"));
    EXPECT_EQ(created.err.count("history not recorded"), 1) << created.err.toStdString();
}

TEST_F(CliInventory, NoSecretInTheDatabaseAfterCreate)
{
    const QString org = QStringLiteral("acme");
    QStringList keys{
        create(org, QStringLiteral("Leak check")),
        QString::fromUtf8(
            live(org, {QStringLiteral("create"), QStringLiteral("Leak check JSON"), QStringLiteral("--json")}).out)};
    const std::optional<QJsonObject> json = jsonObject(keys.at(1).toUtf8());
    ASSERT_TRUE(json.has_value());
    keys[1] = json->value(QStringLiteral("key")).toString();
    m_secrets.append(keys.at(1));
    listJson(org);

    LeakSearch search;
    search.addSecret(QStringLiteral("management token"), m_sandbox->credential().toUtf8());
    for (const QString &key : std::as_const(keys)) {
        ASSERT_TRUE(key.startsWith(QStringLiteral("leadhql_pk_")));
        search.addSecret(QStringLiteral("created key"), key.toUtf8());
    }
    EXPECT_GE(search.searchFiles(m_cli.keydeskDataDir()), 1);
    EXPECT_TRUE(search.searchedFiles().join(u' ').contains(QStringLiteral("inventory.sqlite")));
    EXPECT_TRUE(search.hits().isEmpty()) << search.hits().join(u'\n').toStdString();

    // What it does keep: the fingerprint, so the key can be recognised later.
    const ProcessResult sqlite = runProcess(
        QStringLiteral("sqlite3"), {m_cli.inventoryFile(), QStringLiteral("SELECT count(*) FROM created_keys")});
    if (sqlite.exitCode == 0) {
        EXPECT_EQ(sqlite.out.trimmed(), "2");
    }
}

// The key could not be written to stdout and no profile can keep it: the create, then
// the revoke of the key nobody has, are logged; no handoff-stored.
TEST_F(CliInventory, AnUndeliveredKeyIsLoggedAsCreatedAndRevoked)
{
    const ProcessResult result = m_cli.runWithBrokenStdout(
        BrokenStdout::Full,
        targetOf(*m_sandbox)
            + QStringList{QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("create"),
                          QStringLiteral("Lost to /dev/full")},
        m_cli.environment(m_sandbox->credential()));
    EXPECT_EQ(result.exitCode, 1) << describe(result).toStdString();
    const QJsonArray entries = readJson({QStringLiteral("log"), QStringLiteral("--json")});
    QStringList actions;
    for (const QJsonValue &entry : entries)
        actions.append(entry.toObject().value(QStringLiteral("action")).toString() + u' '
                       + entry.toObject().value(QStringLiteral("outcome")).toString());
    EXPECT_EQ(actions, (QStringList{QStringLiteral("create ok"), QStringLiteral("revoke ok")}));
}

TEST_F(CliInventory, ACreateWhoseAnswerWasLostIsLoggedAsUnknown)
{
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(),
                                    R"({"fault":"commit-then-drop","method":"POST","path":"/api-keys","count":1})"));
    const ProcessResult lost = live(QStringLiteral("acme"), {QStringLiteral("create"), QStringLiteral("Lost")});
    EXPECT_EQ(lost.exitCode, 6) << describe(lost).toStdString();
    const QJsonArray entries = readJson({QStringLiteral("log"), QStringLiteral("--json")});
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    EXPECT_EQ(entry.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    EXPECT_EQ(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    EXPECT_EQ(entry.value(QStringLiteral("keyName")).toString(), QStringLiteral("Lost"));
    // The one candidate the lost-key search found is named.
    const std::optional<QJsonObject> listed = findByName(listJson(QString()), QStringLiteral("Lost"));
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(entry.value(QStringLiteral("keyId")).toString(), listed->value(QStringLiteral("id")).toString());
}

TEST_F(CliInventory, AFailedRevokeIsLoggedAsFailed)
{
    create(QStringLiteral("acme"), QStringLiteral("Stays"));
    const std::optional<QJsonObject> record = findByName(listJson(QStringLiteral("acme")), QStringLiteral("Stays"));
    ASSERT_TRUE(record.has_value());
    ASSERT_TRUE(installSandboxFault(m_sandbox->url(), R"({"fault":"status","status":500,"method":"DELETE"})"));
    const ProcessResult refused = live(
        QStringLiteral("acme"),
        {QStringLiteral("revoke"), record->value(QStringLiteral("id")).toString(), QStringLiteral("--yes")});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused).toStdString();
    const QJsonArray entries = readJson({QStringLiteral("log"), QStringLiteral("--json")});
    ASSERT_EQ(entries.size(), 3);
    const QJsonObject revoke = entries.at(2).toObject();
    EXPECT_EQ(revoke.value(QStringLiteral("action")).toString(), QStringLiteral("revoke"));
    EXPECT_EQ(revoke.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(revoke.value(QStringLiteral("detail")).toString().contains(QStringLiteral("500")))
        << revoke.value(QStringLiteral("detail")).toString().toStdString();
}

// Profiles: the name is the organisation, and profile add/remove are logged. Needs the
// private keyring of tests/with-keyring.sh.
TEST_F(CliInventory, ProfilesAreLoggedAndExportedTogether)
{
    if (qEnvironmentVariableIsEmpty("KEYDESK_KEYRING_SESSION"))
        GTEST_SKIP() << "needs the private keyring of tests/with-keyring.sh";
    const auto addProfile = [this](const QString &name) {
        return cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--dialect"),
                    QStringLiteral("leadhql"), QStringLiteral("--base-url"), m_sandbox->url().toString()},
                   m_sandbox->credential());
    };
    ASSERT_EQ(addProfile(QStringLiteral("inv-one")).exitCode, 0);
    ASSERT_EQ(addProfile(QStringLiteral("inv-two")).exitCode, 0);
    const ProcessResult created = cli({QStringLiteral("--profile"), QStringLiteral("inv-one"), QStringLiteral("create"),
                                       QStringLiteral("From profile")});
    ASSERT_EQ(created.exitCode, 0) << describe(created).toStdString();
    m_secrets.append(QString::fromUtf8(created.out).trimmed());
    // stdout fails: the key waits in the keychain as inv-one's pending handoff.
    const ProcessResult kept = m_cli.runWithBrokenStdout(
        BrokenStdout::Closed,
        {QStringLiteral("--profile"), QStringLiteral("inv-one"), QStringLiteral("create"), QStringLiteral("Kept")},
        m_cli.environment({}));
    EXPECT_EQ(kept.exitCode, 1) << describe(kept).toStdString();
    EXPECT_TRUE(kept.err.contains("pending handoff")) << kept.err.toStdString();
    for (const QString &name : {QStringLiteral("inv-one"), QStringLiteral("inv-two")})
        ASSERT_EQ(cli({QStringLiteral("--profile"), name, QStringLiteral("list")}).exitCode, 0);

    // Recorded under the profiles' names: --profile and --org read the same.
    EXPECT_EQ(readJson({QStringLiteral("--profile"), QStringLiteral("inv-one"), QStringLiteral("list"),
                        QStringLiteral("--cached"), QStringLiteral("--json")}),
              readJson({QStringLiteral("--org"), QStringLiteral("inv-one"), QStringLiteral("list"),
                        QStringLiteral("--cached"), QStringLiteral("--json")}));
    const QJsonArray all = readJson({QStringLiteral("export"), QStringLiteral("--all-profiles"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    QSet<QString> organisations;
    for (const QJsonValue &row : all)
        organisations.insert(row.toObject().value(QStringLiteral("organisation")).toString());
    EXPECT_EQ(organisations, (QSet<QString>{QStringLiteral("inv-one"), QStringLiteral("inv-two")}));

    ASSERT_EQ(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("inv-one")}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("inv-two")}).exitCode, 0);
    // The history outlives the profile: --org still reads it.
    const QJsonArray entries = readJson(
        {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--org"), QStringLiteral("inv-one")});
    QStringList actions;
    for (const QJsonValue &entry : entries) {
        const QString action = entry.toObject().value(QStringLiteral("action")).toString();
        actions.append(action);
        EXPECT_EQ(entry.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        // The keyring is shared with the other suites: take the pending key away again.
        if (action == QStringLiteral("handoff-kept"))
            runProcess(
                QStringLiteral("secret-tool"),
                {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("KeyDesk"), QStringLiteral("user"),
                 QStringLiteral("pending/inv-one/") + entry.toObject().value(QStringLiteral("keyId")).toString()},
                {}, m_cli.environment({}));
    }
    EXPECT_EQ(actions, (QStringList{QStringLiteral("profile-add"), QStringLiteral("create"),
                                    QStringLiteral("handoff-stored"), QStringLiteral("create"),
                                    QStringLiteral("handoff-kept"), QStringLiteral("profile-remove")}));
    EXPECT_EQ(readJson({QStringLiteral("log"), QStringLiteral("--json")}).size(), 8);
}

TEST(CliInventoryUsage, BadInventoryCommandLinesExit2)
{
    CliRunner cli;
    const QList<QStringList> lines{
        {QStringLiteral("list"), QStringLiteral("--cached")}, // no organisation
        {QStringLiteral("list"), QStringLiteral("--cached"), QStringLiteral("--org"), QStringLiteral("a"),
         QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")},      // makes no request
        {QStringLiteral("history"), QStringLiteral("--org"), QStringLiteral("a")}, // no ID
        {QStringLiteral("history"), QStringLiteral("x")},                          // no organisation
        {QStringLiteral("export")},                                                // no organisation
        {QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("--all-profiles")},
        {QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("export"), QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("--json")},
        {QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("2026-13-01")},
        {QStringLiteral("log"), QStringLiteral("--org"), QStringLiteral(" ")},
        {QStringLiteral("log"), QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("--profile"),
         QStringLiteral("b")},
        {QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--org"), QStringLiteral("a"),
         QStringLiteral("list")}, // --org is for --base-url
        {QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--base-url"),
         QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("verify")},
        {QStringLiteral("--org"), QStringLiteral("a"), QStringLiteral("list"), QStringLiteral("--cached"),
         QStringLiteral("--profile"), QStringLiteral("nope")},
    };
    for (const QStringList &line : lines) {
        const ProcessResult result = cli.run(line);
        EXPECT_EQ(result.exitCode, 2) << line.join(u' ').toStdString() << ": " << describe(result).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    // Unknown profile for a read: usage, as for the server commands.
    const ProcessResult unknownProfile = cli.run(
        {QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("history"), QStringLiteral("x")});
    EXPECT_EQ(unknownProfile.exitCode, 2) << describe(unknownProfile).toStdString();
}
