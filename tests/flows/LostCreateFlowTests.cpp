// The lost create response in the desktop flow (issue 5, item 2): the real sandbox
// stores the key and then resets the connection (or answers unreadably). KeyFlows says
// the outcome is unknown, finds exactly the new key and revokes it only when asked.
#include "CreateKeyDialog.h"
#include "FlowsTestSupport.h"
#include "LostKeyDialog.h"
#include "RevealKeyDialog.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// A call to the sandbox's loopback control endpoints: status and body.
struct ControlAnswer final {
    int status = 0;
    QByteArray body;
};

ControlAnswer control(FlowsFixture &fixture, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    QUrl url = fixture.sandbox->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = fixture.network.sendCustomRequest(request, method, body);
    ControlAnswer answer;
    EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000));
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

void injectFaults(FlowsFixture &fixture, const QByteArray &plan)
{
    const ControlAnswer answer = control(fixture, "POST", QStringLiteral("/__sandbox/faults"), plan);
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
}

// POST requests the sandbox received (control calls are not counted).
int postsReceived(FlowsFixture &fixture)
{
    const ControlAnswer answer = control(fixture, "GET", QStringLiteral("/__sandbox/stats"));
    int posts = 0;
    const QJsonArray log = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("log")).toArray();
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value(QStringLiteral("method")).toString() == QStringLiteral("POST"))
            ++posts;
    }
    return posts;
}

QSet<QString> idsOf(const QList<ApiKey> &keys)
{
    QSet<QString> ids;
    for (const ApiKey &key : keys)
        ids.insert(key.id);
    return ids;
}

// Types the name into the create dialog and clicks Create; returns the lost-key
// dialog once its search has finished (nullptr if it never appears).
LostKeyDialog *createAndLoseTheAnswer(FlowsFixture &fixture, const QString &name, const QList<ApiKey> &tableKeys)
{
    fixture.flows->create(fixture.target(), tableKeys);
    auto *create = visibleDialog<CreateKeyDialog>(fixture.window.get());
    EXPECT_NE(create, nullptr);
    if (!create)
        return nullptr;
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    auto *lost = waitForDialog<LostKeyDialog>(fixture.window.get(), 60000);
    EXPECT_NE(lost, nullptr) << "no lost-key dialog";
    if (!lost)
        return nullptr;
    EXPECT_TRUE(QTest::qWaitFor([lost] { return lost->state() != LostKeyDialog::State::Searching; }, 60000));
    EXPECT_EQ(visibleDialog<CreateKeyDialog>(fixture.window.get()), nullptr) << "the create dialog stayed open";
    EXPECT_EQ(visibleDialog<RevealKeyDialog>(fixture.window.get()), nullptr);
    return lost;
}

bool closed(FlowsFixture &fixture)
{
    return QTest::qWaitFor([&] { return visibleDialog<LostKeyDialog>(fixture.window.get()) == nullptr; }, 60000);
}

