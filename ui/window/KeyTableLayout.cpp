#include "KeyTableLayout.h"

#include "KeyTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <array>

namespace keydesk {

namespace {

const QString headerKeyPrefix = QStringLiteral("mainWindow/keyTableHeader/");

} // namespace

KeyTableLayout::KeyTableLayout(QTableView *table, const KeyTableModel *model, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_settings(settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &KeyTableLayout::showMenu);
}

KeyTableLayout::~KeyTableLayout() = default;

void KeyTableLayout::apply(Dialect dialect)
{
    if (m_dialect == dialect)
        return;
    save();
    m_dialect = dialect;
    m_fitOnLoad = false;
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray saved = m_settings->value(headerKeyPrefix + dialectId(dialect)).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const std::array<int, KeyTableModel::ColumnCount> widths{
            {16 * em, 15 * em, 8 * em, 9 * em, 9 * em, 9 * em, 8 * em, 16 * em, 14 * em}};
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            header->resizeSection(column, widths[size_t(column)]);
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->setSectionHidden(column, !KeyTableModel::isColumnReported(dialect, column));
        }
        header->setSectionResizeMode(KeyTableModel::Name, QHeaderView::Stretch);
        header->setSortIndicator(KeyTableModel::Created, Qt::DescendingOrder);
        m_fitOnLoad = true;
    }
    // Only the view of every organisation shows it (a layout saved there has it shown).
    header->setSectionHidden(KeyTableModel::Organisation, true);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void KeyTableLayout::save()
{
    // A settings file Qt could not read completely is left as it is (see MainWindow).
    if (!m_dialect || m_settings->status() != QSettings::NoError)
        return;
    m_settings->setValue(headerKeyPrefix + dialectId(*m_dialect), m_table->horizontalHeader()->saveState());
}

void KeyTableLayout::showOrganisations(bool shown)
{
    m_table->horizontalHeader()->setSectionHidden(KeyTableModel::Organisation, !shown);
    if (shown) // a width for its names, once they are in
        m_table->resizeColumnToContents(KeyTableModel::Organisation);
}

void KeyTableLayout::fitToContents()
{
    if (!m_fitOnLoad || m_model->rowCount() == 0)
        return;
    // First look at this dialect: fit the columns to real values, Name takes the rest.
    m_fitOnLoad = false;
    QHeaderView *header = m_table->horizontalHeader();
    const auto *view = static_cast<const QAbstractItemView *>(m_table);
    const int padding = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = KeyTableModel::Name + 1; column < KeyTableModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            header->resizeSection(
                column,
                qMin(28 * padding, qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column)) + padding));
    }
}

void KeyTableLayout::showMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
        if (column == KeyTableModel::Organisation && !m_model->isMerged())
            continue;
        QString title = m_model->headerData(column, Qt::Horizontal).toString();
        if (m_dialect && !KeyTableModel::isColumnReported(*m_dialect, column))
            title = tr("%1 (not reported by %2)").arg(title, dialectDisplayName(*m_dialect));
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != KeyTableModel::Name); // the one column that cannot go
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->popup(header->mapToGlobal(position));
}

} // namespace keydesk
