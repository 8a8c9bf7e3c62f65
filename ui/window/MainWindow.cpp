#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AllOrganisations.h"
#include "BannerMessages.h"
#include "EmptyStatePage.h"
#include "ErrorBanner.h"
#include "HandoffStore.h"
#include "Inventory.h"
#include "InventoryPanels.h"
#include "KeyCommands.h"
#include "KeyFilterProxy.h"
#include "KeyFlows.h"
#include "KeyTableLayout.h"
#include "KeyTableModel.h"
#include "MemorySecretStore.h"
#include "PendingBadges.h"
#include "ProfileEditor.h"
#include "ProfileSelector.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "WindowActionState.h"
#include "WindowActions.h"
#include "WindowDelivery.h"
#include "WindowInventory.h"
#include "WindowLeakScan.h"
#include "WindowMenus.h"
#include "WindowPreferences.h"
#include "WindowRotations.h"
#include "WindowSettings.h"
#include "WindowStatusBar.h"
#include "WindowToolBar.h"
#include "WindowWatch.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

#include <utility>

namespace keydesk {

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(std::move(services))
    , m_settings(m_services.settings)
    , m_sessionSecrets(new MemorySecretStore(this))
    , m_flows(new KeyFlows(m_services.handoffs, m_services.secretClipboard, this, this))
    , m_model(new KeyTableModel(m_services.clock, this))
    , m_proxy(new KeyFilterProxy(this))
    , m_banner(new ErrorBanner(this))
    , m_badges(new PendingBadges(m_services.handoffs, m_model, this))
    , m_session(new ProfileSession(
          {m_services.network, m_services.profiles, m_sessionSecrets, m_services.secrets, m_services.clock}, this))
    , m_all(new AllOrganisations(
          {m_services.network, m_services.profiles, m_sessionSecrets, m_services.secrets, m_services.clock},
          m_services.inventory, this))
    // Before the window's own connections to the session: the banner is up to date
    // when the window reports (keysLoaded, loadFailed).
    , m_messages(new BannerMessages(m_banner, m_session, m_services.clock, this))
    , m_profileEditor(new ProfileEditor(
          {{m_services.profiles, m_services.secrets, m_sessionSecrets, m_services.network, m_services.clock},
           m_services.handoffs},
          this, this))
    , m_inventory(
          new WindowInventory({m_services.inventory, m_session, m_services.profiles, m_services.clock, this}, this))
{
    m_ui->setupUi(this);
    m_actions = std::make_unique<WindowActions>(*m_ui, this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_flows->setClock(m_services.clock);
    m_flows->setDeliveryServices(WindowDelivery::services(m_services.profiles, m_demo));
    m_preferences = new WindowPreferences(m_services.settings, m_messages, this, this);

    m_commands = new KeyCommands({m_session, m_flows, m_services.handoffs, m_services.clipboard}, m_ui->keyTable,
                                 m_model, m_proxy, this);
    m_commands->setAllOrganisations(m_all);
    setUpToolBar();
    m_emptyState = new EmptyStatePage(*m_ui, m_filter, this);
    setUpTable();
    m_status = new WindowStatusBar(statusBar(), this);
    m_rotations = new WindowRotations(
        {m_flows, m_inventory, m_session, m_all, m_model, m_layout, m_status, [this] { updateActions(); }}, this);
    if (m_services.inventory) { // the details dock, View → Log…, Key → Track a Key… (ui/inventory)
        m_inventoryPanels = new InventoryPanels(
            {m_services.network, m_services.secrets, m_services.inventory, m_services.clock}, this, m_ui->menuKey,
            m_ui->menuHelp->menuAction());
        connect(this, &MainWindow::currentKeyChanged, m_inventoryPanels, &InventoryPanels::showKey);
        connect(m_inventory, &WindowInventory::settled, m_inventoryPanels, &InventoryPanels::prepare);
        connect(m_session, &ProfileSession::opened, this,
                [this] { m_inventoryPanels->setProfile(m_session->profile()); });
        // The Health dock, the rows' finding marks and the selector's counts (ui/watch).
        m_watch = new WindowWatch({m_services.inventory, m_services.profiles, m_services.clock},
                                  {this, m_inventoryPanels->viewMenu(), m_ui->keyTable, m_model, m_profileSelector,
                                   m_ui->actionCreateKey, m_ui->actionRevoke, m_ui->actionRotate, m_filter,
                                   [this](const QString &name) { return selectProfile(name); }},
                                  this);
        connect(m_session, &ProfileSession::opened, m_watch,
                [this] { m_watch->setOrganisations({m_session->profileName()}); });
        // The first findings once the organisation is on screen (their dock and marks follow).
        connect(m_inventory, &WindowInventory::settled, m_watch, &WindowWatch::start, Qt::SingleShotConnection);
        // The rotation timeline's actions (docs/design.md#rotation), and the rows it marks.
        m_rotations->connectTimeline(m_services.inventory, m_inventoryPanels);
    }
    m_leakScan = new WindowLeakScan(
        {m_services.settings, m_services.inventory ? m_services.inventory->path() : QString(), m_services.clock}, this,
        m_watch, this);
    m_menus = new WindowMenus(
        *m_ui, {this, m_commands, m_profileEditor, m_session, m_inventory, m_watch, m_filter, m_status, m_messages},
        {m_services.inventory, m_services.clock}, this);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionScanForLeaks, &QAction::triggered, m_leakScan, &WindowLeakScan::show);
    connect(m_ui->actionPreferences, &QAction::triggered, m_preferences, &WindowPreferences::show);
    connect(m_preferences, &WindowPreferences::changed, this, &MainWindow::applyPreferences);
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] {
        close();
        Q_EMIT quitRequested();
    });

    connect(m_messages, &BannerMessages::profileProblem, m_profileEditor, &ProfileEditor::editOnce);
    connect(m_messages, &BannerMessages::editProfileRequested, m_profileEditor,
            [this](const QString &name, const QString &reason) { m_profileEditor->edit(name, reason); });
    connect(m_profileEditor, &ProfileEditor::saved, this, &MainWindow::reloadProfiles);
    connect(m_profileEditor, &ProfileEditor::removed, this, [this] { reloadProfiles({}); });
    connect(m_profileEditor, &ProfileEditor::removalProblem, m_messages, &BannerMessages::showLocalProblem);

    connect(m_inventory, &WindowInventory::lastKnownRead, this, &MainWindow::onLastKnownRead);
    connect(m_inventory, &WindowInventory::problem, m_messages,
            [this](const QString &message) { m_messages->showLocalProblem(ErrorBanner::Level::Warning, message); });
    connect(m_flows, &KeyFlows::keyFingerprinted, m_inventory, &WindowInventory::rememberCreatedKey);
    connect(m_flows, &KeyFlows::actionFinished, m_inventory, &WindowInventory::log);
    m_inventory->logProfileEdits(m_profileEditor);

    connect(m_session, &ProfileSession::opened, this, &MainWindow::onProfileOpened);
    connect(m_session, &ProfileSession::stateChanged, this, [this] {
        updateEmptyState();
        updateActions();
    });
    connect(m_session, &ProfileSession::busyChanged, this, &MainWindow::updateBusy);
    connect(m_session, &ProfileSession::keysListed, this, &MainWindow::onKeysListed);
    connect(m_session, &ProfileSession::listFailed, this,
            [this](const ApiError &error) { Q_EMIT loadFailed(m_session->profileName(), error); });

    connect(m_commands, &KeyCommands::requestFailed, m_messages, &BannerMessages::showRequestError);

    connect(m_all, &AllOrganisations::changed, this, &MainWindow::onAllOrganisationsChanged);
    connect(m_all, &AllOrganisations::busyChanged, this, &MainWindow::updateBusy);
    connect(m_all, &AllOrganisations::keysListed, this, &MainWindow::keysLoaded);
    connect(m_all, &AllOrganisations::listFailed, this, &MainWindow::loadFailed);
    connect(m_banner, &ErrorBanner::retryRequested, m_all, &AllOrganisations::refresh);
    connect(m_commands, &KeyCommands::note, m_status, &WindowStatusBar::showNote);
    connect(m_flows, &KeyFlows::busyChanged, this, &MainWindow::updateBusy);
    connect(m_badges, &PendingBadges::updated, this, [this] {
        m_status->setPendingText(m_badges->text());
        updateActions();
    });
    // Another KeyDesk holding the handoff index, or an index that cannot be written, is
    // said while it lasts (the change is kept meanwhile; app/handoff/HandoffStore.h).
    connect(m_services.handoffs, &HandoffStore::problemChanged, m_messages,
            [this] { m_messages->showLastingProblem(m_services.handoffs->problem()); });

    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_model->clockAdvanced();
        // Never on top of a load that is still running (ProfileSession::refresh would
        // drop it anyway), nor with a credential the server refused.
        if (m_all->isOpen()) {
            m_all->refreshDue(); // each organisation by the same rule
            if (m_inventoryPanels)
                m_inventoryPanels->verifyTracked(m_all->profiles());
        } else if (!m_session->isCredentialRefused() && !m_session->isBusy()) {
            refresh();
        }
    });
    applyPreferences();

    m_settings.restore(*this);
    setWindowTitle(tr("KeyDesk"));
    updateActions();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("KeyDesk — Demo") : tr("KeyDesk"));
    m_flows->setDeliveryServices(WindowDelivery::services(m_services.profiles, m_demo));
}

