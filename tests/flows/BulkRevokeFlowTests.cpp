// Revoke with several keys selected (docs/design.md#bulk-revoke): the preview dialog with
// its typed count, and the queue of DELETEs against the real sandbox, one failing through
// the sandbox's fault plan.
#include "BulkRevokeDialog.h"
#include "FlowsTestSupport.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// POST /__sandbox/faults (app/sandbox/README.md); the HTTP status.
int installFault(FlowsFixture &fixture, const QByteArray &rule)
{
    QNetworkRequest request(fixture.sandbox->url().resolved(QUrl(QStringLiteral("/__sandbox/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = fixture.network.post(request, rule);
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QList<KeyFlows::BulkItem> itemsOf(const FlowsFixture &fixture, const QList<ApiKey> &keys)
{
    QList<KeyFlows::BulkItem> items;
    for (const ApiKey &key : keys)
        items.append({fixture.target(), key});
    return items;
}

} // namespace

TEST(BulkRevokeFlow, TheTypedCountEnablesRevokeOnlyWhenExact)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    QList<ApiKey> keys;
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")})
        keys.append(fixture.createKeyDirectly(name).record);
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);

    fixture.flows->revokeMany(itemsOf(fixture, keys), false);
    auto *dialog = waitForDialog<BulkRevokeDialog>(fixture.window.get());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_EQ(dialog->questionText(), QStringLiteral("Revoke 3 keys?"));
    EXPECT_TRUE(dialog->cancelButton()->isDefault());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("keyList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->topLevelItemCount(), 3);
    EXPECT_TRUE(list->isColumnHidden(0)); // one organisation: no Organisation column
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("Beta"));
    EXPECT_EQ(list->topLevelItem(1)->text(3), QStringLiteral("never"));
    EXPECT_EQ(dialog->resultText(0), QStringLiteral("To revoke"));

    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(dialog->revokeButton()->isEnabled());
    for (const char *wrong : {"2", "4", "33", "03", "y", "three", "-3"}) {
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(wrong));
        EXPECT_FALSE(dialog->revokeButton()->isEnabled()) << wrong;
    }
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("3"));
    EXPECT_TRUE(dialog->revokeButton()->isEnabled());
    QTest::keyClick(edit, Qt::Key_Backspace);
    EXPECT_FALSE(dialog->revokeButton()->isEnabled());

    // Cancel (also Esc) revokes nothing.
    QTest::keyClicks(edit, QStringLiteral("3"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return visibleDialog<BulkRevokeDialog>(fixture.window.get()) == nullptr; }, 5000));
    EXPECT_EQ(revoked.count(), 0);
    for (const ApiKey &key : keys)
        EXPECT_FALSE(findKey(fixture.listKeys(), key.id)->revoked);

    // In the view of every organisation each row names its own.
    fixture.flows->revokeMany(itemsOf(fixture, keys), true);
    dialog = waitForDialog<BulkRevokeDialog>(fixture.window.get());
    ASSERT_NE(dialog, nullptr);
    list = dialog->findChild<QTreeWidget *>(QStringLiteral("keyList"));
    EXPECT_FALSE(list->isColumnHidden(0));
    EXPECT_EQ(list->topLevelItem(0)->text(0), fixture.profileName);
    dialog->cancelButton()->click();
}

