// File → Scan for Leaked Keys… (ui/scan) in the window, offscreen: a real temporary tree
// with planted keys, keys created over an in-process LocalLeads sandbox on loopback HTTP
// (listed, so the inventory knows their keyPrefix), a real inventory file, and Revoke /
// Rotate through the window's own flows.
#include "MainWindowFixture.h"

#include "CreateKeyDialog.h"
#include "FileManagerReveal.h"
#include "HealthPanel.h"
#include "KeyFormat.h"
#include "LeakResultModel.h"
#include "LeakScanDialog.h"
#include "RevokeConfirmation.h"
#include "RotateKeyDialog.h"
#include "WindowWatch.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

struct NewKey final {
    QString id;
    QString key;
};

// POST /api/v1/api-keys over loopback HTTP, as the dashboard or KeyDesk would.
NewKey createKey(QNetworkAccessManager &network, const SandboxServer &server, const QString &credential,
                 const QString &name)
{
    QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/v1/api-keys"))));
    request.setRawHeader("Authorization", "Bearer " + credential.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(20000));
    const QJsonObject data =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
    reply->deleteLater();
    return {data.value(QStringLiteral("id")).toString(), data.value(QStringLiteral("key")).toString()};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(content);
}

const StoredKey *storedKey(const SandboxServer &server, const QString &id)
{
    for (const StoredKey &key : server.state().keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

// A well-formed LeadHQL key nobody made: unknown to every inventory.
const QString strayKey = QStringLiteral("leadhql_pk_Zq8Lm2Xv7Tn4Rb1Kc9Wd3Hy6Pj5Fs0Ga");

// Catches what QDesktopServices would open (no file manager runs in the test session).
class UrlCatcher final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class LeakScanDialogTest : public MainWindowTest {
protected:
    // A LocalLeads organisation "Acme" with the key "CRM sync" created over HTTP, listed
    // by the window (and so recorded), and a tree with it and a stray key planted.
    void openAcme()
    {
        env.useInventory();
        acme = env.startSandbox(Dialect::LocalLeads, false);
        ASSERT_NE(acme, nullptr);
        const QString credential = acme->issueCredential();
        env.addProfile(QStringLiteral("Acme"), acme, credential);
        live = createKey(env.network, *acme, credential, QStringLiteral("CRM sync"));
        ASSERT_TRUE(live.key.startsWith(QStringLiteral("ll_"))) << live.key.size();
        openWindow();
        ASSERT_TRUE(waitForKeys(*window));
        ASSERT_TRUE(env.waitForInventory());
        tree = trees.filePath(QStringLiteral("project"));
        writeFile(tree + QStringLiteral("/app/.env"), "CRM_KEY=" + live.key.toUtf8() + "\n");
        writeFile(tree + QStringLiteral("/docs/notes.md"), "an old example: " + strayKey.toUtf8() + "\n");
        writeFile(tree + QStringLiteral("/README.md"), "nothing secret here\n");
    }

    LeakScanDialog &dialog()
    {
        window->showLeakScan();
        return *window->leakScanDialog();
    }

    // Start, and wait for the end; the summary it reported.
    LeakScanSummary scan(LeakScanDialog &scanDialog)
    {
        QSignalSpy finished(&scanDialog, &LeakScanDialog::scanFinished);
        scanDialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        EXPECT_TRUE(scanDialog.isScanning()); // started, and the dialog did not wait for it
        EXPECT_TRUE(finished.wait(60000));
        return finished.isEmpty() ? LeakScanSummary{} : finished.first().first().value<LeakScanSummary>();
    }

    int rowOf(const LeakScanDialog &scanDialog, const QString &pathEnd) const
    {
        for (int row = 0; row < scanDialog.results()->rowCount(); ++row) {
            if (scanDialog.results()->resultAt(row).sighting.path.endsWith(pathEnd))
                return row;
        }
        return -1;
    }

    void select(LeakScanDialog &scanDialog, int row) const { scanDialog.resultTable()->selectRow(row); }

    // The dialog with the planted tree scanned; the row found in `pathEnd` selected (its
    // row, -1 when there is none).
    int scanTreeAndSelect(LeakScanDialog &scanDialog, const QString &pathEnd)
    {
        scanDialog.addFolder(tree);
        scan(scanDialog);
        const int row = rowOf(scanDialog, pathEnd);
        if (row >= 0)
            select(scanDialog, row);
        return row;
    }

    QPushButton *button(const LeakScanDialog &scanDialog, const char *name) const
    {
        return scanDialog.findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QTemporaryDir trees;
    QString tree;
    SandboxServer *acme = nullptr;
    NewKey live;
};

TEST_F(LeakScanDialogTest, FindsThePlantedKeysAndNamesTheLiveOne)
{
    openAcme();
    QAction *scanAction = action("actionScanForLeaks");
    ASSERT_NE(scanAction, nullptr);
    scanAction->trigger();
    LeakScanDialog *scanDialog = window->leakScanDialog();
    ASSERT_NE(scanDialog, nullptr);
    EXPECT_TRUE(scanDialog->isVisible());
    scanDialog->addFolder(tree);
    const LeakScanSummary summary = scan(*scanDialog);
    EXPECT_FALSE(summary.cancelled);
    EXPECT_EQ(summary.files, 3);

    ASSERT_EQ(scanDialog->results()->rowCount(), 2) << scanDialog->summaryText().toStdString();
    const int liveRow = rowOf(*scanDialog, QStringLiteral("app/.env"));
    const int strayRow = rowOf(*scanDialog, QStringLiteral("docs/notes.md"));
    ASSERT_GE(liveRow, 0);
    ASSERT_GE(strayRow, 0);
    const QAbstractItemModel *model = scanDialog->results();
    const QString match = model->index(liveRow, LeakResultModel::Match).data().toString();
    EXPECT_TRUE(match.contains(QStringLiteral("Acme / CRM sync / Active"))) << match.toStdString();
    EXPECT_EQ(model->index(liveRow, LeakResultModel::Line).data().toInt(), 1);
    EXPECT_EQ(model->index(liveRow, LeakResultModel::Format).data().toString(), QStringLiteral("LocalLeads"));
    EXPECT_EQ(model->index(strayRow, LeakResultModel::Match).data().toString(), QStringLiteral("unknown"));

    // The progress bar reached its end, and the line under it counts every file.
    auto *progress = scanDialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    EXPECT_EQ(progress->value(), progress->maximum());
    EXPECT_TRUE(scanDialog->progressText().startsWith(QStringLiteral("3 file")))
        << scanDialog->progressText().toStdString();

    // Revoke and Rotate for the live key only.
    select(*scanDialog, liveRow);
    EXPECT_TRUE(button(*scanDialog, "revokeButton")->isEnabled());
    EXPECT_TRUE(button(*scanDialog, "rotateButton")->isEnabled());
    select(*scanDialog, strayRow);
    EXPECT_FALSE(button(*scanDialog, "revokeButton")->isEnabled());
    EXPECT_FALSE(button(*scanDialog, "rotateButton")->isEnabled());
    EXPECT_TRUE(button(*scanDialog, "revealButton")->isEnabled());

    // The live key is a `leaked` finding in the Health view now.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (const Finding &finding : window->watch()->findings()) {
                if (finding.code == FindingCode::Leaked && finding.keyId == live.id)
                    return finding.location.endsWith(QStringLiteral("app/.env:1"));
            }
            return false;
        },
        20000));
    // The scan wrote nothing into the tree.
    EXPECT_FALSE(QFileInfo::exists(tree + QStringLiteral("/.keydesk-ignore")));
}

