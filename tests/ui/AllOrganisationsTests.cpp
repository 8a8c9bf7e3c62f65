// The window's "All organisations" view (docs/design.md#all-organisations) on three real
// keydesk-sandbox processes: LeadHQL and LocalLeads with demo keys, and a LocalLeads
// server that refuses the stored credential. The lists, the revoke and the periodic
// refresh are checked on the servers' own request counts; the inventory is a real
// SQLite file; the state after a revoke is read back with the real keydesk-cli.
#include "MainWindowFixture.h"

#include "BulkRevokeDialog.h"
#include "ErrorBanner.h"
#include "FaultSandbox.h"
#include "InventoryPanels.h"
#include "KeyDetailsPane.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "ProfileSelector.h"
#include "RevokeConfirmation.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString hq = QStringLiteral("HQ Leads");          // LeadHQL
const QString office = QStringLiteral("Local Office");  // LocalLeads
const QString broken = QStringLiteral("Broken Branch"); // LocalLeads, the credential is refused

const QString leadHqlList = QStringLiteral("/api-keys");
const QString localLeadsList = QStringLiteral("/api/v1/api-keys");

// Holds back the answer to the next list (the server has handled it), so that a test sees
// every list in flight before any answers.
const QByteArray holdNextList = R"({"fault":"latency","method":"GET","path":"/api*","count":1,"delayMs":6000})";

std::optional<InventorySnapshot> lastKnown(Inventory &inventory, const QString &organisation)
{
    std::optional<InventorySnapshot> snapshot;
    bool done = false;
    inventory.lastKnown(organisation, &inventory, [&](const InventoryResult<std::optional<InventorySnapshot>> &result) {
        done = true;
        if (result.ok())
            snapshot = result.value;
    });
    EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 20000));
    return snapshot;
}

QList<ActionLogEntry> actionLog(Inventory &inventory)
{
    QList<ActionLogEntry> entries;
    bool done = false;
    inventory.actionLog({}, &inventory, [&](const InventoryResult<QList<ActionLogEntry>> &result) {
        done = true;
        entries = result.value;
    });
    EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 20000));
    return entries;
}

// The loaded spy's profile names.
QStringList namesIn(const QSignalSpy &spy)
{
    QStringList names;
    for (const QList<QVariant> &arguments : spy)
        names << arguments.at(0).toString();
    return names;
}

int countFor(const QSignalSpy &spy, const QString &name)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == name)
            return arguments.at(1).toInt();
    }
    return -1;
}

} // namespace

class AllOrganisationsTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        for (FaultSandbox *sandbox : {&leadHql, &localLeads, &refusing})
            ASSERT_TRUE(sandbox->process().started()) << sandbox->process().startError().toStdString();
        env.useInventory();
        env.addProfile(hq, Dialect::LeadHql, leadHql.url(), leadHql.process().credential());
        env.addProfile(office, Dialect::LocalLeads, localLeads.url(), localLeads.process().credential());
        env.addProfile(broken, Dialect::LocalLeads, refusing.url(), QStringLiteral("ll_") + QString(64, u'0'));
        // The single view the window opens first (not the refused one).
        env.settings.setValue(QStringLiteral("mainWindow/currentProfile"), hq);
    }

    // Chooses "All organisations" in the toolbar's selector, as the user does.
    bool chooseAll()
    {
        QComboBox *selector = window->profileSelector();
        const int index = selector->findData(true, ProfileSelector::allRole);
        if (index < 0)
            return false;
        selector->setCurrentIndex(index);
        Q_EMIT selector->activated(index);
        return window->isShowingAllOrganisations();
    }
    bool choose(const QString &profile)
    {
        QComboBox *selector = window->profileSelector();
        const int index = selector->findData(profile);
        if (index < 0)
            return false;
        selector->setCurrentIndex(index);
        Q_EMIT selector->activated(index);
        return window->currentProfileName() == profile;
    }
    // Opens the window on its single view, then chooses All organisations and waits for
    // both good lists and the refused one.
    void openAllAndWait()
    {
        openWindow();
        ASSERT_TRUE(waitForKeys(*window));
        QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
        ASSERT_TRUE(chooseAll());
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return loaded.count() >= 2 && window->banner()->message().contains(broken); }, 30000))
            << namesIn(loaded).join(u',').toStdString() << " / " << window->banner()->message().toStdString();
    }
    int rowsOf(const QString &organisation) const
    {
        int rows = 0;
        for (int row = 0; row < window->keyModel().rowCount(); ++row)
            rows += window->keyModel().organisationAt(row) == organisation ? 1 : 0;
        return rows;
    }
    QSet<QString> idsOf(const QString &organisation) const
    {
        QSet<QString> ids;
        for (int row = 0; row < window->keyModel().rowCount(); ++row) {
            if (window->keyModel().organisationAt(row) == organisation)
                ids.insert(window->keyModel().keyAt(row).id);
        }
        return ids;
    }
    // The first row of `organisation` whose key is active, in the model, other than the
    // management key the window itself uses (a LocalLeads admin key is one of the listed
    // keys); -1 when none.
    int activeRowOf(const QString &organisation)
    {
        const KeyTableModel &model = window->keyModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            const ApiKey &key = model.keyAt(row);
            const bool managementKey = !key.keyPrefix.isEmpty()
                                       && localLeads.process().credential().startsWith(key.keyPrefix);
            if (model.organisationAt(row) == organisation && key.status(env.now()) == KeyStatus::Active
                && !managementKey)
                return row;
        }
        return -1;
    }
    void selectModelRow(int row)
    {
        const auto *proxy = static_cast<const KeyFilterProxy *>(window->keyTable()->model());
        window->keyTable()->selectRow(proxy->mapFromSource(window->keyModel().index(row, 0)).row());
    }
    QString organisationCell(int row) const
    {
        return window->keyModel().index(row, KeyTableModel::Organisation).data().toString();
    }

    FaultSandbox leadHql{QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")}};
    FaultSandbox localLeads{QStringLiteral("localleads"), {QStringLiteral("--seed-demo")}};
    FaultSandbox refusing{QStringLiteral("localleads"), {QStringLiteral("--seed-demo")}};
};

