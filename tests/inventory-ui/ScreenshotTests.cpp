#include "ActionLogModel.h"
#include "ActionLogWindow.h"
#include "InventoryTestSupport.h"
#include "KeyDetailsPane.h"
#include "MemorySecretStore.h"
#include "TrackKeyDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

using namespace keydesk;
using namespace keydesk::test;

// The documentation's pictures (docs/screenshots/): rendered offscreen from seeded
// history. KEYDESK_SCREENSHOT_DIR names where they go (default: a temporary folder).
namespace {

QString outputDir(const QTemporaryDir &fallback)
{
    const QString named = qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR");
    return named.isEmpty() ? fallback.path() : named;
}

bool save(QWidget &widget, const QString &path)
{
    widget.show();
    QCoreApplication::processEvents();
    const QPixmap picture = widget.grab();
    return !picture.isNull() && picture.save(path);
}

} // namespace

TEST(ScreenshotTest, DetailsPaneLogWindowAndTrackDialog)
{
    QTemporaryDir directory;
    QTemporaryDir pictures;
    const QString out = outputDir(pictures);
    Inventory inventory(directory.filePath(QStringLiteral("inventory.sqlite")));
    ASSERT_TRUE(openAndWait(inventory).isReady());
    const Organisation org = organisation(QStringLiteral("Acme Leads"));
    const QDateTime now = at(100, 15);
    // Three months of a key used more on weekdays, refreshed every few hours.
    qint64 count = 0;
    ApiKey key = sampleKey(1);
    key.name = QStringLiteral("CRM sync");
    key.createdAt = at(10);
    key.expiresAt = at(190);
    QList<ApiKey> unused;
    for (int hour = 10 * 24; hour <= 100 * 24 + 15; hour += 6) {
        const int day = hour / 24;
        count += (day % 7 < 5 ? 40 : 6) + int(15 * std::sin(hour / 17.0) + 15);
        key.usageCount = count;
        key.lastUsedAt = at(1).addSecs(qint64(hour - 24) * 3600 - 600);
        ASSERT_TRUE(recordListing(inventory, org, {key}, at(1).addSecs(qint64(hour - 24) * 3600)).ok());
    }
    KeyDetailsPane pane(&inventory, [now] { return now; });
    QSignalSpy shown(&pane, &KeyDetailsPane::historyShown);
    pane.showKey(org.name, Dialect::LeadHql, key);
    ASSERT_TRUE(shown.wait(20000));
    pane.setRange(UsageSeries::Range::All);
    pane.resize(460, 620);
    EXPECT_TRUE(pane.isChartShown());
    EXPECT_GT(pane.series().points.size(), 100);
    EXPECT_TRUE(save(pane, out + QStringLiteral("/key-details.png")));

    const QString names[] = {QStringLiteral("CRM sync"), QStringLiteral("Nightly export"),
                             QStringLiteral("Old import")};
    for (int i = 0; i < 9; ++i) {
        ActionLogEntry entry;
        entry.at = now.addSecs(-3600 * (9 - i) * 5);
        entry.organisation = i % 4 == 3 ? QStringLiteral("Northwind") : org.name;
        entry.action = i % 3 == 0   ? ActionLogEntry::create()
                       : i % 3 == 1 ? ActionLogEntry::handoffStored()
                                    : ActionLogEntry::revoke();
        entry.keyId = QStringLiteral("k_%1").arg(1000 + i);
        entry.keyName = names[i % 3];
        entry.outcome = i == 5 ? ActionLogEntry::failed() : ActionLogEntry::ok();
        entry.detail = i == 5 ? QStringLiteral("Key not found") : QString();
        ASSERT_TRUE(logAction(inventory, entry).ok());
    }
    ActionLogWindow log(&inventory);
    QSignalSpy loaded(&log, &ActionLogWindow::loaded);
    ASSERT_TRUE(loaded.wait(20000));
    log.resize(900, 360);
    EXPECT_EQ(log.model()->rowCount(), 9);
    EXPECT_TRUE(save(log, out + QStringLiteral("/action-log.png")));

    QNetworkAccessManager network;
    MemorySecretStore secrets;
    Organisation trust = organisation(QStringLiteral("Trust Leads"), Dialect::TrustLeads);
    Connection connection;
    connection.dialect = Dialect::TrustLeads;
    connection.baseUrl = QUrl(QStringLiteral("https://api.trustleads.ai"));
    TrackKeyDialog dialog({&network, &secrets, &inventory, {}}, trust, connection);
    dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
        ->setText(QStringLiteral("lfk_sk_") + QStringLiteral("x").repeated(40));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Enrichment pipeline"));
    dialog.findChild<QCheckBox *>(QStringLiteral("periodicCheck"))->setChecked(true);
    EXPECT_TRUE(save(dialog, out + QStringLiteral("/track-key.png")));
}
