#include "ActionLogFilterProxy.h"

#include "ActionLogModel.h"

namespace keydesk {

ActionLogFilterProxy::ActionLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

ActionLogFilterProxy::~ActionLogFilterProxy() = default;

void ActionLogFilterProxy::setText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ActionLogFilterProxy::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void ActionLogFilterProxy::setOutcome(const QString &outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

bool ActionLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_action.isEmpty() && first.data(ActionLogModel::ActionIdRole).toString() != m_action)
        return false;
    if (!m_outcome.isEmpty() && first.data(ActionLogModel::OutcomeIdRole).toString() != m_outcome)
        return false;
    if (m_words.isEmpty())
        return true;
    QString row;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        row += model->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    for (const QString &word : m_words) {
        if (!row.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace keydesk
