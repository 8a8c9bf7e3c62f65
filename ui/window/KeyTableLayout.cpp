#include "KeyTableLayout.h"

#include "KeyTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>
#include <array>

namespace keydesk {

namespace {

const QString headerKeyPrefix = QStringLiteral("mainWindow/keyTableHeader/");
// Not a dialect id (those are lower-case words), so no dialect's layout is overwritten.
const QString allOrganisationsName = QStringLiteral("all-organisations");

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
    restore(dialectId(dialect), [dialect](int column) { return KeyTableModel::isColumnReported(dialect, column); });
    m_dialect = dialect;
    // Only the view of every organisation shows it (a dialect's layout never has it).
    m_table->horizontalHeader()->setSectionHidden(KeyTableModel::Organisation, true);
}

void KeyTableLayout::applyAllOrganisations(const QList<Dialect> &dialects)
{
    if (m_name == allOrganisationsName)
        return;
    const bool saved = m_settings->contains(headerKeyPrefix + allOrganisationsName);
    restore(allOrganisationsName, [&dialects](int column) {
        return column == KeyTableModel::Organisation
               || std::any_of(dialects.cbegin(), dialects.cend(),
                              [column](Dialect dialect) { return KeyTableModel::isColumnReported(dialect, column); });
    });
    m_dialect.reset();
    if (saved)
        return;
    // Which organisation a row belongs to comes first, and their rows go together.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(KeyTableModel::Organisation), 0);
    m_table->sortByColumn(KeyTableModel::Organisation, Qt::AscendingOrder);
}

void KeyTableLayout::restore(const QString &name, const std::function<bool(int column)> &reported)
{
    save();
    m_name = name;
    m_fitOnLoad = false;
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray saved = m_settings->value(headerKeyPrefix + name).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const std::array<int, KeyTableModel::ColumnCount> widths{
            {16 * em, 15 * em, 8 * em, 9 * em, 9 * em, 9 * em, 8 * em, 16 * em, 14 * em}};
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            header->moveSection(header->visualIndex(column), column); // the model's order
            header->resizeSection(column, widths[size_t(column)]);
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->setSectionHidden(column, !reported(column));
        }
        header->setSectionResizeMode(KeyTableModel::Name, QHeaderView::Stretch);
        header->setSortIndicator(KeyTableModel::Created, Qt::DescendingOrder);
        m_fitOnLoad = true;
    }
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void KeyTableLayout::save()
{
    // A settings file Qt could not read completely is left as it is (see MainWindow).
    if (m_name.isEmpty() || m_settings->status() != QSettings::NoError)
        return;
    m_settings->setValue(headerKeyPrefix + m_name, m_table->horizontalHeader()->saveState());
}

void KeyTableLayout::fitToContents()
{
    if (!m_fitOnLoad || m_model->rowCount() == 0)
        return;
    // First look at this layout: fit the columns to real values, Name takes the rest.
    m_fitOnLoad = false;
    for (int column = KeyTableModel::Name + 1; column < KeyTableModel::ColumnCount; ++column)
        fitColumn(column);
}

void KeyTableLayout::fitColumn(int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->isSectionHidden(column))
        return;
    const auto *view = static_cast<const QAbstractItemView *>(m_table);
    const int padding = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(
        column, qMin(28 * padding, qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column)) + padding));
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