void MainWindow::start()
{
    m_reopenAll = m_settings.lastWasAllOrganisations();
    reloadProfiles(m_settings.lastProfile());
    // A damaged settings file or handoff index was set aside or ignored: say so.
    QStringList problems;
    for (const QString &problem : {m_services.profiles->problem(), m_services.handoffs->problem()}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty())
        m_messages->showLocalProblem(ErrorBanner::Level::Warning, problems.join(QLatin1Char(' ')));
}

// --- set-up ---------------------------------------------------------------------------

void MainWindow::setUpToolBar()
{
    const WindowToolBar toolBar = WindowToolBar::fill(*m_ui);
    m_profileSelector = toolBar.profileSelector;
    m_filter = toolBar.filter;
    connect(m_profileSelector, &ProfileSelector::profileChosen, this, &MainWindow::openProfile);
    connect(m_profileSelector, &ProfileSelector::allChosen, this, &MainWindow::showAllOrganisations);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState();
        updateActions();
    });

    setTabOrder(m_profileSelector, m_filter);
    setTabOrder(m_filter, m_ui->keyTable);
}

void MainWindow::setUpTable()
{
    QTableView *table = m_ui->keyTable;
    m_proxy->setSourceModel(m_model);
    table->setModel(m_proxy);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setIconSize(QSize(16, 16));
    m_layout = new KeyTableLayout(table, m_model, m_services.settings, this);

    connect(table, &QTableView::doubleClicked, this, [this] {
        if (m_ui->actionHandOff->isEnabled())
            m_commands->handOffSelected();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        // The details pane shows the selected row's organisation in the merged view.
        if (m_inventoryPanels && m_model->isMerged()) {
            const ProfileSession *session = m_commands->selectedSession();
            m_inventoryPanels->setProfile(session ? session->profile() : std::nullopt);
        }
        Q_EMIT currentKeyChanged(m_commands->selectedKey().value_or(ApiKey{}));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
}

// --- organisations --------------------------------------------------------------------

void MainWindow::reloadProfiles(const QString &select)
{
    // A profile added, changed or removed in the view of every organisation stays in it
    // (with the new set), as does a start after that view was the choice.
    const bool all = std::exchange(m_reopenAll, false) || m_all->isOpen();
    const QString selected = m_profileSelector->setProfiles(m_services.profiles->profiles(), select);
    if (all && showAllOrganisations())
        return;
    openProfile(selected);
}

bool MainWindow::showAllOrganisations()
{
    if (!m_profileSelector->selectAll())
        return false;
    m_session->open({}); // the single view closes first (onProfileOpened)
    const QList<Profile> profiles = m_services.profiles->profiles();
    QList<Dialect> dialects;
    QStringList names;
    for (const Profile &profile : profiles) {
        dialects.append(profile.dialect);
        names.append(profile.name);
    }
    m_settings.rememberAllOrganisations();
    m_layout->applyAllOrganisations(dialects);
    m_badges->setOrganisations(names);
    if (m_watch) // its panel and marks: every organisation's findings
        m_watch->setOrganisations(names);
    m_all->open(profiles);
    m_badges->update();
    return true;
}

bool MainWindow::isShowingAllOrganisations() const
{
    return m_all->isOpen();
}

void MainWindow::onAllOrganisationsChanged()
{
    if (!m_all->isOpen())
        return;
    m_model->setOrganisations(m_all->keys());
    m_model->clockAdvanced();
    m_layout->fitToContents();
    const QStringList problems = m_all->problems();
    if (problems != m_organisationProblems) { // rows marked "not refreshed", or no longer
        m_organisationProblems = problems;
        m_layout->fitColumn(KeyTableModel::Organisation);
    }
    m_messages->showOrganisationProblems(problems);
    m_status->setLastRefreshed(m_all->lastRefreshed());
    updateEmptyState();
    updateActions();
}

bool MainWindow::selectProfile(const QString &name)
{
    if (!m_profileSelector->select(name))
        return false;
    openProfile(name);
    return true;
}

QString MainWindow::currentProfileName() const
{
    return m_session->profileName();
}

QDateTime MainWindow::lastRefreshed() const
{
    return m_session->lastRefreshed();
}

void MainWindow::openProfile(const QString &name)
{
    m_session->open(name);
}

void MainWindow::onProfileOpened()
{
    m_all->close();
    m_status->setLastRefreshed({});
    m_shownAsOf = {};
    m_messages->setShownAsOf({});
    const std::optional<Profile> &profile = m_session->profile();
    m_badges->setProfileName(m_session->profileName());
    if (!profile) {
        m_model->clear();
        return;
    }
    m_settings.rememberProfile(profile->name);
    m_layout->apply(profile->dialect);
    m_model->setKeys(profile->dialect, {});
}

void MainWindow::refresh()
{
    if (m_all->isOpen()) {
        m_all->refresh();
        if (m_inventoryPanels)
            m_inventoryPanels->verifyTracked(m_all->profiles());
        return;
    }
    m_session->refresh();
    if (m_inventoryPanels)
        m_inventoryPanels->refreshed(); // tracked Trust Leads keys, verified again
}

void MainWindow::onLastKnownRead(const InventorySnapshot &snapshot)
{
    const std::optional<Profile> &profile = m_session->profile();
    if (!profile)
        return;
    QList<ApiKey> keys;
    for (const InventoryKey &known : snapshot.keys) {
        if (!known.isGone())
            keys.append(known.key);
    }
    m_shownAsOf = snapshot.organisation.listedAt;
    m_model->setKeys(profile->dialect, keys);
    m_model->clockAdvanced();
    m_layout->fitToContents();
    m_badges->update();
    m_status->setShownAsOf(m_shownAsOf, m_services.clock());
    m_messages->setShownAsOf(m_shownAsOf);
    updateEmptyState();
    updateActions();
    Q_EMIT lastKnownShown(profile->name, int(keys.size()));
}

void MainWindow::onKeysListed(const QList<ApiKey> &keys)
{
    const Profile &profile = *m_session->profile();
    m_shownAsOf = {};
    m_messages->setShownAsOf({});
    m_model->setKeys(profile.dialect, keys);
    m_model->clockAdvanced();
    m_layout->fitToContents();
    m_badges->update();
    m_profileEditor->problemSolved(profile.name);
    m_status->setLastRefreshed(m_session->lastRefreshed());
    m_rotations->reload(); // another KeyDesk process may have moved one on
    updateEmptyState();
    updateActions();
    Q_EMIT keysLoaded(profile.name, int(keys.size()));
}

// --- preferences ----------------------------------------------------------------------

void MainWindow::applyPreferences()
{
    const Preferences &preferences = m_preferences->preferences();
    m_flows->setClipboardTimeoutSeconds(preferences.clipboardTimeoutSeconds);
    if (preferences.refreshIntervalSeconds > 0)
        m_refreshTimer.start(preferences.refreshIntervalSeconds * 1000);
    else
        m_refreshTimer.stop();
    Q_EMIT preferencesApplied(preferences);
}

// --- state on screen ------------------------------------------------------------------

void MainWindow::updateActions()
{
    const WindowActions::State state = WindowActionState::read(
        {m_session, m_commands, m_model, m_shownAsOf, m_services.clock, m_inventory->rotations() != nullptr});
    m_actions->update(state);
    m_status->setCreateBlocked(m_session->profile() ? state.createBlocked
                                                    : QString()); // the tooltip says it when merged
    m_emptyState->actionsChanged();
}

void MainWindow::updateEmptyState()
{
    EmptyStatePage::State state;
    state.session = m_session->state();
    state.profile = m_session->profile();
    state.keyCount = m_model->rowCount();
    state.shownCount = m_proxy->rowCount();
    state.filterText = m_proxy->filterText();
    state.allOrganisations = m_model->isMerged();
    state.busy = m_all->isBusy();
    m_emptyState->update(state);
}

QString MainWindow::emptyStateText() const
{
    return m_emptyState->text();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

ProfileDialog *MainWindow::openProfileDialog() const
{
    return m_profileEditor->openDialog();
}

QComboBox *MainWindow::profileSelector() const
{
    return m_profileSelector;
}

QTableView *MainWindow::keyTable() const
{
    return m_ui->keyTable;
}

void MainWindow::updateBusy()
{
    m_status->setBusy(m_session->isBusy() || m_all->isBusy() || m_flows->isBusy());
    if (m_model->isMerged())
        updateEmptyState(); // "Loading…" until the last of them answers
}

// --- rotations ------------------------------------------------------------------------

RotationEngine *MainWindow::rotations() const
{
    return m_inventory->rotations();
}

// --- window ---------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings.isWritable()) {
        m_layout->save();
        m_settings.save(*this);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

} // namespace keydesk
