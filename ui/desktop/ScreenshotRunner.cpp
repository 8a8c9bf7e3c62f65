#include "ScreenshotRunner.h"

#include "BulkRevokeDialog.h"
#include "CreateKeyDialog.h"
#include "DemoEnvironment.h"
#include "FindingRow.h"
#include "HealthPanel.h"
#include "KeyDetailsPane.h"
#include "KeyTableModel.h"
#include "LeakResultModel.h"
#include "LeakScanDialog.h"
#include "MainWindow.h"
#include "RevealKeyDialog.h"
#include "RotationTimeline.h"
#include "SendToDialog.h"
#include "WindowWatch.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>

namespace keydesk {

namespace {
constexpr int pollIntervalMs = 50;
constexpr int pollLimit = 400; // 20 s
// Let layouts and the first paint settle before grabbing.
constexpr int settleMs = 300;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString directory, std::function<void()> cutNetwork,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_cutNetwork(std::move(cutNetwork))
{
    // Grabbed at once: the list answers within milliseconds on the demo servers.
    connect(window, &MainWindow::lastKnownShown, this, [this](const QString &, int count) {
        if (m_cachedCaptured || count == 0)
            return;
        m_cachedCaptured = true;
        // The status bar's new text is laid out before the grab, not after.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        save(m_window, QStringLiteral("cached-start.png"));
    });
    connect(window, &MainWindow::keysLoaded, this, [this](const QString &, int count) {
        if (m_started || count == 0)
            return;
        m_started = true;
        // Once the live listing is judged too: the demo's burst of use is in it only.
        waitFor(
            [this]() -> QWidget * {
                WindowWatch *watch = m_window->watch();
                if (!watch)
                    return nullptr;
                for (FindingRow *row : watch->panel()->rows()) {
                    if (row->finding().code == FindingCode::UsageSpike)
                        return watch->panel();
                }
                return nullptr;
            },
            [this](QWidget *) { QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureMainWindow); },
            QStringLiteral("the demo's findings"));
    });
    connect(window, &MainWindow::loadFailed, this, [this] {
        if (!m_started)
            fail(QStringLiteral("the demo keys did not load"));
    });
}

ScreenshotRunner::~ScreenshotRunner() = default;

void ScreenshotRunner::captureMainWindow()
{
    // A row selected shows the actions enabled, as in real use.
    m_window->keyTable()->selectRow(1);
    if (!save(m_window, QStringLiteral("main-window.png")) || !captureHealthView())
        return;
    captureRotationTimeline();
}

// The demo's rotation under way: its old key selected, the timeline in the details pane.
void ScreenshotRunner::captureRotationTimeline()
{
    const auto *rows = qobject_cast<const QSortFilterProxyModel *>(m_window->keyTable()->model());
    int oldest = -1;
    QDateTime oldestCreated;
    for (int row = 0; rows && row < rows->rowCount(); ++row) {
        const ApiKey key = m_window->keyModel().keyAt(rows->mapToSource(rows->index(row, 0)).row());
        if (key.name != QLatin1String("Zapier automation"))
            continue;
        const QDateTime created = key.createdAt;
        if (oldest < 0 || created < oldestCreated) {
            oldest = row;
            oldestCreated = created;
        }
    }
    if (oldest < 0) {
        fail(QStringLiteral("the demo's rotated key is not listed"));
        return;
    }
    const QSize size = m_window->size();
    m_window->resize(size.width() + 160, size.height() + 380);
    m_window->keyTable()->selectRow(oldest);
    waitFor(
        [this]() -> QWidget * {
            const KeyDetailsPane *pane = m_window->findChild<KeyDetailsPane *>();
            return pane && pane->timeline()->isVisibleTo(pane) && pane->isChartShown() ? m_window : nullptr;
        },
        [this, size](QWidget *) {
            QTimer::singleShot(settleMs, this, [this, size] {
                if (!save(m_window, QStringLiteral("rotation-timeline.png")))
                    return;
                m_window->resize(size);
                m_window->keyTable()->selectRow(1);
                startLeakScan();
            });
        },
        QStringLiteral("the demo's rotation timeline"));
}

// File → Scan for Leaked Keys… on the demo project (remembered by the demo), its results
// with the live Acme Realty key selected; then closed.
void ScreenshotRunner::startLeakScan()
{
    m_window->showLeakScan();
    LeakScanDialog *dialog = m_window->leakScanDialog();
    dialog->resize(980, 500);
    dialog->startScan();
    waitFor(
        [dialog]() -> QWidget * {
            return !dialog->isScanning() && dialog->results()->rowCount() > 0 ? dialog : nullptr;
        },
        [this](QWidget *widget) {
            auto *scan = static_cast<LeakScanDialog *>(widget);
            for (int row = 0; row < scan->results()->rowCount(); ++row) {
                const LeakResult &result = scan->results()->resultAt(row);
                if (result.match && result.match->organisation == DemoEnvironment::leadHqlProfileName())
                    scan->resultTable()->selectRow(row);
            }
            QTimer::singleShot(settleMs, this, [this, scan] {
                if (!save(scan, QStringLiteral("leak-scan.png")))
                    return;
                scan->close();
                startBulkRevoke();
            });
        },
        QStringLiteral("the leak scan's results"));
}

// Several rows selected (one already revoked, if the demo lists one), Revoke: the preview
// with the count typed, as just before revoking; then cancelled.
void ScreenshotRunner::startBulkRevoke()
{
    QTableView *table = m_window->keyTable();
    const auto *rows = qobject_cast<const QSortFilterProxyModel *>(table->model());
    if (!rows) {
        fail(QStringLiteral("the key table has no filter proxy"));
        return;
    }
    table->clearSelection();
    int selected = 0;
    int revoked = -1;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const bool isRevoked = m_window->keyModel().keyAt(rows->mapToSource(rows->index(row, 0)).row()).revoked;
        if (isRevoked && revoked < 0)
            revoked = row;
        else if (!isRevoked && selected < 4)
            ++selected;
        else
            continue;
        table->selectionModel()->select(rows->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QAction *revoke = m_window->findChild<QAction *>(QStringLiteral("actionRevoke"));
    if (!revoke || !revoke->isEnabled()) {
        fail(QStringLiteral("Revoke is not available for several demo keys"));
        return;
    }
    revoke->trigger();
    waitFor(
        [this]() -> QWidget * {
            BulkRevokeDialog *dialog = m_window->findChild<BulkRevokeDialog *>();
            return dialog && dialog->isVisible() ? dialog : nullptr;
        },
        [this](QWidget *widget) {
            auto *dialog = static_cast<BulkRevokeDialog *>(widget);
            dialog->setConfirmationText(dialog->expectedConfirmation());
            QTimer::singleShot(settleMs, this, [this, dialog] {
                if (!save(dialog, QStringLiteral("bulk-revoke.png")))
                    return;
                dialog->reject();
                m_window->keyTable()->selectRow(1);
                startCreate();
            });
        },
        QStringLiteral("the bulk revoke preview"));
}

void ScreenshotRunner::startCreate()
{
    QAction *create = m_window->findChild<QAction *>(QStringLiteral("actionCreateKey"));
    if (!create || !create->isEnabled()) {
        fail(QStringLiteral("Create Key is not available on the demo organisation"));
        return;
    }
    create->trigger();
    waitFor(
        [this]() -> QWidget * {
            CreateKeyDialog *dialog = m_window->findChild<CreateKeyDialog *>();
            return dialog && dialog->isVisible() ? dialog : nullptr;
        },
        [this](QWidget *dialog) {
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")))
                name->setText(QStringLiteral("Website lead form"));
            QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureCreateDialog);
        },
        QStringLiteral("the create dialog"));
}

bool ScreenshotRunner::captureHealthView()
{
    // The Health dock taller than it starts, for more of its findings; then as it was.
    QDockWidget *dock = m_window->watch()->dock();
    const int height = dock->height();
    m_window->resizeDocks({dock}, {m_window->height() * 11 / 20}, Qt::Vertical);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const bool saved = save(m_window, QStringLiteral("health-view.png"));
    m_window->resizeDocks({dock}, {height}, Qt::Vertical);
    return saved;
}

void ScreenshotRunner::captureCreateDialog()
{
    CreateKeyDialog *dialog = m_window->findChild<CreateKeyDialog *>();
    if (!dialog || !save(dialog, QStringLiteral("create-key.png")))
        return;
    dialog->accept();
    waitFor(
        [this]() -> QWidget * {
            RevealKeyDialog *reveal = m_window->findChild<RevealKeyDialog *>();
            return reveal && reveal->isVisible() ? reveal : nullptr;
        },
        [this](QWidget *) { QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureRevealDialog); },
        QStringLiteral("the reveal dialog"));
}

