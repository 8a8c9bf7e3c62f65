// The window and the local inventory (app/inventory), on a real SQLite file and real
// sandboxes over loopback HTTP: the start from the last known keys, the offline view,
// recording, the action log, the inventory's status in the banner and File → Export….
#include "MainWindowFixture.h"

#include "ApiClient.h"
#include "CountingNetworkAccessManager.h"
#include "CreateKeyDialog.h"
#include "ErrorBanner.h"
#include "InventoryExportCommand.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "ProfileDialog.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"
#include "WindowWatch.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

template <typename T>
std::optional<T> await(UiTestEnvironment &env, const std::function<void(InventoryCallback<T>)> &call)
{
    std::optional<T> value;
    bool done = false;
    call([&](const InventoryResult<T> &result) {
        done = true;
        if (result.ok())
            value = result.value;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return std::nullopt;
    (void)env;
    return value;
}

std::optional<InventorySnapshot> lastKnown(UiTestEnvironment &env, const QString &organisation)
{
    std::optional<std::optional<InventorySnapshot>> result = await<std::optional<InventorySnapshot>>(
        env, [&](InventoryCallback<std::optional<InventorySnapshot>> done) {
            env.inventory->lastKnown(organisation, env.inventory.get(), std::move(done));
        });
    return result ? *result : std::nullopt;
}

QList<ActionLogEntry> actionLog(UiTestEnvironment &env)
{
    return await<QList<ActionLogEntry>>(env,
                                        [&](InventoryCallback<QList<ActionLogEntry>> done) {
                                            env.inventory->actionLog({}, env.inventory.get(), std::move(done));
                                        })
        .value_or(QList<ActionLogEntry>());
}

QStringList actions(const QList<ActionLogEntry> &entries)
{
    QStringList names;
    for (const ActionLogEntry &entry : entries)
        names << entry.action + u':' + entry.outcome;
    return names;
}

} // namespace

class InventoryWindowTest : public MainWindowTest {
protected:
    // A first window lists `server` once (recorded in the inventory), then goes away.
    int listOnceAndClose()
    {
        openWindow();
        EXPECT_TRUE(waitForKeys(*window));
        const int rows = window->keyModel().rowCount();
        EXPECT_TRUE(env.waitForInventory());
        window.reset();
        return rows;
    }
};

TEST_F(InventoryWindowTest, StartsFromTheLastKnownKeysAndStaysUsableOfflineReadOnly)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    const int listed = listOnceAndClose();
    ASSERT_GT(listed, 3);
    ASSERT_TRUE(lastKnown(env, QStringLiteral("Acme")).has_value());

    env.servers.clear(); // the server is gone: nothing can answer from here on
    makeWindow();
    QSignalSpy shown(window.get(), &MainWindow::lastKnownShown);
    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    show();
    window->start();
    ASSERT_TRUE(shown.wait(20000) || shown.count() == 1);
    EXPECT_EQ(shown.at(0).at(1).toInt(), listed);
    EXPECT_EQ(window->keyModel().rowCount(), listed);
    EXPECT_TRUE(window->emptyStateText().isEmpty()); // the table, not "Loading…"
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("as of "))) << window->statusText().toStdString();
    EXPECT_TRUE(window->shownAsOf().isValid());

    ASSERT_TRUE(failed.count() > 0 || failed.wait(30000));
    EXPECT_EQ(loaded.count(), 0);
    EXPECT_TRUE(window->banner()->isVisibleTo(window.get()));
    EXPECT_TRUE(window->banner()->message().contains(QStringLiteral("last known keys")))
        << window->banner()->message().toStdString();
    EXPECT_EQ(window->keyModel().rowCount(), listed); // still there, still usable
    EXPECT_TRUE(window->emptyStateText().isEmpty());

    window->keyTable()->selectRow(0);
    EXPECT_FALSE(action("actionCreateKey")->isEnabled());
    EXPECT_TRUE(action("actionCreateKey")->toolTip().contains(QStringLiteral("need the server")))
        << action("actionCreateKey")->toolTip().toStdString();
    EXPECT_FALSE(action("actionRevoke")->isEnabled());
    EXPECT_TRUE(action("actionRevoke")->toolTip().contains(QStringLiteral("need the server")));
    EXPECT_TRUE(action("actionCopyIdentifier")->isEnabled()); // read-only actions stay
    EXPECT_TRUE(action("actionRefresh")->isEnabled());
}

