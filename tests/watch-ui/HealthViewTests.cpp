// The Health view (ui/watch) in the window, on a demo-seeded sandbox over loopback HTTP
// and a real inventory file: the findings by severity, Revoke and Rotate through the
// window's own flows, acknowledging and withdrawing, the rows' marks and the selector's
// counts.
#include "MainWindowFixture.h"

#include "AcknowledgeDialog.h"
#include "CreateKeyDialog.h"
#include "FindingRow.h"
#include "FindingText.h"
#include "HealthPanel.h"
#include "KeyTableModel.h"
#include "RevokeConfirmation.h"
#include "RotateKeyDialog.h"
#include "WindowWatch.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace keydesk;
using namespace keydesk::test;

namespace {

QString idOf(const SandboxServer &server, const QString &name)
{
    for (const StoredKey &key : server.state().keys) {
        if (key.name == name)
            return key.id;
    }
    return {};
}

const StoredKey *storedKey(const SandboxServer &server, const QString &id)
{
    for (const StoredKey &key : server.state().keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

} // namespace

class HealthViewTest : public MainWindowTest {
protected:
    // A demo-seeded LeadHQL organisation "Acme", listed once (and so recorded).
    void openAcme()
    {
        env.useInventory();
        acme = env.startSandbox(Dialect::LeadHql, true);
        ASSERT_NE(acme, nullptr);
        env.addProfile(QStringLiteral("Acme"), acme);
        openWindow();
        ASSERT_TRUE(waitForKeys(*window));
        ASSERT_TRUE(waitForFinding(QStringLiteral("Q3 lead import"), FindingCode::Expired));
    }

    WindowWatch &watch() const { return *window->watch(); }
    HealthPanel &panel() const { return *watch().panel(); }

    FindingRow *row(const QString &keyName, FindingCode code) const
    {
        for (FindingRow *row : panel().rows()) {
            if (row->finding().keyName == keyName && row->finding().code == code)
                return row;
        }
        return nullptr;
    }

    // Until the panel shows that finding (the judgement runs on the inventory's thread).
    bool waitForFinding(
        const QString &keyName, FindingCode code,
        std::function<bool(const Finding &)> also = [](const Finding &) { return true; })
    {
        return QTest::qWaitFor(
            [&] {
                FindingRow *found = row(keyName, code);
                return found && also(found->finding());
            },
            20000);
    }

    SandboxServer *acme = nullptr;
};

TEST_F(HealthViewTest, ListsTheOrganisationsFindingsWorstFirstWithTheirSeverities)
{
    openAcme();
    ASSERT_NE(window->watch(), nullptr);
    EXPECT_FALSE(watch().dock()->isHidden());

    struct Expected {
        const char *key;
        FindingCode code;
        Severity severity;
        SuggestedAction action;
    };
    for (const Expected &expected : {
             Expected{"Property sync (Buildium)", FindingCode::ExpiresSoon, Severity::Critical,
                      SuggestedAction::Rotate},
             Expected{"Zapier automation", FindingCode::ExpiresSoon, Severity::Warning, SuggestedAction::Rotate},
             Expected{"Staging", FindingCode::ExpiresSoon, Severity::Info, SuggestedAction::Rotate},
             Expected{"Q3 lead import", FindingCode::Expired, Severity::Warning, SuggestedAction::Revoke},
             Expected{"Production CRM sync", FindingCode::Old, Severity::Warning, SuggestedAction::Rotate},
             Expected{"Production CRM sync", FindingCode::NoExpiry, Severity::Info,
                      SuggestedAction::SetExpiryByRotating},
             Expected{"Mobile app beta", FindingCode::NeverUsed, Severity::Info, SuggestedAction::Revoke},
         }) {
        FindingRow *found = row(QString::fromUtf8(expected.key), expected.code);
        ASSERT_NE(found, nullptr) << expected.key << " " << findingCodeId(expected.code).toStdString();
        EXPECT_EQ(found->finding().severity, expected.severity) << expected.key;
        EXPECT_EQ(found->finding().action, expected.action) << expected.key;
        EXPECT_EQ(found->reasonText(), FindingText::reason(found->finding()));
        ASSERT_NE(found->actionButton(), nullptr);
        EXPECT_EQ(found->actionButton()->text(), FindingRow::actionText(found->finding()));
    }
    // Worst first; revoked keys have none.
    const QList<FindingRow *> rows = panel().rows();
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows.at(i - 1)->finding().severity, rows.at(i)->finding().severity) << i;
    for (FindingRow *shown : rows) {
        EXPECT_NE(shown->finding().keyName, QStringLiteral("Old website form"));
        EXPECT_EQ(shown->finding().organisation, QStringLiteral("Acme"));
    }
    EXPECT_TRUE(panel().summaryText().contains(QString::number(rows.size()))) << panel().summaryText().toStdString();
}

TEST_F(HealthViewTest, RevokeFromThePanelRevokesTheKeyOnTheServer)
{
    openAcme();
    const QString id = idOf(*acme, QStringLiteral("Q3 lead import"));
    ASSERT_FALSE(id.isEmpty());
    FindingRow *expired = row(QStringLiteral("Q3 lead import"), FindingCode::Expired);
    ASSERT_NE(expired, nullptr);
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    expired->actionButton()->click();
    RevokeConfirmation *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = window->findChild<RevokeConfirmation *>()) && confirm->isVisible(); }, 10000));
    confirm->accept();
    ASSERT_TRUE(loaded.wait(20000));
    const StoredKey *key = storedKey(*acme, id);
    ASSERT_NE(key, nullptr);
    EXPECT_TRUE(key->isRevoked());
    // Listed again and judged again: a revoked key has no findings.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !row(QStringLiteral("Q3 lead import"), FindingCode::Expired); }, 20000));
}

