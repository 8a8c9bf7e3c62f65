#pragma once

#include "ApiKey.h"
#include "Dialect.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPalette>

#include <array>
#include <functional>

namespace keydesk {

// The API Keys table of one organisation: one row per ApiKey, columns as in the LeadHQL
// dashboard plus what the other dialects report. Times are shown relative to an
// injected clock ("3 days ago") with the exact local time as tooltip; SortRole gives
// typed values (QDateTime, qint64, status order) for KeyFilterProxy. What the server
// sent (name, identifier, id, creator) is shown through UntrustedText::forDisplay;
// SortRole, KeyIdRole and IdentifierRole keep it as received.
class KeyTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableModel)
public:
    using Clock = std::function<QDateTime()>;

    enum Column { Name, Key, Status, Created, Expires, LastUsed, UsageCount, CreatedBy, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // typed: QString, QDateTime, qint64, int (status order); invalid = none
        KeyIdRole,                   // QString: the server's id of the record
        IdentifierRole,              // QString: the visible identifier, empty if unknown
        StatusIdRole,                // QString: "active" | "revoked" | "expired"
        PendingHandoffRole,          // bool: the full key waits in the keychain for a handoff
        ExpiringSoonRole,            // bool: active and expires within expiringSoonSeconds
    };
    static constexpr qint64 expiringSoonSeconds = 7 * 24 * 3600;

    explicit KeyTableModel(Clock clock, QObject *parent = nullptr);
    ~KeyTableModel() override;

    // Replaces the rows with `keys` of an organisation speaking `dialect`. For the same
    // dialect the change is applied as removals, in-place updates and appends (matched
    // by id), so views keep their selection and scroll position across refreshes.
    void setKeys(Dialect dialect, const QList<ApiKey> &keys);
    void clear();
    Dialect dialect() const { return m_dialect; }
    const QList<ApiKey> &keys() const { return m_keys; }
    const ApiKey &keyAt(int row) const { return m_keys.at(row); }
    int rowOfId(const QString &id) const;
    int activeCount() const;

    // Keys whose full key waits in the keychain (HandoffStore): id → the masked
    // identifier remembered at creation (may be empty). Shown with a badge (an icon in
    // the Name column, icon and text in the Key column), and the identifier fills in
    // for dialects whose list does not report one (LeadHQL).
    void setPendingHandoffs(const QHash<QString, QString> &identifiersById);
    bool isPendingHandoff(const QString &id) const { return m_pending.contains(id); }

    // A mark from the watch (ui/watch): an icon on the Name column (unless a pending
    // handoff's badge is there) and lines added to its tooltip, by key id.
    struct RowMark final {
        QIcon icon;
        QString toolTip;
    };
    void setRowMarks(const QHash<QString, RowMark> &marksById);

    // Whether the dialect reports this column at all; the view hides the others by
    // default and they show "—".
    bool isColumnReported(int column) const;
    static bool isColumnReported(Dialect dialect, int column);

    // Relative times age: call periodically (the window does on each refresh).
    void clockAdvanced();
    // Colours are derived from the palette so that dark themes stay readable.
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayData(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant toolTipData(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant sortData(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant foregroundData(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant decorationData(const ApiKey &key, int column, const QDateTime &now) const;
    QString identifierOf(const ApiKey &key) const;
    void emitAllRowsChanged();
    void rebuildIcons();

    Clock m_clock;
    Dialect m_dialect = Dialect::LeadHql;
    bool m_hasDialect = false;
    QList<ApiKey> m_keys;
    QHash<QString, QString> m_pending;
    QHash<QString, RowMark> m_marks;
    QPalette m_palette;
    std::array<QIcon, 3> m_statusIcons; // indexed by KeyStatus
    QIcon m_pendingIcon;
};

} // namespace keydesk
