#pragma once

#include "Finding.h"

#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace keydesk {

class FindingRow;

// The Health view (docs/design.md#watch): the findings of the organisations on screen,
// worst first in one group per severity, each with its actions; acknowledged findings
// dimmed in a collapsible group at the end. It only shows: WindowWatch acts.
class HealthPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)
public:
    explicit HealthPanel(QWidget *parent = nullptr);
    ~HealthPanel() override;

    // `findings` worst first (Inventory::findings); the organisation is named on each row
    // when `showOrganisation` (several organisations on screen).
    void setFindings(const QList<Finding> &findings, bool showOrganisation);
    // A line under the summary ("Cannot revoke now: …"); empty hides it.
    void showNote(const QString &text);

    QList<FindingRow *> rows() const;
    FindingRow *rowFor(const QString &identity) const; // Finding::identity()
    QString summaryText() const;
    QString noteText() const;
    QToolButton *acknowledgedToggle() const { return m_acknowledgedToggle; }
    bool isAcknowledgedExpanded() const { return m_acknowledgedExpanded; }
    // Room for about six findings: the dock's first height.
    QSize sizeHint() const override;

Q_SIGNALS:
    void actionRequested(const keydesk::Finding &finding);
    void acknowledgeRequested(const keydesk::Finding &finding);
    void withdrawRequested(const keydesk::Finding &finding);

private:
    FindingRow *addRow(const Finding &finding, bool showOrganisation, QWidget *parent, QVBoxLayout *layout);
    QLabel *addHeading(const QString &text, QVBoxLayout *layout, QWidget *parent);

    QLabel *m_summary;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QToolButton *m_acknowledgedToggle = nullptr;
    QWidget *m_acknowledgedGroup = nullptr;
    bool m_acknowledgedExpanded = false;
    QList<FindingRow *> m_rows;
};

} // namespace keydesk
