#include "InventoryTestSupport.h"
#include "KeychainSecretStore.h"
#include "SandboxProcess.h"
#include "TrackKeyDialog.h"
#include "TrackedKeyVerifier.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString service = QStringLiteral("KeyDeskTests-inventory-ui");

SecretJob *awaitJob(SecretJob *job)
{
    QSignalSpy finished(job, &SecretJob::finished);
    EXPECT_TRUE(finished.wait(30000));
    return job;
}

class TrackKeyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sandbox.started()) << sandbox.startError().toStdString();
        ASSERT_TRUE(directory.isValid());
        inventory = std::make_unique<Inventory>(databasePath());
        ASSERT_TRUE(openAndWait(*inventory).isReady());
        org.name = QStringLiteral("Trust %1").arg(QCoreApplication::applicationPid());
        org.dialect = Dialect::TrustLeads;
        org.baseUrl = sandbox.url();
        connection.dialect = Dialect::TrustLeads;
        connection.baseUrl = sandbox.url();
    }
    QString databasePath() const { return directory.filePath(QStringLiteral("inventory.sqlite")); }
    std::unique_ptr<TrackKeyDialog> makeDialog()
    {
        return std::make_unique<TrackKeyDialog>(TrackKeyDialog::Services{&network, &secrets, inventory.get(), {}}, org,
                                                connection);
    }
    void fill(TrackKeyDialog &dialog, const QString &key, const QString &name, bool periodic)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog.findChild<QCheckBox *>(QStringLiteral("periodicCheck"))->setChecked(periodic);
    }
    void clickTrack(TrackKeyDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->click();
        }
    }
    // Every byte of the inventory's files.
    QByteArray databaseBytes()
    {
        bool idle = false;
        QObject context;
        inventory->whenIdle(&context, [&idle] { idle = true; });
        EXPECT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 20000));
        QByteArray all;
        for (const QString &name : QDir(directory.path()).entryList(QDir::Files))
            all += fileBytes(directory.filePath(name));
        return all;
    }

    SandboxProcess sandbox{QStringLiteral("trustleads")};
    QTemporaryDir directory;
    std::unique_ptr<Inventory> inventory;
    QNetworkAccessManager network;
    KeychainSecretStore secrets{service};
    Organisation org;
    Connection connection;
};

} // namespace

