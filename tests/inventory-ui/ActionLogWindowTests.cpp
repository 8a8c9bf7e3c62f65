#include "ActionLogFilterProxy.h"
#include "ActionLogModel.h"
#include "ActionLogWindow.h"
#include "InventoryTestSupport.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace keydesk;
using namespace keydesk::test;

namespace {

ActionLogEntry entry(const QDateTime &when, const QString &action, const QString &keyName, const QString &outcome,
                     const QString &detail = {})
{
    ActionLogEntry result;
    result.at = when;
    result.organisation = QStringLiteral("Acme");
    result.action = action;
    result.keyId = keyName.isEmpty() ? QString() : QStringLiteral("id-") + keyName;
    result.keyName = keyName;
    result.outcome = outcome;
    result.detail = detail;
    return result;
}

QStringList shownKeys(const QTableView &table)
{
    QStringList keys;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        keys << table.model()->index(row, ActionLogModel::Key).data().toString();
    return keys;
}

} // namespace

TEST(ActionLogWindowTest, ShowsTheLogNewestFirstFiltersItAndAddsNewEntries)
{
    QTemporaryDir directory;
    Inventory inventory(directory.filePath(QStringLiteral("inventory.sqlite")));
    ASSERT_TRUE(openAndWait(inventory).isReady());
    ASSERT_TRUE(
        logAction(inventory, entry(at(1), ActionLogEntry::create(), QStringLiteral("CRM sync"), ActionLogEntry::ok()))
            .ok());
    ASSERT_TRUE(logAction(inventory, entry(at(2), ActionLogEntry::revoke(), QStringLiteral("Old import"),
                                           ActionLogEntry::failed(), QStringLiteral("Key not found")))
                    .ok());
    ASSERT_TRUE(logAction(inventory, entry(at(3), ActionLogEntry::create(), QStringLiteral("Billing"),
                                           ActionLogEntry::unknown(), QStringLiteral("the answer was lost")))
                    .ok());

    ActionLogWindow window(&inventory);
    QSignalSpy loaded(&window, &ActionLogWindow::loaded);
    ASSERT_TRUE(loaded.wait(20000));
    QTableView &table = *window.table();
    EXPECT_EQ(shownKeys(table),
              (QStringList{QStringLiteral("Billing (id-Billing)"), QStringLiteral("Old import (id-Old import)"),
                           QStringLiteral("CRM sync (id-CRM sync)")}));
    EXPECT_EQ(table.model()->index(1, ActionLogModel::Action).data().toString(), QStringLiteral("Revoke"));
    EXPECT_EQ(table.model()->index(1, ActionLogModel::Outcome).data().toString(), QStringLiteral("Failed"));
    EXPECT_EQ(table.model()->index(1, ActionLogModel::Detail).data().toString(), QStringLiteral("Key not found"));

    // Text: every word, in any column, any case.
    window.filterEdit()->setText(QStringLiteral("acme LOST"));
    EXPECT_EQ(shownKeys(table), QStringList{QStringLiteral("Billing (id-Billing)")});
    window.filterEdit()->clear();
    // Action, then outcome.
    window.actionFilter()->setCurrentIndex(window.actionFilter()->findData(ActionLogEntry::create()));
    EXPECT_EQ(shownKeys(table),
              (QStringList{QStringLiteral("Billing (id-Billing)"), QStringLiteral("CRM sync (id-CRM sync)")}));
    window.outcomeFilter()->setCurrentIndex(window.outcomeFilter()->findData(ActionLogEntry::ok()));
    EXPECT_EQ(shownKeys(table), QStringList{QStringLiteral("CRM sync (id-CRM sync)")});
    window.actionFilter()->setCurrentIndex(0);
    window.outcomeFilter()->setCurrentIndex(0);

    // Live: a new entry comes on top, as stored (a secret in its text masked).
    const QString secret = QStringLiteral("ll_") + QStringLiteral("0123456789abcdef").repeated(4);
    ASSERT_TRUE(logAction(inventory, entry(QDateTime(), ActionLogEntry::create(), QStringLiteral("Fresh"),
                                           ActionLogEntry::ok(), QStringLiteral("pasted ") + secret))
                    .ok());
    ASSERT_TRUE(QTest::qWaitFor([&table] { return table.model()->rowCount() == 4; }, 20000));
    EXPECT_EQ(shownKeys(table).first(), QStringLiteral("Fresh (id-Fresh)"));
    const QString detail = table.model()->index(0, ActionLogModel::Detail).data().toString();
    EXPECT_FALSE(detail.contains(secret)) << detail.toStdString();
    EXPECT_TRUE(detail.startsWith(QStringLiteral("pasted ll_0123456789"))) << detail.toStdString();
    EXPECT_FALSE(table.model()->index(0, ActionLogModel::Time).data().toString().isEmpty());
}

TEST(ActionLogWindowTest, LogTextIsEscaped)
{
    ActionLogModel model;
    ActionLogEntry hostile = entry(at(1), QStringLiteral("weird\x1b[2J"), QStringLiteral("\u202eevil"),
                                   ActionLogEntry::ok(), QStringLiteral("line\nbreak"));
    model.setEntries({hostile});
    EXPECT_EQ(model.index(0, ActionLogModel::Action).data().toString(), QStringLiteral("weird\\x1b[2J"));
    EXPECT_EQ(model.index(0, ActionLogModel::Detail).data().toString(), QStringLiteral("line\\x0abreak"));
    EXPECT_FALSE(model.index(0, ActionLogModel::Key).data().toString().contains(QChar(0x202e)));
}
