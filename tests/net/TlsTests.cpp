// HTTPS on loopback with a self-signed certificate made by the openssl tool: the
// client must refuse it by default and accept it when the profile names it as CA.
#include "ApiClient.h"
#include "ApiReply.h"
#include "CountingNetworkAccessManager.h"
#include "Outcome.h"
#include "SandboxProcess.h"
#include "ScriptedServer.h"
#include "TestPolicy.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QByteArray servedOverTls = QByteArrayLiteral(
    R"([{"id":"k1","name":"CI","status":"active","createdAt":"2024-01-01T00:00:00Z"}])");

class TlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend";
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        ASSERT_FALSE(openssl.isEmpty()) << "the openssl tool is missing (installer/build-deps.sh installs it)";
        ASSERT_TRUE(directory.isValid());
        certificatePath = directory.filePath(QStringLiteral("server.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("server.key"));
        const ProcessResult result = runProcess(
            openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
             QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

        QFile keyFile(keyPath);
        ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(certificatePath).value(0));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
        server = std::make_unique<ScriptedServer>(tls);
        ASSERT_TRUE(server->listen());
    }

    std::unique_ptr<ApiClient> client(const QString &caFile)
    {
        Connection connection;
        connection.dialect = Dialect::LeadHql;
        connection.baseUrl = server->url();
        connection.credential = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0In0.c2ln");
        connection.caFile = caFile;
        auto apiClient = std::make_unique<ApiClient>(&network, connection);
        apiClient->setRetryPolicy(testPolicy());
        return apiClient;
    }

    QTemporaryDir directory;
    QString certificatePath;
    std::unique_ptr<ScriptedServer> server;
    CountingNetworkAccessManager network;
};

TEST_F(TlsTest, SelfSignedCertificateIsRefusedWithoutTheProfileCa)
{
    server->addStep(ScriptStep::reply(200, servedOverTls));
    const Outcome outcome = waitFor(client({})->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Tls);
    EXPECT_EQ(outcome.error.exitCode(), 6);
    EXPECT_TRUE(outcome.error.detail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                || outcome.error.detail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive))
        << outcome.error.detail.toStdString();
    EXPECT_TRUE(outcome.error.userMessage().contains(QStringLiteral("CA file")));
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_TRUE(server->requests().isEmpty());
}

TEST_F(TlsTest, SelfSignedCertificateIsAcceptedWithTheProfileCa)
{
    server->addStep(ScriptStep::reply(200, servedOverTls));
    const Outcome outcome = waitFor(client(certificatePath)->listKeys());
    ASSERT_TRUE(outcome.ok()) << outcome.error.userMessage().toStdString();
    EXPECT_EQ(outcome.keys.size(), 1);
    EXPECT_EQ(server->requests().size(), 1);
}

TEST_F(TlsTest, ConnectionsWithAndWithoutTheCaAreKeptApart)
{
    // On one shared network manager: trusting the CA for one profile must not make a
    // profile without it trust the server, and a refused handshake must not stick to
    // the host once the CA file is set.
    server->addStep(ScriptStep::reply(200, servedOverTls));
    EXPECT_EQ(waitFor(client({})->listKeys()).error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(waitFor(client(certificatePath)->listKeys()).ok());
    EXPECT_EQ(waitFor(client({})->listKeys()).error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(waitFor(client(certificatePath)->listKeys()).ok());
    EXPECT_EQ(server->requests().size(), 2);
}

TEST_F(TlsTest, MissingCaFileIsAClearErrorWithoutTraffic)
{
    const QString missing = directory.filePath(QStringLiteral("nope.pem"));
    const Outcome outcome = waitFor(client(missing)->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(outcome.error.userMessage().contains(missing));
    EXPECT_EQ(network.created(), 0);
}

TEST_F(TlsTest, CaFileWithoutCertificateIsAClearErrorWithoutTraffic)
{
    const QString garbage = directory.filePath(QStringLiteral("garbage.pem"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a certificate\n");
    file.close();
    const Outcome outcome = waitFor(client(garbage)->listKeys());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(outcome.error.detail.contains(QStringLiteral("no PEM certificate")));
    EXPECT_EQ(network.created(), 0);
}

} // namespace
