#include "Inventory.h"
#include "InventoryPanels.h"
#include "KeyDetailsPane.h"
#include "UiTestEnvironment.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The main window's few lines for ui/inventory: the details pane follows the
// selection, and Track a Key… is offered for Trust Leads profiles only.
TEST(InventoryHooks, DetailsFollowTheSelectionAndTrackingIsForTrustLeadsOnly)
{
    UiTestEnvironment env;
    Inventory inventory(env.directory.filePath(QStringLiteral("inventory.sqlite")));
    inventory.open();
    SandboxServer *leadHql = env.startSandbox(Dialect::LeadHql, true);
    SandboxServer *trust = env.startSandbox(Dialect::TrustLeads, false);
    ASSERT_TRUE(leadHql && trust);
    env.addProfile(QStringLiteral("Acme"), leadHql);
    env.addProfile(QStringLiteral("Trust"), trust);
    MainWindow window(MainWindow::Services{&env.network, &env.secrets, &env.settings, &env.profiles, &env.handoffs,
                                           &env.secretClipboard, QGuiApplication::clipboard(),
                                           [&env] { return env.now(); }, &inventory});
    window.start();
    ASSERT_TRUE(window.selectProfile(QStringLiteral("Acme")));
    ASSERT_TRUE(waitForKeys(window));
    auto *panels = window.findChild<InventoryPanels *>();
    ASSERT_NE(panels, nullptr);
    EXPECT_FALSE(panels->trackAction()->isEnabled());

    window.keyTable()->selectRow(0);
    EXPECT_FALSE(panels->detailsPane()->keyId().isEmpty());
    window.keyTable()->clearSelection();
    EXPECT_TRUE(panels->detailsPane()->keyId().isEmpty());

    ASSERT_TRUE(window.selectProfile(QStringLiteral("Trust")));
    ASSERT_TRUE(QTest::qWaitFor([panels] { return panels->trackAction()->isEnabled(); }, 20000));
}

// The pane (its fields, its chart) is not part of the window's first frame: it is made
// once the organisation is on screen as the inventory knew it.
TEST(InventoryHooks, TheDetailsPaneIsMadeAfterTheFirstFrame)
{
    UiTestEnvironment env;
    Inventory &inventory = env.useInventory();
    SandboxServer *leadHql = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(leadHql, nullptr);
    env.addProfile(QStringLiteral("Acme"), leadHql);
    MainWindow window(MainWindow::Services{&env.network, &env.secrets, &env.settings, &env.profiles, &env.handoffs,
                                           &env.secretClipboard, QGuiApplication::clipboard(),
                                           [&env] { return env.now(); }, &inventory});
    EXPECT_EQ(window.findChild<KeyDetailsPane *>(), nullptr);
    window.show();
    window.start();
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.findChild<KeyDetailsPane *>() != nullptr; }, 20000));
    ASSERT_TRUE(waitForKeys(window));
}
