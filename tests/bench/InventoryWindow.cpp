// The second launch of the demo window on an existing inventory (launch-from-inventory):
//   bench-inventory-window seed PATH    writes the demo's months of history into PATH, once
//   bench-inventory-window launch PATH  composes the window as DesktopLaunch does for
//                                       `keydesk --demo`, on the inventory at PATH without
//                                       seeding it, and prints "populated" when the table
//                                       has painted with the keys (PaintProbe), then quits
// The figure is the launch: a first launch's seeding is a one-off, not what the goal means.
#include "DemoEnvironment.h"
#include "DesktopOptions.h"
#include "HandoffStore.h"
#include "Inventory.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PaintProbe.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTableView>

#include <cstdio>

using namespace keydesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("seed") && args.at(1) != QLatin1String("launch"))) {
        std::fprintf(stderr, "usage: bench-inventory-window seed|launch PATH\n");
        return 2;
    }
    const bool seed = args.at(1) == QLatin1String("seed");
    const QString path = args.at(2);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.keydesk.KeyDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.keydesk.KeyDesk.svg")));
    installTranslations(app, QString());

    const std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    DemoEnvironment demo(clock);
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "bench-inventory-window: %s\n", qUtf8Printable(error));
        return 1;
    }
    Inventory inventory(path);
    inventory.open();
    if (seed) {
        demo.seedInventory(inventory);
        inventory.whenIdle(&app, [] { QCoreApplication::quit(); });
        return app.exec();
    }

    QNetworkAccessManager network;
    HandoffStore handoffs(demo.secrets(), demo.handoffIndexPath());
    SecretClipboard secretClipboard(QGuiApplication::clipboard());
    MainWindow window({&network, demo.secrets(), demo.settings(), demo.profiles(), &handoffs, &secretClipboard,
                       QGuiApplication::clipboard(), clock, &inventory});
    window.setDemoMode(true);
    new bench::PaintProbe(window.keyTable()->viewport(), "populated",
                          [&window] { return window.keyModel().rowCount() > 0; });
    window.show();
    inventory.whenIdle(&window, [&window] { window.start(); });
    return app.exec();
}
