// Key names another administrator gave their keys, listed by the real sandbox, in the
// dialogs of the key flows: shown through UntrustedText::forDisplay, in labels and
// message boxes that take their text as plain text (a name like <img src=x> must not
// turn into markup).
#include "FlowsTestSupport.h"
#include "HostileText.h"
#include "LostKeyDialog.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// Creates a key for each name through the API; their ids, in the same order.
QStringList createKeysNamed(FlowsFixture &fixture, const QList<HostileName> &names)
{
    QStringList ids;
    for (const HostileName &name : names)
        ids << fixture.createKeyDirectly(name.received).record.id;
    return ids;
}

const QLabel *label(const QWidget *dialog, const char *name)
{
    return dialog->findChild<QLabel *>(QString::fromLatin1(name));
}

} // namespace

TEST(HostileNames, TheRevokeConfirmationNamesTheKeyInPlainEscapedText)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QList<HostileName> names = hostileKeyNames();
    const QStringList ids = createKeysNamed(fixture, names);
    const QList<ApiKey> listed = fixture.listKeys();

    for (qsizetype i = 0; i < names.size(); ++i) {
        const std::optional<ApiKey> key = findKey(listed, ids.at(i));
        ASSERT_TRUE(key.has_value());
        ASSERT_EQ(key->name, names.at(i).received); // the sandbox lists what it was given
        fixture.flows->revoke(fixture.target(), *key);
        auto *confirmation = waitForDialog<RevokeConfirmation>(fixture.window.get());
        ASSERT_NE(confirmation, nullptr);
        EXPECT_EQ(confirmation->questionText(),
                  QStringLiteral("Revoke “%1” (%2)?").arg(names.at(i).shown, key->keyPrefix));
        EXPECT_EQ(label(confirmation, "questionLabel")->textFormat(), Qt::PlainText);
        const QPointer<RevokeConfirmation> guard = confirmation;
        confirmation->cancelButton()->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    }
}

TEST(HostileNames, ThePendingHandoffShowsTheNameInPlainEscapedText)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    for (const HostileName &name : hostileKeyNames()) {
        // Kept for a later handoff: the name is the one the server answered the create with.
        const CreatedKey created = fixture.createKeyDirectly(name.received);
        ASSERT_EQ(created.record.name, name.received);
        ASSERT_TRUE(awaitJob(fixture.handoffs->begin(fixture.profileName, created)).ok());

        fixture.flows->resumeHandoff(fixture.profileName, created.record.id);
        RevealKeyDialog *reveal = waitForDialog<RevealKeyDialog>(fixture.window.get());
        ASSERT_NE(reveal, nullptr);
        EXPECT_EQ(label(reveal, "nameValue")->text(), name.shown);
        EXPECT_EQ(label(reveal, "nameValue")->textFormat(), Qt::PlainText);
        EXPECT_EQ(label(reveal, "identifierValue")->text(), created.record.keyPrefix);
        EXPECT_EQ(label(reveal, "identifierValue")->textFormat(), Qt::PlainText);
        const QPointer<RevealKeyDialog> guard = reveal;
        reveal->findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !fixture.handoffs->isPending(fixture.profileName, created.record.id); }, 30000));
    }
}

TEST(HostileNames, APendingKeyTheKeychainLostIsNamedInPlainEscapedText)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    for (const HostileName &name : hostileKeyNames()) {
        const CreatedKey created = fixture.createKeyDirectly(name.received);
        ASSERT_TRUE(awaitJob(fixture.handoffs->begin(fixture.profileName, created)).ok());
        // Someone removed it from the keychain meanwhile.
        ASSERT_TRUE(
            awaitJob(fixture.secrets->remove(SecretStore::pendingKeyEntry(fixture.profileName, created.record.id)))
                .ok());

        fixture.flows->resumeHandoff(fixture.profileName, created.record.id);
        auto *message = waitForDialog<QMessageBox>(fixture.window.get());
        ASSERT_NE(message, nullptr);
        EXPECT_EQ(message->objectName(), QStringLiteral("lostKeyMessage"));
        EXPECT_EQ(message->text(), QStringLiteral("The keychain no longer holds the key “%1” (%2).")
                                       .arg(name.shown, created.record.keyPrefix));
        EXPECT_EQ(message->textFormat(), Qt::PlainText);
        const QPointer<QMessageBox> guard = message;
        message->findChild<QPushButton *>(QStringLiteral("dropButton"))->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
        ASSERT_FALSE(fixture.handoffs->isPending(fixture.profileName, created.record.id));
    }
}

TEST(HostileNames, TheLostKeyDialogListsCandidatesInPlainEscapedText)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QList<HostileName> names = hostileKeyNames();
    const QStringList ids = createKeysNamed(fixture, names);
    const QList<ApiKey> listed = fixture.listKeys();
    QList<ApiKey> candidates;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<ApiKey> key = findKey(listed, id);
        ASSERT_TRUE(key.has_value());
        candidates << *key;
    }

    ApiError lost;
    lost.kind = ApiError::Kind::OutcomeUnknown;
    LostKeyDialog dialog(names.first().received, lost, fixture.window.get());
    EXPECT_EQ(label(&dialog, "headlineLabel")->text(),
              QStringLiteral("It is not known whether the key “%1” was created.").arg(names.first().shown));
    EXPECT_EQ(label(&dialog, "headlineLabel")->textFormat(), Qt::PlainText);
    dialog.showCandidates(candidates);
    const QTreeWidget *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), names.size());
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        EXPECT_EQ(item->text(0), names.at(row).shown);
        EXPECT_TRUE(item->data(0, Qt::AccessibleTextRole).toString().startsWith(names.at(row).shown + u','));
    }
    EXPECT_EQ(dialog.listedIds(), ids); // revoking still addresses the keys by their real ids

    dialog.finishRevoking({}, QStringLiteral("<b>not revoked</b>"));
    EXPECT_EQ(dialog.problemText(), QStringLiteral("<b>not revoked</b>"));
    EXPECT_EQ(label(&dialog, "problemLabel")->textFormat(), Qt::PlainText);
}