TEST_F(TrackKeyTest, AVerifiedKeyIsTrackedWithoutItsSecretAndVerifiedAgainLater)
{
    const QString key = sandbox.credential(); // a key the sandbox issued
    ASSERT_TRUE(key.startsWith(QStringLiteral("lfk_sk_")));
    auto dialog = makeDialog();
    QSignalSpy tracked(dialog.get(), &TrackKeyDialog::tracked);
    fill(*dialog, key, QStringLiteral("Enrichment job"), true);
    clickTrack(*dialog);
    ASSERT_TRUE(tracked.wait(30000)) << dialog->message().toStdString();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    const QString keyId = tracked.at(0).at(0).toString();

    // One of the organisation's keys, active, masked.
    const auto known = lastKnown(*inventory, org.name);
    ASSERT_TRUE(known.ok() && known.value);
    ASSERT_EQ(known.value->keys.size(), 1);
    const InventoryKey &row = known.value->keys.first();
    EXPECT_EQ(row.key.id, keyId);
    EXPECT_EQ(row.key.name, QStringLiteral("Enrichment job"));
    EXPECT_EQ(row.key.keyPrefix, QStringLiteral("lfk_sk_…") + key.right(4));
    EXPECT_EQ(row.key.status(QDateTime::currentDateTimeUtc()), KeyStatus::Active);
    // The secret is in the keychain (periodic), never in the database.
    SecretJob *read = awaitJob(secrets.read(TrackedKeyVerifier::trackedKeyEntry(org.name, keyId)));
    EXPECT_TRUE(read->ok());
    EXPECT_EQ(read->secret(), key);
    const QByteArray bytes = databaseBytes();
    EXPECT_FALSE(bytes.contains(key.toUtf8()));
    EXPECT_FALSE(bytes.contains(key.mid(7, 20).toUtf8()));
    const auto log = actionLog(*inventory);
    ASSERT_EQ(log.value.size(), 1);
    EXPECT_EQ(log.value.first().action, ActionLogEntry::trackKey());
    EXPECT_EQ(log.value.first().outcome, ActionLogEntry::ok());

    // Verified again: still accepted by its server…
    TrackedKeyVerifier verifier({&network, &secrets, inventory.get(), {}});
    QSignalSpy finished(&verifier, &TrackedKeyVerifier::finished);
    verifier.verify(org, connection);
    ASSERT_TRUE(finished.wait(30000));
    auto summary = finished.at(0).at(1).value<TrackedKeyVerifier::Summary>();
    EXPECT_EQ(summary.accepted, 1);
    // …and refused by a server that never issued it: shown as revoked, logged once.
    SandboxProcess other(QStringLiteral("trustleads"));
    ASSERT_TRUE(other.started());
    Connection elsewhere = connection;
    elsewhere.baseUrl = other.url();
    verifier.verify(org, elsewhere);
    ASSERT_TRUE(finished.wait(30000));
    summary = finished.at(1).at(1).value<TrackedKeyVerifier::Summary>();
    EXPECT_EQ(summary.refused, 1);
    const auto after = lastKnown(*inventory, org.name);
    ASSERT_TRUE(after.value);
    EXPECT_EQ(after.value->keys.first().key.status(QDateTime::currentDateTimeUtc()), KeyStatus::Revoked);
    const auto history = historyOf(*inventory, org.name, keyId);
    ASSERT_EQ(history.value.size(), 2);
    EXPECT_EQ(history.value.at(1).status, KeyStatus::Revoked);
    ActionLogFilter verifications;
    verifications.actions = QStringList{ActionLogEntry::verifyKey()};
    EXPECT_EQ(actionLog(*inventory, verifications).value.size(), 1);
    EXPECT_FALSE(databaseBytes().contains(key.toUtf8()));

    awaitJob(secrets.remove(TrackedKeyVerifier::trackedKeyEntry(org.name, keyId)));
}

TEST_F(TrackKeyTest, WithoutPeriodicVerificationTheKeychainIsNotUsed)
{
    const QString key = sandbox.credential();
    auto dialog = makeDialog();
    QSignalSpy tracked(dialog.get(), &TrackKeyDialog::tracked);
    fill(*dialog, key, QStringLiteral("Dashboard key"), false);
    clickTrack(*dialog);
    ASSERT_TRUE(tracked.wait(30000)) << dialog->message().toStdString();
    const QString keyId = tracked.at(0).at(0).toString();
    SecretJob *read = awaitJob(secrets.read(TrackedKeyVerifier::trackedKeyEntry(org.name, keyId)));
    EXPECT_EQ(read->error().kind, SecretError::Kind::NotFound);
    EXPECT_FALSE(databaseBytes().contains(key.toUtf8()));
}

TEST_F(TrackKeyTest, ARefusedKeyIsNotTracked)
{
    const QString unknown = QStringLiteral("lfk_sk_") + QStringLiteral("A1b2C3d4E5").repeated(4);
    auto dialog = makeDialog();
    fill(*dialog, unknown, QStringLiteral("Mistyped"), true);
    clickTrack(*dialog);
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }, 30000));
    EXPECT_EQ(dialog->message(),
              QStringLiteral("Trust Leads refused the key lfk_sk_…d4E5: it is revoked, expired or mistyped. "
                             "Nothing was tracked."));
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    const auto known = lastKnown(*inventory, org.name);
    EXPECT_TRUE(known.ok());
    EXPECT_FALSE(known.value.has_value());
    SecretJob *read = awaitJob(
        secrets.read(TrackedKeyVerifier::trackedKeyEntry(org.name, TrackedKey::of(unknown).keyId)));
    EXPECT_EQ(read->error().kind, SecretError::Kind::NotFound);
    EXPECT_FALSE(databaseBytes().contains(unknown.toUtf8()));

    // Not a Trust Leads key at all: refused before any request.
    fill(*dialog, QStringLiteral("ll_") + QStringLiteral("ab").repeated(32), QStringLiteral("Wrong"), false);
    clickTrack(*dialog);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->message().startsWith(QStringLiteral("This is not a Trust Leads key")));
}
