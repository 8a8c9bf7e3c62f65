// The demo's findings (issue 12: "the demo organisations show findings of every kind"):
// the demo's servers, its seeded inventory history and the window as `keydesk --demo`
// runs them, then every finding code the Health view knows of; and the demo project the
// scan dialog remembers, with its planted keys.
#include "DemoEnvironment.h"
#include "HandoffStore.h"
#include "Inventory.h"
#include "LeakResultModel.h"
#include "LeakScanDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SecretClipboard.h"
#include "WindowWatch.h"

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace keydesk;

namespace {

// The demo as `keydesk --demo` has it before its window: the servers, the project with
// planted keys and the inventory seeded (on its thread; wait for it with whenIdle).
struct SeededDemo final {
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::function<QDateTime()> clock = [at = now] { return at; };
    DemoEnvironment demo{clock};
    std::unique_ptr<Inventory> inventory;

    bool start()
    {
        QString error;
        if (!demo.start(&error)) {
            ADD_FAILURE() << error.toStdString();
            return false;
        }
        Inventory::Options options;
        options.clock = clock;
        inventory = std::make_unique<Inventory>(demo.inventoryPath(), options);
        inventory->open();
        demo.seedInventory(*inventory);
        return true;
    }
};

} // namespace

TEST(DemoFindingsTest, EveryFindingCodeAppearsInTheDemo)
{
    SeededDemo seeded;
    ASSERT_TRUE(seeded.start());
    DemoEnvironment &demo = seeded.demo;
    Inventory &inventory = *seeded.inventory;
    const auto clock = seeded.clock;

    QNetworkAccessManager network;
    HandoffStore handoffs(demo.secrets(), demo.handoffIndexPath());
    SecretClipboard secretClipboard(QGuiApplication::clipboard());
    MainWindow window({&network, demo.secrets(), demo.settings(), demo.profiles(), &handoffs, &secretClipboard,
                       QGuiApplication::clipboard(), clock, &inventory});
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    window.show();
    // As `keydesk --demo` starts: the seeded inventory, the demo project scanned, the window.
    inventory.whenIdle(&window, [&] { demo.scanProject(inventory.path(), &window, [&window] { window.start(); }); });
    ASSERT_TRUE(loaded.wait(20000));
    // Both organisations listed live (the burst is in the live count only).
    const QString other = window.currentProfileName() == DemoEnvironment::leadHqlProfileName()
                              ? DemoEnvironment::localLeadsProfileName()
                              : DemoEnvironment::leadHqlProfileName();
    ASSERT_TRUE(window.selectProfile(other));
    ASSERT_TRUE(loaded.wait(20000));
    bool idle = false;
    inventory.whenIdle(&window, [&idle] { idle = true; });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 20000));

    const auto present = [&] {
        QSet<QString> codes;
        for (const Finding &finding : window.watch()->findings()) {
            QString code = findingCodeId(finding.code);
            if (finding.code == FindingCode::ExpiresSoon)
                code += u'/' + severityId(finding.severity);
            if (finding.code == FindingCode::LimitNear)
                code += u'@' + finding.organisation;
            codes.insert(code);
        }
        return codes;
    };
    const QSet<QString> expected{
        QStringLiteral("expires-soon/info"),
        QStringLiteral("expires-soon/warning"),
        QStringLiteral("expires-soon/critical"),
        QStringLiteral("expired"),
        QStringLiteral("no-expiry"),
        QStringLiteral("old"),
        QStringLiteral("never-used"),
        QStringLiteral("idle"),
        QStringLiteral("woke-up"),
        QStringLiteral("usage-spike"),
        QStringLiteral("limit-near@") + DemoEnvironment::localLeadsProfileName(),
        QStringLiteral("leaked"),
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return present().contains(expected); }, 20000));
    const QSet<QString> codes = present();
    QStringList missing;
    for (const QString &code : expected) {
        if (!codes.contains(code))
            missing << code;
    }
    QStringList listed = codes.values();
    listed.sort();
    EXPECT_TRUE(missing.isEmpty()) << "missing: " << missing.join(u", ").toStdString()
                                   << "; present: " << listed.join(u", ").toStdString();
}

// The demo's project (DemoEnvironment): remembered by the dialog, with a key of each
// organisation matched and one unknown.
TEST(DemoFindingsTest, TheDemoProjectShowsMatchedAndUnknownKeys)
{
    SeededDemo seeded;
    ASSERT_TRUE(seeded.start());
    const DemoEnvironment &demo = seeded.demo;
    bool idle = false;
    seeded.inventory->whenIdle(seeded.inventory.get(), [&idle] { idle = true; });
    ASSERT_TRUE(QTest::qWaitFor([&idle] { return idle; }, 20000));

    LeakScanDialog dialog({demo.settings(), demo.inventoryPath(), seeded.clock});
    EXPECT_EQ(dialog.folders(), QStringList{demo.projectPath()});
    QSignalSpy finished(&dialog, &LeakScanDialog::scanFinished);
    dialog.startScan();
    ASSERT_TRUE(finished.wait(60000));
    QStringList matched;
    int unknown = 0;
    for (int row = 0; row < dialog.results()->rowCount(); ++row) {
        const LeakResult &result = dialog.results()->resultAt(row);
        if (result.match)
            matched.append(result.match->organisation + QStringLiteral(" / ") + result.match->keyName);
        else
            ++unknown;
    }
    matched.sort();
    EXPECT_EQ(matched,
              (QStringList{DemoEnvironment::leadHqlProfileName() + QStringLiteral(" / Zapier automation"),
                           DemoEnvironment::localLeadsProfileName() + QStringLiteral(" / Zapier automation")}));
    EXPECT_EQ(unknown, 1);
}
