#pragma once

#include "ActionLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace keydesk {

// The action log as a table, newest first. Text from the log (organisation, key, detail:
// server messages among them) is shown through UntrustedText::forDisplay.
class ActionLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionLogModel)
public:
    enum Column { Time, Organisation, Action, Key, Outcome, Detail, ColumnCount };
    enum Role { ActionIdRole = Qt::UserRole + 1, OutcomeIdRole };

    explicit ActionLogModel(QObject *parent = nullptr);
    ~ActionLogModel() override;

    // Entries oldest first, as Inventory::actionLog gives them.
    void setEntries(const QList<ActionLogEntry> &entries);
    // A new entry (Inventory::actionLogged): on top.
    void prepend(const ActionLogEntry &entry);
    const ActionLogEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActionLogEntry> m_entries; // newest first
};

} // namespace keydesk