// The whole story against one dialect: an older live key with the same name exists,
// the create's answer is lost, the dialog names only the new key, Revoke It Now.
// Returns the lost key's id.
QString revokeTheLostKey(FlowsFixture &fixture)
{
    const QString name = QStringLiteral("nightly-export");
    const CreatedKey older = fixture.createKeyDirectly(name);
    const QList<ApiKey> table = fixture.listKeys();
    EXPECT_TRUE(idsOf(table).contains(older.record.id));
    const int postsBefore = postsReceived(fixture);

    injectFaults(fixture, R"({"fault":"commit-then-drop","method":"POST","path":"*","count":1})");
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    QSignalSpy keysChanged(fixture.flows.get(), &KeyFlows::keysChanged);
    QSignalSpy failed(fixture.flows.get(), &KeyFlows::requestFailed);
    QSignalSpy created(fixture.flows.get(), &KeyFlows::keyCreated);
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, name, table);
    if (!dialog)
        return {};
    EXPECT_EQ(postsReceived(fixture), postsBefore + 1) << "the create was sent more than once";

    // Plain words first: the outcome is unknown, the secret can never be shown.
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().contains(QStringLiteral("not known")));
    EXPECT_TRUE(explanation.contains(QStringLiteral("answer was lost"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("can never be shown"))) << explanation.toStdString();

    EXPECT_EQ(dialog->state(), LostKeyDialog::State::Found) << dialog->problemText().toStdString();
    EXPECT_FALSE(dialog->isAmbiguous());
    const QStringList listed = dialog->listedIds();
    EXPECT_EQ(listed.size(), 1);
    if (listed.size() != 1)
        return {};
    const QString lostId = listed.constFirst();
    EXPECT_NE(lostId, older.record.id);
    const std::optional<ApiKey> onServer = findKey(fixture.listKeys(), lostId);
    EXPECT_TRUE(onServer.has_value());
    if (onServer) {
        EXPECT_EQ(onServer->name, name);
        EXPECT_FALSE(onServer->revoked);
    }
    // The row names the key, its masked identifier and when it was made.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    EXPECT_EQ(tree->topLevelItem(0)->text(0), name);
    if (onServer) {
        EXPECT_EQ(tree->topLevelItem(0)->text(1), onServer->keyPrefix.isEmpty() ? lostId : onServer->keyPrefix);
    }
    EXPECT_FALSE(tree->topLevelItem(0)->text(2).isEmpty());

    EXPECT_TRUE(dialog->revokeButton()->isVisible());
    EXPECT_TRUE(dialog->revokeButton()->isEnabled());
    EXPECT_TRUE(dialog->revokeButton()->isDefault());
    EXPECT_EQ(dialog->revokeButton()->text().remove(u'&'), QStringLiteral("Revoke It Now"));
    EXPECT_EQ(dialog->leaveButton()->text().remove(u'&'), QStringLiteral("Leave It"));
    EXPECT_FALSE(dialog->revokeButton()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog->leaveButton()->accessibleName().isEmpty());
    // Never revoked without the click.
    EXPECT_EQ(revoked.count(), 0);
    dialog->grab().save(QStringLiteral("/tmp/lost-key.png"));

    dialog->revokeButton()->click();
    EXPECT_TRUE(revoked.wait(60000) || revoked.count() == 1);
    EXPECT_TRUE(closed(fixture));
    EXPECT_EQ(revoked.count(), 1);
    if (!revoked.isEmpty()) {
        EXPECT_EQ(revoked.first().at(0).toString(), fixture.profileName);
        EXPECT_EQ(revoked.first().at(1).toString(), lostId);
    }
    EXPECT_EQ(keysChanged.count(), 1); // the window lists its keys again
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(created.count(), 0);
    EXPECT_TRUE(fixture.handoffs->pending(fixture.profileName).isEmpty());
    EXPECT_FALSE(fixture.flows->isBusy());

    // The older key with the same name was not touched.
    const std::optional<ApiKey> olderAfter = findKey(fixture.listKeys(), older.record.id);
    EXPECT_TRUE(olderAfter.has_value() && !olderAfter->revoked);
    return lostId;
}

} // namespace

TEST(LostCreateFlow, LeadHqlRevokeItNowRevokesOnlyTheNewKey)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    const QString lostId = revokeTheLostKey(fixture);
    ASSERT_FALSE(lostId.isEmpty());
    // LeadHQL lists revoked keys: it now says so.
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), lostId);
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->revoked);
}

TEST(LostCreateFlow, LocalLeadsRevokeItNowRemovesTheNewKey)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QString lostId = revokeTheLostKey(fixture);
    ASSERT_FALSE(lostId.isEmpty());
    // LocalLeads deletes revoked keys.
    EXPECT_FALSE(findKey(fixture.listKeys(), lostId).has_value());
}

TEST(LostCreateFlow, LeaveItLeavesTheKeyActive)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    injectFaults(fixture, R"({"fault":"commit-then-drop","method":"POST","path":"*","count":1})");
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    QSignalSpy keysChanged(fixture.flows.get(), &KeyFlows::keysChanged);
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("keep-anyway"), fixture.listKeys());
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    ASSERT_EQ(dialog->listedIds().size(), 1);
    const QString lostId = dialog->listedIds().constFirst();

    dialog->leaveButton()->click();
    ASSERT_TRUE(closed(fixture));
    QTest::qWait(200);
    EXPECT_EQ(revoked.count(), 0);
    EXPECT_EQ(keysChanged.count(), 1);
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), lostId);
    ASSERT_TRUE(after.has_value());
    EXPECT_FALSE(after->revoked);
    EXPECT_TRUE(fixture.handoffs->pending(fixture.profileName).isEmpty());
}

TEST(LostCreateFlow, EscapeIsLeaveItNeverARevoke)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    injectFaults(fixture, R"({"fault":"commit-then-drop","method":"POST","path":"*","count":1})");
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("escaped"), fixture.listKeys());
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    const QString lostId = dialog->listedIds().value(0);
    QTest::keyClick(dialog, Qt::Key_Escape);
    ASSERT_TRUE(closed(fixture));
    QTest::qWait(200);
    EXPECT_EQ(revoked.count(), 0);
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), lostId);
    ASSERT_TRUE(after.has_value());
    EXPECT_FALSE(after->revoked);
}