TEST_F(AllOrganisationsTest, ShowsEveryOrganisationsKeysTogetherAndNamesTheOneThatFails)
{
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    EXPECT_EQ(window->profileSelector()->count(), 4); // three organisations and "All organisations"
    EXPECT_TRUE(window->keyTable()->horizontalHeader()->isSectionHidden(KeyTableModel::Organisation));
    for (FaultSandbox *sandbox : {&leadHql, &localLeads, &refusing}) {
        sandbox->clearStats();
        ASSERT_EQ(sandbox->inject(holdNextList), 200);
    }

    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    ASSERT_TRUE(chooseAll());
    EXPECT_TRUE(window->profileSelector()->currentData(ProfileSelector::allRole).toBool()); // the entry chosen
    // Every organisation's list reached its server before any answer came back: they are
    // in flight together, not one after the other.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return leadHql.count("GET", leadHqlList) == 1 && localLeads.count("GET", localLeadsList) == 1
                   && refusing.count("GET", localLeadsList) == 1;
        },
        20000));
    EXPECT_EQ(loaded.count(), 0);

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return loaded.count() >= 2 && window->banner()->message().contains(broken); }, 30000))
        << namesIn(loaded).join(u',').toStdString() << " / " << window->banner()->message().toStdString();
    const QStringList listed = namesIn(loaded);
    EXPECT_EQ(QSet<QString>(listed.cbegin(), listed.cend()), (QSet<QString>{hq, office}));

    // One table: both good organisations' keys, each row named after its organisation.
    const int hqRows = countFor(loaded, hq);
    const int officeRows = countFor(loaded, office);
    ASSERT_GT(hqRows, 3);
    ASSERT_GT(officeRows, 3);
    EXPECT_EQ(rowsOf(hq), hqRows);
    EXPECT_EQ(rowsOf(office), officeRows);
    EXPECT_EQ(rowsOf(broken), 0); // the inventory knew none of it
    EXPECT_EQ(window->keyModel().rowCount(), hqRows + officeRows);
    for (int row = 0; row < window->keyModel().rowCount(); ++row)
        EXPECT_EQ(organisationCell(row), window->keyModel().organisationAt(row));
    EXPECT_FALSE(window->keyTable()->horizontalHeader()->isSectionHidden(KeyTableModel::Organisation));
    EXPECT_TRUE(window->emptyStateText().isEmpty());

    // The banner names the failing organisation, and only it.
    EXPECT_TRUE(window->banner()->isVisibleTo(window.get()));
    const QString message = window->banner()->message();
    EXPECT_TRUE(message.contains(broken + QStringLiteral(": "))) << message.toStdString();
    EXPECT_FALSE(message.contains(hq)) << message.toStdString();
    EXPECT_FALSE(message.contains(office)) << message.toStdString();

    // Create asks for one organisation; the read-only actions work on any row.
    EXPECT_FALSE(action("actionCreateKey")->isEnabled());
    EXPECT_EQ(action("actionCreateKey")->toolTip(), QStringLiteral("Choose an organisation to create a key"));
    EXPECT_TRUE(action("actionRefresh")->isEnabled());

    // Every listing is in the inventory, each under its own organisation.
    ASSERT_TRUE(env.waitForInventory());
    const std::optional<InventorySnapshot> hqKnown = lastKnown(*env.inventory, hq);
    const std::optional<InventorySnapshot> officeKnown = lastKnown(*env.inventory, office);
    ASSERT_TRUE(hqKnown.has_value());
    ASSERT_TRUE(officeKnown.has_value());
    EXPECT_EQ(hqKnown->organisation.organisation.dialect, Dialect::LeadHql);
    EXPECT_EQ(officeKnown->organisation.organisation.dialect, Dialect::LocalLeads);
    EXPECT_EQ(hqKnown->organisation.organisation.baseUrl, leadHql.url());
    QSet<QString> hqIds;
    for (const InventoryKey &key : hqKnown->keys)
        hqIds.insert(key.key.id);
    QSet<QString> officeIds;
    for (const InventoryKey &key : officeKnown->keys)
        officeIds.insert(key.key.id);
    EXPECT_EQ(hqIds, idsOf(hq));
    EXPECT_EQ(officeIds, idsOf(office));
    EXPECT_FALSE(lastKnown(*env.inventory, broken).has_value());

    // One organisation again: its keys only, without the Organisation column.
    ASSERT_TRUE(choose(office));
    ASSERT_TRUE(waitForKeys(*window));
    EXPECT_FALSE(window->keyModel().isMerged());
    EXPECT_EQ(window->keyModel().rowCount(), officeRows);
    EXPECT_TRUE(window->keyTable()->horizontalHeader()->isSectionHidden(KeyTableModel::Organisation));
}

