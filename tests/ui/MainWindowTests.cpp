#include "MainWindowFixture.h"

#include "ApiClient.h"
#include "BulkRevokeDialog.h"
#include "CreateKeyDialog.h"
#include "ErrorBanner.h"
#include "HostileText.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "ProfileDialog.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// Creates a key directly through the API, as another administrator would.
CreatedKey createThroughApi(UiTestEnvironment &env, SandboxServer *server, const QString &credential,
                            const QString &name)
{
    Connection connection;
    connection.dialect = server->dialect();
    connection.baseUrl = server->url();
    connection.credential = credential;
    ApiClient client(&env.network, connection);
    CreateKeyRequest request;
    request.name = name;
    ApiReply *reply = client.createKey(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    CreatedKey created;
    QObject::connect(reply, &ApiReply::finished, [&created, reply] { created = reply->createdKey(); });
    EXPECT_TRUE(finished.wait(20000));
    return created;
}

} // namespace

TEST_F(MainWindowTest, PopulatesFromTheSandboxAndRefreshesOnF5)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    env.addProfile(QStringLiteral("Northwind"), server, credential);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));

    const int before = window->keyModel().rowCount();
    EXPECT_GT(before, 1);
    EXPECT_TRUE(window->emptyStateText().isEmpty());
    EXPECT_TRUE(window->statusText().startsWith(QStringLiteral("Last refreshed ")));
    EXPECT_EQ(window->profileSelector()->currentText(), QStringLiteral("Northwind — LocalLeads"));
    EXPECT_FALSE(window->keyTable()->isColumnHidden(KeyTableModel::CreatedBy));
    EXPECT_TRUE(window->keyTable()->isColumnHidden(KeyTableModel::UsageCount)); // LocalLeads reports none

    createThroughApi(env, server, credential, QStringLiteral("Added elsewhere"));
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(window->keyModel().rowCount(), before + 1);
    EXPECT_TRUE(visibleNames().contains(QStringLiteral("Added elsewhere")));
}

TEST_F(MainWindowTest, FilterNarrowsTheTableAndExplainsNoMatch)
{
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));
    const int all = window->keyTable()->model()->rowCount();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window->filterEdit()->hasFocus());
    QTest::keyClicks(window->filterEdit(), QStringLiteral("revoked"));
    const int revoked = window->keyTable()->model()->rowCount();
    EXPECT_GT(revoked, 0);
    EXPECT_LT(revoked, all);
    for (int row = 0; row < revoked; ++row)
        EXPECT_EQ(window->keyTable()->model()->index(row, KeyTableModel::Status).data().toString(),
                  QStringLiteral("Revoked"));

    window->filterEdit()->setText(QStringLiteral("no such key anywhere"));
    EXPECT_EQ(window->keyTable()->model()->rowCount(), 0);
    EXPECT_TRUE(window->emptyStateText().contains(QStringLiteral("No key matches")));
    window->filterEdit()->clear();
    EXPECT_EQ(window->keyTable()->model()->rowCount(), all);
    EXPECT_TRUE(window->emptyStateText().isEmpty());
}

TEST_F(MainWindowTest, ColumnLayoutAndSortSurviveANewWindow)
{
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    {
        QHeaderView *header = window->keyTable()->horizontalHeader();
        header->setSectionHidden(KeyTableModel::LastUsed, true);
        header->setSectionHidden(KeyTableModel::Key, false); // shown through the header menu
        window->keyTable()->sortByColumn(KeyTableModel::UsageCount, Qt::AscendingOrder);
    }
    window->close();
    openWindow(); // a new window on the same settings
    ASSERT_TRUE(waitForKeys(*window));
    QHeaderView *header = window->keyTable()->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(KeyTableModel::LastUsed));
    EXPECT_FALSE(header->isSectionHidden(KeyTableModel::Key));
    EXPECT_EQ(header->sortIndicatorSection(), KeyTableModel::UsageCount);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // The proxy really sorts that way: usage counts ascending.
    const QAbstractItemModel *model = window->keyTable()->model();
    qint64 previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant usage = model->index(row, KeyTableModel::UsageCount).data(KeyTableModel::SortRole);
        ASSERT_TRUE(usage.isValid());
        EXPECT_GE(usage.toLongLong(), previous);
        previous = usage.toLongLong();
    }
}