void ScreenshotRunner::captureRevealDialog()
{
    RevealKeyDialog *reveal = m_window->findChild<RevealKeyDialog *>();
    if (!reveal || !save(reveal, QStringLiteral("reveal-key.png")))
        return;
    reveal->findChild<QPushButton *>(QStringLiteral("sendToButton"))->click();
    waitFor(
        [this]() -> QWidget * {
            SendToDialog *sendTo = m_window->findChild<SendToDialog *>();
            return sendTo && sendTo->isVisible() ? sendTo : nullptr;
        },
        [this](QWidget *) { QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureSendToDialog); },
        QStringLiteral("the Send To dialog"));
}

void ScreenshotRunner::captureSendToDialog()
{
    // pass chosen and named, not sent: nothing leaves the demo.
    SendToDialog *sendTo = m_window->findChild<SendToDialog *>();
    if (!sendTo)
        return;
    sendTo->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(1);
    sendTo->findChild<QLineEdit *>(QStringLiteral("passNameEdit"))->setText(QStringLiteral("acme/crm-sync"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!save(sendTo, QStringLiteral("send-to.png")))
        return;
    sendTo->reject();
    RevealKeyDialog *reveal = m_window->findChild<RevealKeyDialog *>();
    if (!reveal)
        return;
    reveal->findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
    // The LocalLeads server stops: that organisation opens from the inventory, offline.
    m_cutNetwork();
    m_offlineWait = connect(m_window, &MainWindow::loadFailed, this, [this] {
        disconnect(m_offlineWait);
        QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureOffline);
    });
    m_window->selectProfile(DemoEnvironment::localLeadsProfileName());
}

