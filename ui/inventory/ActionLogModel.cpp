#include "ActionLogModel.h"

#include "ActionLogText.h"
#include "UntrustedText.h"

#include <QLocale>

#include <algorithm>

namespace keydesk {

ActionLogModel::ActionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActionLogModel::~ActionLogModel() = default;

void ActionLogModel::setEntries(const QList<ActionLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void ActionLogModel::prepend(const ActionLogEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int ActionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ActionLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case ActionIdRole:
        return entry.action;
    case OutcomeIdRole:
        return entry.outcome;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Organisation:
        return UntrustedText::forDisplay(entry.organisation);
    case Action:
        return ActionLogText::actionLabel(entry.action);
    case Key:
        if (entry.keyName.isEmpty())
            return UntrustedText::forDisplay(entry.keyId);
        if (entry.keyId.isEmpty())
            return UntrustedText::forDisplay(entry.keyName);
        return tr("%1 (%2)").arg(UntrustedText::forDisplay(entry.keyName), UntrustedText::forDisplay(entry.keyId));
    case Outcome:
        return ActionLogText::outcomeLabel(entry.outcome);
    case Detail:
        return UntrustedText::forDisplay(entry.detail);
    default:
        return {};
    }
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Organisation:
        return tr("Organisation");
    case Action:
        return tr("Action");
    case Key:
        return tr("Key");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace keydesk
