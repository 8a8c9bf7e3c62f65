#pragma once

#include "ApiKey.h"
#include "Dialect.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QString>

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

    // Organisation is last so that the columns before it keep their places; it is reported
    // only in the merged view of every organisation (setOrganisations).
    enum Column { Name, Key, Status, Created, Expires, LastUsed, UsageCount, CreatedBy, Organisation, ColumnCount };
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

    // The keys of one organisation, for the merged view of every organisation.
    struct OrganisationKeys {
        QString organisation; // the profile's name
        Dialect dialect = Dialect::LeadHql;
        QList<ApiKey> keys;
        bool refreshed = true; // false: the inventory's last known keys, not the server's list
    };
    // Replaces the rows with the keys of every organisation in `organisations`, each row
    // knowing its organisation and dialect (the Organisation column is then reported).
    // In this view too the change is applied in place (rows matched by organisation and
    // id: ids are unique only within one), so a refresh keeps the selection.
    // setKeys() or clear() leave this view.
    void setOrganisations(const QList<OrganisationKeys> &organisations);
    bool isMerged() const { return m_merged; }
    // The organisation and dialect of a row (the merged view), or empty and dialect().
    QString organisationAt(int row) const;
    Dialect dialectAt(int row) const;
    Dialect dialect() const { return m_dialect; }
    const QList<ApiKey> &keys() const { return m_keys; }
    const ApiKey &keyAt(int row) const { return m_keys.at(row); }
    int rowOfId(const QString &id) const;
    // The row of `organisation`'s key `id` (outside the merged view: of the key `id`), -1 if none.
    int rowOfKey(const QString &organisation, const QString &id) const;
    int activeCount() const;

    // Keys whose full key waits in the keychain (HandoffStore): id → the masked
    // identifier remembered at creation (may be empty). Shown with a badge (an icon in
    // the Name column, icon and text in the Key column), and the identifier fills in
    // for dialects whose list does not report one (LeadHQL).
    void setPendingHandoffs(const QHash<QString, QString> &identifiersById);
    // The same for the merged view: organisation → (id → masked identifier).
    void setPendingHandoffsByOrganisation(const QHash<QString, QHash<QString, QString>> &byOrganisation);
    bool isPendingHandoff(const QString &id) const { return m_pending.value(QString()).contains(id); }

    // A mark from the watch (ui/watch): an icon on the Name column (unless a pending
    // handoff's badge is there) and lines added to its tooltip, by organisation and key
    // id (ids are unique only within one organisation: the merged view tells them apart).
    struct RowMark final {
        QIcon icon;
        QString toolTip;
    };
    void setRowMarks(const QHash<QString, QHash<QString, RowMark>> &marksByOrganisation);
    // Keys under rotation in the organisation on screen (docs/design.md#rotation): the
    // Status column says so ("Active · rotating"), by key id → the words.
    void setRotatingKeys(const QHash<QString, QString> &labelsById);
    QString rotationLabel(const QString &id) const { return m_rotating.value(id); }

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
    QVariant displayData(int row, int column, const QDateTime &now) const;
    QVariant toolTipData(int row, int column, const QDateTime &now) const;
    QVariant sortData(int row, int column, const QDateTime &now) const;
    QVariant foregroundData(int row, int column, const QDateTime &now) const;
    bool isReportedAt(int row, int column) const;
    QVariant decorationData(int row, int column, const QDateTime &now) const;
    // The pending handoff's identifier of the row's key, null when none waits.
    const QString *pendingAt(int row) const;
    QString identifierOf(int row) const;
    const RowMark *markAt(int row) const; // null when the row's key has none
    struct RowOrigin;
    // What matches a row across updates: the id, and in the merged view its organisation.
    QString rowIdentity(const QString &organisation, const QString &id) const;
    // Applies `incoming` (and, merged, their origins) as removals, updates and appends.
    void updateRows(const QList<ApiKey> &incoming, const QList<RowOrigin> &origins, const QSet<QString> &identities);
    void replacePending(const QHash<QString, QHash<QString, QString>> &pending);
    void emitAllRowsChanged();
    void rebuildIcons();

    Clock m_clock;
    Dialect m_dialect = Dialect::LeadHql;
    bool m_hasDialect = false;
    QList<ApiKey> m_keys;
    // The merged view only: per row, parallel to m_keys.
    bool m_merged = false;
    struct RowOrigin {
        QString organisation;
        Dialect dialect = Dialect::LeadHql;
        bool refreshed = true;
        bool operator==(const RowOrigin &other) const
        {
            return organisation == other.organisation && dialect == other.dialect && refreshed == other.refreshed;
        }
    };
    QList<RowOrigin> m_rowOrigins;
    // organisation (empty outside the merged view) → id → masked identifier
    QHash<QString, QHash<QString, QString>> m_pending;
    QHash<QString, QHash<QString, RowMark>> m_marks; // organisation → id → mark
    QHash<QString, QString> m_rotating;              // id → "rotating", "new key"
    QPalette m_palette;
    std::array<QIcon, 3> m_statusIcons; // indexed by KeyStatus
    QIcon m_pendingIcon;
};

} // namespace keydesk
