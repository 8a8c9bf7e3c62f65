#include "CreateKeyDialog.h"
#include "FlowsTestSupport.h"
#include "KeyFormat.h"
#include "RevealKeyDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
}

QString shownSecret(RevealKeyDialog *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
}

// Drives the create dialog: types the name, clicks Create, waits for the reveal dialog.
RevealKeyDialog *createThroughTheDialog(FlowsFixture &fixture, const QString &name,
                                        const QList<ApiKey> &currentKeys = {})
{
    fixture.flows->create(fixture.target(), currentKeys);
    auto *create = visibleDialog<CreateKeyDialog>(fixture.window.get());
    EXPECT_NE(create, nullptr);
    if (!create)
        return nullptr;
    EXPECT_EQ(create->windowModality(), Qt::WindowModal);
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    return waitForDialog<RevealKeyDialog>(fixture.window.get());
}

} // namespace

TEST(RevealFlow, CreateRevealCopyAndAcknowledge)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    fixture.flows->setClipboardTimeoutSeconds(1);
    QSignalSpy created(fixture.flows.get(), &KeyFlows::keyCreated);
    QSignalSpy busy(fixture.flows.get(), &KeyFlows::busyChanged);

    RevealKeyDialog *reveal = createThroughTheDialog(fixture, QStringLiteral("  Production CRM sync "));
    ASSERT_NE(reveal, nullptr);
    EXPECT_EQ(reveal->windowModality(), Qt::WindowModal);
    EXPECT_TRUE(reveal->isModal() || reveal->windowModality() != Qt::NonModal);
    ASSERT_EQ(created.count(), 1);
    const auto record = created.first().at(1).value<ApiKey>();
    EXPECT_EQ(record.name, QStringLiteral("Production CRM sync"));
    EXPECT_GE(busy.count(), 2);
    EXPECT_FALSE(fixture.flows->isBusy());

    const QString secret = shownSecret(reveal);
    EXPECT_TRUE(KeyFormat::isWellFormed(secret, Dialect::LocalLeads)) << secret.size();
    EXPECT_FALSE(reveal->windowTitle().contains(secret.left(12)));
    EXPECT_TRUE(reveal->warningText().isEmpty());
    auto *keyEdit = reveal->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    EXPECT_TRUE(keyEdit->isReadOnly());
    EXPECT_TRUE(keyEdit->font().fixedPitch() || keyEdit->font().styleHint() == QFont::Monospace
                || keyEdit->font().family().contains(QStringLiteral("Mono"), Qt::CaseInsensitive));

    // The keychain already holds it and the index lists it.
    ASSERT_TRUE(fixture.handoffs->isPending(fixture.profileName, record.id));
    EXPECT_TRUE(fixture.handoffs->entry(fixture.profileName, record.id).secretStored);
    const JobResult stored = awaitJob(
        fixture.secrets->read(SecretStore::pendingKeyEntry(fixture.profileName, record.id)));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.secret, secret);

    // Copy: on the clipboard, marked secret, with a visible countdown.
    QClipboard *clipboard = QGuiApplication::clipboard();
    button(reveal, "copyButton")->click();
    EXPECT_EQ(clipboard->text(), secret);
    ASSERT_NE(clipboard->mimeData(), nullptr);
    EXPECT_EQ(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    EXPECT_TRUE(clipboard->mimeData()->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    EXPECT_TRUE(reveal->countdownText().contains(QStringLiteral("Clipboard clears in 1 s")))
        << reveal->countdownText().toStdString();
    // Cleared after the (short) timeout.
    EXPECT_TRUE(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }, 20000));
    EXPECT_TRUE(reveal->countdownText().contains(QStringLiteral("cleared")));

    // Copy again, then the user copies something else: that is left alone.
    button(reveal, "copyButton")->click();
    EXPECT_EQ(clipboard->text(), secret);
    clipboard->setText(QStringLiteral("an unrelated note"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !fixture.clipboard->isCountingDown(); }, 20000));
    QTest::qWait(1200);
    EXPECT_EQ(clipboard->text(), QStringLiteral("an unrelated note"));

    // Esc, close() and reject() do not lose the key.
    QTest::keyClick(reveal, Qt::Key_Escape);
    EXPECT_TRUE(reveal->isVisible());
    EXPECT_FALSE(reveal->close());
    EXPECT_TRUE(reveal->isVisible());
    reveal->reject();
    reveal->done(QDialog::Rejected);
    EXPECT_TRUE(reveal->isVisible());
    EXPECT_EQ(shownSecret(reveal), secret);

    saveScreenshot(reveal, QStringLiteral("reveal"));

    // "I have stored the key": keychain entry and index entry go away, the dialog closes.
    const QPointer<RevealKeyDialog> guard = reveal;
    EXPECT_FALSE(reveal->findChild<QCheckBox *>(QStringLiteral("keepCopyCheck"))->isChecked());
    button(reveal, "storedButton")->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !fixture.handoffs->isPending(fixture.profileName, record.id); }, 30000));
    EXPECT_TRUE(fixture.handoffs->pending(fixture.profileName).isEmpty());
    const JobResult gone = awaitJob(
        fixture.secrets->read(SecretStore::pendingKeyEntry(fixture.profileName, record.id)));
    EXPECT_EQ(gone.error.kind, SecretError::Kind::NotFound);

    // The key really exists on the server.
    bool listed = false;
    for (const ApiKey &key : fixture.listKeys())
        listed = listed || key.id == record.id;
    EXPECT_TRUE(listed);
}

