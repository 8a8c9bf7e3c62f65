#include "FlowsTestSupport.h"
#include "Inventory.h"
#include "RevealKeyDialog.h"
#include "RotateKeyDialog.h"
#include "RotationEngine.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QDateTime rotateNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

ApiKey rotatedKey()
{
    ApiKey key;
    key.id = QStringLiteral("k1");
    key.name = QStringLiteral("  Zapier automation ");
    key.createdAt = rotateNow.addDays(-20);
    key.expiresAt = rotateNow.addDays(10); // a 30-day key
    key.lastUsedAt = rotateNow.addSecs(-3 * 3600);
    key.usageCount = 3120;
    return key;
}

// A window's rotation assistant over a real inventory file and a real sandbox.
struct RotationFixture {
    explicit RotationFixture(const QString &dialect)
        : flows(dialect)
        , inventory(flows.dir.filePath(QStringLiteral("inventory.sqlite")))
        , engine(&inventory, [] { return QDateTime::currentDateTimeUtc(); })
    {
        inventory.open();
    }

    std::optional<RotationRecord> stored(const QString &id)
    {
        std::optional<RotationRecord> found;
        bool answered = false;
        engine.rotations({}, false, [&](const QList<RotationRecord> &rotations, const QString &) {
            for (const RotationRecord &rotation : rotations) {
                if (rotation.id == id || (id.isEmpty() && !found))
                    found = rotation;
            }
            answered = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 10000));
        return found;
    }

    // Key → Rotate… on `key` with the dialog's defaults, up to the reveal.
    RevealKeyDialog *rotate(const ApiKey &key, const QList<ApiKey> &room = {})
    {
        flows.flows->rotate(flows.target(), key, flows.listKeys(), room, &engine);
        auto *dialog = visibleDialog<RotateKeyDialog>(flows.window.get());
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        return waitForDialog<RevealKeyDialog>(flows.window.get());
    }

    FlowsFixture flows;
    Inventory inventory;
    RotationEngine engine;
};

QMessageBox *waitForBox(QWidget *window, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = window->findChild<QMessageBox *>(objectName);
            return box && box->isVisible();
        },
        10000);
    return shown ? box : nullptr;
}

void waitForState(RotationFixture &fixture, const QString &id, RotationState state)
{
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const std::optional<RotationRecord> rotation = fixture.stored(id);
            return rotation && rotation->state == state;
        },
        20000))
        << rotationStateId(state).toStdString();
}

} // namespace

TEST(RotateKeyDialog, DefaultsComeFromTheOldKey)
{
    RotateKeyDialog dialog(rotatedKey(), rotateNow);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Zapier automation"));
    EXPECT_EQ(dialog.findChild<QSpinBox *>(QStringLiteral("expirySpin"))->value(), 30);
    EXPECT_EQ(dialog.findChild<QSpinBox *>(QStringLiteral("quietSpin"))->value(), 24);
    const RotateKeyDialog::Choice choice = dialog.choice();
    EXPECT_EQ(choice.name, QStringLiteral("Zapier automation"));
    EXPECT_EQ(choice.expiresInDays, 30);
    EXPECT_EQ(choice.quietForSeconds, 24 * 3600);
    EXPECT_TRUE(choice.autoRevoke);
    EXPECT_FALSE(choice.emergency);
    EXPECT_FALSE(dialog.isRoomShown());
    EXPECT_TRUE(dialog.isInputValid());

    ApiKey forever = rotatedKey();
    forever.expiresAt = {};
    RotateKeyDialog policy(forever, rotateNow);
    EXPECT_EQ(policy.choice().expiresInDays, 90); // the policy default
}