TEST_F(InventoryWindowTest, ALateInventoryAnswerForTheOrganisationLeftNeverLandsInTheNextOne)
{
    env.useInventory();
    SandboxServer *acme = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(acme, nullptr);
    env.addProfile(QStringLiteral("Acme"), acme);
    ASSERT_GT(listOnceAndClose(), 0);
    SandboxServer *empty = env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(empty, nullptr);
    env.addProfile(QStringLiteral("Blank"), empty);

    makeWindow();
    QSignalSpy shown(window.get(), &MainWindow::lastKnownShown);
    show();
    window->start(); // opens Acme (the last used): its inventory read is on its way…
    ASSERT_EQ(window->currentProfileName(), QStringLiteral("Acme"));
    ASSERT_TRUE(window->selectProfile(QStringLiteral("Blank"))); // …when Blank is opened
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(env.waitForInventory());
    QTest::qWait(0);
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(window->currentProfileName(), QStringLiteral("Blank"));
    const std::optional<InventorySnapshot> acmeKeys = lastKnown(env, QStringLiteral("Acme"));
    ASSERT_TRUE(acmeKeys.has_value());
    const QStringList names = visibleNames();
    EXPECT_EQ(names.size(), 1) << names.join(u',').toStdString(); // Blank's own credential key
    for (const InventoryKey &key : acmeKeys->keys)
        EXPECT_FALSE(names.contains(key.key.name)) << key.key.name.toStdString();
    EXPECT_FALSE(window->shownAsOf().isValid());
}

TEST_F(InventoryWindowTest, EveryListingIsRecordedAlsoOnRefresh)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    env.addProfile(QStringLiteral("Northwind"), server, credential);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(env.waitForInventory());
    const std::optional<InventorySnapshot> first = lastKnown(env, QStringLiteral("Northwind"));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->keys.size(), window->keyModel().rowCount());
    EXPECT_EQ(first->organisation.organisation.dialect, Dialect::LocalLeads);
    EXPECT_EQ(first->organisation.organisation.baseUrl, server->url());

    // Another administrator adds a key; F5 lists it, and the inventory has it.
    Connection connection;
    connection.dialect = Dialect::LocalLeads;
    connection.baseUrl = server->url();
    connection.credential = credential;
    ApiClient client(&env.network, connection);
    CreateKeyRequest request;
    request.name = QStringLiteral("Added elsewhere");
    QSignalSpy created(client.createKey(request), &ApiReply::finished);
    ASSERT_TRUE(created.wait(20000));
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(env.waitForInventory());
    const std::optional<InventorySnapshot> second = lastKnown(env, QStringLiteral("Northwind"));
    ASSERT_TRUE(second.has_value());
    QStringList names;
    for (const InventoryKey &key : second->keys)
        names << key.key.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Added elsewhere"))) << names.join(u',').toStdString();
    EXPECT_GE(second->organisation.listedAt, first->organisation.listedAt);
}

