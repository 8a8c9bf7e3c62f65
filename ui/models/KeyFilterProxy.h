#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace keydesk {

// Filter and typed sort over KeyTableModel. The filter text is split at white space;
// every word must occur (case-insensitively) in the name, identifier, id, status
// label or id ("active", "revoked", "expired"), creator or the pending-handoff badge;
// names, identifiers and creators as received from the server or as shown.
// Sorting compares KeyTableModel::SortRole values by type; rows without a value
// ("—", "never") group at one end, and ties fall back to name then id so the order
// is the same after every refresh.
class KeyFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFilterProxy)
public:
    explicit KeyFilterProxy(QObject *parent = nullptr);
    ~KeyFilterProxy() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int compareValues(const QVariant &left, const QVariant &right, int column) const;
    int compareText(const QString &left, const QString &right) const;

    QString m_filterText;
    QStringList m_words;
    QCollator m_collator;
};

} // namespace keydesk