TEST_F(HealthViewTest, RotateOpensTheRotateDialogForTheKey)
{
    openAcme();
    FindingRow *expiring = row(QStringLiteral("Zapier automation"), FindingCode::ExpiresSoon);
    ASSERT_NE(expiring, nullptr);
    EXPECT_TRUE(expiring->actionButton()->toolTip().contains(QStringLiteral("gone quiet")));
    expiring->actionButton()->click();
    RotateKeyDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<RotateKeyDialog *>()) && dialog->isVisible(); }, 10000));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Zapier automation"));
    EXPECT_EQ(window->findChild<CreateKeyDialog *>(), nullptr); // not Create Key any more
    dialog->reject();
}

TEST_F(HealthViewTest, RotateOnALeakedKeyChoosesTheEmergency)
{
    openAcme();
    Finding leaked;
    leaked.organisation = QStringLiteral("Acme");
    leaked.keyName = QStringLiteral("Zapier automation");
    leaked.keyId = idOf(*acme, leaked.keyName);
    ASSERT_FALSE(leaked.keyId.isEmpty());
    leaked.code = FindingCode::Leaked;
    leaked.severity = Severity::Critical;
    leaked.action = SuggestedAction::Rotate;
    watch().act(leaked);
    RotateKeyDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<RotateKeyDialog *>()) && dialog->isVisible(); }, 10000));
    EXPECT_TRUE(dialog->choice().emergency);
    EXPECT_TRUE(dialog->emergencyNote().contains(QStringLiteral("Zapier automation")));
    dialog->reject();
}

