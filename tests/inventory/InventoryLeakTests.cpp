// Never a secret in the inventory: keys created over the real sandbox, their listings
// recorded, their fingerprints remembered and their creation logged (once with the
// secret carelessly in the free text), then the database file and its -wal and -shm
// are searched for every secret in every encoding tests/leaks knows, while the
// inventory is open (the WAL holds the recent writes) and after it closed.
#include "ApiClient.h"
#include "InventoryTestSupport.h"
#include "SandboxProcess.h"
#include "SecretForms.h"

#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

struct Created {
    bool ok = false;
    CreatedKey key;
    QString error;
};

Created create(ApiClient &client, const QString &name)
{
    Created result;
    bool finished = false;
    ApiReply *reply = client.createKey(CreateKeyRequest{name, Expiry::inDays(30)});
    QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
        result.ok = reply->ok();
        result.error = reply->error().userMessage();
        if (result.ok)
            result.key = reply->createdKey();
        finished = true;
    });
    (void)QTest::qWaitFor([&finished] { return finished; }, 30000);
    return result;
}

QList<ApiKey> list(ApiClient &client)
{
    QList<ApiKey> keys;
    bool finished = false;
    ApiReply *reply = client.listKeys();
    QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
        keys = reply->keys();
        finished = true;
    });
    (void)QTest::qWaitFor([&finished] { return finished; }, 30000);
    return keys;
}

TEST(InventoryLeaks, NoSecretReachesTheDatabaseOrItsLog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("inventory.sqlite"));
    LeakSearch search;
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<SandboxProcess>> sandboxes;
    auto inventory = std::make_unique<Inventory>(file);
    ASSERT_TRUE(openAndWait(*inventory).isReady());

    for (const QString &dialectName : {QStringLiteral("leadhql"), QStringLiteral("localleads")}) {
        auto sandbox = std::make_unique<SandboxProcess>(dialectName);
        ASSERT_TRUE(sandbox->started()) << sandbox->startError().toStdString();
        search.addSecret(dialectName + QStringLiteral(" management credential"), sandbox->credential().toUtf8());
        Connection connection;
        connection.dialect = *dialectFromId(dialectName);
        connection.baseUrl = sandbox->url();
        connection.credential = sandbox->credential();
        ApiClient client(&network, connection);
        Organisation org;
        org.name = QStringLiteral("leak-") + dialectName;
        org.dialect = connection.dialect;
        org.baseUrl = connection.baseUrl;

        for (int n = 0; n < 3; ++n) {
            const Created created = create(client, QStringLiteral("Leak test %1").arg(n));
            ASSERT_TRUE(created.ok) << created.error.toStdString();
            const QString secret = created.key.secret;
            search.addSecret(QStringLiteral("new %1 key %2").arg(dialectName).arg(n), secret.toUtf8());

            CreatedKeyFingerprint fingerprint = CreatedKeyFingerprint::of(secret);
            fingerprint.keyId = created.key.record.id;
            ASSERT_TRUE(awaitResult<bool>([&](QObject *context, InventoryCallback<bool> done) {
                            inventory->rememberCreatedKey(org, fingerprint, context, done);
                        }).ok());
            ActionLogEntry entry;
            entry.organisation = org.name;
            entry.action = ActionLogEntry::create();
            entry.keyId = created.key.record.id;
            entry.keyName = created.key.record.name;
            entry.outcome = ActionLogEntry::ok();
            entry.detail = n == 0 ? QStringLiteral("the server answered with %1").arg(secret) : QString();
            ASSERT_TRUE(logAction(*inventory, entry).ok());
        }
        const QList<ApiKey> listing = list(client);
        ASSERT_GE(listing.size(), 3);
        const auto recorded = recordListing(*inventory, org, listing, QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(recorded.ok()) << recorded.error.toStdString();
        EXPECT_GE(recorded.value.added, 3);
        sandboxes.push_back(std::move(sandbox));
    }
    ASSERT_EQ(search.secretCount(), 8);

    // While open: the recent writes are in the WAL.
    ASSERT_GT(fileBytes(file + QStringLiteral("-wal")).size(), 0);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        search.search(QStringLiteral("inventory%1 (open)").arg(suffix), fileBytes(file + suffix));
    inventory.reset();
    // Closed: checkpointed into the database file.
    search.searchFiles(dir.path());
    EXPECT_GE(search.searchedCount(), 4);
    EXPECT_TRUE(search.hits().isEmpty()) << search.hits().join(u'\n').toStdString();

    // What the file does hold: fingerprints and masked identifiers, so the keys can be
    // recognised later.
    RawDatabase raw(file);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM created_keys WHERE length(fingerprint) = 64")).toInt(),
              6);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM action_log WHERE detail LIKE '%[redacted]%' "
                                        "OR detail LIKE '%…%'"))
                  .toInt(),
              2);
}

} // namespace