TEST_F(LeakScanDialogTest, TheFullKeyIsNeverOnScreen)
{
    openAcme();
    LeakScanDialog &scanDialog = dialog();
    scanDialog.addFolder(tree);
    scan(scanDialog);
    ASSERT_EQ(scanDialog.results()->rowCount(), 2);
    QStringList shown;
    const QAbstractItemModel *model = scanDialog.results();
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_TRUE(scanDialog.results()->resultAt(row).sighting.secret.isEmpty());
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                shown.append(model->index(row, column).data(role).toString());
        }
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        select(scanDialog, row);
        for (const QWidget *widget : scanDialog.findChildren<QWidget *>())
            shown.append(widget->toolTip());
        for (const QLabel *label : scanDialog.findChildren<QLabel *>())
            shown.append(label->text());
    }
    shown.append(scanDialog.windowTitle());
    const QString all = shown.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(KeyFormat::maskedIdentifier(live.key))) << all.toStdString();
    EXPECT_FALSE(all.contains(live.key));
    EXPECT_FALSE(all.contains(strayKey));
    // Not even most of it: nothing past the masked identifier's visible part.
    EXPECT_FALSE(all.contains(live.key.left(24)));
}

TEST_F(LeakScanDialogTest, RevokeFromAResultRevokesTheKeyOnTheServer)
{
    openAcme();
    LeakScanDialog &scanDialog = dialog();
    const int liveRow = scanTreeAndSelect(scanDialog, QStringLiteral("app/.env"));
    ASSERT_GE(liveRow, 0);
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    button(scanDialog, "revokeButton")->click();
    RevokeConfirmation *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = window->findChild<RevokeConfirmation *>()) && confirm->isVisible(); }, 10000));
    EXPECT_TRUE(confirm->questionText().contains(QStringLiteral("CRM sync"))) << confirm->questionText().toStdString();
    confirm->accept();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const StoredKey *key = storedKey(*acme, live.id);
            return key && key->isRevoked();
        },
        20000));
    // Listed again: the leaked finding is gone with the live key.
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (const Finding &finding : window->watch()->findings()) {
                if (finding.code == FindingCode::Leaked)
                    return false;
            }
            return true;
        },
        20000));
}