TEST_F(MainWindowTest, RejectedCredentialShowsBannerAndOpensTheProfileDialogOnce)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Wrong"), server, QStringLiteral("ll_") + QString(64, QLatin1Char('0')));
    makeWindow();
    show(Focus::Active);
    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    window->start();
    ASSERT_TRUE(failed.wait(20000));

    EXPECT_EQ(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Authentication);
    EXPECT_TRUE(window->banner()->isVisibleTo(window.get()));
    EXPECT_TRUE(window->banner()->message().startsWith(QStringLiteral("Wrong: ")));
    EXPECT_TRUE(window->banner()->message().contains(failed.at(0).at(1).value<ApiError>().userMessage()));
    EXPECT_TRUE(window->emptyStateText().contains(QStringLiteral("could not be loaded")));
    ProfileDialog *dialog = window->openProfileDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->isEditing());
    EXPECT_EQ(dialog->profileName(), QStringLiteral("Wrong"));

    // Another refused request: the banner stays, no second dialog.
    window->refresh();
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(window->findChildren<ProfileDialog *>().size(), 1);
    EXPECT_FALSE(window->banner()->message().isEmpty());
}

TEST_F(MainWindowTest, CreateIsDisabledWithTheReasonAtTheLocalLeadsLimit)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential(); // the first active key
    for (int i = 1; i < 10; ++i)
        createThroughApi(env, server, credential, QStringLiteral("Key %1").arg(i));
    env.addProfile(QStringLiteral("Full"), server, credential);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));

    ASSERT_EQ(window->keyModel().activeCount(), 10);
    QAction *create = action("actionCreateKey");
    EXPECT_FALSE(create->isEnabled());
    EXPECT_FALSE(create->toolTip().isEmpty());
    EXPECT_TRUE(window->statusText().contains(create->toolTip()));
    EXPECT_TRUE(create->toolTip().contains(QStringLiteral("10"))) << create->toolTip().toStdString();
}

TEST_F(MainWindowTest, CopyIdentifierCopiesTheIdentifierNeverTheKey)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    const CreatedKey created = createThroughApi(env, server, credential, QStringLiteral("To copy"));
    ASSERT_FALSE(created.secret.isEmpty());
    env.addProfile(QStringLiteral("Copy"), server, credential);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));

    QTableView *table = window->keyTable();
    const QModelIndexList match = table->model()->match(table->model()->index(0, KeyTableModel::Name), Qt::DisplayRole,
                                                        QStringLiteral("To copy"), 1, Qt::MatchExactly);
    ASSERT_EQ(match.size(), 1);
    table->setFocus();
    table->selectRow(match.constFirst().row());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_EQ(copied, created.record.keyPrefix);
    EXPECT_TRUE(copied.startsWith(QStringLiteral("ll_")));
    EXPECT_NE(copied, created.secret);
    EXPECT_LT(copied.size(), created.secret.size());
}

TEST_F(MainWindowTest, EmptyStatesGuideTheUser)
{
    openWindow();
    EXPECT_TRUE(window->emptyStateText().contains(QStringLiteral("Add an organisation to start")));
    EXPECT_FALSE(action("actionCreateKey")->isEnabled());
    // Gone before the organisation is added.
    window.reset();
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, false); // a session token, no keys yet
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Fresh"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    EXPECT_EQ(window->keyModel().rowCount(), 0);
    EXPECT_TRUE(window->emptyStateText().startsWith(QStringLiteral("No API keys yet — press Ctrl+N")))
        << window->emptyStateText().toStdString();
    EXPECT_TRUE(action("actionCreateKey")->isEnabled());
}

TEST_F(MainWindowTest, TrustLeadsExplainsThatItHasNoKeyManagement)
{
    SandboxServer *server = env.startSandbox(Dialect::TrustLeads, false);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Trust"), server);
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->emptyStateText().contains(QStringLiteral("no key-management API")); }, 20000));
    QAction *create = action("actionCreateKey");
    EXPECT_FALSE(create->isEnabled());
    EXPECT_FALSE(create->toolTip().isEmpty());
    EXPECT_TRUE(window->statusText().contains(create->toolTip()));
}

TEST_F(MainWindowTest, ExpiredLeadHqlTokenAsksForANewOneInsteadOfFailing)
{
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server); // the session token lives 12 hours
    env.clockOffsetSeconds = 13 * 3600;
    makeWindow();
    show();
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    window->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->openProfileDialog() != nullptr; }, 20000));
    EXPECT_TRUE(window->banner()->message().contains(QStringLiteral("expired")));
    EXPECT_EQ(window->banner()->level(), ErrorBanner::Level::Error);
    window->refresh();
    QTest::qWait(200);
    EXPECT_EQ(loaded.count(), 0);
    EXPECT_EQ(failed.count(), 0); // no request was sent with the lapsed token
}

TEST_F(MainWindowTest, LeadHqlTokenAboutToLapseIsAnnouncedAndKeysStillLoad)
{
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    env.clockOffsetSeconds = 11 * 3600 + 30 * 60; // 30 minutes left
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    EXPECT_EQ(window->banner()->level(), ErrorBanner::Level::Warning);
    EXPECT_TRUE(window->banner()->message().contains(QStringLiteral("expires in")))
        << window->banner()->message().toStdString();
    EXPECT_EQ(window->openProfileDialog(), nullptr);
}

