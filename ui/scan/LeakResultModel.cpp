#include "LeakResultModel.h"

#include "RelativeTime.h"
#include "UntrustedText.h"

#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>

#include <algorithm>
#include <tuple>

namespace keydesk {

LeakResultModel::LeakResultModel(std::function<QDateTime()> clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? std::move(clock) : std::function<QDateTime()>([] { return QDateTime::currentDateTimeUtc(); }))
{
}

LeakResultModel::~LeakResultModel() = default;

void LeakResultModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

void LeakResultModel::append(const LeakResult &result)
{
    // In a stable order whatever order the workers finish in: files first, then the
    // history, each by path and position (as `keydesk-cli scan` prints them).
    const auto key = [](const LeakResult &r) {
        const LeakSighting &s = r.sighting;
        return std::make_tuple(!s.commit.isEmpty(), s.path, s.commit, s.line, s.column);
    };
    const auto at = std::upper_bound(m_results.cbegin(), m_results.cend(), result,
                                     [&key](const LeakResult &a, const LeakResult &b) { return key(a) < key(b); });
    const int row = int(at - m_results.cbegin());
    beginInsertRows({}, row, row);
    m_results.insert(row, result);
    m_results[row].sighting.secret.clear(); // never kept here (the job is not asked for it)
    endInsertRows();
}

void LeakResultModel::removeFingerprint(const QString &fingerprint)
{
    for (int row = int(m_results.size()) - 1; row >= 0; --row) {
        if (m_results.at(row).sighting.fingerprint != fingerprint)
            continue;
        beginRemoveRows({}, row, row);
        m_results.removeAt(row);
        endRemoveRows();
    }
}

int LeakResultModel::liveOrUnknownCount() const
{
    int count = 0;
    for (const LeakResult &result : m_results)
        count += result.isLiveOrUnknown() ? 1 : 0;
    return count;
}

int LeakResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int LeakResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeakResultModel::matchText(const LeakResult &result) const
{
    if (!result.match)
        return tr("unknown");
    const LeakMatch &match = *result.match;
    const QString lastUse = match.lastUsedAt.isValid()
                                ? tr("last used %1").arg(relativeTime(match.lastUsedAt, m_clock()))
                                : tr("never used");
    return tr("%1 / %2 / %3 / %4")
        .arg(UntrustedText::forDisplay(match.organisation), UntrustedText::forDisplay(match.keyName),
             keyStatusLabel(match.status), lastUse);
}

QString LeakResultModel::shownPath(const LeakSighting &sighting) const
{
    if (!sighting.commit.isEmpty())
        return sighting.path; // already the path inside its repository
    QString best;
    for (const QString &root : m_roots) {
        const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
        if (sighting.path.startsWith(prefix) && root.size() > best.size())
            best = root;
    }
    if (best.isEmpty())
        return sighting.path;
    const QString relative = sighting.path.mid(best.size()).remove(0, best.endsWith(QLatin1Char('/')) ? 0 : 1);
    return m_roots.size() > 1 ? QFileInfo(best).fileName() + QLatin1Char('/') + relative : relative;
}

QVariant LeakResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const LeakResult &result = m_results.at(index.row());
    const LeakSighting &sighting = result.sighting;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Path:
            return UntrustedText::forDisplay(role == Qt::ToolTipRole ? sighting.path : shownPath(sighting));
        case Line:
            return sighting.commit.isEmpty() ? QVariant(sighting.line) : QVariant();
        case Commit:
            return role == Qt::ToolTipRole ? sighting.commit : sighting.commit.left(12);
        case Format:
            return dialectDisplayName(sighting.dialect);
        case Key:
            return sighting.masked;
        case Match:
            return matchText(result);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == Key || index.column() == Commit))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::FontRole && index.column() == Match && result.isLiveOrUnknown()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant LeakResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Path:
        return tr("Path");
    case Line:
        return tr("Line");
    case Commit:
        return tr("Commit");
    case Format:
        return tr("Format");
    case Key:
        return tr("Key");
    case Match:
        return tr("Match");
    default:
        return {};
    }
}

} // namespace keydesk
