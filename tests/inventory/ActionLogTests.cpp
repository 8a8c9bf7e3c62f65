// The action log: entries with time, organisation, key, outcome and detail, read back
// with a filter, oldest first; never a secret, even when a caller passes one.
#include "InventoryTestSupport.h"
#include "KeyFormat.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

ActionLogEntry entry(const QDateTime &when, const QString &org, const QString &action, const QString &keyId = {})
{
    ActionLogEntry result;
    result.at = when;
    result.organisation = org;
    result.action = action;
    result.keyId = keyId;
    result.keyName = keyId.isEmpty() ? QString() : QStringLiteral("Name of ") + keyId;
    result.outcome = ActionLogEntry::ok();
    result.detail = QStringLiteral("detail of ") + action;
    return result;
}

class ActionLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_inventory = std::make_unique<Inventory>(path());
        ASSERT_TRUE(openAndWait(*m_inventory).isReady());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }
    Inventory &inventory() { return *m_inventory; }

    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inventory;
};

TEST_F(ActionLogTest, EntriesComeBackOldestFirstWithEveryField)
{
    ActionLogEntry created = entry(at(2, 9), QStringLiteral("work"), ActionLogEntry::create(), QStringLiteral("k1"));
    created.outcome = ActionLogEntry::unknown();
    ASSERT_TRUE(
        logAction(inventory(), entry(at(3), QStringLiteral("work"), ActionLogEntry::revoke(), QStringLiteral("k1")))
            .ok());
    ASSERT_TRUE(logAction(inventory(), created).ok());
    ASSERT_TRUE(logAction(inventory(), entry(at(1), QStringLiteral("work"), ActionLogEntry::profileAdd())).ok());

    const auto log = actionLog(inventory());
    ASSERT_TRUE(log.ok()) << log.error.toStdString();
    ASSERT_EQ(log.value.size(), 3);
    EXPECT_EQ(log.value.at(0).action, QStringLiteral("profile-add"));
    EXPECT_TRUE(log.value.at(0).keyId.isEmpty());
    const ActionLogEntry &second = log.value.at(1);
    EXPECT_EQ(second.at, at(2, 9));
    EXPECT_EQ(second.organisation, QStringLiteral("work"));
    EXPECT_EQ(second.action, QStringLiteral("create"));
    EXPECT_EQ(second.keyId, QStringLiteral("k1"));
    EXPECT_EQ(second.keyName, QStringLiteral("Name of k1"));
    EXPECT_EQ(second.outcome, QStringLiteral("unknown"));
    EXPECT_EQ(second.detail, QStringLiteral("detail of create"));
    EXPECT_EQ(log.value.at(2).action, QStringLiteral("revoke"));
}

TEST_F(ActionLogTest, TheFilterNarrowsBySinceOrganisationActionKeyAndCount)
{
    for (int day = 1; day <= 6; ++day) {
        const QString org = day % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        const QString action = day <= 3 ? ActionLogEntry::create() : ActionLogEntry::revoke();
        ASSERT_TRUE(logAction(inventory(), entry(at(day), org, action, QStringLiteral("k%1").arg(day))).ok());
    }
    const auto days = [](const QList<ActionLogEntry> &entries) {
        QList<int> result;
        for (const ActionLogEntry &e : entries)
            result << e.keyId.mid(1).toInt();
        return result;
    };
    ActionLogFilter since;
    since.since = at(4);
    EXPECT_EQ(days(actionLog(inventory(), since).value), (QList<int>{4, 5, 6}));
    ActionLogFilter byOrg;
    byOrg.organisation = QStringLiteral("odd");
    EXPECT_EQ(days(actionLog(inventory(), byOrg).value), (QList<int>{1, 3, 5}));
    ActionLogFilter byAction;
    byAction.actions = {ActionLogEntry::revoke()};
    byAction.until = at(6);
    EXPECT_EQ(days(actionLog(inventory(), byAction).value), (QList<int>{4, 5}));
    ActionLogFilter byKey;
    byKey.keyId = QStringLiteral("k2");
    EXPECT_EQ(days(actionLog(inventory(), byKey).value), (QList<int>{2}));
    ActionLogFilter newest;
    newest.limit = 2;
    EXPECT_EQ(days(actionLog(inventory(), newest).value), (QList<int>{5, 6}));
}

TEST_F(ActionLogTest, SecretsPassedInTheFreeTextAreMaskedBeforeTheyReachTheFile)
{
    const QString localKey = QStringLiteral("ll_") + QStringLiteral("0123456789abcdef").repeated(4);
    const QString leadKey = QStringLiteral("leadhql_pk_") + QStringLiteral("Ab3dEf6hIj9kLm2n");
    const QString trustKey = QStringLiteral("lfk_sk_") + QStringLiteral("Q1w2E3r4T5").repeated(4);
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLWJ5dGVz");
    ActionLogEntry careless = entry(at(1), QStringLiteral("work"), ActionLogEntry::create(), QStringLiteral("k1"));
    careless.keyName = leadKey;
    careless.detail = QStringLiteral("server said: invalid key %1 (token %2, also %3)").arg(localKey, token, trustKey);
    ASSERT_TRUE(logAction(inventory(), careless).ok());

    const auto log = actionLog(inventory());
    ASSERT_EQ(log.value.size(), 1);
    EXPECT_EQ(log.value.first().keyName, KeyFormat::maskedIdentifier(leadKey));
    EXPECT_EQ(log.value.first().detail,
              QStringLiteral("server said: invalid key %1 (token [redacted], also %2)")
                  .arg(KeyFormat::maskedIdentifier(localKey), KeyFormat::maskedIdentifier(trustKey)));
    for (const QString &secret : {localKey, leadKey, trustKey, token}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            EXPECT_FALSE(fileBytes(path() + suffix).contains(secret.toUtf8())) << suffix.toStdString();
    }
}

TEST_F(ActionLogTest, AnEntryWithoutActionIsRefusedAndAMissingTimeIsNow)
{
    ActionLogEntry nameless = entry(at(1), QStringLiteral("work"), QString());
    EXPECT_FALSE(logAction(inventory(), nameless).ok());
    ActionLogEntry untimed = entry(QDateTime(), QStringLiteral("work"), ActionLogEntry::profileRemove());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(logAction(inventory(), untimed).ok());
    const auto log = actionLog(inventory());
    ASSERT_EQ(log.value.size(), 1);
    EXPECT_GE(log.value.first().at, before);
}

} // namespace