TEST_F(MainWindowTest, RemovingAnOrganisationAsksFirstAndDeletesItsKeychainEntries)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Gone"), server);
    CreatedKey pending;
    pending.record.id = QStringLiteral("42");
    pending.record.name = QStringLiteral("Not yet handed off");
    pending.secret = QStringLiteral("ll_") + QString(64, QLatin1Char('a'));
    SecretJob *stored = env.handoffs.begin(QStringLiteral("Gone"), pending);
    QSignalSpy storedSpy(stored, &SecretJob::finished);
    ASSERT_TRUE(storedSpy.wait(10000));
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));

    action("actionRemoveProfile")->trigger();
    QMessageBox *box = window->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("not been handed off")));
    EXPECT_TRUE(env.profiles.find(QStringLiteral("Gone")).has_value()); // nothing happens before confirming
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    ASSERT_NE(remove, nullptr);
    remove->click();

    EXPECT_FALSE(env.profiles.find(QStringLiteral("Gone")).has_value());
    EXPECT_TRUE(env.handoffs.pending(QStringLiteral("Gone")).isEmpty());
    EXPECT_TRUE(window->emptyStateText().contains(QStringLiteral("Add an organisation")));
    SecretJob *read = env.secrets.read(SecretStore::credentialEntry(QStringLiteral("Gone")));
    QSignalSpy readSpy(read, &SecretJob::finished);
    SecretError::Kind kind = SecretError::Kind::None;
    QObject::connect(read, &SecretJob::finished, [&kind, read] { kind = read->error().kind; });
    ASSERT_TRUE(readSpy.wait(10000));
    EXPECT_EQ(kind, SecretError::Kind::NotFound);
}

TEST_F(MainWindowTest, CreatedKeyKeptForLaterShowsThePendingBadgeAndCanBeHandedOff)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Northwind"), server);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));
    const int before = window->keyModel().rowCount();

    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    CreateKeyDialog *create = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (create = window->findChild<CreateKeyDialog *>()) && create->isVisible(); }, 10000));
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Made in the window"));
    create->accept();
    RevealKeyDialog *reveal = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (reveal = window->findChild<RevealKeyDialog *>()) && reveal->isVisible(); }, 20000));
    ASSERT_TRUE(loaded.wait(20000)); // keyCreated refreshes the table
    EXPECT_EQ(window->keyModel().rowCount(), before + 1);

    // The keychain (here: memory) holds the key, so "later" needs no extra confirmation.
    EXPECT_TRUE(reveal->warningText().isEmpty());
    reveal->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
    const int row = window->keyModel().rowOfId(window->keyModel().keys().last().id);
    ASSERT_GE(row, 0);
    const QModelIndex keyCell = window->keyModel().index(row, KeyTableModel::Key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keyCell.data(KeyTableModel::PendingHandoffRole).toBool(); }, 10000));
    EXPECT_TRUE(keyCell.data().toString().endsWith(QStringLiteral("pending handoff")));
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("1 key waits for handoff")));

    const QModelIndex proxyIndex = static_cast<const KeyFilterProxy *>(window->keyTable()->model())
                                       ->mapFromSource(keyCell);
    window->keyTable()->selectRow(proxyIndex.row());
    EXPECT_TRUE(action("actionHandOff")->isEnabled());
}

// Several rows selected: Revoke (Delete) opens the bulk preview of exactly those keys;
// one row: the single confirmation, as before.
TEST_F(MainWindowTest, RevokeWithSeveralRowsSelectedOpensTheBulkPreview)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Northwind"), server);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));
    QTableView *table = window->keyTable();
    ASSERT_GE(table->model()->rowCount(), 3);
    EXPECT_EQ(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList names{table->model()->index(0, KeyTableModel::Name).data(KeyTableModel::SortRole).toString(),
                            table->model()->index(2, KeyTableModel::Name).data(KeyTableModel::SortRole).toString()};
    ASSERT_TRUE(action("actionRevoke")->isEnabled()) << action("actionRevoke")->toolTip().toStdString();
    EXPECT_EQ(action("actionRevoke")->toolTip(), QStringLiteral("Revoke the 2 selected keys"));
    EXPECT_FALSE(action("actionHandOff")->isEnabled());

    QTest::keyClick(table, Qt::Key_Delete);
    BulkRevokeDialog *bulk = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (bulk = window->findChild<BulkRevokeDialog *>()) && bulk->isVisible(); }, 10000));
    ASSERT_EQ(bulk->items().size(), 2);
    EXPECT_EQ((QStringList{bulk->items().at(0).key.name, bulk->items().at(1).key.name}), names);
    EXPECT_EQ(bulk->items().at(0).organisation, QStringLiteral("Northwind"));
    EXPECT_TRUE(bulk->findChild<QTreeWidget *>(QStringLiteral("keyList"))->isColumnHidden(0));
    EXPECT_EQ(window->findChild<RevokeConfirmation *>(), nullptr);
    bulk->cancelButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<BulkRevokeDialog *>(); }, 10000));

    table->selectRow(1);
    ASSERT_TRUE(action("actionRevoke")->isEnabled()) << action("actionRevoke")->toolTip().toStdString();
    // The action itself: offscreen, the window is not active again after a modal dialog,
    // so a second Delete would not reach it (the same after two single revokes).
    action("actionRevoke")->trigger();
    RevokeConfirmation *single = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (single = window->findChild<RevokeConfirmation *>()) && single->isVisible(); }, 10000));
    EXPECT_EQ(window->findChild<BulkRevokeDialog *>(), nullptr);
    single->cancelButton()->click();
}