TEST_F(AllOrganisationsTest, RevokeAndTheDetailsPaneActOnTheSelectedRowsOrganisation)
{
    openAllAndWait();
    for (FaultSandbox *sandbox : {&leadHql, &localLeads, &refusing})
        sandbox->clearStats();

    const int row = activeRowOf(office);
    ASSERT_GE(row, 0);
    const ApiKey key = window->keyModel().keyAt(row);
    selectModelRow(row);
    // The details pane follows the row into its organisation.
    KeyDetailsPane *pane = window->findChild<KeyDetailsPane *>();
    ASSERT_NE(pane, nullptr);
    EXPECT_EQ(pane->organisation(), office);
    EXPECT_EQ(pane->keyId(), key.id);

    ASSERT_TRUE(action("actionRevoke")->isEnabled()) << action("actionRevoke")->toolTip().toStdString();
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    action("actionRevoke")->trigger();
    RevokeConfirmation *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = window->findChild<RevokeConfirmation *>()) && confirm->isVisible(); }, 10000));
    EXPECT_TRUE(confirm->questionText().contains(key.name)) << confirm->questionText().toStdString();
    confirm->accept();
    // The organisation's list again, after the revoke.
    ASSERT_TRUE(QTest::qWaitFor([&] { return namesIn(loaded).contains(office); }, 30000))
        << window->banner()->message().toStdString();

    // The DELETE went to Local Office's server, and nowhere else.
    EXPECT_EQ(localLeads.count("DELETE", localLeadsList + u'/' + key.id), 1);
    for (FaultSandbox *other : {&leadHql, &refusing}) {
        for (const QJsonValue &entry : other->log())
            EXPECT_NE(entry.toObject().value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
    }
    // The server's own state, read back by the real CLI: the key is no longer listed.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), localLeads.process().credential());
    const ProcessResult listed = runProcess(cliExecutable(),
                                            {QStringLiteral("--dialect"), QStringLiteral("localleads"),
                                             QStringLiteral("--base-url"), localLeads.url().toString(),
                                             QStringLiteral("--json"), QStringLiteral("list")},
                                            {}, environment);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray keys = QJsonDocument::fromJson(listed.out).array();
    ASSERT_FALSE(keys.isEmpty());
    for (const QJsonValue &listedKey : keys)
        EXPECT_NE(listedKey.toObject().value(QStringLiteral("id")).toString(), key.id);
    EXPECT_FALSE(idsOf(office).contains(key.id));
    EXPECT_GT(rowsOf(hq), 0); // the other organisation's rows stay

    // Logged under the row's organisation.
    ASSERT_TRUE(env.waitForInventory());
    const QList<ActionLogEntry> log = actionLog(*env.inventory);
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.constLast().action, ActionLogEntry::revoke());
    EXPECT_EQ(log.constLast().organisation, office);
    EXPECT_EQ(log.constLast().keyId, key.id);
}

// Several rows of two organisations: one bulk revoke, each DELETE to its row's server and
// logged under its organisation.
TEST_F(AllOrganisationsTest, BulkRevokeActsOnEachRowsOrganisation)
{
    openAllAndWait();
    for (FaultSandbox *sandbox : {&leadHql, &localLeads, &refusing})
        sandbox->clearStats();
    const int hqRow = activeRowOf(hq);
    const int officeRow = activeRowOf(office);
    ASSERT_GE(hqRow, 0);
    ASSERT_GE(officeRow, 0);
    const ApiKey hqKey = window->keyModel().keyAt(hqRow);
    const ApiKey officeKey = window->keyModel().keyAt(officeRow);
    const auto *proxy = static_cast<const KeyFilterProxy *>(window->keyTable()->model());
    QItemSelectionModel *selection = window->keyTable()->selectionModel();
    const auto addRow = [&](int row) {
        selection->select(proxy->mapFromSource(window->keyModel().index(row, 0)),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    selectModelRow(hqRow);
    addRow(officeRow);
    ASSERT_TRUE(action("actionRevoke")->isEnabled()) << action("actionRevoke")->toolTip().toStdString();
    EXPECT_EQ(action("actionRevoke")->toolTip(), QStringLiteral("Revoke the 2 selected keys"));

    action("actionRevoke")->trigger();
    BulkRevokeDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<BulkRevokeDialog *>()) && dialog->isVisible(); }, 10000));
    ASSERT_EQ(dialog->items().size(), 2);
    QSet<QString> organisations;
    for (const BulkRevokeDialog::Item &item : dialog->items())
        organisations.insert(item.organisation);
    EXPECT_EQ(organisations, (QSet<QString>{hq, office}));
    EXPECT_FALSE(dialog->findChild<QTreeWidget *>(QStringLiteral("keyList"))->isColumnHidden(0));
    dialog->setConfirmationText(QStringLiteral("2"));
    dialog->revokeButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->state() == BulkRevokeDialog::State::Done; }, 30000));
    EXPECT_EQ(dialog->resultText(0), QStringLiteral("Revoked"));
    EXPECT_EQ(dialog->resultText(1), QStringLiteral("Revoked"));

    EXPECT_EQ(leadHql.count("DELETE", leadHqlList + u'/' + hqKey.id), 1);
    EXPECT_EQ(localLeads.count("DELETE", localLeadsList + u'/' + officeKey.id), 1);
    for (const QJsonValue &entry : refusing.log())
        EXPECT_NE(entry.toObject().value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !idsOf(office).contains(officeKey.id); }, 30000));

    ASSERT_TRUE(env.waitForInventory());
    QSet<QString> logged;
    for (const ActionLogEntry &entry : actionLog(*env.inventory)) {
        if (entry.action == ActionLogEntry::revoke() && entry.outcome == ActionLogEntry::ok())
            logged.insert(entry.organisation + u'/' + entry.keyId);
    }
    EXPECT_TRUE(logged.contains(hq + u'/' + hqKey.id));
    EXPECT_TRUE(logged.contains(office + u'/' + officeKey.id));
    dialog->closeButton()->click();
}

