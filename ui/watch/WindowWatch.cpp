#include "WindowWatch.h"

#include "AcknowledgeDialog.h"
#include "FindingIcons.h"
#include "FindingRow.h"
#include "FindingText.h"
#include "HealthPanel.h"
#include "Inventory.h"
#include "KeyTableModel.h"
#include "ProfileStore.h"
#include "SelectorBadges.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHash>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace keydesk {

namespace {

QString markLine(const Finding &finding)
{
    const QString line = WindowWatch::tr("%1: %2 — %3")
                             .arg(FindingText::severityLabel(finding.severity), FindingText::title(finding.code),
                                  FindingText::reason(finding));
    return finding.acknowledged ? WindowWatch::tr("%1 (acknowledged)").arg(line) : line;
}

} // namespace

WindowWatch::WindowWatch(Services services, Window window, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_window(std::move(window))
    , m_panel(new HealthPanel)
    , m_dock(new QDockWidget(tr("Health"), m_window.window))
    , m_badges(new SelectorBadges(m_window.selector, this))
{
    m_dock->setObjectName(QStringLiteral("healthDock")); // for saveState(): shown or not is remembered
    m_dock->setWidget(m_panel);
    // Under the table, like a list of problems: one line per finding. The key details
    // keep the whole right side (their chart needs the height).
    m_window.window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_window.window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionHealth"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggle->setStatusTip(tr("Shows what needs doing: keys expiring, old, idle or used unexpectedly"));
    if (m_window.viewMenu) {
        const QList<QAction *> actions = m_window.viewMenu->actions();
        m_window.viewMenu->insertAction(actions.value(1), toggle);
    }

    connect(m_panel, &HealthPanel::actionRequested, this, &WindowWatch::act);
    connect(m_panel, &HealthPanel::acknowledgeRequested, this, &WindowWatch::openAcknowledgeDialog);
    connect(m_panel, &HealthPanel::withdrawRequested, this, &WindowWatch::withdraw);
    connect(m_services.inventory, &Inventory::recorded, this, &WindowWatch::refresh);
    // The selector is filled again when profiles change: their thresholds may have too.
    connect(m_window.selector->model(), &QAbstractItemModel::rowsInserted, this, &WindowWatch::refresh);
    // A pending action runs once its organisation's keys are listed and the action is possible.
    connect(m_window.keyModel, &QAbstractItemModel::modelReset, this, &WindowWatch::runPending);
    connect(m_window.keyModel, &QAbstractItemModel::rowsInserted, this, &WindowWatch::runPending);
    connect(m_window.createAction, &QAction::changed, this, &WindowWatch::runPending);
    if (m_window.rotateAction)
        connect(m_window.rotateAction, &QAction::changed, this, &WindowWatch::runPending);
}

WindowWatch::~WindowWatch() = default;

void WindowWatch::setOrganisations(const QStringList &organisations)
{
    QStringList named = organisations;
    named.removeAll(QString());
    if (m_pending && !named.contains(m_pending->organisation))
        m_pending.reset();
    m_panel->showNote({});
    if (named == m_onScreen)
        return;
    m_onScreen = named;
    show();
}

void WindowWatch::start()
{
    m_started = true;
    refresh();
}

void WindowWatch::refresh()
{
    if (!m_started)
        return; // start() judges with whatever changed meanwhile
    if (m_running) {
        m_again = true;
        return;
    }
    QList<WatchScope> scopes;
    for (const Profile &profile : m_services.profiles->profiles())
        scopes.append({profile.name, profile.watch});
    m_running = true;
    m_services.inventory->findings(scopes, this, [this](const InventoryResult<QList<Finding>> &result) {
        m_running = false;
        if (result.ok())
            onFindings(result.value);
        else
            m_panel->showNote(result.error);
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

void WindowWatch::onFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    show();
}

void WindowWatch::show()
{
    QList<Finding> shown;
    QHash<QString, SelectorBadges::Count> counts;
    // By organisation, then key id: several organisations may be on screen (All organisations).
    QHash<QString, QHash<QString, std::optional<Severity>>> worst;
    QHash<QString, QHash<QString, QStringList>> lines;
    for (const Finding &finding : std::as_const(m_findings)) {
        if (!finding.acknowledged)
            counts[finding.organisation].add(finding.severity);
        if (!m_onScreen.contains(finding.organisation))
            continue;
        shown.append(finding);
        if (finding.keyId.isEmpty())
            continue;
        lines[finding.organisation][finding.keyId].append(markLine(finding));
        std::optional<Severity> &keyWorst = worst[finding.organisation][finding.keyId];
        if (!finding.acknowledged && (!keyWorst || *keyWorst < finding.severity))
            keyWorst = finding.severity;
    }
    m_panel->setFindings(shown, m_onScreen.size() > 1);
    m_badges->setCounts(counts);

    QHash<QString, QHash<QString, KeyTableModel::RowMark>> marks;
    for (auto organisation = lines.cbegin(); organisation != lines.cend(); ++organisation) {
        for (auto it = organisation->cbegin(); it != organisation->cend(); ++it) {
            KeyTableModel::RowMark mark;
            if (const std::optional<Severity> severity = worst.value(organisation.key()).value(it.key()))
                mark.icon = FindingIcons::forSeverity(*severity, m_window.keyTable);
            mark.toolTip = it.value().join(QLatin1Char('\n'));
            marks[organisation.key()].insert(it.key(), mark);
        }
    }
    m_window.keyModel->setRowMarks(marks);
    Q_EMIT findingsShown();
}

void WindowWatch::act(const Finding &finding)
{
    m_panel->showNote({});
    if (!m_onScreen.contains(finding.organisation)) {
        // Shown once its keys are listed (runPending).
        m_pending = finding;
        if (!m_window.selectProfile || !m_window.selectProfile(finding.organisation))
            m_pending.reset();
        return;
    }
    if (finding.keyId.isEmpty()) { // limit-near: the keys least used first, to find the unneeded
        m_window.keyTable->sortByColumn(KeyTableModel::LastUsed, Qt::AscendingOrder);
        m_window.keyTable->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (finding.action == SuggestedAction::Revoke)
        revoke(finding);
    else
        rotate(finding);
}

void WindowWatch::runPending()
{
    if (!m_pending || !m_onScreen.contains(m_pending->organisation))
        return;
    const Finding finding = *m_pending;
    const bool aboutKey = !finding.keyId.isEmpty();
    if (aboutKey && m_window.keyModel->rowOfKey(finding.organisation, finding.keyId) < 0)
        return; // not listed yet
    if (aboutKey && finding.action != SuggestedAction::Revoke && !m_window.createAction->isEnabled()
        && !(m_window.rotateAction && m_window.rotateAction->isEnabled()))
        return; // neither Rotate nor Create Key is possible yet
    m_pending.reset();
    act(finding);
}

bool WindowWatch::selectKey(const Finding &finding)
{
    const int row = m_window.keyModel->rowOfKey(finding.organisation, finding.keyId);
    if (row < 0)
        return false;
    QModelIndex index = m_window.keyModel->index(row, KeyTableModel::Name);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window.keyTable->model());
    if (proxy) {
        QModelIndex shown = proxy->mapFromSource(index);
        if (!shown.isValid() && m_window.filter) { // the filter hides it
            m_window.filter->clear();
            shown = proxy->mapFromSource(index);
        }
        index = shown;
    }
    if (!index.isValid())
        return false;
    m_window.keyTable->selectRow(index.row());
    m_window.keyTable->scrollTo(index);
    return true;
}

void WindowWatch::revoke(const Finding &finding)
{
    if (!selectKey(finding)) {
        m_panel->showNote(tr("The key is no longer listed."));
        return;
    }
    if (!m_window.revokeAction->isEnabled()) {
        m_panel->showNote(tr("Cannot revoke now: %1").arg(m_window.revokeAction->toolTip()));
        return;
    }
    m_window.revokeAction->trigger();
}

void WindowWatch::rotate(const Finding &finding)
{
    const bool selected = selectKey(finding);
    if (selected && m_window.rotateAction) {
        if (!m_window.rotateAction->isEnabled()) {
            m_panel->showNote(tr("Cannot rotate now: %1").arg(m_window.rotateAction->toolTip()));
            return;
        }
        m_window.rotateAction->trigger();
        // A leaked key: the dialog opens (window-modal, at once) with the emergency chosen.
        if (finding.code == FindingCode::Leaked) {
            for (QDialog *dialog : m_window.window->findChildren<QDialog *>(QStringLiteral("RotateKeyDialog"))) {
                if (!dialog->isVisible())
                    continue;
                if (auto *emergency = dialog->findChild<QCheckBox *>(QStringLiteral("emergencyCheck")))
                    emergency->setChecked(true);
            }
        }
        return;
    }
    if (!m_window.createAction->isEnabled()) {
        m_panel->showNote(tr("Cannot create the new key now: %1").arg(m_window.createAction->toolTip()));
        return;
    }
    m_window.createAction->trigger();
    // The create dialog opens at once (window-modal, KeyFlows::create): fill in the name.
    for (QDialog *dialog : m_window.window->findChildren<QDialog *>(QStringLiteral("CreateKeyDialog"))) {
        if (!dialog->isVisible())
            continue;
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))) {
            name->setText(FindingRow::rotatedName(finding.keyName));
            name->selectAll();
        }
    }
}

void WindowWatch::openAcknowledgeDialog(const Finding &finding)
{
    auto *dialog = new AcknowledgeDialog(finding, m_services.clock, m_window.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_services.inventory->acknowledge(dialog->acknowledgement(), dialog->finding().keyName, this,
                                          [this](const InventoryResult<bool> &result) {
                                              if (!result.ok())
                                                  m_panel->showNote(result.error);
                                              refresh();
                                          });
    });
    dialog->open();
}

void WindowWatch::withdraw(const Finding &finding)
{
    m_services.inventory->withdrawAcknowledgement(finding, this, [this](const InventoryResult<bool> &result) {
        if (!result.ok())
            m_panel->showNote(result.error);
        refresh();
    });
}

} // namespace keydesk
