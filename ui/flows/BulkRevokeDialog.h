#pragma once

#include "ApiKey.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class BulkRevokeDialog;
}

namespace keydesk {

// Revoke with several keys selected (docs/design.md#bulk-revoke): a preview of every key
// with its last use and usage count (and its organisation in the view of every
// organisation), keys already revoked marked as skipped, and a confirmation that asks to
// type the number of keys to revoke; Revoke is enabled only when that number is typed
// exactly. It revokes nothing itself: revokeRequested() asks KeyFlows, which reports
// each key back (showRevoking, showResult) and then finishRevoking().
//
//   Preview  → Cancel (default), Revoke N Keys (only with the typed count)
//   Revoking → everything disabled, Esc ignored; each row says "Revoking…", then its result
//   Done     → a summary (revoked, failed with the reason, skipped); Close
class BulkRevokeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRevokeDialog)
public:
    enum class State { Preview, Revoking, Done };
    struct Item {
        QString organisation; // shown only with showOrganisation
        ApiKey key;
    };

    BulkRevokeDialog(QList<Item> items, bool showOrganisation, const QDateTime &now, QWidget *parent = nullptr);
    ~BulkRevokeDialog() override;

    // The items to revoke (not already revoked), in the order listed.
    QList<int> toRevoke() const { return m_toRevoke; }
    const QList<Item> &items() const { return m_items; }

    void showRevoking(int index);
    void showResult(int index, bool revoked, const QString &error = {});
    void finishRevoking();

    State state() const { return m_state; }
    QString questionText() const;
    QString summaryText() const;
    QString recentUseWarning() const; // empty when none was used in the last 24 hours
    // The result column of `index`: "To revoke", "Skipped: already revoked", "Revoked", "Failed: …".
    QString resultText(int index) const;
    QPushButton *revokeButton() const { return m_revokeButton; }
    QPushButton *cancelButton() const;
    QPushButton *closeButton() const { return m_closeButton; }
    QString expectedConfirmation() const { return QString::number(m_toRevoke.size()); }
    void setConfirmationText(const QString &text); // as if typed

    // Esc and the window's close button: Cancel before revoking, ignored while revoking.
    void reject() override;

Q_SIGNALS:
    void revokeRequested();

private:
    enum Column { Organisation, Name, Identifier, LastUsed, Usage, Result };
    void fillList(const QDateTime &now);
    void updateRevokeEnabled();
    void setResult(int index, const QString &text, bool problem);

    std::unique_ptr<Ui::BulkRevokeDialog> m_ui;
    QList<Item> m_items;
    QList<int> m_toRevoke;
    QList<QTreeWidgetItem *> m_rows;
    State m_state = State::Preview;
    int m_recentCount = 0;
    int m_revoked = 0;
    QStringList m_failed; // "“name” (identifier): reason"
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace keydesk
