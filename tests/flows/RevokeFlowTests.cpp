#include "CreateKeyDialog.h"
#include "FlowsTestSupport.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// Uses the key once against the data endpoint, so the server records lastUsedAt.
void useKey(FlowsFixture &fixture, const QString &secret)
{
    bool done = false;
    ApiReply *reply = fixture.client->verifyKey(secret);
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        EXPECT_TRUE(reply->ok()) << reply->error().userMessage().toStdString();
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 60000));
}

} // namespace

TEST(RevokeFlow, ConfirmedRevokeReachesTheServerAndDropsThePendingHandoff)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    // A key created through the flow and kept for later handoff.
    fixture.flows->create(fixture.target(), {});
    auto *create = visibleDialog<CreateKeyDialog>(fixture.window.get());
    ASSERT_NE(create, nullptr);
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Old integration"));
    create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    RevealKeyDialog *reveal = waitForDialog<RevealKeyDialog>(fixture.window.get());
    ASSERT_NE(reveal, nullptr);
    reveal->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
    ASSERT_EQ(fixture.handoffs->pending(fixture.profileName).size(), 1);
    const QString keyId = fixture.handoffs->pending(fixture.profileName).first().keyId;
    const std::optional<ApiKey> key = findKey(fixture.listKeys(), keyId);
    ASSERT_TRUE(key.has_value());

    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    QSignalSpy failed(fixture.flows.get(), &KeyFlows::requestFailed);
    fixture.flows->revoke(fixture.target(), *key);
    auto *confirmation = waitForDialog<RevokeConfirmation>(fixture.window.get());
    ASSERT_NE(confirmation, nullptr);
    EXPECT_EQ(confirmation->windowModality(), Qt::WindowModal);
    EXPECT_TRUE(confirmation->questionText().startsWith(QStringLiteral("Revoke “Old integration”")));
    EXPECT_TRUE(confirmation->questionText().endsWith(QStringLiteral(")?")));
    const QString consequences = confirmation->findChild<QLabel *>(QStringLiteral("consequencesLabel"))->text();
    EXPECT_TRUE(consequences.contains(QStringLiteral("at once")));
    EXPECT_TRUE(consequences.contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(confirmation->recentUseWarning().isEmpty()); // never used
    EXPECT_TRUE(confirmation->cancelButton()->isDefault());
    EXPECT_FALSE(confirmation->revokeButton()->isDefault());
    EXPECT_EQ(confirmation->revokeButton()->text().remove(u'&'), QStringLiteral("Revoke Key"));

    confirmation->revokeButton()->click();
    ASSERT_TRUE(revoked.wait(60000) || revoked.count() == 1);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(revoked.first().at(0).toString(), fixture.profileName);
    EXPECT_EQ(revoked.first().at(1).toString(), keyId);
    EXPECT_FALSE(fixture.handoffs->isPending(fixture.profileName, keyId));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return awaitJob(fixture.secrets->read(SecretStore::pendingKeyEntry(fixture.profileName, keyId))).error.kind
                   == SecretError::Kind::NotFound;
        },
        30000));

    // LeadHQL lists revoked keys: this one now says so.
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), keyId);
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->revoked);
    EXPECT_EQ(after->status(QDateTime::currentDateTimeUtc()), KeyStatus::Revoked);
}

TEST(RevokeFlow, CancelLeavesTheKeyAlone)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    const CreatedKey created = fixture.createKeyDirectly(QStringLiteral("Keep me"));
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    fixture.flows->revoke(fixture.target(), created.record);
    auto *confirmation = waitForDialog<RevokeConfirmation>(fixture.window.get());
    ASSERT_NE(confirmation, nullptr);
    QTest::keyClick(confirmation, Qt::Key_Escape);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return visibleDialog<RevokeConfirmation>(fixture.window.get()) == nullptr; }, 5000));
    QTest::qWait(200);
    EXPECT_EQ(revoked.count(), 0);
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), created.record.id);
    ASSERT_TRUE(after.has_value());
    EXPECT_FALSE(after->revoked);
}

TEST(RevokeFlow, RecentUseIsWarnedAbout)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    const CreatedKey created = fixture.createKeyDirectly(QStringLiteral("Busy key"));
    useKey(fixture, created.secret);
    const std::optional<ApiKey> used = findKey(fixture.listKeys(), created.record.id);
    ASSERT_TRUE(used.has_value());
    ASSERT_TRUE(used->lastUsedAt.isValid());

    fixture.flows->revoke(fixture.target(), *used);
    auto *confirmation = waitForDialog<RevokeConfirmation>(fixture.window.get());
    ASSERT_NE(confirmation, nullptr);
    EXPECT_TRUE(confirmation->recentUseWarning().contains(QStringLiteral("It was used")))
        << confirmation->recentUseWarning().toStdString();
    saveScreenshot(confirmation, QStringLiteral("revoke-recent"));
    confirmation->cancelButton()->click();
}

TEST(RevokeFlow, RecentUseWording)
{
    const QDateTime now(QDate(2025, 5, 14), QTime(12, 0), Qt::UTC);
    EXPECT_EQ(RevokeConfirmation::recentUseText(now.addSecs(-2 * 3600 - 120), now),
              QStringLiteral("It was used 2 hours ago"));
    EXPECT_EQ(RevokeConfirmation::recentUseText(now.addSecs(-5 * 60), now),
              QStringLiteral("It was used 5 minutes ago"));
    EXPECT_EQ(RevokeConfirmation::recentUseText(now.addSecs(-10), now),
              QStringLiteral("It was used less than a minute ago"));
    EXPECT_TRUE(RevokeConfirmation::recentUseText(now.addSecs(-25 * 3600), now).isEmpty());
    EXPECT_TRUE(RevokeConfirmation::recentUseText(QDateTime(), now).isEmpty());

    ApiKey key;
    key.id = QStringLiteral("k1");
    key.name = QStringLiteral("Webhook relay");
    key.keyPrefix = QStringLiteral("ll_a1b2c3d4e5");
    key.lastUsedAt = now.addSecs(-2 * 3600);
    RevokeConfirmation recent(key, now);
    EXPECT_EQ(recent.questionText(), QStringLiteral("Revoke “Webhook relay” (ll_a1b2c3d4e5)?"));
    EXPECT_TRUE(recent.recentUseWarning().contains(QStringLiteral("It was used 2 hours ago")));
    key.lastUsedAt = now.addDays(-3);
    RevokeConfirmation old(key, now);
    EXPECT_TRUE(old.recentUseWarning().isEmpty());
}
