#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CredentialLookup.h"
#include "ErrorBanner.h"
#include "HandoffStore.h"
#include "JwtReader.h"
#include "KeyFilterProxy.h"
#include "KeyFlows.h"
#include "KeyTableModel.h"
#include "MemorySecretStore.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "RelativeTime.h"
#include "SecretClipboard.h"
#include "SecretStore.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

#include <array>

namespace keydesk {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString headerKeyPrefix = QStringLiteral("mainWindow/keyTableHeader/");
const QString currentProfileKey = QStringLiteral("mainWindow/currentProfile");

constexpr qint64 tokenWarningSeconds = 3600;       // warn in the banner an hour ahead
constexpr qint64 maxTimerMilliseconds = 24 * 3600 * 1000LL;

// Where the resources engineer puts the license text; the About box shows it if present.
const QString licenseResource = QStringLiteral(":/licenses/GPL-3.0-or-later.txt");

QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

// A settings file Qt could not parse completely is reported (ProfileStore::problem) and
// left exactly as it is for the user to repair: QSettings would rewrite it on the next
// sync and drop the lines it could not read.
bool settingsWritable(const QSettings &settings)
{
    return settings.status() == QSettings::NoError;
}

} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(std::move(services))
    , m_sessionSecrets(new MemorySecretStore(this))
    , m_flows(new KeyFlows(m_services.handoffs, m_services.secretClipboard, this, this))
    , m_model(new KeyTableModel(m_services.clock, this))
    , m_proxy(new KeyFilterProxy(this))
    , m_banner(new ErrorBanner(this))
{
    m_ui->setupUi(this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_flows->setClock(m_services.clock);
    m_preferences = Preferences::load(*m_services.settings);

    setUpActions();
    setUpToolBar();
    setUpTable();
    setUpStatusBar();

    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_loadState == LoadState::Failed && !m_client)
            loadCredential();
        else
            refresh();
    });
    connect(m_banner, &ErrorBanner::editProfileRequested, this, [this] {
        if (m_profile)
            editProfile(m_profile->name, m_banner->message());
    });
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_bannerSource = BannerSource::None; });
    connect(m_ui->emptyButton, &QPushButton::clicked, this, [this] {
        if (m_emptyClearsFilter)
            m_filter->clear();
        else if (m_emptyAction)
            m_emptyAction->trigger();
    });

    connect(m_flows, &KeyFlows::keyCreated, this, [this](const QString &profileName) {
        if (m_profile && profileName == m_profile->name)
            refresh();
    });
    connect(m_flows, &KeyFlows::keyRevoked, this, [this](const QString &profileName) {
        if (m_profile && profileName == m_profile->name)
            refresh();
    });
    connect(m_flows, &KeyFlows::keysChanged, this, [this](const QString &profileName) {
        if (m_profile && profileName == m_profile->name)
            refresh();
    });
    connect(m_flows, &KeyFlows::requestFailed, this, [this](const QString &profileName, const ApiError &error) {
        if (m_profile && profileName == m_profile->name)
            showApiError(profileName, error, BannerSource::Flow);
    });
    connect(m_flows, &KeyFlows::busyChanged, this, &MainWindow::updateBusy);
    connect(m_services.handoffs, &HandoffStore::changed, this, &MainWindow::updatePendingHandoffs);
    // Another KeyDesk holding the handoff index, or an index that cannot be written, is
    // said while it lasts (the change is kept meanwhile; app/handoff/HandoffStore.h).
    connect(m_services.handoffs, &HandoffStore::problemChanged, this, [this, shown = QString()]() mutable {
        const QString problem = m_services.handoffs->problem();
        if (!problem.isEmpty())
            showBanner(BannerSource::Profiles, int(ErrorBanner::Level::Warning), problem, 0);
        else if (!shown.isEmpty() && m_banner->message() == shown)
            m_banner->dismiss();
        shown = problem;
    });

    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_model->clockAdvanced();
        if (!m_credentialRejected)
            refresh();
    });
    m_tokenTimer.setSingleShot(true);
    connect(&m_tokenTimer, &QTimer::timeout, this, &MainWindow::evaluateSessionToken);
    applyPreferences();

    restoreGeometry(m_services.settings->value(geometryKey).toByteArray());
    restoreState(m_services.settings->value(stateKey).toByteArray());
    setWindowTitle(tr("KeyDesk"));
    updateActions();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("KeyDesk — Demo") : tr("KeyDesk"));
}