TEST_F(AllOrganisationsTest, TheChoiceIsRememberedAndStartsFromTheInventoryBeforeTheLists)
{
    openAllAndWait();
    const int hqRows = rowsOf(hq);
    const int officeRows = rowsOf(office);
    ASSERT_TRUE(env.waitForInventory());
    window.reset();

    for (FaultSandbox *sandbox : {&leadHql, &localLeads})
        ASSERT_EQ(sandbox->inject(holdNextList), 200);
    makeWindow();
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    show();
    window->start();
    ASSERT_TRUE(window->isShowingAllOrganisations()); // as last time
    EXPECT_TRUE(window->profileSelector()->currentData(ProfileSelector::allRole).toBool()); // the entry chosen

    // The inventory's keys of each, at once, marked as such, while the lists are held back.
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowsOf(hq) == hqRows && rowsOf(office) == officeRows; }, 20000));
    EXPECT_EQ(loaded.count(), 0);
    const int hqRow = activeRowOf(hq);
    ASSERT_GE(hqRow, 0);
    EXPECT_EQ(organisationCell(hqRow), hq + QStringLiteral(" · not refreshed"));

    // Then each organisation's own listing replaces them.
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() >= 2; }, 30000));
    EXPECT_EQ(organisationCell(activeRowOf(hq)), hq);
    EXPECT_EQ(organisationCell(activeRowOf(office)), office);
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Last refreshed"))) << window->statusText().toStdString();

    // Choosing one organisation is remembered in its place.
    ASSERT_TRUE(choose(office));
    window.reset();
    openWindow();
    EXPECT_FALSE(window->isShowingAllOrganisations());
    EXPECT_EQ(window->currentProfileName(), office);
}

TEST_F(AllOrganisationsTest, ThePeriodicRefreshListsEveryOrganisationButTheRefusedOne)
{
    env.settings.setValue(QStringLiteral("preferences/refreshIntervalSeconds"), 1);
    openAllAndWait();
    for (FaultSandbox *sandbox : {&leadHql, &localLeads, &refusing})
        sandbox->clearStats();
    // Each good organisation is listed again by the timer alone.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return leadHql.count("GET", leadHqlList) >= 1 && localLeads.count("GET", localLeadsList) >= 1; }, 30000));
    // The refused credential is not sent again until the user acts (as in the single view).
    EXPECT_EQ(refusing.count("GET", localLeadsList), 0);
    EXPECT_TRUE(window->banner()->message().contains(broken));
}