TEST(LostCreateFlow, AListingFailureIsShownAndRetryFindsTheKey)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QList<ApiKey> table = fixture.listKeys();
    // 500 is not retried by the client, so the first listing fails; the second works.
    injectFaults(fixture, R"({"faults":[{"fault":"commit-then-drop","method":"POST","path":"*","count":1},
                                        {"fault":"status","status":500,"method":"GET","path":"*","count":1}]})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("listed-later"), table);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::SearchFailed);
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("could not be read")))
        << dialog->problemText().toStdString();
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("server had a problem")))
        << dialog->problemText().toStdString();
    EXPECT_TRUE(dialog->retryButton()->isVisible());
    EXPECT_TRUE(dialog->retryButton()->isDefault());
    EXPECT_FALSE(dialog->revokeButton()->isVisible());
    dialog->grab().save(QStringLiteral("/tmp/lost-key-failed.png"));

    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    dialog->retryButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->state() == LostKeyDialog::State::Found; }, 60000))
        << dialog->problemText().toStdString();
    EXPECT_TRUE(dialog->problemText().isEmpty());
    ASSERT_EQ(dialog->listedIds().size(), 1);
    const QString lostId = dialog->listedIds().constFirst();
    dialog->revokeButton()->click();
    EXPECT_TRUE(revoked.wait(60000) || revoked.count() == 1);
    EXPECT_TRUE(closed(fixture));
    EXPECT_FALSE(findKey(fixture.listKeys(), lostId).has_value());
}

TEST(LostCreateFlow, AFailedRevokeKeepsTheKeyListedForAnotherTry)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    injectFaults(fixture, R"({"fault":"commit-then-drop","method":"POST","path":"*","count":1})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("stubborn"), fixture.listKeys());
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    const QString lostId = dialog->listedIds().value(0);

    // A 400 is not retried: the revoke fails once.
    injectFaults(fixture, R"({"fault":"status","status":400,"method":"DELETE","path":"*","count":1})");
    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    dialog->revokeButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->state() == LostKeyDialog::State::Found; }, 60000));
    EXPECT_EQ(revoked.count(), 0);
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("was not revoked")))
        << dialog->problemText().toStdString();
    EXPECT_EQ(dialog->listedIds(), QStringList{lostId});

    dialog->revokeButton()->click();
    EXPECT_TRUE(revoked.wait(60000) || revoked.count() == 1);
    EXPECT_TRUE(closed(fixture));
    const std::optional<ApiKey> after = findKey(fixture.listKeys(), lostId);
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->revoked);
}

TEST(LostCreateFlow, AmbiguousCandidatesAreChosenByCheckBox)
{
    FlowsFixture fixture(QStringLiteral("leadhql"));
    const QString name = QStringLiteral("twin");
    // The window's table was read before someone else made a key with the same name.
    const QList<ApiKey> table = fixture.listKeys();
    const CreatedKey someoneElses = fixture.createKeyDirectly(name);
    injectFaults(fixture, R"({"fault":"commit-then-drop","method":"POST","path":"*","count":1})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, name, table);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    EXPECT_TRUE(dialog->isAmbiguous());
    const QStringList listed = dialog->listedIds();
    ASSERT_EQ(listed.size(), 2);
    ASSERT_TRUE(listed.contains(someoneElses.record.id));
    const QString lostId = listed.at(0) == someoneElses.record.id ? listed.at(1) : listed.at(0);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("2 keys named “twin”")))
        << dialog->statusText().toStdString();

    // Nothing is checked in advance; Revoke waits for a choice.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        EXPECT_EQ(tree->topLevelItem(row)->checkState(0), Qt::Unchecked);
        EXPECT_FALSE(tree->topLevelItem(row)->text(2).isEmpty()); // createdAt shown
    }
    EXPECT_TRUE(dialog->selectedIds().isEmpty());
    EXPECT_FALSE(dialog->revokeButton()->isEnabled());
    EXPECT_EQ(dialog->revokeButton()->text().remove(u'&'), QStringLiteral("Revoke Selected"));
    dialog->setSelected(lostId, true);
    EXPECT_EQ(dialog->selectedIds(), QStringList{lostId});
    EXPECT_TRUE(dialog->revokeButton()->isEnabled());
    dialog->grab().save(QStringLiteral("/tmp/lost-key-ambiguous.png"));

    QSignalSpy revoked(fixture.flows.get(), &KeyFlows::keyRevoked);
    dialog->revokeButton()->click();
    EXPECT_TRUE(revoked.wait(60000) || revoked.count() == 1);
    EXPECT_TRUE(closed(fixture));
    ASSERT_EQ(revoked.count(), 1);
    EXPECT_EQ(revoked.first().at(1).toString(), lostId);
    const QList<ApiKey> after = fixture.listKeys();
    EXPECT_TRUE(findKey(after, lostId).value_or(ApiKey{}).revoked);
    const std::optional<ApiKey> other = findKey(after, someoneElses.record.id);
    ASSERT_TRUE(other.has_value());
    EXPECT_FALSE(other->revoked);
}