void MainWindow::start()
{
    reloadProfiles(m_services.settings->value(currentProfileKey).toString());
    // A damaged settings file or handoff index was set aside or ignored: say so.
    QStringList problems;
    for (const QString &problem : {m_services.profiles->problem(), m_services.handoffs->problem()}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty())
        showBanner(BannerSource::Profiles, int(ErrorBanner::Level::Warning), problems.join(QLatin1Char(' ')), 0);
}

// --- set-up ---------------------------------------------------------------------------

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    ui.actionCreateKey->setShortcuts(QKeySequence::New);
    ui.actionRevoke->setShortcuts(QKeySequence::Delete);
    ui.actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5)});
    ui.actionCopyIdentifier->setShortcuts(QKeySequence::Copy);
    ui.actionFind->setShortcuts(QKeySequence::Find);
    ui.actionQuit->setShortcuts(QKeySequence::Quit);
    ui.actionPreferences->setShortcuts(QKeySequence::Preferences);
    ui.actionQuit->setMenuRole(QAction::QuitRole);
    ui.actionAbout->setMenuRole(QAction::AboutRole);
    ui.actionPreferences->setMenuRole(QAction::PreferencesRole);

    ui.actionCreateKey->setIcon(themeIcon(this, QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder));
    ui.actionRevoke->setIcon(themeIcon(this, QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    ui.actionRefresh->setIcon(themeIcon(this, QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    ui.actionHandOff->setIcon(themeIcon(this, QStringLiteral("dialog-password"), QStyle::SP_DialogSaveButton));
    ui.actionCopyIdentifier->setIcon(themeIcon(this, QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon));
    ui.actionFind->setIcon(themeIcon(this, QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    ui.actionAddProfile->setIcon(themeIcon(this, QStringLiteral("contact-new"), QStyle::SP_FileDialogNewFolder));
    ui.actionEditProfile->setIcon(
        themeIcon(this, QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView));
    ui.actionRemoveProfile->setIcon(themeIcon(this, QStringLiteral("list-remove"), QStyle::SP_DialogDiscardButton));
    ui.actionPreferences->setIcon(themeIcon(this, QStringLiteral("preferences-system"), QStyle::SP_ComputerIcon));
    ui.actionAbout->setIcon(themeIcon(this, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation));
    ui.actionQuit->setIcon(themeIcon(this, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));

    // Copy works on the table's selection: the filter box keeps its own Ctrl+C.
    ui.actionCopyIdentifier->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.keyTable->addAction(ui.actionCopyIdentifier);
    ui.actionRevoke->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.keyTable->addAction(ui.actionRevoke);

    connect(ui.actionCreateKey, &QAction::triggered, this, &MainWindow::createKey);
    connect(ui.actionRevoke, &QAction::triggered, this, &MainWindow::revokeSelected);
    connect(ui.actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui.actionHandOff, &QAction::triggered, this, &MainWindow::handOffSelected);
    connect(ui.actionCopyIdentifier, &QAction::triggered, this, &MainWindow::copyIdentifier);
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(ui.actionAddProfile, &QAction::triggered, this, &MainWindow::addProfile);
    connect(ui.actionEditProfile, &QAction::triggered, this, [this] {
        if (m_profile)
            editProfile(m_profile->name, {});
        else
            addProfile();
    });
    connect(ui.actionRemoveProfile, &QAction::triggered, this, &MainWindow::confirmRemoveProfile);
    connect(ui.actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui.actionQuit, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::setUpToolBar()
{
    QToolBar *toolBar = m_ui->mainToolBar;
    auto *profileLabel = new QLabel(tr("&Organisation:"), toolBar);
    m_profileCombo = new QComboBox(toolBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Organisation"));
    m_profileCombo->setToolTip(tr("The organisation whose keys are shown"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileLabel->setBuddy(m_profileCombo);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileCombo);
    toolBar->addAction(m_ui->actionEditProfile);
    toolBar->addSeparator();
    toolBar->addAction(m_ui->actionCreateKey);
    toolBar->addAction(m_ui->actionRevoke);
    toolBar->addAction(m_ui->actionHandOff);
    toolBar->addAction(m_ui->actionRefresh);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_filter = new QLineEdit(toolBar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter keys"));
    m_filter->setPlaceholderText(tr("Filter keys (%1)")
                                     .arg(m_ui->actionFind->shortcut().toString(QKeySequence::NativeText)));
    m_filter->setToolTip(tr("Shows the keys whose name, identifier or status contain every word typed here"));
    m_filter->setMinimumWidth(26 * m_filter->fontMetrics().averageCharWidth());
    m_filter->setMaximumWidth(36 * m_filter->fontMetrics().averageCharWidth());
    m_filter->addAction(m_ui->actionFind->icon(), QLineEdit::LeadingPosition);
    toolBar->addWidget(m_filter);

    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        openProfile(m_profileCombo->itemData(index).toString());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState();
        updateActions();
    });

    setTabOrder(m_profileCombo, m_filter);
    setTabOrder(m_filter, m_ui->keyTable);
}

void MainWindow::setUpTable()
{
    QTableView *table = m_ui->keyTable;
    m_proxy->setSourceModel(m_model);
    table->setModel(m_proxy);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setIconSize(QSize(16, 16));
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setToolTip(tr("Right-click to choose the columns"));

    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(table, &QTableView::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(table, &QTableView::doubleClicked, this, [this] {
        if (m_ui->actionHandOff->isEnabled())
            handOffSelected();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
}

void MainWindow::setUpStatusBar()
{
    m_refreshedLabel = new QLabel(this);
    m_refreshedLabel->setObjectName(QStringLiteral("lastRefreshedLabel"));
    m_refreshedLabel->setAccessibleName(tr("Last refreshed"));
    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(QStringLiteral("createBlockedLabel"));
    m_blockedLabel->setAccessibleName(tr("Why creating keys is not possible"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0); // indeterminate
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_refreshedLabel->sizeHint().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingHandoffsLabel"));
    m_pendingLabel->setAccessibleName(tr("Keys waiting for handoff"));
    statusBar()->addWidget(m_refreshedLabel);
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addWidget(m_blockedLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
}

// --- organisations --------------------------------------------------------------------

void MainWindow::reloadProfiles(const QString &select)
{
    const QList<Profile> profiles = m_services.profiles->profiles();
    m_profileCombo->clear();
    int selectIndex = 0;
    int widest = m_profileCombo->fontMetrics().horizontalAdvance(QString(18, QLatin1Char('x')));
    for (const Profile &profile : profiles) {
        if (profile.name == select)
            selectIndex = int(m_profileCombo->count());
        const QString text = tr("%1 — %2").arg(profile.name, dialectDisplayName(profile.dialect));
        widest = qMax(widest, m_profileCombo->fontMetrics().horizontalAdvance(text));
        m_profileCombo->addItem(text, profile.name);
    }
    // The toolbar does not re-layout for AdjustToContents: size for the widest entry
    // (plus room for the frame and the drop-down arrow), within reason.
    const int arrowAndFrame = 3 * m_profileCombo->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_profileCombo);
    m_profileCombo->setMinimumWidth(qMin(widest, 40 * fontMetrics().averageCharWidth()) + arrowAndFrame);
    if (profiles.isEmpty()) {
        openProfile({});
        return;
    }
    m_profileCombo->setCurrentIndex(selectIndex);
    openProfile(m_profileCombo->itemData(selectIndex).toString());
}

bool MainWindow::selectProfile(const QString &name)
{
    const int index = m_profileCombo->findData(name);
    if (index < 0)
        return false;
    m_profileCombo->setCurrentIndex(index);
    openProfile(name);
    return true;
}

QString MainWindow::currentProfileName() const
{
    return m_profile ? m_profile->name : QString();
}

std::optional<Profile> MainWindow::currentProfile() const
{
    return m_profile;
}

void MainWindow::openProfile(const QString &name)
{
    ++m_generation;
    if (m_listReply) {
        m_listReply->abort();
        m_listReply = nullptr;
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_tokenTimer.stop();
    m_tokenExpiresAt = {};
    m_credentialRejected = false;
    m_lastRefreshed = {};
    m_refreshedLabel->clear();
    if (m_bannerSource != BannerSource::Profiles)
        m_banner->dismiss();

    m_profile = name.isEmpty() ? std::nullopt : m_services.profiles->find(name);
    if (!m_profile) {
        m_model->clear();
        m_loadState = LoadState::NoProfile;
        updateActions();
        updateEmptyState();
        return;
    }
    if (settingsWritable(*m_services.settings))
        m_services.settings->setValue(currentProfileKey, m_profile->name);
    applyHeaderLayout(m_profile->dialect);
    m_model->setKeys(m_profile->dialect, {});
    loadCredential();
}

void MainWindow::loadCredential()
{
    if (!m_profile)
        return;
    m_loadState = LoadState::LoadingCredential;
    updateEmptyState();
    updateActions();
    ++m_busyCount;
    updateBusy();
    const int generation = m_generation;
    lookUpCredential(m_sessionSecrets, m_services.secrets, m_profile->name, this,
                     [this, generation](const QString &credential, const SecretError &error) {
                         --m_busyCount;
                         updateBusy();
                         if (generation != m_generation)
                             return;
                         if (!credential.isEmpty()) {
                             onCredentialLoaded(credential);
                             return;
                         }
                         m_loadState = LoadState::Failed;
                         updateEmptyState();
                         updateActions();
                         if (error.kind == SecretError::Kind::NotFound) {
                             const QString text = tr("No credential is stored for “%1”. Enter it in the "
                                                     "organisation's settings.")
                                                      .arg(m_profile->name);
                             showBanner(BannerSource::Credential, int(ErrorBanner::Level::Error), text,
                                        int(ErrorBanner::Action::EditProfile), tr("Enter Credential…"));
                             promptForProfile(m_profile->name, text);
                             return;
                         }
                         showBanner(BannerSource::Credential, int(ErrorBanner::Level::Error),
                                    error.userMessage() + QLatin1Char(' ')
                                        + tr("You can enter the credential again and use it for this session "
                                             "only."),
                                    int(ErrorBanner::Action::Retry) | int(ErrorBanner::Action::EditProfile),
                                    tr("Enter Credential…"));
                     });
}

void MainWindow::onCredentialLoaded(const QString &credential)
{
    m_client = new ApiClient(m_services.network, m_profile->connection(credential), this);
    m_client->setToday([clock = m_services.clock] { return clock().toLocalTime().date(); });
    if (DialectTraits::of(m_profile->dialect).managementNeedsJwt)
        m_tokenExpiresAt = readJwtClaims(credential).expiresAt;
    if (m_bannerSource == BannerSource::Credential)
        m_banner->dismiss();
    if (!DialectTraits::of(m_profile->dialect).managesKeys) {
        m_loadState = LoadState::Unsupported;
        updateEmptyState();
        updateActions();
        return;
    }
    m_loadState = LoadState::Loading;
    evaluateSessionToken();
    refresh();
}

void MainWindow::refresh()
{
    if (!m_profile)
        return;
    if (!m_client) {
        if (m_loadState != LoadState::LoadingCredential)
            loadCredential();
        return;
    }
    if (m_listReply || !DialectTraits::of(m_profile->dialect).managesKeys)
        return;
    if (m_tokenExpiresAt.isValid() && m_tokenExpiresAt <= m_services.clock()) {
        evaluateSessionToken();
        return;
    }
    const int generation = m_generation;
    ApiReply *reply = m_client->listKeys();
    m_listReply = reply;
    ++m_busyCount;
    updateBusy();
    connect(reply, &ApiReply::finished, this, [this, generation, reply] { onListFinished(generation, reply); });
}

void MainWindow::onListFinished(int generation, ApiReply *reply)
{
    --m_busyCount;
    updateBusy();
    if (generation != m_generation || !m_profile)
        return;
    m_listReply = nullptr;
    if (!reply->ok()) {
        if (m_loadState != LoadState::Loaded)
            m_loadState = LoadState::Failed;
        updateEmptyState();
        updateActions();
        showApiError(m_profile->name, reply->error(), BannerSource::Load);
        Q_EMIT loadFailed(m_profile->name, reply->error());
        return;
    }
    m_model->setKeys(m_profile->dialect, reply->keys());
    m_model->clockAdvanced();
    if (m_fitColumnsOnLoad && m_model->rowCount() > 0) {
        // First look at this dialect: fit the columns to real values, Name takes the rest.
        m_fitColumnsOnLoad = false;
        QHeaderView *header = m_ui->keyTable->horizontalHeader();
        const int padding = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int column = KeyTableModel::Name + 1; column < KeyTableModel::ColumnCount; ++column) {
            if (!header->isSectionHidden(column))
                header->resizeSection(column, qMin(28 * padding, qMax(header->sectionSizeHint(column),
                                                                      static_cast<const QAbstractItemView *>(m_ui->keyTable)->sizeHintForColumn(column))
                                                                     + padding));
        }
    }
    updatePendingHandoffs();
    m_loadState = LoadState::Loaded;
    m_credentialRejected = false;
    m_promptedProfiles.remove(m_profile->name);
    if (m_bannerSource == BannerSource::Load)
        m_banner->dismiss();
    m_lastRefreshed = m_services.clock();
    m_refreshedLabel->setText(
        tr("Last refreshed %1").arg(QLocale().toString(m_lastRefreshed.toLocalTime().time(),
                                                                QStringLiteral("HH:mm:ss"))));
    m_refreshedLabel->setToolTip(exactLocalTime(m_lastRefreshed));
    updateEmptyState();
    updateActions();
    Q_EMIT keysLoaded(m_profile->name, int(reply->keys().size()));
}

// --- messages -------------------------------------------------------------------------

void MainWindow::showBanner(BannerSource source, int level, const QString &message, int actions,
                            const QString &editText)
{
    m_bannerSource = source;
    m_banner->setEditProfileText(editText.isEmpty() ? tr("&Edit Profile…") : editText);
    m_banner->showMessage(ErrorBanner::Level(level), message, ErrorBanner::Actions(actions));
}

void MainWindow::showApiError(const QString &profileName, const ApiError &error, BannerSource source)
{
    using Kind = ApiError::Kind;
    int actions = int(ErrorBanner::Action::None);
    switch (error.kind) {
    case Kind::Authentication:
        actions = int(ErrorBanner::Action::EditProfile);
        break;
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::NotFound:
        actions = int(ErrorBanner::Action::Retry) | int(ErrorBanner::Action::EditProfile);
        break;
    case Kind::Unsupported:
    case Kind::Rejected:
    case Kind::LimitReached:
    case Kind::OutcomeUnknown:
        actions = source == BannerSource::Load ? int(ErrorBanner::Action::Retry) : 0;
        break;
    default:
        actions = int(ErrorBanner::Action::Retry);
        break;
    }
    const QString message = tr("%1: %2").arg(profileName, error.userMessage());
    showBanner(source, int(ErrorBanner::Level::Error), message, actions);
    if (error.kind == Kind::Authentication) {
        // Stop asking the server with a credential it refuses; ask the user once.
        m_credentialRejected = true;
        promptForProfile(profileName, tr("The server refused the stored credential of “%1”: %2 Paste a "
                                         "valid one.")
                                          .arg(profileName, error.userMessage()));
    }
}

void MainWindow::promptForProfile(const QString &profileName, const QString &reason)
{
    if (m_promptedProfiles.contains(profileName))
        return;
    m_promptedProfiles.insert(profileName);
    editProfile(profileName, reason);
}

void MainWindow::evaluateSessionToken()
{
    m_tokenTimer.stop();
    if (!m_profile || !m_tokenExpiresAt.isValid())
        return;
    const QDateTime now = m_services.clock();
    const qint64 secondsLeft = now.secsTo(m_tokenExpiresAt);
    const QString name = m_profile->name;
    if (secondsLeft <= 0) {
        const QString text = tr("The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL "
                                "dashboard and paste the new session token to continue.")
                                 .arg(name, exactLocalTime(m_tokenExpiresAt));
        m_credentialRejected = true;
        showBanner(BannerSource::Token, int(ErrorBanner::Level::Error), text,
                   int(ErrorBanner::Action::EditProfile), tr("Enter New Token…"));
        promptForProfile(name, text);
        return;
    }
    qint64 nextCheckSeconds = secondsLeft;
    if (secondsLeft <= tokenWarningSeconds) {
        showBanner(BannerSource::Token, int(ErrorBanner::Level::Warning),
                   tr("The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.")
                       .arg(name, relativeFuture(m_tokenExpiresAt, now), exactLocalTime(m_tokenExpiresAt)),
                   int(ErrorBanner::Action::EditProfile), tr("Enter New Token…"));
    } else {
        nextCheckSeconds = secondsLeft - tokenWarningSeconds;
    }
    m_tokenTimer.start(int(qBound<qint64>(1000, nextCheckSeconds * 1000, maxTimerMilliseconds)));
}

// --- profiles -------------------------------------------------------------------------

void MainWindow::editProfile(const QString &name, const QString &reason)
{
    const std::optional<Profile> profile = m_services.profiles->find(name);
    if (!profile)
        return;
    if (m_profileDialog) {
        // One dialog at a time: a second problem updates the one already open.
        if (m_profileDialog->isEditing() && m_profileDialog->profileName() == name) {
            if (!reason.isEmpty())
                m_profileDialog->setReason(reason);
            m_profileDialog->raise();
            m_profileDialog->activateWindow();
            return;
        }
        m_profileDialog->close();
    }
    ProfileDialog::Services services{m_services.profiles, m_services.secrets, m_sessionSecrets,
                                     m_services.network, m_services.clock};
    auto *dialog = new ProfileDialog(services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editProfile(*profile);
    if (!reason.isEmpty())
        dialog->setReason(reason);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &saved) {
        m_promptedProfiles.remove(saved);
        if (m_bannerSource == BannerSource::Token || m_bannerSource == BannerSource::Credential
            || m_bannerSource == BannerSource::Load)
            m_banner->dismiss();
        reloadProfiles(saved);
    });
    m_profileDialog = dialog;
    dialog->open();
}

void MainWindow::addProfile()
{
    if (m_profileDialog)
        m_profileDialog->close();
    ProfileDialog::Services services{m_services.profiles, m_services.secrets, m_sessionSecrets,
                                     m_services.network, m_services.clock};
    auto *dialog = new ProfileDialog(services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &saved) { reloadProfiles(saved); });
    m_profileDialog = dialog;
    dialog->open();
}

void MainWindow::confirmRemoveProfile()
{
    if (!m_profile)
        return;
    const QString name = m_profile->name;
    const int pending = int(m_services.handoffs->pending(name).size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Organisation"),
                                tr("Remove the organisation “%1” from KeyDesk?").arg(name),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QString details = tr("Its stored credential is deleted from the keychain. The keys themselves stay on "
                         "the server.");
    if (pending > 0)
        details += QStringLiteral("\n\n")
            + (pending == 1 ? tr("%n new key has not been handed off yet: its full key is deleted from the "
                                 "keychain too and cannot be shown again.",
                                 nullptr, pending)
                            : tr("%n new keys have not been handed off yet: their full keys are deleted from "
                                 "the keychain too and cannot be shown again.",
                                 nullptr, pending));
    box->setInformativeText(details);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *button) {
        if (button == remove)
            removeProfile(name);
    });
    box->open();
}

void MainWindow::removeProfile(const QString &name)
{
    const QList<PendingHandoff> pending = m_services.handoffs->pending(name);
    for (const PendingHandoff &handoff : pending)
        m_services.handoffs->forget(name, handoff.keyId);
    const QString entry = SecretStore::credentialEntry(name);
    m_sessionSecrets->remove(entry);
    SecretJob *job = m_services.secrets->remove(entry);
    connect(job, &SecretJob::finished, this, [this, job, name] {
        if (!job->ok() && job->error().kind != SecretError::Kind::NotFound)
            showBanner(BannerSource::Profiles, int(ErrorBanner::Level::Warning),
                       tr("The credential of “%1” could not be deleted from the keychain: %2")
                           .arg(name, job->error().userMessage()),
                       0);
    });
    if (!m_services.profiles->remove(name)) {
        const QString problem = m_services.profiles->problem();
        showBanner(BannerSource::Profiles, int(ErrorBanner::Level::Error),
                   problem.isEmpty() ? tr("The organisation “%1” could not be removed.").arg(name) : problem, 0);
    }
    m_promptedProfiles.remove(name);
    reloadProfiles({});
}

// --- preferences and about ------------------------------------------------------------

void MainWindow::showPreferences()
{
    m_preferences = Preferences::load(*m_services.settings); // what another window saved counts
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_preferences = dialog->preferences();
        if (settingsWritable(*m_services.settings))
            m_preferences.save(*m_services.settings);
        applyPreferences();
    });
    dialog->open();
}

void MainWindow::applyPreferences()
{
    m_flows->setClipboardTimeoutSeconds(m_preferences.clipboardTimeoutSeconds);
    if (m_preferences.refreshIntervalSeconds > 0)
        m_refreshTimer.start(m_preferences.refreshIntervalSeconds * 1000);
    else
        m_refreshTimer.stop();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About KeyDesk"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>KeyDesk %1</h3>"
                    "<p>Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads "
                    "organisations, and hands each new key over exactly once through the system "
                    "keychain.</p>"
                    "<p>License: GNU General Public License, version 3 or later "
                    "(GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is "
                    "available under the GPL-3.0.</p>")
                     .arg(QStringLiteral(KEYDESK_VERSION)));
    QFile license(licenseResource);
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        box->setDetailedText(QString::fromUtf8(license.readAll()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

// --- key actions ----------------------------------------------------------------------

std::optional<ApiKey> MainWindow::selectedKey() const
{
    const QModelIndexList rows = m_ui->keyTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->keyAt(source.row());
}

QString MainWindow::createBlockedReason() const
{
    if (!m_profile)
        return tr("Add an organisation first.");
    if (!DialectTraits::of(m_profile->dialect).managesKeys || m_loadState == LoadState::Unsupported) {
        if (m_client)
            return m_flows->createBlockedReason({m_client, m_profile->name}, m_model->keys());
        return tr("%1 documents no key-management API.").arg(dialectDisplayName(m_profile->dialect));
    }
    if (!m_client || m_loadState != LoadState::Loaded)
        return {};
    return m_flows->createBlockedReason({m_client, m_profile->name}, m_model->keys());
}

void MainWindow::createKey()
{
    if (!m_ui->actionCreateKey->isEnabled() || !m_profile || !m_client)
        return;
    m_flows->create({m_client, m_profile->name}, m_model->keys());
}

void MainWindow::revokeSelected()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!m_ui->actionRevoke->isEnabled() || !key || !m_profile || !m_client)
        return;
    m_flows->revoke({m_client, m_profile->name}, *key);
}

void MainWindow::handOffSelected()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !m_profile || !m_services.handoffs->isPending(m_profile->name, key->id))
        return;
    m_flows->resumeHandoff(m_profile->name, key->id);
}

void MainWindow::copyIdentifier()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    // The visible identifier (or the server's id when the dialect shows none): never a secret.
    const QString identifier = m_model->index(m_model->rowOfId(key->id), KeyTableModel::Key)
                                   .data(KeyTableModel::IdentifierRole)
                                   .toString();
    const bool hasIdentifier = !identifier.isEmpty();
    const QString text = hasIdentifier ? identifier : key->id;
    m_services.clipboard->setText(text);
    statusBar()->showMessage(hasIdentifier ? tr("Copied the identifier %1.").arg(text)
                                           : tr("Copied the key id %1.").arg(text),
                             5000);
}

void MainWindow::updatePendingHandoffs()
{
    QHash<QString, QString> identifiers;
    if (m_profile) {
        const QList<PendingHandoff> pending = m_services.handoffs->pending(m_profile->name);
        for (const PendingHandoff &handoff : pending)
            identifiers.insert(handoff.keyId, handoff.maskedIdentifier);
    }
    m_model->setPendingHandoffs(identifiers);
    const int waiting = int(identifiers.size());
    m_pendingLabel->setText(waiting == 0 ? QString()
                            : waiting == 1
                                ? tr("%n key waits for handoff", nullptr, waiting)
                                : tr("%n keys wait for handoff", nullptr, waiting));
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<ApiKey> key = selectedKey();
    const bool managesKeys = m_profile && DialectTraits::of(m_profile->dialect).managesKeys;
    const bool ready = m_client && m_loadState == LoadState::Loaded;

    const QString blocked = createBlockedReason();
    const bool canCreate = ready && managesKeys && blocked.isEmpty();
    m_ui->actionCreateKey->setEnabled(canCreate);
    m_ui->actionCreateKey->setToolTip(blocked.isEmpty() ? tr("Create a new API key (%1)")
                                                              .arg(m_ui->actionCreateKey->shortcut().toString(
                                                                  QKeySequence::NativeText))
                                                        : blocked);
    m_blockedLabel->setText(m_profile && !blocked.isEmpty() ? blocked : QString());

    const bool revocable = ready && managesKeys && key && key->status(m_services.clock()) != KeyStatus::Revoked;
    m_ui->actionRevoke->setEnabled(revocable);
    m_ui->actionRevoke->setToolTip(revocable ? tr("Revoke “%1”").arg(key->name)
                                   : key     ? tr("This key is already revoked.")
                                             : tr("Select a key to revoke it."));
    const bool pending = key && m_profile && m_services.handoffs->isPending(m_profile->name, key->id);
    m_ui->actionHandOff->setEnabled(pending);
    m_ui->actionHandOff->setToolTip(pending ? tr("Show the full key of “%1” once more, from the keychain")
                                                  .arg(key->name)
                                            : tr("Select a key marked “pending handoff”."));
    m_ui->actionCopyIdentifier->setEnabled(key.has_value());
    m_ui->actionRefresh->setEnabled(managesKeys);
    m_ui->actionEditProfile->setEnabled(true);
    m_ui->actionRemoveProfile->setEnabled(m_profile.has_value());
    if (m_emptyAction) {
        m_ui->emptyButton->setEnabled(m_emptyAction->isEnabled());
        m_ui->emptyButton->setToolTip(m_emptyAction->toolTip());
    }
}

void MainWindow::updateEmptyState()
{
    QString text;
    QString buttonText;
    QAction *action = nullptr;
    m_emptyClearsFilter = false;
    switch (m_loadState) {
    case LoadState::NoProfile:
        text = tr("Add an organisation to start.");
        buttonText = tr("&Add Organisation…");
        action = m_ui->actionAddProfile;
        break;
    case LoadState::Unsupported:
        text = tr("%1 documents no key-management API: its keys are created and revoked in the %1 "
                  "dashboard.\nKeyDesk can check that a key works: Edit Organisation… → Test connection.")
                   .arg(dialectDisplayName(m_profile->dialect));
        buttonText = tr("&Edit Organisation…");
        action = m_ui->actionEditProfile;
        break;
    case LoadState::LoadingCredential:
    case LoadState::Loading:
        text = tr("Loading the keys of “%1”…").arg(m_profile->name);
        break;
    case LoadState::Failed:
        text = tr("The keys of “%1” could not be loaded. See the message above.").arg(m_profile->name);
        break;
    case LoadState::Loaded:
        if (m_model->rowCount() == 0) {
            text = tr("No API keys yet — press %1 to create one.")
                       .arg(m_ui->actionCreateKey->shortcut().toString(QKeySequence::NativeText));
            buttonText = tr("&Create Key…");
            action = m_ui->actionCreateKey;
        } else if (m_proxy->rowCount() == 0) {
            text = tr("No key matches “%1”.").arg(m_proxy->filterText());
            buttonText = tr("C&lear Filter");
            m_emptyClearsFilter = true;
        }
        break;
    }
    m_emptyAction = action;
    m_ui->emptyButton->setText(buttonText);
    m_ui->emptyButton->setIcon(action ? action->icon() : QIcon());
    m_ui->emptyButton->setVisible(!buttonText.isEmpty());
    m_ui->emptyButton->setEnabled(!action || action->isEnabled());
    m_ui->emptyButton->setToolTip(action ? action->toolTip() : QString());
    m_ui->emptyLabel->setText(text);
    m_ui->stack->setCurrentWidget(text.isEmpty() ? m_ui->tablePage : m_ui->emptyPage);
}

QString MainWindow::emptyStateText() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyPage ? m_ui->emptyLabel->text() : QString();
}

QString MainWindow::statusText() const
{
    QStringList parts;
    if (!m_refreshedLabel->text().isEmpty())
        parts << m_refreshedLabel->text();
    if (!m_pendingLabel->text().isEmpty())
        parts << m_pendingLabel->text();
    if (!m_blockedLabel->text().isEmpty())
        parts << m_blockedLabel->text();
    return parts.join(QStringLiteral(" · "));
}

ProfileDialog *MainWindow::openProfileDialog() const
{
    return m_profileDialog;
}

QTableView *MainWindow::keyTable() const
{
    return m_ui->keyTable;
}

void MainWindow::updateBusy()
{
    m_progress->setVisible(m_busyCount > 0 || m_flows->isBusy());
}

// --- table layout ---------------------------------------------------------------------

void MainWindow::applyHeaderLayout(Dialect dialect)
{
    if (m_headerDialect == dialect)
        return;
    saveHeaderLayout();
    m_headerDialect = dialect;
    m_fitColumnsOnLoad = false;
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    const QByteArray saved = m_services.settings->value(headerKeyPrefix + dialectId(dialect)).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const std::array<int, KeyTableModel::ColumnCount> widths{
            {16 * em, 15 * em, 8 * em, 9 * em, 9 * em, 9 * em, 8 * em, 16 * em}};
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            header->resizeSection(column, widths[size_t(column)]);
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->setSectionHidden(column, !KeyTableModel::isColumnReported(dialect, column));
        }
        header->setSectionResizeMode(KeyTableModel::Name, QHeaderView::Stretch);
        header->setSortIndicator(KeyTableModel::Created, Qt::DescendingOrder);
        m_fitColumnsOnLoad = true;
    }
    m_ui->keyTable->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveHeaderLayout()
{
    if (!m_headerDialect || !settingsWritable(*m_services.settings))
        return;
    m_services.settings->setValue(headerKeyPrefix + dialectId(*m_headerDialect),
                                  m_ui->keyTable->horizontalHeader()->saveState());
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->keyTable->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
        QString title = m_model->headerData(column, Qt::Horizontal).toString();
        if (m_profile && !KeyTableModel::isColumnReported(m_profile->dialect, column))
            title = tr("%1 (not reported by %2)").arg(title, dialectDisplayName(m_profile->dialect));
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != KeyTableModel::Name); // the one column that cannot go
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu->popup(header->mapToGlobal(position));
}

void MainWindow::showRowMenu(const QPoint &position)
{
    if (!m_ui->keyTable->indexAt(position).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_ui->actionCopyIdentifier);
    menu->addAction(m_ui->actionHandOff);
    menu->addSeparator();
    menu->addAction(m_ui->actionRevoke);
    menu->popup(m_ui->keyTable->viewport()->mapToGlobal(position));
}

// --- window ---------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (settingsWritable(*m_services.settings)) {
        saveHeaderLayout();
        m_services.settings->setValue(geometryKey, saveGeometry());
        m_services.settings->setValue(stateKey, saveState());
        m_services.settings->sync();
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
