#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace keydesk {

// Filter and typed sort over KeyTableModel. The filter text is split at white space;
// every word must occur (case-insensitively) in the name, identifier, id, status
// label or id ("active", "revoked", "expired"), creator, the pending-handoff badge or
// (in the view of every organisation) the organisation's name;
// names, identifiers and creators as received from the server or as shown.
// Sorting compares KeyTableModel::SortRole values by type; rows without a value
// ("—", "never") group at one end, and ties fall back to name then id so the order
// is the same after every refresh. Each row's sort value is read from the model once
// per sort and kept as a plain number where it is one (times as milliseconds since the
// epoch), so a comparison does no QVariant or collator work (100,000 keys: ~3.4
// million comparisons); the name and id for ties are read only for rows that tie.
class KeyFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFilterProxy)
public:
    explicit KeyFilterProxy(QObject *parent = nullptr);
    ~KeyFilterProxy() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What lessThan compares for one source row: the sorted column's value (a number
    // for times, counts and the status order; text otherwise), then the name and the
    // id for ties. The numbers are kept apart from the text, 16 bytes a row, so that a
    // sort's random accesses stay in the cache.
    struct SortKey {
        enum Kind : quint8 { Unread, None, Number, Text };
        qint64 number = 0;
        Kind kind = Unread;
        bool tieRead = false;
    };
    struct SortText {
        QString text;
        QString name;
        QString id;
    };
    SortKey &sortKeyOf(const QModelIndex &sourceIndex) const;
    void readTie(SortKey &key, const QModelIndex &sourceIndex) const;
    void forgetSortKeys();
    void forgetSortKeys(int first, int last);
    int compareValues(const SortKey &left, const SortKey &right, size_t leftRow, size_t rightRow, int column) const;
    int compareText(const QString &left, const QString &right) const;

    QString m_filterText;
    QStringList m_words;
    QCollator m_collator;
    mutable std::vector<SortKey> m_sortKeys;
    mutable std::vector<SortText> m_sortTexts; // same rows as m_sortKeys
    mutable int m_sortKeysColumn = -1;
    mutable int m_sortKeysRole = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace keydesk
