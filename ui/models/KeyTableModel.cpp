#include "KeyTableModel.h"

#include "RelativeTime.h"
#include "StatusAppearance.h"
#include "UntrustedText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace keydesk {

namespace {

const QString noValue = QStringLiteral("—");

bool sameRecord(const ApiKey &a, const ApiKey &b)
{
    return a.id == b.id && a.name == b.name && a.revoked == b.revoked && a.createdAt == b.createdAt
           && a.expiresAt == b.expiresAt && a.lastUsedAt == b.lastUsedAt && a.usageCount == b.usageCount
           && a.keyPrefix == b.keyPrefix && a.createdBy == b.createdBy;
}

int statusOrder(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return 0;
    case KeyStatus::Expired:
        return 1;
    case KeyStatus::Revoked:
        return 2;
    }
    return 3;
}

QVariant dateSortValue(const QDateTime &when)
{
    return when.isValid() ? QVariant(when) : QVariant();
}

} // namespace

KeyTableModel::KeyTableModel(Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{
    if (qGuiApp)
        m_palette = QGuiApplication::palette();
    rebuildIcons();
}

KeyTableModel::~KeyTableModel() = default;

void KeyTableModel::setKeys(Dialect dialect, const QList<ApiKey> &keys)
{
    // Keep the first record of an id the server (wrongly) lists twice. Without
    // duplicates (the usual case) the list is shared, not copied key by key.
    QList<ApiKey> incoming = keys;
    QSet<QString> incomingIds;
    incomingIds.reserve(keys.size());
    for (qsizetype n = 0; n < keys.size(); ++n) {
        const qsizetype before = incomingIds.size();
        incomingIds.insert(keys.at(n).id);
        if (incomingIds.size() != before)
            continue;
        incoming = keys.first(n);
        for (qsizetype rest = n + 1; rest < keys.size(); ++rest) {
            const qsizetype seen = incomingIds.size();
            incomingIds.insert(keys.at(rest).id);
            if (incomingIds.size() != seen)
                incoming.append(keys.at(rest));
        }
        break;
    }

    if (!m_hasDialect || dialect != m_dialect || m_merged) {
        beginResetModel();
        m_dialect = dialect;
        m_hasDialect = true;
        m_merged = false;
        m_rowOrigins.clear();
        m_keys = incoming;
        endResetModel();
        return;
    }
    updateRows(incoming, {}, incomingIds);
}

QString KeyTableModel::rowIdentity(const QString &organisation, const QString &id) const
{
    // A profile name never holds a line break (ProfileStore keys on it), so this cannot
    // make two rows of different organisations look alike.
    return m_merged ? organisation + QLatin1Char('\n') + id : id;
}

void KeyTableModel::updateRows(const QList<ApiKey> &incoming, const QList<RowOrigin> &origins,
                               const QSet<QString> &identities)
{
    const auto identityOfRow = [this](int row) {
        return rowIdentity(m_merged ? m_rowOrigins.at(row).organisation : QString(), m_keys.at(row).id);
    };
    // 1. Remove vanished rows, bottom-up in contiguous runs.
    for (int row = int(m_keys.size()) - 1; row >= 0;) {
        if (identities.contains(identityOfRow(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !identities.contains(identityOfRow(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_keys.remove(first, row - first + 1);
        if (m_merged)
            m_rowOrigins.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Update rows that changed in place; 3. append the new ones.
    QHash<QString, int> rowByIdentity;
    rowByIdentity.reserve(m_keys.size());
    for (int row = 0; row < m_keys.size(); ++row)
        rowByIdentity.insert(identityOfRow(row), row);
    QList<ApiKey> added;
    QList<RowOrigin> addedOrigins;
    for (qsizetype n = 0; n < incoming.size(); ++n) {
        const ApiKey &key = incoming.at(n);
        const auto found = rowByIdentity.constFind(
            rowIdentity(m_merged ? origins.at(n).organisation : QString(), key.id));
        if (found == rowByIdentity.constEnd()) {
            added.append(key);
            if (m_merged)
                addedOrigins.append(origins.at(n));
            continue;
        }
        const int row = found.value();
        const bool originChanged = m_merged && !(m_rowOrigins.at(row) == origins.at(n));
        if (!sameRecord(m_keys.at(row), key) || originChanged) {
            m_keys[row] = key;
            if (m_merged)
                m_rowOrigins[row] = origins.at(n);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_keys.append(added);
        m_rowOrigins.append(addedOrigins);
        endInsertRows();
    }
}

void KeyTableModel::clear()
{
    beginResetModel();
    m_keys.clear();
    m_hasDialect = false;
    m_merged = false;
    m_rowOrigins.clear();
    endResetModel();
}

void KeyTableModel::setOrganisations(const QList<OrganisationKeys> &organisations)
{
    const bool entering = !m_merged;
    m_merged = true; // rowIdentity() names the organisation from here on
    QList<ApiKey> incoming;
    QList<RowOrigin> origins;
    QSet<QString> identities;
    for (const OrganisationKeys &organisation : organisations) {
        const RowOrigin origin{organisation.organisation, organisation.dialect, organisation.refreshed};
        for (const ApiKey &key : organisation.keys) {
            const qsizetype before = identities.size();
            identities.insert(rowIdentity(origin.organisation, key.id));
            if (identities.size() == before)
                continue; // the first record of an id listed twice, as setKeys()
            incoming.append(key);
            origins.append(origin);
        }
    }
    if (entering) {
        beginResetModel();
        m_hasDialect = false;
        m_keys = incoming;
        m_rowOrigins = origins;
        endResetModel();
        return;
    }
    updateRows(incoming, origins, identities);
}

QString KeyTableModel::organisationAt(int row) const
{
    return m_merged ? m_rowOrigins.at(row).organisation : QString();
}

Dialect KeyTableModel::dialectAt(int row) const
{
    return m_merged ? m_rowOrigins.at(row).dialect : m_dialect;
}

bool KeyTableModel::isReportedAt(int row, int column) const
{
    if (column == Organisation)
        return m_merged;
    return isColumnReported(dialectAt(row), column);
}

int KeyTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

int KeyTableModel::rowOfKey(const QString &organisation, const QString &id) const
{
    if (!m_merged)
        return rowOfId(id);
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id && m_rowOrigins.at(row).organisation == organisation)
            return row;
    }
    return -1;
}

int KeyTableModel::activeCount() const
{
    const QDateTime now = m_clock();
    return int(std::count_if(m_keys.cbegin(), m_keys.cend(),
                             [&now](const ApiKey &key) { return key.status(now) == KeyStatus::Active; }));
}

void KeyTableModel::setPendingHandoffs(const QHash<QString, QString> &identifiersById)
{
    QHash<QString, QHash<QString, QString>> pending;
    if (!identifiersById.isEmpty())
        pending.insert(QString(), identifiersById);
    replacePending(pending);
}

void KeyTableModel::setRowMarks(const QHash<QString, QHash<QString, RowMark>> &marksByOrganisation)
{
    if (marksByOrganisation.isEmpty() && m_marks.isEmpty())
        return;
    m_marks = marksByOrganisation;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(int(m_keys.size()) - 1, Name));
}

void KeyTableModel::setRotatingKeys(const QHash<QString, QString> &labelsById)
{
    if (labelsById == m_rotating)
        return;
    m_rotating = labelsById;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(int(m_keys.size()) - 1, Status));
}

const KeyTableModel::RowMark *KeyTableModel::markAt(int row) const
{
    const QString &id = m_keys.at(row).id;
    if (m_merged) {
        const auto organisation = m_marks.constFind(m_rowOrigins.at(row).organisation);
        if (organisation == m_marks.cend())
            return nullptr;
        const auto mark = organisation->constFind(id);
        return mark == organisation->cend() ? nullptr : &mark.value();
    }
    // One organisation on screen: whichever it is named, its marks are these rows'.
    for (const QHash<QString, RowMark> &marks : m_marks) {
        if (const auto mark = marks.constFind(id); mark != marks.cend())
            return &mark.value();
    }
    return nullptr;
}

void KeyTableModel::setPendingHandoffsByOrganisation(const QHash<QString, QHash<QString, QString>> &byOrganisation)
{
    QHash<QString, QHash<QString, QString>> pending;
    for (auto it = byOrganisation.cbegin(); it != byOrganisation.cend(); ++it) {
        if (!it.value().isEmpty())
            pending.insert(it.key(), it.value());
    }
    replacePending(pending);
}

void KeyTableModel::replacePending(const QHash<QString, QHash<QString, QString>> &pending)
{
    if (pending == m_pending)
        return;
    // The rows whose badge or identifier changes: looked up before and after.
    QList<int> changed;
    for (int row = 0; row < m_keys.size(); ++row) {
        const QHash<QString, QString> &before = m_pending.value(organisationAt(row));
        const QHash<QString, QString> &after = pending.value(organisationAt(row));
        const QString &id = m_keys.at(row).id;
        if (before.contains(id) != after.contains(id) || before.value(id) != after.value(id))
            changed.append(row);
    }
    m_pending = pending;
    for (const int row : std::as_const(changed))
        Q_EMIT dataChanged(index(row, Name), index(row, Key));
}

const QString *KeyTableModel::pendingAt(int row) const
{
    if (m_pending.isEmpty())
        return nullptr;
    const auto organisation = m_pending.constFind(organisationAt(row));
    if (organisation == m_pending.cend())
        return nullptr;
    const auto found = organisation->constFind(m_keys.at(row).id);
    return found == organisation->cend() ? nullptr : &found.value();
}

QString KeyTableModel::identifierOf(int row) const
{
    const ApiKey &key = m_keys.at(row);
    if (!key.keyPrefix.isEmpty())
        return key.keyPrefix;
    const QString *pending = pendingAt(row);
    return pending ? *pending : QString();
}

bool KeyTableModel::isColumnReported(int column) const
{
    if (column == Organisation)
        return m_merged;
    if (m_merged) { // by any of the organisations shown
        return std::any_of(m_rowOrigins.cbegin(), m_rowOrigins.cend(),
                           [column](const RowOrigin &origin) { return isColumnReported(origin.dialect, column); });
    }
    return isColumnReported(m_dialect, column);
}

bool KeyTableModel::isColumnReported(Dialect dialect, int column)
{
    const DialectTraits traits = DialectTraits::of(dialect);
    switch (column) {
    case UsageCount:
        return traits.reportsUsageCount;
    case CreatedBy:
        return traits.reportsCreatedBy;
    case Key:
        // Trust Leads keys are those tracked by hand: the inventory knows their prefix + last 4.
        return traits.reportsKeyPrefix || !traits.managesKeys;
    case Name:
    case Status:
    case Created:
    case Expires:
    case LastUsed:
        return true;
    default:
        return false;
    }
}

void KeyTableModel::clockAdvanced()
{
    emitAllRowsChanged();
}

void KeyTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuildIcons();
    emitAllRowsChanged();
}

void KeyTableModel::rebuildIcons()
{
    // Painting needs a QGuiApplication; without one (a pure data test) rows get no icon.
    if (!qGuiApp)
        return;
    for (const KeyStatus status : {KeyStatus::Active, KeyStatus::Revoked, KeyStatus::Expired})
        m_statusIcons[size_t(status)] = StatusAppearance::icon(status, StatusAppearance::color(status, m_palette));
    m_pendingIcon = QIcon::fromTheme(QStringLiteral("dialog-password"), m_statusIcons[size_t(KeyStatus::Expired)]);
}

void KeyTableModel::emitAllRowsChanged()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const ApiKey &key = m_keys.at(row);
    const int column = index.column();
    const QDateTime now = m_clock();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column, now);
    case Qt::ToolTipRole: {
        // Tooltips guess whether they are rich text (Qt::mightBeRichText): one that
        // quotes a server's "<b>…</b>" is handed over as a paragraph that shows it as is.
        const QVariant tip = toolTipData(row, column, now);
        if (tip.isValid() && Qt::mightBeRichText(tip.toString()))
            return Qt::convertFromPlainText(tip.toString(), Qt::WhiteSpaceNormal);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        // Screen readers get the exact date, not only "3 days ago".
        const QVariant tip = toolTipData(row, column, now);
        const QString shown = displayData(row, column, now).toString();
        if (!tip.isValid())
            return shown;
        return QString(shown + QStringLiteral(" (") + tip.toString() + QLatin1Char(')'));
    }
    case SortRole:
        return sortData(row, column, now);
    case Qt::ForegroundRole:
        return foregroundData(row, column, now);
    case Qt::DecorationRole:
        return decorationData(row, column, now);
    case Qt::BackgroundRole:
        if (key.expiresWithin(now, expiringSoonSeconds)) {
            const QColor warning = StatusAppearance::color(KeyStatus::Expired, m_palette);
            return QBrush(StatusAppearance::mix(m_palette.color(QPalette::Base), warning,
                                                StatusAppearance::isDark(m_palette) ? 0.22 : 0.16));
        }
        return {};
    case Qt::FontRole:
        if (column == Expires && key.expiresWithin(now, expiringSoonSeconds)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == UsageCount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyIdRole:
        return key.id;
    case IdentifierRole:
        return identifierOf(row);
    case StatusIdRole:
        return keyStatusId(key.status(now));
    case PendingHandoffRole:
        return pendingAt(row) != nullptr;
    case ExpiringSoonRole:
        return key.expiresWithin(now, expiringSoonSeconds);
    default:
        return {};
    }
}

QVariant KeyTableModel::displayData(int row, int column, const QDateTime &now) const
{
    const ApiKey &key = m_keys.at(row);
    if (column == Key) {
        // Also for dialects that list no identifier: a pending key's is known locally.
        const QString known = identifierOf(row);
        const QString identifier = known.isEmpty() ? noValue : UntrustedText::forDisplay(known);
        if (pendingAt(row))
            return tr("%1 · pending handoff").arg(identifier);
        return identifier;
    }
    if (!isReportedAt(row, column))
        return noValue;
    switch (column) {
    case Organisation: {
        const RowOrigin &origin = m_rowOrigins.at(row);
        return origin.refreshed ? origin.organisation : tr("%1 · not refreshed").arg(origin.organisation);
    }
    case Name:
        return key.name.isEmpty() ? noValue : UntrustedText::forDisplay(key.name);
    case Status:
        if (!m_merged && m_rotating.contains(key.id))
            return tr("%1 · %2").arg(keyStatusLabel(key.status(now)), m_rotating.value(key.id));
        return keyStatusLabel(key.status(now));
    case Created:
        return key.createdAt.isValid() ? relativeTime(key.createdAt, now) : noValue;
    case Expires:
        return key.expiresAt.isValid() ? relativeTime(key.expiresAt, now) : tr("never", "expires");
    case LastUsed:
        return key.lastUsedAt.isValid() ? relativeTime(key.lastUsedAt, now) : tr("never", "last used");
    case UsageCount:
        return key.usageCount ? QLocale().toString(*key.usageCount) : noValue;
    case CreatedBy:
        return key.createdBy.isEmpty() ? noValue : UntrustedText::forDisplay(key.createdBy);
    default:
        return {};
    }
}

QVariant KeyTableModel::toolTipData(int row, int column, const QDateTime &now) const
{
    const ApiKey &key = m_keys.at(row);
    const bool expiringSoon = key.expiresWithin(now, expiringSoonSeconds);
    const QString expiryWarning = expiringSoon ? tr("Expires %1").arg(relativeFuture(key.expiresAt, now)) : QString();
    const QString pendingText = tr("Pending handoff: the full key is kept in the keychain until you hand it "
                                   "off (select the key and choose Hand Off Pending Key).");
    if (column == Key) {
        if (pendingAt(row))
            return pendingText;
        if (identifierOf(row).isEmpty())
            return tr("%1 does not show an identifier for keys; the key id is %2.")
                .arg(dialectDisplayName(dialectAt(row)), UntrustedText::forDisplay(key.id));
        return {};
    }
    if (!isReportedAt(row, column))
        return tr("%1 does not report this.").arg(dialectDisplayName(dialectAt(row)));
    switch (column) {
    case Organisation: {
        const RowOrigin &origin = m_rowOrigins.at(row);
        const QString dialect = dialectDisplayName(origin.dialect);
        return origin.refreshed
                   ? dialect
                   : tr("%1: the last known record from the inventory; this organisation's list has not answered "
                        "or failed (see the message above the table).")
                         .arg(dialect);
    }
    case Name: {
        QStringList lines;
        if (pendingAt(row))
            lines << pendingText;
        if (expiringSoon)
            lines << expiryWarning;
        if (const RowMark *mark = markAt(row); mark && !mark->toolTip.isEmpty())
            lines << mark->toolTip;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Status:
        if (key.status(now) == KeyStatus::Expired)
            return tr("Expired on %1").arg(exactLocalTime(key.expiresAt));
        return expiringSoon ? QVariant(expiryWarning) : QVariant();
    case Created:
        return key.createdAt.isValid() ? QVariant(exactLocalTime(key.createdAt)) : QVariant();
    case Expires:
        if (!key.expiresAt.isValid())
            return tr("This key does not expire.");
        if (expiringSoon)
            return QString(expiryWarning + QLatin1Char('\n') + exactLocalTime(key.expiresAt));
        return exactLocalTime(key.expiresAt);
    case LastUsed:
        return key.lastUsedAt.isValid() ? QVariant(exactLocalTime(key.lastUsedAt)) : QVariant();
    default:
        return {};
    }
}

QVariant KeyTableModel::sortData(int row, int column, const QDateTime &now) const
{
    const ApiKey &key = m_keys.at(row);
    if (column != Key && !isReportedAt(row, column))
        return {};
    switch (column) {
    case Organisation:
        return m_rowOrigins.at(row).organisation;
    case Name:
        return key.name;
    case Key: {
        const QString identifier = identifierOf(row);
        return identifier.isEmpty() ? QVariant() : QVariant(identifier);
    }
    case Status:
        return statusOrder(key.status(now));
    case Created:
        return dateSortValue(key.createdAt);
    case Expires:
        return dateSortValue(key.expiresAt);
    case LastUsed:
        return dateSortValue(key.lastUsedAt);
    case UsageCount:
        return key.usageCount ? QVariant(*key.usageCount) : QVariant();
    case CreatedBy:
        return key.createdBy.isEmpty() ? QVariant() : QVariant(key.createdBy);
    default:
        return {};
    }
}

QVariant KeyTableModel::foregroundData(int row, int column, const QDateTime &now) const
{
    const ApiKey &key = m_keys.at(row);
    const KeyStatus status = key.status(now);
    if (column == Status)
        return QBrush(StatusAppearance::color(status, m_palette));
    if (status != KeyStatus::Active || displayData(row, column, now).toString() == noValue)
        return QBrush(m_palette.color(QPalette::PlaceholderText));
    return {};
}

QVariant KeyTableModel::decorationData(int row, int column, const QDateTime &now) const
{
    const QIcon *icon = nullptr;
    if (column == Status)
        icon = &m_statusIcons[size_t(m_keys.at(row).status(now))];
    else if ((column == Key || column == Name) && pendingAt(row))
        icon = &m_pendingIcon;
    else if (const RowMark *mark = column == Name ? markAt(row) : nullptr)
        icon = &mark->icon;
    if (!icon || icon->isNull())
        return {};
    return *icon;
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Key:
            return tr("Key");
        case Status:
            return tr("Status");
        case Created:
            return tr("Created");
        case Expires:
            return tr("Expires");
        case LastUsed:
            return tr("Last used");
        case UsageCount:
            return tr("Usage count");
        case CreatedBy:
            return tr("Created by");
        case Organisation:
            return tr("Organisation");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && m_hasDialect && !isColumnReported(section))
        return tr("%1 does not report this column.").arg(dialectDisplayName(m_dialect));
    return {};
}

} // namespace keydesk