TEST_F(LeakScanDialogTest, RotateFromAResultOpensTheRotateDialogWithTheEmergencyChosen)
{
    openAcme();
    LeakScanDialog &scanDialog = dialog();
    const int liveRow = scanTreeAndSelect(scanDialog, QStringLiteral("app/.env"));
    ASSERT_GE(liveRow, 0);
    button(scanDialog, "rotateButton")->click();
    RotateKeyDialog *rotate = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (rotate = window->findChild<RotateKeyDialog *>()) && rotate->isVisible(); }, 10000));
    // A leaked key: the old one goes as soon as the successor exists.
    EXPECT_TRUE(rotate->choice().emergency);
    EXPECT_TRUE(rotate->emergencyNote().contains(QStringLiteral("CRM sync")));
    EXPECT_FALSE(window->findChild<CreateKeyDialog *>() && window->findChild<CreateKeyDialog *>()->isVisible());
    rotate->reject();
}

TEST_F(LeakScanDialogTest, CancelStopsTheScanOfABigTree)
{
    openAcme();
    const QByteArray filler(256 * 1024, 'x');
    constexpr int fileCount = 200;
    for (int i = 0; i < fileCount; ++i)
        writeFile(tree + QStringLiteral("/big/file%1.txt").arg(i), filler + live.key.toUtf8() + "\n");
    LeakScanDialog &scanDialog = dialog();
    scanDialog.addFolder(tree);
    QSignalSpy finished(&scanDialog, &LeakScanDialog::scanFinished);
    button(scanDialog, "startButton")->click();
    ASSERT_TRUE(scanDialog.isScanning());
    EXPECT_FALSE(button(scanDialog, "startButton")->isEnabled());
    ASSERT_TRUE(button(scanDialog, "cancelButton")->isEnabled());
    button(scanDialog, "cancelButton")->click();
    ASSERT_TRUE(finished.wait(60000));
    const auto summary = finished.first().first().value<LeakScanSummary>();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_LT(summary.files, fileCount + 3);
    EXPECT_LT(scanDialog.results()->rowCount(), fileCount + 2);
    EXPECT_FALSE(scanDialog.isScanning());
    EXPECT_TRUE(button(scanDialog, "startButton")->isEnabled());
    EXPECT_FALSE(button(scanDialog, "cancelButton")->isEnabled());
    EXPECT_EQ(scanDialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->format(),
              QStringLiteral("Cancelled"));
    // A cancelled scan remembers no leak.
    window->watch()->refresh();
    ASSERT_TRUE(env.waitForInventory());
    for (const Finding &finding : window->watch()->findings())
        EXPECT_NE(finding.code, FindingCode::Leaked);
    // And the next scan runs to its end.
    const LeakScanSummary again = scan(scanDialog);
    EXPECT_FALSE(again.cancelled);
    EXPECT_EQ(again.files, fileCount + 3);
}

