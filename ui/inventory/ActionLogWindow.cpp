#include "ActionLogWindow.h"

#include "ActionLogFilterProxy.h"
#include "ActionLogModel.h"
#include "ActionLogText.h"
#include "Inventory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace keydesk {

ActionLogWindow::ActionLogWindow(Inventory *inventory, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_inventory(inventory)
    , m_model(new ActionLogModel(this))
    , m_proxy(new ActionLogFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("actionLogWindow"));
    setWindowTitle(tr("KeyDesk — Log"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter the log"));
    m_filter->setAccessibleName(tr("Filter the log"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the entries that contain every word typed here"));
    filters->addWidget(m_filter, 1);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : ActionLogText::knownActions())
        m_action->addItem(ActionLogText::actionLabel(action), action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const QString &outcome : ActionLogText::knownOutcomes())
        m_outcome->addItem(ActionLogText::outcomeLabel(outcome), outcome);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome);
    layout->addLayout(filters);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    m_count->setTextFormat(Qt::PlainText);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAction(m_action->currentData().toString());
        updateCount();
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOutcome(m_outcome->currentData().toString());
        updateCount();
    });
    resize(900, 480);

    // Entries logged before the read answers are in its answer (the inventory runs
    // calls in order), so the live ones count only from then on.
    connect(m_inventory, &Inventory::actionLogged, this, &ActionLogWindow::onLogged);
    ActionLogFilter filter;
    filter.limit = initialLimit;
    m_count->setText(tr("Reading the log…"));
    m_inventory->actionLog(filter, this, [this](const InventoryResult<QList<ActionLogEntry>> &result) {
        m_model->setEntries(result.value);
        m_problem->setVisible(!result.ok());
        m_problem->setText(result.error);
        m_loaded = true;
        m_table->resizeColumnsToContents();
        updateCount();
        Q_EMIT loaded();
    });
}

ActionLogWindow::~ActionLogWindow() = default;

void ActionLogWindow::onLogged(const ActionLogEntry &entry)
{
    if (!m_loaded)
        return;
    m_model->prepend(entry);
    updateCount();
}

void ActionLogWindow::updateCount()
{
    if (!m_loaded)
        return;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n entries", nullptr, total)
                                    : tr("%1 of %n entries", nullptr, total).arg(shown));
}

} // namespace keydesk