TEST_F(HealthViewTest, AcknowledgeMovesTheFindingToTheAcknowledgedGroupAndLogsIt)
{
    openAcme();
    FindingRow *old = row(QStringLiteral("Production CRM sync"), FindingCode::Old);
    ASSERT_NE(old, nullptr);
    const QString identity = old->finding().identity();
    const int openBefore = int(panel().rows().size());
    old->acknowledgeButton()->click();
    AcknowledgeDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<AcknowledgeDialog *>()) && dialog->isVisible(); }, 10000));
    dialog->setNote(QStringLiteral("Rotation booked for July"));
    dialog->setUntil(env.now().toLocalTime().date().addDays(20));
    dialog->accept();

    ASSERT_TRUE(waitForFinding(QStringLiteral("Production CRM sync"), FindingCode::Old,
                               [](const Finding &finding) { return finding.acknowledged; }));
    FindingRow *acknowledged = panel().rowFor(identity);
    ASSERT_NE(acknowledged, nullptr);
    EXPECT_EQ(acknowledged->finding().acknowledgementNote, QStringLiteral("Rotation booked for July"));
    EXPECT_EQ(acknowledged->actionButton(), nullptr);
    EXPECT_EQ(acknowledged->acknowledgeButton()->text(), QStringLiteral("Withdraw"));
    EXPECT_EQ(int(panel().rows().size()), openBefore); // still listed, in its own group…
    ASSERT_NE(panel().acknowledgedToggle(), nullptr);
    EXPECT_TRUE(panel().acknowledgedToggle()->text().contains(QStringLiteral("(1)")));
    EXPECT_FALSE(acknowledged->isVisibleTo(&panel())); // …collapsed until opened
    panel().acknowledgedToggle()->click();
    EXPECT_TRUE(acknowledged->isVisibleTo(&panel()));

    // The inventory's log has it.
    ASSERT_TRUE(env.waitForInventory());
    QList<ActionLogEntry> log;
    bool done = false;
    env.inventory->actionLog({}, env.inventory.get(), [&](const InventoryResult<QList<ActionLogEntry>> &result) {
        log = result.value;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    bool logged = false;
    for (const ActionLogEntry &entry : log)
        logged = logged
                 || (entry.action == QStringLiteral("acknowledge") && entry.organisation == QStringLiteral("Acme")
                     && entry.keyName == QStringLiteral("Production CRM sync"));
    EXPECT_TRUE(logged);

    // Withdraw: open again.
    acknowledged->acknowledgeButton()->click();
    EXPECT_TRUE(waitForFinding(QStringLiteral("Production CRM sync"), FindingCode::Old,
                               [](const Finding &finding) { return !finding.acknowledged; }));
}

TEST_F(HealthViewTest, TheKeysRowShowsItsWorstFindingsIconAndTooltip)
{
    openAcme();
    const KeyTableModel &model = window->keyModel();
    const auto nameIndex = [&](const QString &name) {
        return model.index(model.rowOfId(idOf(*acme, name)), KeyTableModel::Name);
    };
    const QModelIndex critical = nameIndex(QStringLiteral("Property sync (Buildium)"));
    ASSERT_TRUE(critical.isValid());
    EXPECT_FALSE(critical.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = critical.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(FindingText::title(FindingCode::ExpiresSoon))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(FindingText::severityLabel(Severity::Critical))) << tip.toStdString();
    const QString old = nameIndex(QStringLiteral("Production CRM sync")).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(old.contains(FindingText::title(FindingCode::Old))) << old.toStdString();
    EXPECT_TRUE(old.contains(FindingText::title(FindingCode::NoExpiry))) << old.toStdString();
    // A revoked key has no finding, and no mark.
    const QModelIndex revoked = nameIndex(QStringLiteral("Old website form"));
    ASSERT_TRUE(revoked.isValid());
    EXPECT_FALSE(revoked.data(Qt::DecorationRole).isValid());
}

TEST_F(HealthViewTest, TheSelectorCountsEveryProfilesOpenFindings)
{
    env.useInventory();
    acme = env.startSandbox(Dialect::LeadHql, true);
    SandboxServer *northwind = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(acme, nullptr);
    ASSERT_NE(northwind, nullptr);
    env.addProfile(QStringLiteral("Acme"), acme);
    env.addProfile(QStringLiteral("Northwind"), northwind);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    const QString first = window->currentProfileName();
    const QString second = first == QStringLiteral("Acme") ? QStringLiteral("Northwind") : QStringLiteral("Acme");
    ASSERT_TRUE(window->selectProfile(second));
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(window->selectProfile(first)); // both listed and recorded; the first on screen
    ASSERT_TRUE(waitForKeys(*window));

    QComboBox *selector = window->profileSelector();
    const auto countOf = [&](const QString &organisation) {
        int open = 0;
        for (const Finding &finding : watch().findings())
            open += finding.organisation == organisation && !finding.acknowledged;
        return open;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return countOf(QStringLiteral("Acme")) > 0 && countOf(QStringLiteral("Northwind")) > 0; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QString &name : {QStringLiteral("Acme"), QStringLiteral("Northwind")}) {
                const QString text = selector->itemText(selector->findData(name));
                if (!text.endsWith(QStringLiteral("— %1 findings").arg(countOf(name))))
                    return false;
            }
            return true;
        },
        20000))
        << selector->itemText(0).toStdString() << " | " << selector->itemText(1).toStdString();
    EXPECT_TRUE(selector->itemText(selector->findData(QStringLiteral("Northwind")))
                    .startsWith(QStringLiteral("Northwind — LocalLeads")));
    EXPECT_FALSE(selector->itemIcon(selector->findData(QStringLiteral("Acme"))).isNull());
    // The organisation on screen's findings only, in the panel.
    for (FindingRow *shown : panel().rows())
        EXPECT_EQ(shown->finding().organisation, first);
}

TEST_F(HealthViewTest, RevokeOfAKeyTheFilterHidesClearsTheFilterAndSelectsIt)
{
    openAcme();
    window->filterEdit()->setText(QStringLiteral("Zapier")); // hides "Q3 lead import"
    FindingRow *expired = row(QStringLiteral("Q3 lead import"), FindingCode::Expired);
    ASSERT_NE(expired, nullptr);
    expired->actionButton()->click();
    EXPECT_TRUE(window->filterEdit()->text().isEmpty());
    RevokeConfirmation *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = window->findChild<RevokeConfirmation *>()) && confirm->isVisible(); }, 10000));
    const QModelIndexList selected = window->keyTable()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).data().toString(), QStringLiteral("Q3 lead import"));
    confirm->reject();
    EXPECT_FALSE(storedKey(*acme, idOf(*acme, QStringLiteral("Q3 lead import")))->isRevoked());
}