TEST(LostCreateFlow, ADropBeforeTheServerActedFindsNothing)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QSet<QString> before = idsOf(fixture.listKeys());
    injectFaults(fixture, R"({"fault":"drop","method":"POST","path":"*","count":1})");
    QSignalSpy keysChanged(fixture.flows.get(), &KeyFlows::keysChanged);
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("never-made"), fixture.listKeys());
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::NothingFound);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("No new key"))) << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Nothing to do")));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Refresh")));
    EXPECT_FALSE(dialog->revokeButton()->isVisible());
    EXPECT_TRUE(dialog->closeButton()->isVisible());
    EXPECT_TRUE(dialog->closeButton()->isDefault());
    dialog->closeButton()->click();
    ASSERT_TRUE(closed(fixture));
    EXPECT_EQ(keysChanged.count(), 1);
    EXPECT_EQ(idsOf(fixture.listKeys()), before);
}

TEST(LostCreateFlow, AListWithoutCreationTimesSaysItCannotTell)
{
    // The key the server made used to be skipped for want of a createdAt, and the
    // dialog said "the server did not create it. Nothing to do."
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QString name = QStringLiteral("undated");
    const QList<ApiKey> table = fixture.listKeys();
    injectFaults(fixture, R"({"faults":[{"fault":"commit-then-drop","method":"POST","path":"*","count":1},
                                        {"fault":"omit-field","field":"createdAt","method":"GET"}]})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, name, table);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("cannot tell"))) << dialog->statusText().toStdString();
    EXPECT_FALSE(dialog->statusText().contains(QStringLiteral("Nothing to do")));
    ASSERT_EQ(dialog->listedIds().size(), 1);
    // Even one such key is a choice for the user, never pre-checked.
    EXPECT_TRUE(dialog->isAmbiguous());
    EXPECT_TRUE(dialog->selectedIds().isEmpty());
    EXPECT_FALSE(dialog->revokeButton()->isEnabled());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    EXPECT_EQ(tree->topLevelItem(0)->text(2), QStringLiteral("unknown"));
    dialog->leaveButton()->click();
    ASSERT_TRUE(closed(fixture));
}

TEST(LostCreateFlow, ACreateAnsweredWithARedirectIsLookedInto)
{
    // Qt used to follow the 302 with a GET, and the 404 that came back was shown
    // as the create's error: nobody looked for the key the server had made.
    FlowsFixture fixture(QStringLiteral("localleads"));
    const QString name = QStringLiteral("redirected");
    const QList<ApiKey> table = fixture.listKeys();
    injectFaults(
        fixture,
        R"({"fault":"commit-then-redirect","status":302,"location":"/moved","method":"POST","path":"*","count":1})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, name, table);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    ASSERT_EQ(dialog->listedIds().size(), 1);
    const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    EXPECT_TRUE(explanation.contains(QStringLiteral("redirect to http://127.0.0.1:"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("/moved"))) << explanation.toStdString();
    dialog->leaveButton()->click();
    ASSERT_TRUE(closed(fixture));
}

TEST(LostCreateFlow, AnUnreadableAnswerToACreateIsLookedIntoToo)
{
    FlowsFixture fixture(QStringLiteral("localleads"));
    // The sandbox stores the key and answers 200 with fields of the wrong type.
    injectFaults(fixture, R"({"fault":"wrong-types","method":"POST","path":"*","count":1})");
    LostKeyDialog *dialog = createAndLoseTheAnswer(fixture, QStringLiteral("garbled"), fixture.listKeys());
    ASSERT_NE(dialog, nullptr);
    const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    EXPECT_TRUE(explanation.contains(QStringLiteral("could not be read"))) << explanation.toStdString();
    ASSERT_EQ(dialog->state(), LostKeyDialog::State::Found);
    ASSERT_EQ(dialog->listedIds().size(), 1);
    dialog->leaveButton()->click();
    EXPECT_TRUE(closed(fixture));
}
