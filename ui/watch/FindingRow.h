#pragma once

#include "Finding.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace keydesk {

// One finding in the Health view: its icon, the key (and organisation, when several are
// shown), the reason in plain words and buttons for the suggested action and for
// acknowledging it (or, once acknowledged, dimmed, for withdrawing the acknowledgement).
class FindingRow final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingRow)
public:
    FindingRow(const Finding &finding, bool showOrganisation, QWidget *parent = nullptr);
    ~FindingRow() override;

    const Finding &finding() const { return m_finding; }
    // The suggested action (Rotate…, Revoke…, Show least used keys); null for none.
    QPushButton *actionButton() const { return m_action; }
    // "Acknowledge…", or "Withdraw" for an acknowledged finding.
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QString reasonText() const;
    // The name of the action button for `finding` (also the key table's tooltip).
    static QString actionText(const Finding &finding);
    // What Rotate suggests for the new key: "<name> (rotated)", within the name limit.
    static QString rotatedName(const QString &keyName);

Q_SIGNALS:
    void actionRequested(const keydesk::Finding &finding);
    void acknowledgeRequested(const keydesk::Finding &finding);
    void withdrawRequested(const keydesk::Finding &finding);

private:
    Finding m_finding;
    QLabel *m_reason;
    QPushButton *m_action = nullptr;
    QPushButton *m_acknowledge;
};

} // namespace keydesk
