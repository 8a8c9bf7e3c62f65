// keydesk-sandbox as a program: arguments and exit codes, loopback only, the state
// file (atomic, hashes only, survives restarts), clean shutdown, HTTPS.
#include "SandboxTestSupport.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

ProcessResult runSandbox(const QStringList &arguments)
{
    return runProcess(sandboxExecutable(), arguments, {}, QProcessEnvironment::systemEnvironment(), 30000);
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

TEST(SandboxProgram, BadArgumentsExitWith2AndSayWhy)
{
    const QList<QPair<QStringList, QString>> cases{
        {{}, QStringLiteral("--dialect")},
        {{QStringLiteral("--dialect"), QStringLiteral("acme")}, QStringLiteral("acme")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--port"), QStringLiteral("http")},
         QStringLiteral("--port")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--port"), QStringLiteral("70000")},
         QStringLiteral("--port")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")},
         QStringLiteral("loopback")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--host"),
          QStringLiteral("192.168.1.10")},
         QStringLiteral("loopback")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--host"),
          QStringLiteral("example.com")},
         QStringLiteral("--host")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--tls-cert"),
          QStringLiteral("cert.pem")},
         QStringLiteral("--tls-key")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--bogus")}, QStringLiteral("bogus")},
        {{QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("extra")}, QStringLiteral("extra")},
    };
    for (const auto &[arguments, mention] : cases) {
        const ProcessResult result = runSandbox(arguments);
        ASSERT_TRUE(result.finished) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_TRUE(QString::fromUtf8(result.err).contains(mention))
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
    }
}

TEST(SandboxProgram, HelpExitsWith0)
{
    const ProcessResult result = runSandbox({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains("--dialect"));
    EXPECT_TRUE(result.out.contains("--seed-demo"));
}

TEST(SandboxProgram, SigtermStopsCleanlyAndKeepsTheState)
{
    const QString state = temporaryFilePath(QStringLiteral("sigterm.json"));
    QProcess process;
    process.start(sandboxExecutable(),
                  {QStringLiteral("--dialect"), QStringLiteral("trustleads"), QStringLiteral("--state"), state});
    ASSERT_TRUE(process.waitForStarted(10000));
    ASSERT_TRUE(process.waitForReadyRead(15000));
    const QJsonObject banner = QJsonDocument::fromJson(process.readLine()).object();
    EXPECT_EQ(banner.keys(),
              (QStringList{QStringLiteral("credential"), QStringLiteral("dialect"), QStringLiteral("url")}));
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(15000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().isEmpty());
    EXPECT_EQ(readJsonFile(state).value(QStringLiteral("keys")).toArray().size(), 1);
}

TEST(SandboxProgram, LocalLeadsStatePersistsHashesOnly)
{
    const QString state = temporaryFilePath(QStringLiteral("localleads.json"));
    HttpClient http;
    QString firstCredential, createdKey, createdId;
    {
        SandboxProcess sandbox(QStringLiteral("localleads"), {QStringLiteral("--state"), state});
        ASSERT_SANDBOX_STARTED(sandbox);
        firstCredential = sandbox.credential();
        const HttpResult created = http.postJson(endpoint(sandbox.url(), QStringLiteral("/api/v1/api-keys")),
                                                 firstCredential, R"({"name":"Survivor"})");
        ASSERT_EQ(created.status, 201);
        createdKey =
            created.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("key")).toString();
        createdId =
            created.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        // Saved after every change, not only at exit.
        ASSERT_TRUE(QFileInfo::exists(state));
        EXPECT_TRUE(fileContains(state, createdId));
        EXPECT_FALSE(fileContains(state, createdKey));
        sandbox.stop();
    }
    ASSERT_GT(QFileInfo(state).size(), 100);
    EXPECT_EQ(QFileInfo(state).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    EXPECT_TRUE(fileContains(state, QStringLiteral("Survivor")));
    EXPECT_TRUE(fileContains(state, createdKey.left(13))); // the documented keyPrefix
    EXPECT_FALSE(fileContains(state, createdKey));
    EXPECT_FALSE(fileContains(state, firstCredential));
    EXPECT_FALSE(fileContains(state, createdKey.mid(13)));
    EXPECT_FALSE(fileContains(state, firstCredential.mid(13)));

    SandboxProcess restarted(QStringLiteral("localleads"), {QStringLiteral("--state"), state});
    ASSERT_SANDBOX_STARTED(restarted);
    EXPECT_NE(restarted.credential(), firstCredential);
    const QUrl balance = endpoint(restarted.url(), QStringLiteral("/api/v1/credits/balance"));
    EXPECT_EQ(http.get(balance, createdKey).status, 200);
    EXPECT_EQ(http.get(balance, firstCredential).status, 200) << "a used credential keeps working";
    EXPECT_EQ(http.get(balance, restarted.credential()).status, 200);
    const HttpResult list = http.get(endpoint(restarted.url(), QStringLiteral("/api/v1/api-keys")),
                                     restarted.credential());
    QStringList names;
    for (const QJsonValue &value : list.json().object().value(QStringLiteral("data")).toArray())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("KeyDesk sandbox admin"), QStringLiteral("KeyDesk sandbox admin"),
                                  QStringLiteral("Survivor")}));
    restarted.stop();
    EXPECT_FALSE(fileContains(state, restarted.credential()));
}

