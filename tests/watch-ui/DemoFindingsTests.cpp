// The demo's findings (issue 12: "the demo organisations show findings of every kind"):
// the demo's servers, its seeded inventory history and the window as `keydesk --demo`
// runs them, then every finding code the Health view knows of.
#include "DemoEnvironment.h"
#include "HandoffStore.h"
#include "Inventory.h"
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

using namespace keydesk;

TEST(DemoFindingsTest, EveryFindingCodeAppearsInTheDemo)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto clock = [now] { return now; };
    DemoEnvironment demo(clock);
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    Inventory::Options options;
    options.clock = clock;
    Inventory inventory(demo.inventoryPath(), options);
    inventory.open();
    demo.seedInventory(inventory);

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