TEST_F(LeakScanDialogTest, RememberedFoldersAndOptionsSurviveARestart)
{
    openAcme();
    const QString other = trees.filePath(QStringLiteral("other"));
    QDir().mkpath(other);
    {
        LeakScanDialog &scanDialog = dialog();
        scanDialog.addFolder(other);
        scanDialog.addFolder(tree);
        scanDialog.addFolder(tree); // once only
        auto *list = scanDialog.findChild<QListWidget *>(QStringLiteral("folderList"));
        ASSERT_EQ(list->count(), 2);
        list->setCurrentRow(0);
        button(scanDialog, "removeFolderButton")->click();
        scanDialog.findChild<QCheckBox *>(QStringLiteral("historyCheck"))->setChecked(true);
    }
    window.reset(); // quit
    openWindow();
    LeakScanDialog &again = dialog();
    EXPECT_EQ(again.folders(), QStringList{QDir::cleanPath(tree)});
    EXPECT_TRUE(again.findChild<QCheckBox *>(QStringLiteral("historyCheck"))->isChecked());
    EXPECT_FALSE(again.findChild<QCheckBox *>(QStringLiteral("binaryCheck"))->isChecked());
}

TEST_F(LeakScanDialogTest, IgnoreWritesTheFingerprintOnlyWhenAskedAndLaterScansLeaveItOut)
{
    openAcme();
    LeakScanDialog &scanDialog = dialog();
    const int strayRow = scanTreeAndSelect(scanDialog, QStringLiteral("docs/notes.md"));
    ASSERT_GE(strayRow, 0);
    const QString fingerprint = scanDialog.results()->resultAt(strayRow).sighting.fingerprint;
    const QString ignoreFile = tree + QStringLiteral("/.keydesk-ignore");
    EXPECT_FALSE(QFileInfo::exists(ignoreFile));
    EXPECT_FALSE(scanDialog.ignoreSelected(QStringLiteral("  "))); // a reason is needed
    EXPECT_FALSE(QFileInfo::exists(ignoreFile));
    // Ignore… asks for the reason first (the dialog does not wait for the answer).
    button(scanDialog, "ignoreButton")->click();
    QInputDialog *ask = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (ask = scanDialog.findChild<QInputDialog *>(QStringLiteral("ignoreReasonDialog")))
                   && ask->isVisible();
        },
        10000));
    EXPECT_FALSE(QFileInfo::exists(ignoreFile)); // not before the reason is given
    ask->setTextValue(QStringLiteral("documentation\nexample"));
    ask->accept();
    QFile file(ignoreFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), (fingerprint + QStringLiteral(" documentation example\n")).toUtf8());
    EXPECT_EQ(scanDialog.results()->rowCount(), 1);

    const LeakScanSummary again = scan(scanDialog);
    EXPECT_EQ(again.ignored, 1);
    ASSERT_EQ(scanDialog.results()->rowCount(), 1);
    EXPECT_TRUE(scanDialog.results()->resultAt(0).match.has_value());
}

TEST_F(LeakScanDialogTest, RevealOpensTheFoldersWhenNoFileManagerAnswersOverDBus)
{
    openAcme();
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    LeakScanDialog &scanDialog = dialog();
    const int liveRow = scanTreeAndSelect(scanDialog, QStringLiteral("app/.env"));
    ASSERT_GE(liveRow, 0);
    auto *reveal = scanDialog.findChild<FileManagerReveal *>();
    ASSERT_NE(reveal, nullptr);
    QSignalSpy revealed(reveal, &FileManagerReveal::revealed);
    button(scanDialog, "revealButton")->click();
    ASSERT_TRUE(revealed.wait(20000));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    EXPECT_FALSE(revealed.first().at(1).toBool()); // the test session runs no file manager
    ASSERT_EQ(catcher.opened.size(), 1);
    EXPECT_EQ(catcher.opened.first(), QUrl::fromLocalFile(QDir::cleanPath(tree + QStringLiteral("/app"))));
}

#include "LeakScanDialogTests.moc"
