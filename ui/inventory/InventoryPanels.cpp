#include "InventoryPanels.h"

#include "ActionLogWindow.h"
#include "KeyDetailsPane.h"
#include "TrackKeyDialog.h"
#include "TrackedKeyVerifier.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace keydesk {

InventoryPanels::InventoryPanels(Services services, QMainWindow *window, QMenu *keyMenu, QAction *beforeMenu)
    : QObject(window)
    , m_services(std::move(services))
    , m_window(window)
    , m_dock(new QDockWidget(tr("Key Details"), window))
    , m_view(new QMenu(tr("&View"), window))
    , m_log(new QAction(tr("&Log…"), this))
    , m_track(new QAction(tr("&Track a Key…"), this))
    , m_verifier(new TrackedKeyVerifier(
          {m_services.network, m_services.secrets, m_services.inventory, m_services.clock}, this))
{
    m_dock->setObjectName(QStringLiteral("keyDetailsDock")); // for saveState()
    // The pane (its fields, the chart) is made by prepare() or when it is first needed:
    // until then the dock holds its place.
    m_dock->setWidget(new QWidget(m_dock));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    QMenu *view = m_view;
    view->addAction(m_dock->toggleViewAction());
    m_log->setObjectName(QStringLiteral("actionLog"));
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_log->setStatusTip(tr("Shows what KeyDesk did: creates, revokes, handoffs, profile changes"));
    view->addAction(m_log);
    window->menuBar()->insertMenu(beforeMenu, view);
    connect(m_log, &QAction::triggered, this, &InventoryPanels::openLog);

    m_track->setObjectName(QStringLiteral("actionTrackKey"));
    m_track->setEnabled(false);
    keyMenu->addSeparator();
    keyMenu->addAction(m_track);
    connect(m_track, &QAction::triggered, this, &InventoryPanels::openTrackDialog);
}

InventoryPanels::~InventoryPanels() = default;

void InventoryPanels::prepare()
{
    detailsPane();
}

KeyDetailsPane *InventoryPanels::detailsPane()
{
    if (!m_pane) {
        m_pane = new KeyDetailsPane(m_services.inventory, m_services.clock);
        connect(m_pane, &KeyDetailsPane::revokeNowRequested, this, &InventoryPanels::revokeNowRequested);
        connect(m_pane, &KeyDetailsPane::cancelRotationRequested, this, &InventoryPanels::cancelRotationRequested);
        QWidget *placeholder = m_dock->widget();
        m_dock->setWidget(m_pane);
        delete placeholder;
    }
    return m_pane;
}

void InventoryPanels::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    // Only where no listing exists: the other dialects' keys come from their lists.
    const bool byHand = profile && !DialectTraits::of(profile->dialect).managesKeys;
    m_track->setEnabled(byHand);
    m_track->setToolTip(byHand ? tr("Adds a key made in the %1 dashboard to the inventory, after verifying it")
                                     .arg(dialectDisplayName(profile->dialect))
                               : tr("Only for Trust Leads organisations, which list no keys"));
    if (m_pane)
        m_pane->clear();
}

void InventoryPanels::showKey(const ApiKey &key)
{
    if (!m_profile || key.id.isEmpty()) {
        if (m_pane)
            m_pane->clear();
        return;
    }
    detailsPane()->showKey(m_profile->name, m_profile->dialect, key);
}

void InventoryPanels::refreshed()
{
    if (m_profile)
        verifyTracked({*m_profile});
}

void InventoryPanels::verifyTracked(const QList<Profile> &profiles)
{
    for (const Profile &profile : profiles) {
        if (!DialectTraits::of(profile.dialect).managesKeys)
            m_verifier->verify({profile.name, profile.dialect, profile.baseUrl}, profile.connection({}));
    }
}

void InventoryPanels::openLog()
{
    if (!m_logWindow) {
        m_logWindow = new ActionLogWindow(m_services.inventory, m_window);
        m_logWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void InventoryPanels::openTrackDialog()
{
    if (!m_profile)
        return;
    auto *dialog = new TrackKeyDialog({m_services.network, m_services.secrets, m_services.inventory, m_services.clock},
                                      {m_profile->name, m_profile->dialect, m_profile->baseUrl},
                                      m_profile->connection({}), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString organisation = m_profile->name;
    connect(dialog, &TrackKeyDialog::tracked, this,
            [this, organisation](const QString &keyId) { Q_EMIT keyTracked(organisation, keyId); });
    dialog->open();
}

} // namespace keydesk