TEST(RevealFlow, ServerErrorKeepsTheCreateDialogOpenWithTheName)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    Connection broken = fixture.client->connection();
    broken.credential = QStringLiteral("ll_") + QString(64, u'0');
    fixture.client->setConnection(broken);

    fixture.flows->create(fixture.target(), {});
    auto *create = visibleDialog<CreateKeyDialog>(fixture.window.get());
    ASSERT_NE(create, nullptr);
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Will fail"));
    create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(create->isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !create->requestError().isEmpty(); }, 60000));
    EXPECT_TRUE(create->isVisible());
    EXPECT_FALSE(create->isBusy());
    EXPECT_EQ(create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Will fail"));
    EXPECT_EQ(visibleDialog<RevealKeyDialog>(fixture.window.get()), nullptr);
    EXPECT_TRUE(fixture.handoffs->pending(fixture.profileName).isEmpty());
}

TEST(RevealFlow, KeychainWriteFailureWarnsAndNeedsConfirmation)
{
    FailingSecretStore failing;
    FlowsFixture fixture(QStringLiteral("localleads"), &failing);
    RevealKeyDialog *reveal = createThroughTheDialog(fixture, QStringLiteral("No keychain"));
    ASSERT_NE(reveal, nullptr);
    EXPECT_FALSE(reveal->warningText().isEmpty());
    EXPECT_TRUE(reveal->warningText().contains(FailingSecretStore::failure().userMessage()));
    EXPECT_FALSE(button(reveal, "laterButton")->isEnabled());
    const QList<PendingHandoff> pending = fixture.handoffs->pending(fixture.profileName);
    ASSERT_EQ(pending.size(), 1);
    EXPECT_FALSE(pending.first().secretStored);
    saveScreenshot(reveal, QStringLiteral("reveal-keychain-failed"));

    // First attempt: the confirmation appears; Cancel keeps the key on screen.
    button(reveal, "storedButton")->click();
    QMessageBox *confirmation = reveal->pendingConfirmation();
    ASSERT_NE(confirmation, nullptr);
    EXPECT_TRUE(confirmation->isVisible());
    EXPECT_EQ(confirmation->text(), QStringLiteral("The key is not saved anywhere else. Close anyway?"));
    EXPECT_EQ(confirmation->defaultButton(), confirmation->button(QMessageBox::Cancel));
    confirmation->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(reveal->isVisible());
    EXPECT_FALSE(shownSecret(reveal).isEmpty());

    // Second attempt: "Close Anyway".
    const QPointer<RevealKeyDialog> guard = reveal;
    button(reveal, "storedButton")->click();
    confirmation = reveal->pendingConfirmation();
    ASSERT_NE(confirmation, nullptr);
    QAbstractButton *closeAnyway = nullptr;
    for (QAbstractButton *candidate : confirmation->buttons()) {
        if (confirmation->buttonRole(candidate) == QMessageBox::DestructiveRole)
            closeAnyway = candidate;
    }
    ASSERT_NE(closeAnyway, nullptr);
    closeAnyway->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return fixture.handoffs->pending(fixture.profileName).isEmpty(); }, 10000));
}