TEST(SandboxProgram, AnExistingStateFileReadableByOthersBecomesOwnerOnly)
{
    // It holds the LeadHQL session signing secret. Only a new file used to be made
    // 0600: QSaveFile kept the mode of the file it replaced.
    const QString state = temporaryFilePath(QStringLiteral("shared-state.json"));
    {
        SandboxProcess first(QStringLiteral("leadhql"), {QStringLiteral("--state"), state});
        ASSERT_SANDBOX_STARTED(first);
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFileInfo(state).permissions() & others, QFileDevice::Permissions());
    ASSERT_TRUE(QFile::setPermissions(state, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                 | QFileDevice::ReadOther));

    SandboxProcess again(QStringLiteral("leadhql"), {QStringLiteral("--state"), state});
    ASSERT_SANDBOX_STARTED(again);
    const QFileDevice::Permissions mode = QFileInfo(state).permissions();
    EXPECT_EQ(mode & others, QFileDevice::Permissions()) << std::hex << int(mode);
    EXPECT_EQ(mode & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_TRUE(fileContains(state, QStringLiteral("sessionSecret")));
}

TEST(SandboxProgram, AnUnusedCredentialIsRetiredAtTheNextStart)
{
    const QString state = temporaryFilePath(QStringLiteral("retire.json"));
    QString unused;
    {
        SandboxProcess sandbox(QStringLiteral("localleads"), {QStringLiteral("--state"), state});
        ASSERT_SANDBOX_STARTED(sandbox);
        unused = sandbox.credential();
    }
    SandboxProcess restarted(QStringLiteral("localleads"), {QStringLiteral("--state"), state});
    ASSERT_SANDBOX_STARTED(restarted);
    HttpClient http;
    const QUrl keys = endpoint(restarted.url(), QStringLiteral("/api/v1/api-keys"));
    EXPECT_EQ(http.get(keys, unused).status, 401);
    const HttpResult list = http.get(keys, restarted.credential());
    EXPECT_EQ(list.json().object().value(QStringLiteral("data")).toArray().size(), 1);
}

TEST(SandboxProgram, LeadHqlSessionsAndKeysSurviveARestart)
{
    const QString state = temporaryFilePath(QStringLiteral("leadhql.json"));
    HttpClient http;
    QString firstJwt, key, id;
    {
        SandboxProcess sandbox(QStringLiteral("leadhql"),
                               {QStringLiteral("--state"), state, QStringLiteral("--seed-demo")});
        ASSERT_SANDBOX_STARTED(sandbox);
        firstJwt = sandbox.credential();
        const HttpResult created = http.postJson(endpoint(sandbox.url(), QStringLiteral("/api-keys")), firstJwt,
                                                 R"({"name":"Persistent","expiresInDays":30})");
        ASSERT_EQ(created.status, 201);
        key = created.json().object().value(QStringLiteral("key")).toString();
        id = created.json().object().value(QStringLiteral("id")).toString();
        ASSERT_EQ(http.get(endpoint(sandbox.url(), QStringLiteral("/properties/stats/counts")), key).status, 200);
    }
    EXPECT_FALSE(fileContains(state, key));
    EXPECT_FALSE(fileContains(state, firstJwt));
    const QJsonObject saved = readJsonFile(state);
    EXPECT_EQ(saved.value(QStringLiteral("dialect")).toString(), QStringLiteral("leadhql"));

    SandboxProcess restarted(QStringLiteral("leadhql"),
                             {QStringLiteral("--state"), state, QStringLiteral("--seed-demo")});
    ASSERT_SANDBOX_STARTED(restarted);
    const QUrl keys = endpoint(restarted.url(), QStringLiteral("/api-keys"));
    // The signing secret persisted: the earlier session token still manages keys.
    const HttpResult list = http.get(keys, firstJwt);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(http.get(keys, restarted.credential()).status, 200);
    EXPECT_EQ(http.get(endpoint(restarted.url(), QStringLiteral("/properties/stats/counts")), key).status, 200);
    int persistent = 0;
    for (const QJsonValue &value : list.json().array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id) {
            ++persistent;
            EXPECT_EQ(value.toObject().value(QStringLiteral("usageCount")).toInteger(), 1);
        }
    }
    EXPECT_EQ(persistent, 1);
    // --seed-demo on an already seeded state adds nothing.
    EXPECT_EQ(list.json().array().size(), saved.value(QStringLiteral("keys")).toArray().size());
}

