#include "FlowsTestSupport.h"

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QUuid>

namespace keydesk::test {

FlowsFixture::FlowsFixture(const QString &dialect, SecretStore *injectedSecrets)
    : sandbox(std::make_unique<SandboxProcess>(dialect))
{
    EXPECT_TRUE(sandbox->started()) << sandbox->startError().toStdString();
    indexPath = dir.filePath(QStringLiteral("pending-handoffs.json"));
    // A profile of its own per fixture: the real keychain outlives a test run.
    profileName = QStringLiteral("flows-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Connection connection;
    connection.dialect = dialectFromId(dialect).value_or(Dialect::LeadHql);
    connection.baseUrl = sandbox->url();
    connection.credential = sandbox->credential();
    client = std::make_unique<ApiClient>(&network, connection);
    if (injectedSecrets) {
        secrets = injectedSecrets;
    } else {
        ownSecrets = makeTestSecretStore(QStringLiteral("KeyDeskTests-flows"));
        secrets = ownSecrets.get();
    }
    recreateWindow();
}

FlowsFixture::~FlowsFixture()
{
    flows.reset();
    window.reset();
    // Leave nothing behind in a real keychain.
    if (handoffs) {
        for (const PendingHandoff &entry : handoffs->allPending())
            awaitJob(handoffs->complete(entry.profileName, entry.keyId, false));
    }
    handoffs.reset();
    clipboard.reset();
}

void FlowsFixture::recreateWindow()
{
    flows.reset();
    window.reset();
    handoffs.reset();
    clipboard.reset();
    window = std::make_unique<QWidget>();
    window->resize(800, 500);
    window->show();
    clipboard = std::make_unique<SecretClipboard>(QGuiApplication::clipboard());
    handoffs = std::make_unique<HandoffStore>(secrets, indexPath);
    flows = std::make_unique<KeyFlows>(handoffs.get(), clipboard.get(), window.get());
}

QList<ApiKey> FlowsFixture::listKeys()
{
    QList<ApiKey> keys;
    bool done = false;
    ApiReply *reply = client->listKeys();
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        EXPECT_TRUE(reply->ok()) << reply->error().userMessage().toStdString();
        keys = reply->keys();
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 60000));
    return keys;
}

CreatedKey FlowsFixture::createKeyDirectly(const QString &name)
{
    CreatedKey created;
    bool done = false;
    ApiReply *reply = client->createKey(CreateKeyRequest{name, Expiry::never()});
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        EXPECT_TRUE(reply->ok()) << reply->error().userMessage().toStdString();
        created = reply->createdKey();
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 60000));
    return created;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    widget->grab().save(QStringLiteral("/tmp/flows-%1.png").arg(name));
}

std::optional<ApiKey> findKey(const QList<ApiKey> &keys, const QString &id)
{
    for (const ApiKey &key : keys) {
        if (key.id == id)
            return key;
    }
    return std::nullopt;
}

} // namespace keydesk::test
