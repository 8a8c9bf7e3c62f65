// Issue 5, item 7: the sandbox over HTTPS with a certificate made here (openssl), plain
// http:// to remote hosts, and ids that try to escape their path segment.
#include "FaultFixture.h"
#include "TestPaths.h"

#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

using Kind = ApiError::Kind;

// A self-signed certificate for 127.0.0.1, valid for two days.
struct SelfSigned final {
    QTemporaryDir directory;
    QString certificate;
    QString key;
    std::string problem;

    SelfSigned()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            problem = "the openssl tool is missing (installer/build-deps.sh installs it)";
            return;
        }
        certificate = directory.filePath(QStringLiteral("sandbox.pem"));
        key = directory.filePath(QStringLiteral("sandbox.key"));
        const ProcessResult made = runProcess(
            openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
        if (made.exitCode != 0)
            problem = "openssl failed: " + made.err.toStdString();
    }
};

class TlsSandbox : public FaultFixture {
protected:
    static void SetUpTestSuite() { certificate = std::make_unique<SelfSigned>(); }
    static void TearDownTestSuite() { certificate.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend";
        ASSERT_TRUE(certificate->problem.empty()) << certificate->problem;
        FaultFixture::SetUp();
        ASSERT_EQ(sandbox->url().scheme(), QStringLiteral("https"));
        sandbox->setCaFile(certificate->certificate);
    }

    QStringList extraSandboxArguments() const override
    {
        return {QStringLiteral("--tls-cert"), certificate->certificate, QStringLiteral("--tls-key"), certificate->key};
    }

    ProcessResult cli(const QStringList &arguments)
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), sandbox->process().credential());
        return runProcess(cliExecutable(),
                          QStringList{QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                      QStringLiteral("--base-url"), sandbox->url().toString()}
                              + arguments,
                          {}, environment);
    }

    static std::unique_ptr<SelfSigned> certificate;
};

std::unique_ptr<SelfSigned> TlsSandbox::certificate;

TEST_F(TlsSandbox, SelfSignedCertificateIsRefusedNamingTheProblem)
{
    const Outcome listed = waitFor(client->listKeys());
    EXPECT_EQ(listed.error.kind, Kind::Tls);
    EXPECT_EQ(listed.error.exitCode(), 6);
    const QString message = listed.error.userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                || message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive))
        << text(message);
    EXPECT_TRUE(message.contains(QStringLiteral("CA file"))) << text(message);
    EXPECT_EQ(listed.attempts, 1);
    // The handshake failed, so no request (and no credential) reached the server.
    EXPECT_EQ(sandbox->count("GET", keysPath()), 0);
}

TEST_F(TlsSandbox, RefusedCreateIsAPlainErrorNotAnUnknownOutcome)
{
    const Outcome created = waitFor(client->createKey(named(QStringLiteral("tls"))));
    EXPECT_EQ(created.error.kind, Kind::Tls);
    EXPECT_FALSE(created.error.keyMayExist);
    EXPECT_EQ(sandbox->count("POST", keysPath()), 0);
}

TEST_F(TlsSandbox, ProfileCaFileMakesTheCertificateTrusted)
{
    const auto trusting = makeClient(testPolicy(), certificate->certificate);
    const Outcome created = waitFor(trusting->createKey(named(QStringLiteral("over-tls"))));
    ASSERT_TRUE(created.ok()) << text(created.error.userMessage());
    const Outcome listed = waitFor(trusting->listKeys());
    ASSERT_TRUE(listed.ok()) << text(listed.error.userMessage());
    EXPECT_EQ(sandbox->count("POST", keysPath()), 1);
    EXPECT_TRUE(waitFor(trusting->revokeKey(created.created.record.id)).ok());
}

TEST_F(TlsSandbox, CliWithCaFileWorksAndWithoutExits6)
{
    const ProcessResult refused = cli({QStringLiteral("list")});
    EXPECT_EQ(refused.exitCode, 6) << refused.err.constData();
    EXPECT_TRUE(refused.err.contains("secure connection")) << refused.err.constData();
    EXPECT_TRUE(refused.err.contains("CA file")) << refused.err.constData();

    const ProcessResult trusted = cli({QStringLiteral("--ca-file"), certificate->certificate, QStringLiteral("list")});
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.constData();
    EXPECT_EQ(sandbox->count("GET", keysPath()), 1);
}

// ---- plain HTTP to a remote host ----------------------------------------------------

TEST(InsecureUrl, PlainHttpToARemoteHostIsRefusedWithoutAnyTraffic)
{
    CountingNetworkAccessManager network;
    Connection connection;
    connection.dialect = Dialect::LocalLeads;
    // .invalid never resolves (RFC 6761): a lookup would fail, not succeed, so the
    // proof is that no request (and so no lookup) was even created.
    connection.baseUrl = QUrl(QStringLiteral("http://example.invalid"));
    connection.credential = QStringLiteral("ll_0000000000000000000000000000000000000000000000000000000000000000");
    ApiClient client(&network, connection);
    const std::function<ApiReply *()> calls[] = {
        [&client] { return client.listKeys(); },
        [&client] {
            return client.createKey(CreateKeyRequest{QStringLiteral("x"), {}});
        },
        [&client] { return client.revokeKey(QStringLiteral("k1")); },
    };
    for (const auto &call : calls) {
        ApiReply *reply = call();
        bool finishedSynchronously = false;
        QObject::connect(reply, &ApiReply::finished, reply, [&finishedSynchronously] { finishedSynchronously = true; });
        // Reported from the event loop (callers connect first), never during the call.
        EXPECT_FALSE(finishedSynchronously);
        const Outcome result = waitFor(reply, 5000);
        EXPECT_EQ(result.error.kind, Kind::InsecureUrl);
        EXPECT_FALSE(result.error.keyMayExist);
        EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("https://")))
            << text(result.error.userMessage());
        EXPECT_LT(result.elapsedMs, 1000);
    }
    EXPECT_EQ(network.created(), 0);
}