TEST(SandboxProgram, CorruptOrForeignStateExitsWith1)
{
    const QString corrupt = temporaryFilePath(QStringLiteral("corrupt.json"));
    {
        QFile file(corrupt);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"keydesk-sandbox-state\",");
    }
    ProcessResult result = runSandbox(
        {QStringLiteral("--dialect"), QStringLiteral("leadhql"), QStringLiteral("--state"), corrupt});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(corrupt)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("corrupt")) << result.err.toStdString();

    const QString foreign = temporaryFilePath(QStringLiteral("foreign.json"));
    {
        SandboxProcess trust(QStringLiteral("trustleads"), {QStringLiteral("--state"), foreign});
        ASSERT_SANDBOX_STARTED(trust);
    }
    result = runSandbox(
        {QStringLiteral("--dialect"), QStringLiteral("localleads"), QStringLiteral("--state"), foreign});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("trustleads")) << result.err.toStdString();
}

TEST(SandboxProgram, ServesHttpsWithTheGivenCertificate)
{
    const QString directory = QFileInfo(temporaryFilePath(QStringLiteral("tls"))).absolutePath();
    const QString certificate = directory + QStringLiteral("/sandbox-cert.pem");
    const QString key = directory + QStringLiteral("/sandbox-key.pem");
    const ProcessResult generated = runProcess(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();

    SandboxProcess sandbox(QStringLiteral("trustleads"),
                           {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key});
    ASSERT_SANDBOX_STARTED(sandbox);
    EXPECT_EQ(sandbox.url().scheme(), QStringLiteral("https"));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TL_KEY"), sandbox.credential());
    const ProcessResult curl = runProcess(
        QStringLiteral("bash"),
        {QStringLiteral("-c"), QStringLiteral("curl -sS --cacert '%1' -H \"X-API-Key: $TL_KEY\" '%2/v1/usage'")
                                   .arg(certificate, sandbox.url().toString())},
        {}, environment);
    EXPECT_EQ(curl.exitCode, 0) << curl.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(curl.out).object().value(QStringLiteral("plan")).toString(),
              QStringLiteral("pro"))
        << curl.out.toStdString();

    const ProcessResult badKey = runSandbox({QStringLiteral("--dialect"), QStringLiteral("trustleads"),
                                             QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"),
                                             certificate});
    EXPECT_EQ(badKey.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(badKey.err).contains(certificate)) << badKey.err.toStdString();
}

} // namespace