TEST(RotateKeyDialog, EmergencyNamesWhatBreaks)
{
    RotateKeyDialog dialog(rotatedKey(), rotateNow);
    EXPECT_TRUE(dialog.emergencyNote().isEmpty());
    dialog.findChild<QCheckBox *>(QStringLiteral("emergencyCheck"))->setChecked(true);
    const QString text = dialog.emergencyNote();
    EXPECT_TRUE(text.contains(QStringLiteral("Zapier"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("last used 3 hours ago"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(3120))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("fails at once"))) << text.toStdString();
    EXPECT_TRUE(dialog.choice().emergency);

    ApiKey unused = rotatedKey();
    unused.lastUsedAt = {};
    unused.usageCount.reset();
    const QString quiet = RotateKeyDialog::emergencyWarning(unused, rotateNow);
    EXPECT_TRUE(quiet.contains(QStringLiteral("no use of it is reported"))) << quiet.toStdString();
    EXPECT_TRUE(quiet.contains(QStringLiteral("usage is not reported"))) << quiet.toStdString();
}

TEST(RotateFlow, TheSuccessorIsVerifiedBeforeItIsRevealed)
{
    RotationFixture fixture(QStringLiteral("localleads"));
    const CreatedKey old = fixture.flows.createKeyDirectly(QStringLiteral("CRM sync"));
    RevealKeyDialog *reveal = fixture.rotate(old.record);
    ASSERT_NE(reveal, nullptr);
    const std::optional<RotationRecord> rotation = fixture.stored({});
    ASSERT_TRUE(rotation);
    EXPECT_EQ(rotation->oldKeyId, old.record.id);
    EXPECT_FALSE(rotation->newKeyId.isEmpty());
    EXPECT_EQ(rotation->newKeyName, QStringLiteral("CRM sync"));
    // Already verified when the key is shown: its baseline cannot hold an integration's use.
    EXPECT_TRUE(rotation->verifiedAt.isValid());
    EXPECT_TRUE(rotation->baselineTaken);
    EXPECT_TRUE(findKey(fixture.flows.listKeys(), rotation->newKeyId));
    EXPECT_TRUE(fixture.flows.handoffs->isPending(fixture.flows.profileName, rotation->newKeyId));
    delete reveal; // the key stays pending in the keychain
}

TEST(RotateFlow, AtTheLimitAnUnusedKeyIsRevokedFirst)
{
    RotationFixture fixture(QStringLiteral("localleads"));
    const CreatedKey old = fixture.flows.createKeyDirectly(QStringLiteral("CRM sync"));
    const CreatedKey unused = fixture.flows.createKeyDirectly(QStringLiteral("never used"));
    for (int i = 0;
         fixture.flows.flows->createBlockedReason(fixture.flows.target(), fixture.flows.listKeys()).isEmpty(); ++i) {
        ASSERT_LT(i, 12);
        fixture.flows.createKeyDirectly(QStringLiteral("filler %1").arg(i));
    }
    fixture.flows.flows->rotate(fixture.flows.target(), old.record, fixture.flows.listKeys(), {unused.record},
                                &fixture.engine);
    auto *dialog = visibleDialog<RotateKeyDialog>(fixture.flows.window.get());
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isRoomShown());
    EXPECT_TRUE(dialog->roomText().contains(QStringLiteral("10 of 10"))) << dialog->roomText().toStdString();
    EXPECT_EQ(dialog->choice().revokeFirstKeyId, unused.record.id);
    dialog->findChild<QCheckBox *>(QStringLiteral("emergencyCheck"))->setChecked(true);
    saveScreenshot(dialog, QStringLiteral("rotate-key"));
    dialog->findChild<QCheckBox *>(QStringLiteral("emergencyCheck"))->setChecked(false);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    RevealKeyDialog *reveal = waitForDialog<RevealKeyDialog>(fixture.flows.window.get());
    ASSERT_NE(reveal, nullptr);
    const QList<ApiKey> keys = fixture.flows.listKeys();
    EXPECT_FALSE(findKey(keys, unused.record.id)); // revoked to make room
    EXPECT_TRUE(findKey(keys, old.record.id));     // the old key stays until it has gone quiet
    delete reveal;                                 // the key stays pending in the keychain

    // Without a key to offer, the dialog says so and does not start.
    fixture.flows.flows->rotate(fixture.flows.target(), old.record, fixture.flows.listKeys(), {}, &fixture.engine);
    RotateKeyDialog *blocked = nullptr;
    for (RotateKeyDialog *shown : fixture.flows.window->findChildren<RotateKeyDialog *>())
        if (shown->isVisible())
            blocked = shown;
    ASSERT_NE(blocked, nullptr);
    EXPECT_TRUE(blocked->roomText().contains(QStringLiteral("no key is unused or idle")));
    EXPECT_FALSE(blocked->isInputValid());
    blocked->reject();
}