TEST_F(MainWindowTest, KeyNamesFromTheServerShowAsPlainTextAndTheFilterFindsTheRealName)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    const QList<HostileName> names = hostileKeyNames();
    for (const HostileName &name : names)
        ASSERT_FALSE(createThroughApi(env, server, credential, name.received).record.id.isEmpty());
    env.addProfile(QStringLiteral("Hostile"), server, credential);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));

    const QStringList shown = visibleNames();
    QTableView *table = window->keyTable();
    for (const HostileName &name : names) {
        EXPECT_TRUE(shown.contains(name.shown)) << name.shown.toStdString();
        // Found by what the server sent, as if pasted from its dashboard.
        window->filterEdit()->setText(name.received);
        ASSERT_EQ(table->model()->rowCount(), 1) << name.shown.toStdString();
        const QModelIndex cell = table->model()->index(0, KeyTableModel::Name);
        EXPECT_EQ(cell.data().toString(), name.shown);
        EXPECT_EQ(cell.data(KeyTableModel::SortRole).toString(), name.received);
        EXPECT_TRUE(cell.data(Qt::AccessibleTextRole).toString().startsWith(name.shown));
        table->selectRow(0);
        EXPECT_EQ(shownAsToolTip(action("actionRevoke")->toolTip()), QStringLiteral("Revoke “%1”").arg(name.shown));
    }
    window->filterEdit()->clear();
    EXPECT_EQ(table->model()->rowCount(), names.size() + 1); // and the sandbox's admin key
}

TEST_F(MainWindowTest, TheBannerAndTheProfileDialogShowTheirTextAsPlainText)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(server, nullptr);
    const QString name = QStringLiteral("<img src=x>");
    env.addProfile(name, server, QStringLiteral("ll_") + QString(64, QLatin1Char('0')));
    makeWindow();
    show(Focus::Active);
    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    window->start();
    ASSERT_TRUE(failed.wait(20000));

    const QLabel *text = window->banner()->findChild<QLabel *>(QStringLiteral("errorBannerText"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->textFormat(), Qt::PlainText);
    EXPECT_TRUE(text->text().startsWith(QStringLiteral("<img src=x>: The server refused the credential")))
        << text->text().toStdString();
    ProfileDialog *dialog = window->openProfileDialog();
    ASSERT_NE(dialog, nullptr);
    const QLabel *reason = dialog->findChild<QLabel *>(QStringLiteral("introLabel"));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(reason->textFormat(), Qt::PlainText);
    EXPECT_TRUE(reason->text().contains(QStringLiteral("credential of “<img src=x>”")));
    EXPECT_EQ(window->emptyStateText(),
              QStringLiteral("The keys of “<img src=x>” could not be loaded. See the message above."));
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("emptyLabel"))->textFormat(), Qt::PlainText);
}

// A launch on the organisation opened last time writes nothing: a settings write is a
// lock file, a synced temporary file and a rename on the GUI thread.
TEST_F(MainWindowTest, OpeningTheLastUsedOrganisationLeavesTheSettingsFileAlone)
{
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    env.settings.sync();
    ASSERT_EQ(env.settings.value(QStringLiteral("mainWindow/currentProfile")).toString(), QStringLiteral("Acme"));
    window.reset(); // never closed: closing saves the layout
    const QFileInfo file(env.settings.fileName());
    const QDateTime written = file.fileTime(QFileDevice::FileModificationTime);
    QTest::qWait(20); // a rewrite would carry a later time

    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    env.settings.sync(); // writes whatever the window changed
    EXPECT_EQ(QFileInfo(env.settings.fileName()).fileTime(QFileDevice::FileModificationTime), written);
}