TEST_F(InventoryWindowTest, CreateRevokeAndProfileChangesAreLoggedWithoutTheSecret)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Northwind"), server);
    openWindow(Focus::Active);
    ASSERT_TRUE(waitForKeys(*window));

    // Create through the window: logged, and the fingerprint remembered.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    CreateKeyDialog *create = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (create = window->findChild<CreateKeyDialog *>()) && create->isVisible(); }, 10000));
    create->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Made in the window"));
    QSignalSpy loaded(window.get(), &MainWindow::keysLoaded);
    create->accept();
    RevealKeyDialog *reveal = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (reveal = window->findChild<RevealKeyDialog *>()) && reveal->isVisible(); }, 20000));
    const QString secret = reveal->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
    ASSERT_TRUE(secret.startsWith(QStringLiteral("ll_"))) << secret.toStdString();
    reveal->findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
    ASSERT_TRUE(env.waitForInventory());
    const std::optional<QList<CreatedKeyFingerprint>> remembered = await<QList<CreatedKeyFingerprint>>(
        env, [&](InventoryCallback<QList<CreatedKeyFingerprint>> done) {
            env.inventory->createdKeysWithFingerprint(CreatedKeyFingerprint::fingerprintOf(secret), env.inventory.get(),
                                                      std::move(done));
        });
    ASSERT_TRUE(remembered.has_value());
    ASSERT_EQ(remembered->size(), 1);
    EXPECT_EQ(remembered->at(0).organisation, QStringLiteral("Northwind"));

    // Revoke it.
    const int row = window->keyModel().rowOfId(remembered->at(0).keyId);
    ASSERT_GE(row, 0);
    const QModelIndex source = window->keyModel().index(row, KeyTableModel::Name);
    window->keyTable()->selectRow(
        static_cast<const KeyFilterProxy *>(window->keyTable()->model())->mapFromSource(source).row());
    action("actionRevoke")->trigger();
    RevokeConfirmation *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = window->findChild<RevokeConfirmation *>()) && confirm->isVisible(); }, 10000));
    confirm->accept();
    ASSERT_TRUE(loaded.wait(20000));

    // Edit the organisation (saved as it is), then remove it.
    action("actionEditProfile")->trigger();
    ProfileDialog *dialog = window->openProfileDialog();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    dialog->accept();
    ASSERT_TRUE(saved.count() > 0 || saved.wait(20000));
    action("actionRemoveProfile")->trigger();
    QMessageBox *box = window->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    ASSERT_TRUE(env.waitForInventory());

    const QList<ActionLogEntry> log = actionLog(env);
    EXPECT_EQ(actions(log), (QStringList{QStringLiteral("create:ok"), QStringLiteral("handoff-stored:ok"),
                                         QStringLiteral("revoke:ok"), QStringLiteral("profile-change:ok"),
                                         QStringLiteral("profile-remove:ok")}))
        << actions(log).join(u' ').toStdString();
    for (const ActionLogEntry &entry : log) {
        EXPECT_EQ(entry.organisation, QStringLiteral("Northwind"));
        EXPECT_FALSE(entry.detail.contains(secret));
        EXPECT_FALSE(entry.keyName.contains(secret));
    }
    ASSERT_GE(log.size(), 3);
    EXPECT_EQ(log.at(0).keyName, QStringLiteral("Made in the window"));
    EXPECT_EQ(log.at(2).keyId, remembered->at(0).keyId);

    QFile file(env.inventory->path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(secret.toUtf8()));
}

TEST_F(InventoryWindowTest, ADamagedInventoryIsSaidOnceInTheBannerAndKeysStillLoad)
{
    {
        QFile file(env.directory.filePath(QStringLiteral("inventory.sqlite")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->banner()->message().contains(QStringLiteral("damaged")); }, 20000))
        << window->banner()->message().toStdString();
    EXPECT_GT(window->keyModel().rowCount(), 3);
    ASSERT_TRUE(env.waitForInventory());
    EXPECT_TRUE(lastKnown(env, QStringLiteral("Acme")).has_value()); // filled again from the server
}

TEST_F(InventoryWindowTest, ExportWritesEveryKnownKeyWithoutSecrets)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Northwind"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(action("actionExport")->isEnabled());
    const QString path = env.directory.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(window->exportCommand(), &InventoryExportCommand::exported);
    window->exportCommand()->exportTo(path);
    ASSERT_TRUE(exported.wait(20000));
    EXPECT_EQ(exported.at(0).at(1).toInt(), window->keyModel().rowCount());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("organisation,dialect,id,name,"));
    EXPECT_EQ(csv.count("\r\n"), window->keyModel().rowCount() + 1);
}

TEST_F(InventoryWindowTest, WithoutAnInventoryExportAndLogAreOff)
{
    SandboxServer *server = env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Northwind"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    EXPECT_FALSE(action("actionExport")->isEnabled());
    // The Log and the details pane come with the inventory (InventoryPanels).
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("actionLog")), nullptr);
}