TEST(RevealFlow, PendingKeySurvivesTheWindowAndIsHandedOffLater)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    RevealKeyDialog *reveal = createThroughTheDialog(fixture, QStringLiteral("Survivor"));
    ASSERT_NE(reveal, nullptr);
    const QString secret = shownSecret(reveal);
    const QList<PendingHandoff> before = fixture.handoffs->pending(fixture.profileName);
    ASSERT_EQ(before.size(), 1);

    // The window goes away (crash, quit) without any acknowledgement.
    fixture.recreateWindow();
    const QList<PendingHandoff> after = fixture.handoffs->pending(fixture.profileName);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().keyId, before.first().keyId);
    EXPECT_EQ(after.first().keyName, QStringLiteral("Survivor"));

    fixture.flows->resumeHandoff(fixture.profileName, after.first().keyId);
    RevealKeyDialog *resumed = waitForDialog<RevealKeyDialog>(fixture.window.get());
    ASSERT_NE(resumed, nullptr);
    EXPECT_EQ(shownSecret(resumed), secret);
    EXPECT_TRUE(resumed->findChild<QLabel *>(QStringLiteral("nameValue"))->text() == QStringLiteral("Survivor"));

    // "Keep for later handoff" (with a copy to keep afterwards): still pending.
    const QPointer<RevealKeyDialog> guard = resumed;
    resumed->findChild<QCheckBox *>(QStringLiteral("keepCopyCheck"))->setChecked(true);
    button(resumed, "laterButton")->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    ASSERT_TRUE(fixture.handoffs->isPending(fixture.profileName, after.first().keyId));
    EXPECT_TRUE(fixture.handoffs->entry(fixture.profileName, after.first().keyId).keepInKeychain);

    // Next time: the checkbox remembers; stored with a kept copy.
    fixture.flows->resumeHandoff(fixture.profileName, after.first().keyId);
    RevealKeyDialog *third = waitForDialog<RevealKeyDialog>(fixture.window.get());
    ASSERT_NE(third, nullptr);
    EXPECT_TRUE(third->findChild<QCheckBox *>(QStringLiteral("keepCopyCheck"))->isChecked());
    button(third, "storedButton")->click();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !fixture.handoffs->isPending(fixture.profileName, after.first().keyId); }, 30000));
    const JobResult kept = awaitJob(
        fixture.secrets->read(SecretStore::pendingKeyEntry(fixture.profileName, after.first().keyId)));
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept.secret, secret);
    awaitJob(fixture.secrets->remove(SecretStore::pendingKeyEntry(fixture.profileName, after.first().keyId)));
}

TEST(RevealFlow, LostSecretIsReportedAndTheEntryCanBeDropped)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    RevealKeyDialog *reveal = createThroughTheDialog(fixture, QStringLiteral("Lost one"));
    ASSERT_NE(reveal, nullptr);
    const QPointer<RevealKeyDialog> guard = reveal;
    button(reveal, "laterButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    const QString keyId = fixture.handoffs->pending(fixture.profileName).value(0).keyId;
    ASSERT_FALSE(keyId.isEmpty());

    // Someone removed it from the keychain meanwhile.
    ASSERT_TRUE(awaitJob(fixture.secrets->remove(SecretStore::pendingKeyEntry(fixture.profileName, keyId))).ok());
    fixture.flows->resumeHandoff(fixture.profileName, keyId);
    auto *message = waitForDialog<QMessageBox>(fixture.window.get());
    ASSERT_NE(message, nullptr);
    EXPECT_EQ(message->objectName(), QStringLiteral("lostKeyMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Lost one")));
    EXPECT_TRUE(message->informativeText().contains(QStringLiteral("revoked")));
    EXPECT_EQ(visibleDialog<RevealKeyDialog>(fixture.window.get()), nullptr);
    message->findChild<QPushButton *>(QStringLiteral("dropButton"))->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !fixture.handoffs->isPending(fixture.profileName, keyId); }, 10000));
}

TEST(RevealFlow, LocalLeadsLimitRefusesToCreate)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    QList<ApiKey> keys = fixture.listKeys();
    while (keys.size() < 10) {
        fixture.createKeyDirectly(QStringLiteral("Filler %1").arg(keys.size()));
        const QList<ApiKey> refreshed = fixture.listKeys();
        ASSERT_GT(refreshed.size(), keys.size());
        keys = refreshed;
    }
    EXPECT_FALSE(fixture.flows->createBlockedReason(fixture.target(), keys).isEmpty());
    QSignalSpy failed(fixture.flows.get(), &KeyFlows::requestFailed);
    fixture.flows->create(fixture.target(), keys);
    EXPECT_EQ(visibleDialog<CreateKeyDialog>(fixture.window.get()), nullptr);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::LimitReached);

    // An expired key does not count as active.
    keys.first().expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
    EXPECT_TRUE(fixture.flows->createBlockedReason(fixture.target(), keys).isEmpty());
}

TEST(RevealFlow, TrustLeadsOffersNoCreate)
{
    FlowsFixture fixture(QStringLiteral("trustleads"));
    QSignalSpy failed(fixture.flows.get(), &KeyFlows::requestFailed);
    EXPECT_FALSE(fixture.flows->createBlockedReason(fixture.target(), {}).isEmpty());
    fixture.flows->create(fixture.target(), {});
    EXPECT_EQ(visibleDialog<CreateKeyDialog>(fixture.window.get()), nullptr);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Unsupported);
}
