#pragma once

#include "ApiKey.h"
#include "KeyFlows.h"

#include <QObject>
#include <QString>

#include <optional>

class QClipboard;
class QTableView;

namespace keydesk {

class AllOrganisations;
class RotationEngine;
struct Finding;
class HandoffStore;
class KeyFilterProxy;
class KeyTableModel;
class ProfileSession;
struct ApiError;

// What the key actions do, for the organisation the session has open: create a key,
// and revoke, hand off or copy the identifier of the key selected in the table, through
// KeyFlows. What the flows change is listed again; what they fail at is reported. In the
// view of every organisation a row's actions go to that row's organisation (its session
// in AllOrganisations), and Create waits for one organisation to be chosen.
class KeyCommands final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCommands)
public:
    struct Services {
        ProfileSession *session = nullptr;
        KeyFlows *flows = nullptr;
        HandoffStore *handoffs = nullptr;
        QClipboard *clipboard = nullptr; // the identifier only, never a secret
    };

    // `table` shows `model` through `proxy`.
    KeyCommands(Services services, QTableView *table, const KeyTableModel *model, const KeyFilterProxy *proxy,
                QObject *parent = nullptr);
    ~KeyCommands() override;

    // The view of every organisation, whose sessions the merged rows belong to.
    void setAllOrganisations(const AllOrganisations *all) { m_all = all; }
    // The session of the selected row's organisation (null: none selected in the merged
    // view, or its organisation is gone).
    ProfileSession *selectedSession() const;

    // The first selected row's key (the single-key actions and the details pane).
    std::optional<ApiKey> selectedKey() const;
    int selectedCount() const; // rows selected in the table
    // Several rows selected: what Revoke would revoke, in the table's order, each with its
    // organisation's client; nullopt when one of their organisations cannot revoke now
    // (its keys not listed live, its dialect without key management) or all are revoked.
    std::optional<QList<KeyFlows::BulkItem>> selectedForBulkRevoke() const;
    bool isSelectedPending() const;
    // Why creating a key is not possible now (no organisation, a dialect without key
    // management, the active-key limit); empty when it is, or while the keys load.
    QString createBlockedReason() const;

    void create();
    // Key → Rotate… for the selected key (docs/design.md#rotation); `findings`: the
    // watch's, for the room-to-rotate offer at the active-key limit.
    void rotateSelected(RotationEngine *engine, const QList<Finding> &findings);
    void revokeSelected(); // several rows selected: the bulk revoke (KeyFlows::revokeMany)
    void handOffSelected();
    void copyIdentifier();

Q_SIGNALS:
    // A flow's request for an organisation on screen failed.
    void requestFailed(const QString &profileName, const keydesk::ApiError &error);
    // For the status bar: "Copied the identifier …".
    void note(const QString &text);

private:
    // The session on screen of that organisation, null when none is.
    ProfileSession *sessionNamed(const QString &profileName) const;
    int selectedRow() const; // in the model, -1 when none

    Services m_services;
    QTableView *m_table;
    const KeyTableModel *m_model;
    const KeyFilterProxy *m_proxy;
    const AllOrganisations *m_all = nullptr;
};

} // namespace keydesk
