#include "HealthPanel.h"

#include "FindingRow.h"
#include "FindingText.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace keydesk {

namespace {

QString groupTitle(Severity severity, int count)
{
    switch (severity) {
    case Severity::Critical:
        return HealthPanel::tr("Critical (%1)").arg(count);
    case Severity::Warning:
        return HealthPanel::tr("Warning (%1)").arg(count);
    case Severity::Info:
        return HealthPanel::tr("Info (%1)").arg(count);
    }
    return {};
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("healthPanel"));
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("healthNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
    setFindings({}, false);
}

HealthPanel::~HealthPanel() = default;

void HealthPanel::setFindings(const QList<Finding> &findings, bool showOrganisation)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_rows.clear();
    m_acknowledgedToggle = nullptr;
    m_acknowledgedGroup = nullptr;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    QList<Finding> open;
    QList<Finding> acknowledged;
    for (const Finding &finding : findings)
        (finding.acknowledged ? acknowledged : open).append(finding);

    for (const Severity severity : {Severity::Critical, Severity::Warning, Severity::Info}) {
        QList<Finding> group;
        for (const Finding &finding : std::as_const(open)) {
            if (finding.severity == severity)
                group.append(finding);
        }
        if (group.isEmpty())
            continue;
        addHeading(groupTitle(severity, int(group.size())), layout, content)
            ->setObjectName(QStringLiteral("heading-") + severityId(severity));
        for (const Finding &finding : std::as_const(group))
            addRow(finding, showOrganisation, content, layout);
    }

    if (!acknowledged.isEmpty()) {
        m_acknowledgedToggle = new QToolButton(content);
        m_acknowledgedToggle->setObjectName(QStringLiteral("acknowledgedToggle"));
        m_acknowledgedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_acknowledgedToggle->setAutoRaise(true);
        m_acknowledgedToggle->setCheckable(true);
        m_acknowledgedToggle->setChecked(m_acknowledgedExpanded);
        m_acknowledgedToggle->setArrowType(m_acknowledgedExpanded ? Qt::DownArrow : Qt::RightArrow);
        m_acknowledgedToggle->setText(tr("Acknowledged (%1)").arg(acknowledged.size()));
        layout->addWidget(m_acknowledgedToggle);
        m_acknowledgedGroup = new QWidget(content);
        m_acknowledgedGroup->setObjectName(QStringLiteral("acknowledgedGroup"));
        auto *groupLayout = new QVBoxLayout(m_acknowledgedGroup);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->setSpacing(4);
        for (const Finding &finding : std::as_const(acknowledged))
            addRow(finding, showOrganisation, m_acknowledgedGroup, groupLayout);
        m_acknowledgedGroup->setVisible(m_acknowledgedExpanded);
        layout->addWidget(m_acknowledgedGroup);
        connect(m_acknowledgedToggle, &QToolButton::toggled, this, [this](bool expanded) {
            m_acknowledgedExpanded = expanded;
            m_acknowledgedToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
            m_acknowledgedGroup->setVisible(expanded);
        });
    }
    layout->addStretch(1);

    if (open.isEmpty())
        m_summary->setText(acknowledged.isEmpty() ? tr("No findings: nothing needs doing here.")
                                                  : tr("No open findings: only acknowledged ones."));
    else
        m_summary->setText(open.size() == 1
                               ? tr("%n finding needs attention.", nullptr, 1)
                               : tr("%n findings need attention, worst first.", nullptr, int(open.size())));

    // The old rows go with the old content, later: one of them may be emitting the click
    // that led here.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void HealthPanel::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

FindingRow *HealthPanel::addRow(const Finding &finding, bool showOrganisation, QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new FindingRow(finding, showOrganisation, parent);
    connect(row, &FindingRow::actionRequested, this, &HealthPanel::actionRequested);
    connect(row, &FindingRow::acknowledgeRequested, this, &HealthPanel::acknowledgeRequested);
    connect(row, &FindingRow::withdrawRequested, this, &HealthPanel::withdrawRequested);
    layout->addWidget(row);
    m_rows.append(row);
    return row;
}

QLabel *HealthPanel::addHeading(const QString &text, QVBoxLayout *layout, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(heading);
    return heading;
}

QSize HealthPanel::sizeHint() const
{
    return {60 * fontMetrics().averageCharWidth(), 17 * fontMetrics().height()};
}

QList<FindingRow *> HealthPanel::rows() const
{
    return m_rows;
}

FindingRow *HealthPanel::rowFor(const QString &identity) const
{
    for (FindingRow *row : m_rows) {
        if (row->finding().identity() == identity)
            return row;
    }
    return nullptr;
}

QString HealthPanel::summaryText() const
{
    return m_summary->text();
}

QString HealthPanel::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

} // namespace keydesk