TEST(RotateFlow, RevokeNowBeforeTheNewKeyIsUsedSaysSoAndForces)
{
    RotationFixture fixture(QStringLiteral("localleads"));
    const CreatedKey old = fixture.flows.createKeyDirectly(QStringLiteral("CRM sync"));
    RevealKeyDialog *reveal = fixture.rotate(old.record);
    ASSERT_NE(reveal, nullptr);
    delete reveal; // the key stays pending in the keychain
    const std::optional<RotationRecord> rotation = fixture.stored({});
    ASSERT_TRUE(rotation);
    ASSERT_FALSE(rotation->newKeyFirstUsedAt.isValid());

    fixture.flows.flows->revokeRotationNow(fixture.flows.target(), *rotation, &fixture.engine);
    QMessageBox *box = waitForBox(fixture.flows.window.get(), QStringLiteral("revokeNowConfirmation"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("has not been seen in use")))
        << box->informativeText().toStdString();
    box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    waitForState(fixture, rotation->id, RotationState::Done);
    const QList<ApiKey> keys = fixture.flows.listKeys();
    EXPECT_FALSE(findKey(keys, old.record.id));
    EXPECT_TRUE(findKey(keys, rotation->newKeyId));
}

TEST(RotateFlow, CancelKeepsBothKeysOrRevokesTheSuccessor)
{
    RotationFixture fixture(QStringLiteral("localleads"));
    for (const bool revokeNew : {false, true}) {
        const CreatedKey old = fixture.flows.createKeyDirectly(revokeNew ? QStringLiteral("B") : QStringLiteral("A"));
        RevealKeyDialog *reveal = fixture.rotate(old.record);
        ASSERT_NE(reveal, nullptr);
        delete reveal; // the key stays pending in the keychain
        std::optional<RotationRecord> rotation;
        fixture.engine.rotations({}, true, [&](const QList<RotationRecord> &open, const QString &) {
            for (const RotationRecord &r : open)
                if (r.oldKeyId == old.record.id)
                    rotation = r;
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return rotation.has_value(); }, 10000)) << revokeNew;

        fixture.flows.flows->cancelRotation(fixture.flows.target(), *rotation, &fixture.engine);
        QMessageBox *box = waitForBox(fixture.flows.window.get(), QStringLiteral("cancelRotationConfirmation"));
        ASSERT_NE(box, nullptr);
        ASSERT_NE(box->checkBox(), nullptr);
        box->checkBox()->setChecked(revokeNew);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        waitForState(fixture, rotation->id, RotationState::Cancelled);
        const QList<ApiKey> keys = fixture.flows.listKeys();
        EXPECT_TRUE(findKey(keys, old.record.id)) << revokeNew;
        EXPECT_EQ(findKey(keys, rotation->newKeyId).has_value(), !revokeNew);
    }
}

TEST(RotateFlow, AKeyAlreadyRotatingIsRefusedInTheDialogWithoutAPost)
{
    RotationFixture fixture(QStringLiteral("localleads"));
    const CreatedKey old = fixture.flows.createKeyDirectly(QStringLiteral("CRM sync"));
    RevealKeyDialog *reveal = fixture.rotate(old.record); // another window's rotation
    ASSERT_NE(reveal, nullptr);
    delete reveal;
    const qsizetype keysBefore = fixture.flows.listKeys().size();

    fixture.flows.flows->rotate(fixture.flows.target(), old.record, fixture.flows.listKeys(), {}, &fixture.engine);
    RotateKeyDialog *dialog = visibleDialog<RotateKeyDialog>(fixture.flows.window.get());
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->requestError().isEmpty(); }, 10000));
    EXPECT_TRUE(dialog->requestError().contains(QStringLiteral("already being rotated")))
        << dialog->requestError().toStdString();
    EXPECT_TRUE(dialog->isVisible()); // what was chosen stays
    EXPECT_EQ(fixture.flows.listKeys().size(), keysBefore); // no successor created
    dialog->reject();
}