void ScreenshotRunner::captureOffline()
{
    if (!m_window->shownAsOf().isValid()) {
        fail(QStringLiteral("the offline view shows no keys from the inventory"));
        return;
    }
    if (!save(m_window, QStringLiteral("offline.png")))
        return;
    // Then every organisation in one table, once each has answered: LeadHQL's list, and
    // the stopped LocalLeads server's failure (its last known keys stay, named in the banner).
    const auto answered = [this](const QString &organisation) {
        if (!m_window->isShowingAllOrganisations() || m_allAnswered.contains(organisation))
            return;
        m_allAnswered.append(organisation);
        if (m_allAnswered.size() == m_window->profileSelector()->count() - 1)
            QTimer::singleShot(settleMs, this, &ScreenshotRunner::captureAllOrganisations);
    };
    connect(m_window, &MainWindow::keysLoaded, this, answered);
    connect(m_window, &MainWindow::loadFailed, this, answered);
    if (!m_window->showAllOrganisations())
        fail(QStringLiteral("the All organisations entry is missing"));
}

void ScreenshotRunner::captureAllOrganisations()
{
    // The busiest LeadHQL key, with its organisation and chart in the details pane; the
    // window a little larger for the Organisation column and the rows.
    const QAbstractItemModel *rows = m_window->keyTable()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, KeyTableModel::Name).data(KeyTableModel::SortRole).toString()
            == QLatin1String("Production CRM sync")) {
            m_window->keyTable()->selectRow(row);
            break;
        }
    }
    m_window->resize(m_window->width() + 240, m_window->height() + 200);
    if (WindowWatch *watch = m_window->watch()) // the table's rows first; the Health view below, short
        m_window->resizeDocks({watch->dock()}, {m_window->height() / 4}, Qt::Vertical);
    waitFor(
        [this]() -> QWidget * {
            const KeyDetailsPane *pane = m_window->findChild<KeyDetailsPane *>();
            return pane && pane->isChartShown() ? m_window : nullptr;
        },
        [this](QWidget *) {
            QTimer::singleShot(settleMs, this, [this] {
                if (!save(m_window, QStringLiteral("all-organisations.png")))
                    return;
                std::fprintf(stdout, "keydesk: screenshots written to %s\n",
                             qUtf8Printable(QDir::toNativeSeparators(m_directory)));
                QCoreApplication::exit(0);
            });
        },
        QStringLiteral("the key's usage chart"));
}

bool ScreenshotRunner::save(QWidget *widget, const QString &fileName)
{
    const QString path = QDir(m_directory).filePath(fileName);
    if (!QDir().mkpath(m_directory) || !widget->grab().save(path, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    return true;
}

void ScreenshotRunner::waitFor(std::function<QWidget *()> ready, std::function<void(QWidget *)> then,
                               const QString &what)
{
    m_poll.disconnect(this);
    m_pollsLeft = pollLimit;
    connect(&m_poll, &QTimer::timeout, this, [this, ready = std::move(ready), then = std::move(then), what] {
        if (QWidget *widget = ready()) {
            m_poll.stop();
            then(widget);
        } else if (--m_pollsLeft <= 0) {
            m_poll.stop();
            fail(QStringLiteral("%1 did not appear").arg(what));
        }
    });
    m_poll.start(pollIntervalMs);
}

void ScreenshotRunner::fail(const QString &message)
{
    std::fprintf(stderr, "keydesk: screenshots failed: %s\n", qUtf8Printable(message));
    QCoreApplication::exit(1);
}

} // namespace keydesk