TEST(InsecureUrl, CliRefusesPlainHttpToARemoteHostWithoutTraffic)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), QStringLiteral("ll_secret_for_a_remote_host"));
    const ProcessResult result = runProcess(cliExecutable(),
                                            {QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                             QStringLiteral("--base-url"), QStringLiteral("http://example.invalid"),
                                             QStringLiteral("list")},
                                            {}, environment);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.exitCode, 6) << "refused before any network attempt, not a network failure";
    EXPECT_TRUE(result.err.contains("https://")) << result.err.constData();
}

class BaseUrl : public FaultFixture {};

TEST_F(BaseUrl, TheCliRefusesAQueryFragmentOrUserInfoSayingWhatIsWrongWithoutTraffic)
{
    // A query or fragment used to be accepted and silently dropped from every
    // request, and user info was refused as if the scheme were wrong.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), sandbox->process().credential());
    const QString origin = sandbox->url().toString();
    struct Case final {
        QString baseUrl;
        const char *says;
    };
    const Case cases[] = {
        {origin + QStringLiteral("/?api_key=s3cr3t"), "query"},
        {origin + QStringLiteral("/?"), "query"},
        {origin + QStringLiteral("/#top"), "fragment"},
        {QString(origin).replace(QStringLiteral("://"), QStringLiteral("://admin:s3cr3t@")), "user name or password"},
    };
    for (const Case &c : cases) {
        const ProcessResult result = runProcess(cliExecutable(),
                                                {QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                                 QStringLiteral("--base-url"), c.baseUrl, QStringLiteral("list")},
                                                {}, environment);
        EXPECT_EQ(result.exitCode, 2) << c.baseUrl.toStdString() << ": " << result.err.constData();
        EXPECT_TRUE(result.err.contains(c.says)) << result.err.constData();
        EXPECT_FALSE(result.err.contains("s3cr3t")) << "the message repeats what may be a secret";
    }
    EXPECT_EQ(sandbox->count("GET", keysPath()), 0);
}

// ---- ids that try to escape their path segment --------------------------------------

const QStringList hostileIds{
    QStringLiteral("../x"),        QStringLiteral("../../admin"), QStringLiteral("a/b"),    QStringLiteral("a%2Fb"),
    QStringLiteral("..%2F..%2Fx"), QStringLiteral("with space"),  QStringLiteral("?x=1"),   QStringLiteral("k1?x=1"),
    QStringLiteral("#fragment"),   QStringLiteral("k1#x"),        QStringLiteral("%2e%2e"), QStringLiteral("k1;x=1"),
};

class HostileIds : public FaultFixture, public ::testing::WithParamInterface<const char *> {
protected:
    HostileIds()
        : FaultFixture(QString::fromLatin1(GetParam()))
    {
    }
};

TEST_P(HostileIds, AreSentAsOneEncodedSegmentUnderTheRevokeRoute)
{
    for (const QString &id : hostileIds) {
        sandbox->clearStats();
        const Outcome revoked = waitFor(client->revokeKey(id));
        EXPECT_EQ(revoked.error.kind, Kind::NotFound) << text(id) << ": " << text(revoked.error.userMessage());
        const QJsonArray log = sandbox->log();
        ASSERT_EQ(log.size(), 1) << text(id) << " caused other requests";
        const QJsonObject entry = log.at(0).toObject();
        EXPECT_EQ(entry.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
        EXPECT_TRUE(entry.value(QStringLiteral("query")).toString().isEmpty()) << text(id);
        const QString path = entry.value(QStringLiteral("path")).toString();
        const QString prefix = keysPath() + QLatin1Char('/');
        ASSERT_TRUE(path.startsWith(prefix)) << text(path);
        const QString segment = path.mid(prefix.size());
        EXPECT_FALSE(segment.contains(QLatin1Char('/'))) << text(path);
        EXPECT_FALSE(segment.contains(QLatin1Char('?'))) << text(path);
        EXPECT_FALSE(segment.contains(QLatin1Char('#'))) << text(path);
        EXPECT_FALSE(segment.contains(QLatin1Char(' '))) << text(path);
        // Exactly one decoding gives the id back: encoded once, never interpreted.
        EXPECT_EQ(QUrl::fromPercentEncoding(segment.toUtf8()), id) << text(path);
    }
    // Nothing was revoked on the way.
    const Outcome listed = waitFor(client->listKeys());
    ASSERT_TRUE(listed.ok());
    for (const ApiKey &key : listed.keys)
        EXPECT_FALSE(key.revoked) << text(key.name);
}

INSTANTIATE_TEST_SUITE_P(Dialects, HostileIds, ::testing::Values("localleads", "leadhql"));

} // namespace
