#include "KeyFilterProxy.h"

#include "KeyTableModel.h"

#include <QDateTime>

namespace keydesk {

KeyFilterProxy::KeyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

KeyFilterProxy::~KeyFilterProxy() = default;

void KeyFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetSortKeys();
    // Connected before QSortFilterProxyModel's own handlers, which sort with lessThan:
    // the cached values are gone before the proxy looks at the changed rows.
    if (model) {
        const auto all = [this] { forgetSortKeys(); };
        m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                       [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                           forgetSortKeys(topLeft.row(), bottomRight.row());
                                       })
                            << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, all)
                            << connect(model, &QAbstractItemModel::rowsInserted, this, all)
                            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, all)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, all)
                            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, all)
                            << connect(model, &QAbstractItemModel::rowsMoved, this, all)
                            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, all)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, all)
                            << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, all)
                            << connect(model, &QAbstractItemModel::modelReset, this, all);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxy::forgetSortKeys()
{
    m_sortKeys.clear();
    m_sortTexts.clear();
    m_sortKeysColumn = -1;
}

void KeyFilterProxy::forgetSortKeys(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < int(m_sortKeys.size()); ++row) {
        m_sortKeys[size_t(row)] = SortKey{};
        m_sortTexts[size_t(row)] = SortText{};
    }
}

KeyFilterProxy::SortKey &KeyFilterProxy::sortKeyOf(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.column() != m_sortKeysColumn || sortRole() != m_sortKeysRole) {
        m_sortKeys.clear();
        m_sortTexts.clear();
        m_sortKeysColumn = sourceIndex.column();
        m_sortKeysRole = sortRole();
    }
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_sortKeys.size()) {
        m_sortKeys.resize(std::max(row + 1, size_t(sourceModel()->rowCount())));
        m_sortTexts.resize(m_sortKeys.size());
    }
    SortKey &key = m_sortKeys[row];
    if (key.kind == SortKey::Unread) {
        const QVariant value = sourceIndex.data(m_sortKeysRole);
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            key.kind = SortKey::None;
            break;
        case QMetaType::QDateTime:
            key.kind = SortKey::Number;
            key.number = value.toDateTime().toMSecsSinceEpoch();
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            key.kind = SortKey::Number;
            key.number = value.toLongLong();
            break;
        default:
            key.kind = SortKey::Text;
            m_sortTexts[row].text = value.toString();
            break;
        }
    }
    return key;
}

void KeyFilterProxy::readTie(SortKey &key, const QModelIndex &sourceIndex) const
{
    if (key.tieRead)
        return;
    SortText &text = m_sortTexts[size_t(sourceIndex.row())];
    const QModelIndex name = sourceIndex.siblingAtColumn(KeyTableModel::Name);
    text.name = name.data(KeyTableModel::SortRole).toString();
    text.id = name.data(KeyTableModel::KeyIdRole).toString();
    key.tieRead = true;
}

void KeyFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : m_words)
        word = word.trimmed();
    m_words.removeAll(QString());
    invalidateFilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const auto text = [&](int column, int role) {
        return model->data(model->index(sourceRow, column, sourceParent), role).toString();
    };
    // What the server sent as received (a name with a backslash or a control character
    // is shown escaped) and as shown, so that both find the key.
    const QStringList haystack{
        text(KeyTableModel::Name, KeyTableModel::SortRole),
        text(KeyTableModel::Name, Qt::DisplayRole),
        text(KeyTableModel::Key, KeyTableModel::IdentifierRole),
        text(KeyTableModel::Key, Qt::DisplayRole), // identifier and the pending badge
        text(KeyTableModel::Name, KeyTableModel::KeyIdRole),
        text(KeyTableModel::Status, Qt::DisplayRole),
        text(KeyTableModel::Status, KeyTableModel::StatusIdRole),
        text(KeyTableModel::CreatedBy, KeyTableModel::SortRole),
        text(KeyTableModel::CreatedBy, Qt::DisplayRole),
        text(KeyTableModel::Organisation, KeyTableModel::SortRole), // the merged view only
    };
    for (const QString &word : m_words) {
        const bool found = std::any_of(haystack.cbegin(), haystack.cend(), [&word](const QString &field) {
            return field.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

int KeyFilterProxy::compareValues(const SortKey &left, const SortKey &right, size_t leftRow, size_t rightRow,
                                  int column) const
{
    const bool leftNull = left.kind == SortKey::None;
    const bool rightNull = right.kind == SortKey::None;
    if (leftNull || rightNull) {
        if (leftNull == rightNull)
            return 0;
        // "never expires" is later than any date; every other missing value (never
        // used, not reported) comes before the smallest one.
        const int nullSide = column == KeyTableModel::Expires ? 1 : -1;
        return leftNull ? nullSide : -nullSide;
    }
    if (left.kind == SortKey::Number && right.kind == SortKey::Number)
        return left.number < right.number ? -1 : (right.number < left.number ? 1 : 0);
    // A column mixes numbers and text only if the model changes its types: numbers first.
    if (left.kind != right.kind)
        return left.kind == SortKey::Number ? -1 : 1;
    return compareText(m_sortTexts[leftRow].text, m_sortTexts[rightRow].text);
}

// Natural order ("Key 2" before "Key 10") in every locale: QCollator's numeric mode
// does nothing in the C locale, so runs of digits are compared here by value.
int KeyFilterProxy::compareText(const QString &left, const QString &right) const
{
    qsizetype i = 0;
    qsizetype j = 0;
    const auto run = [](const QString &text, qsizetype from, bool digits) {
        qsizetype end = from;
        while (end < text.size() && text.at(end).isDigit() == digits)
            ++end;
        return end;
    };
    while (i < left.size() && j < right.size()) {
        const bool leftDigits = left.at(i).isDigit();
        const bool rightDigits = right.at(j).isDigit();
        const qsizetype leftEnd = run(left, i, leftDigits);
        const qsizetype rightEnd = run(right, j, rightDigits);
        int order = 0;
        if (leftDigits && rightDigits) {
            // Compare by value without overflow: strip leading zeros, longer is larger.
            QStringView a = QStringView(left).mid(i, leftEnd - i);
            QStringView b = QStringView(right).mid(j, rightEnd - j);
            while (a.size() > 1 && a.front() == QLatin1Char('0'))
                a = a.mid(1);
            while (b.size() > 1 && b.front() == QLatin1Char('0'))
                b = b.mid(1);
            order = a.size() != b.size() ? (a.size() < b.size() ? -1 : 1) : a.compare(b);
        } else {
            // Equal text is equal in every collation; the collator is slow.
            const QStringView a = QStringView(left).mid(i, leftEnd - i);
            const QStringView b = QStringView(right).mid(j, rightEnd - j);
            order = a == b ? 0 : m_collator.compare(a, b);
        }
        if (order != 0)
            return order < 0 ? -1 : 1;
        i = leftEnd;
        j = rightEnd;
    }
    if (i < left.size())
        return 1;
    if (j < right.size())
        return -1;
    return m_collator.compare(left, right);
}

bool KeyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sizes the cache for both rows first, so the two references stay valid.
    sortKeyOf(left);
    SortKey &b = sortKeyOf(right);
    SortKey &a = sortKeyOf(left);
    const size_t leftRow = size_t(left.row());
    const size_t rightRow = size_t(right.row());
    const int order = compareValues(a, b, leftRow, rightRow, left.column());
    if (order != 0)
        return order < 0;
    readTie(a, left);
    readTie(b, right);
    const SortText &x = m_sortTexts[leftRow];
    const SortText &y = m_sortTexts[rightRow];
    const int byName = compareText(x.name, y.name);
    if (byName != 0)
        return byName < 0;
    return compareText(x.id, y.id) < 0;
}

} // namespace keydesk