TEST_F(InventoryWindowTest, TrustLeadsShowsTheKeysTheInventoryTracksForIt)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::TrustLeads, false);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Trust"), server);
    // What "Track a key…" records: the tracked keys as the organisation's listing.
    ApiKey tracked;
    tracked.id = QStringLiteral("lfk_sk_…9Qz1");
    tracked.name = QStringLiteral("Enrichment worker");
    tracked.keyPrefix = QStringLiteral("lfk_sk_…9Qz1");
    tracked.createdAt = env.now().addDays(-20);
    env.inventory->record({QStringLiteral("Trust"), Dialect::TrustLeads, server->url()}, {tracked},
                          env.now().addSecs(-7200));
    ASSERT_TRUE(env.waitForInventory());

    makeWindow();
    QSignalSpy shown(window.get(), &MainWindow::lastKnownShown);
    show();
    window->start();
    ASSERT_TRUE(shown.wait(20000));
    // Once the credential is read, the session knows the dialect lists nothing (Unsupported).
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return action("actionCreateKey")->toolTip().contains(QStringLiteral("tracks")); }, 20000))
        << action("actionCreateKey")->toolTip().toStdString();
    EXPECT_EQ(visibleNames(), QStringList{QStringLiteral("Enrichment worker")});
    EXPECT_TRUE(window->emptyStateText().isEmpty()); // the table instead of "no key-management API"
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("as of 2 hours ago")))
        << window->statusText().toStdString();
    EXPECT_FALSE(action("actionCreateKey")->isEnabled());
    EXPECT_TRUE(action("actionCreateKey")->toolTip().contains(QStringLiteral("tracks")))
        << action("actionCreateKey")->toolTip().toStdString();
}

namespace {

// The environment's keychain, counting the reads asked of it.
class CountingSecretStore final : public SecretStore {
public:
    explicit CountingSecretStore(SecretStore &store)
        : m_store(store)
    {
    }
    SecretJob *read(const QString &entry) override
    {
        ++reads;
        return m_store.read(entry);
    }
    SecretJob *write(const QString &entry, const QString &secret) override { return m_store.write(entry, secret); }
    SecretJob *remove(const QString &entry) override { return m_store.remove(entry); }
    SecretJob *list(const QString &prefix) override { return m_store.list(prefix); }
    QString backendName() const override { return m_store.backendName(); }
    bool isPersistent() const override { return m_store.isPersistent(); }
    int reads = 0;

private:
    SecretStore &m_store;
};

} // namespace

// A launch shows the last known keys first: the keychain and the server are asked only
// once they are on screen (tests/bench: launch-user-from-inventory).
TEST_F(InventoryWindowTest, TheFirstRequestsWaitUntilTheLastKnownKeysAreDrawn)
{
    env.useInventory();
    SandboxServer *server = env.startSandbox(Dialect::LeadHql, true);
    ASSERT_NE(server, nullptr);
    env.addProfile(QStringLiteral("Acme"), server);
    openWindow();
    ASSERT_TRUE(waitForKeys(*window));
    ASSERT_TRUE(env.waitForInventory());
    window.reset();

    CountingNetworkAccessManager network;
    CountingSecretStore keychain(env.secrets);
    MainWindow next(MainWindow::Services{&network, &keychain, &env.settings, &env.profiles, &env.handoffs,
                                         &env.secretClipboard, QGuiApplication::clipboard(),
                                         [this] { return env.now(); }, env.inventory.get()});
    struct FirstPaintWithKeys final : QObject {
        FirstPaintWithKeys(MainWindow &window, const CountingSecretStore &keychain,
                           const CountingNetworkAccessManager &network)
            : m_window(window)
            , m_keychain(keychain)
            , m_network(network)
        {
            window.keyTable()->viewport()->installEventFilter(this);
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !seen && m_window.keyModel().rowCount() > 0) {
                seen = true;
                readsBefore = m_keychain.reads;
                requestsBefore = m_network.created();
                findingsBefore = int(m_window.watch()->findings().size());
            }
            return QObject::eventFilter(watched, event);
        }
        MainWindow &m_window;
        const CountingSecretStore &m_keychain;
        const CountingNetworkAccessManager &m_network;
        bool seen = false;
        int readsBefore = -1;
        int requestsBefore = -1;
        int findingsBefore = -1;
    } probe(next, keychain, network);
    QSignalSpy listed(&next, &MainWindow::keysLoaded);
    next.show();
    next.start();
    ASSERT_TRUE(listed.wait(20000));
    ASSERT_TRUE(probe.seen);
    EXPECT_EQ(probe.readsBefore, 0);    // drawn from the inventory before the keychain is asked…
    EXPECT_EQ(probe.requestsBefore, 0); // …and before the server is
    EXPECT_EQ(probe.findingsBefore, 0); // …and before the Health dock is filled
    EXPECT_EQ(keychain.reads, 1);
    EXPECT_EQ(network.created(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&next] { return !next.watch()->findings().isEmpty(); }, 20000));
}