TEST(BulkRevokeFlow, OneFailureIsReportedAndTheOthersAreRevoked)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    const ApiKey first = fixture.createKeyDirectly(QStringLiteral("First")).record;
    const ApiKey refused = fixture.createKeyDirectly(QStringLiteral("Refused")).record;
    const ApiKey last = fixture.createKeyDirectly(QStringLiteral("Last")).record;
    ApiKey gone = fixture.createKeyDirectly(QStringLiteral("Gone before")).record;
    bool done = false;
    ApiReply *early = fixture.client->revokeKey(gone.id);
    QObject::connect(early, &ApiReply::finished, early, [&] { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 30000));
    gone = *findKey(fixture.listKeys(), gone.id); // listed as revoked (LeadHQL)
    ASSERT_TRUE(gone.revoked);
    ASSERT_EQ(installFault(fixture,
                           QStringLiteral(R"({"fault":"status","status":400,"method":"DELETE","path":"/api-keys/%1"})")
                               .arg(refused.id)
                               .toUtf8()),
              200);

    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    QSignalSpy failed(fixture.flows.get(), &KeyFlows::requestFailed);
    QSignalSpy logged(fixture.flows.get(), &KeyFlows::actionFinished);
    fixture.flows->revokeMany(itemsOf(fixture, {first, refused, gone, last}), false);
    auto *dialog = waitForDialog<BulkRevokeDialog>(fixture.window.get());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->questionText(), QStringLiteral("Revoke 3 keys?")); // the revoked one is skipped
    EXPECT_EQ(dialog->resultText(2), QStringLiteral("Skipped: already revoked"));
    // keyRevoked lists the organisation again: only once every DELETE is done, or a
    // listing in flight would hide the later revokes from the table.
    QList<BulkRevokeDialog::State> statesWhenAnnounced;
    QObject::connect(fixture.flows.get(), &KeyFlows::keyRevoked, dialog,
                     [&statesWhenAnnounced, dialog] { statesWhenAnnounced.append(dialog->state()); });
    dialog->setConfirmationText(QStringLiteral("3"));
    ASSERT_TRUE(dialog->revokeButton()->isEnabled());
    dialog->revokeButton()->click();
    EXPECT_EQ(dialog->state(), BulkRevokeDialog::State::Revoking);
    EXPECT_FALSE(dialog->cancelButton()->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape); // ignored while revoking
    EXPECT_TRUE(dialog->isVisible());

    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->state() == BulkRevokeDialog::State::Done; }, 60000));
    EXPECT_EQ(dialog->resultText(0), QStringLiteral("Revoked"));
    EXPECT_TRUE(dialog->resultText(1).startsWith(QStringLiteral("Failed: "))) << dialog->resultText(1).toStdString();
    EXPECT_EQ(dialog->resultText(2), QStringLiteral("Skipped: already revoked"));
    EXPECT_EQ(dialog->resultText(3), QStringLiteral("Revoked"));
    const QString summary = dialog->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 keys revoked."))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 skipped"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("“Refused”"))) << summary.toStdString();
    EXPECT_TRUE(dialog->closeButton()->isVisible());
    saveScreenshot(dialog, QStringLiteral("bulk-revoke-partial"));

    // The window's banner is for single revokes: the dialog has said it.
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(revoked.count(), 2);
    EXPECT_EQ(statesWhenAnnounced,
              (QList<BulkRevokeDialog::State>{BulkRevokeDialog::State::Done, BulkRevokeDialog::State::Done}));
    ASSERT_EQ(logged.count(), 3); // one action-log entry per DELETE, as the single revoke
    QStringList outcomes;
    for (const QList<QVariant> &arguments : std::as_const(logged)) {
        const auto entry = arguments.at(0).value<ActionLogEntry>();
        EXPECT_EQ(entry.action, ActionLogEntry::revoke());
        outcomes.append(entry.keyId + u'=' + entry.outcome);
    }
    EXPECT_EQ(outcomes,
              (QStringList{first.id + u'=' + ActionLogEntry::ok(), refused.id + u'=' + ActionLogEntry::failed(),
                           last.id + u'=' + ActionLogEntry::ok()}));
    const QList<ApiKey> after = fixture.listKeys();
    EXPECT_TRUE(findKey(after, first.id)->revoked);
    EXPECT_FALSE(findKey(after, refused.id)->revoked);
    EXPECT_TRUE(findKey(after, last.id)->revoked);

    dialog->closeButton()->click();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return visibleDialog<BulkRevokeDialog>(fixture.window.get()) == nullptr; }, 5000));
}
