#include "RotationTimeline.h"

#include "RelativeTime.h"
#include "RotationRules.h"
#include "UntrustedText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk {

namespace {

constexpr int markerColumnWidth = 22;
constexpr int markerRadius = 5;

QString quietPeriodText(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return RotationTimeline::tr("%1 h", "quiet period in hours").arg(seconds / 3600);
    return RotationTimeline::tr("%1 min", "quiet period in minutes").arg((seconds + 59) / 60);
}

} // namespace

RotationTimeline::RotationTimeline(Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_revokeNow(new QPushButton(tr("Revoke Now…"), this))
    , m_cancel(new QPushButton(tr("Cancel Rotation…"), this))
{
    setObjectName(QStringLiteral("rotationTimeline"));
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (QLabel *label : {m_heading, m_state}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_state->setObjectName(QStringLiteral("rotationState"));
    m_grid->setColumnMinimumWidth(0, markerColumnWidth);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    for (int step = 0; step <= int(Step::RevokeDue); ++step) {
        Row row;
        row.title = new QLabel(this);
        row.detail = new QLabel(this);
        for (QLabel *label : {row.title, row.detail}) {
            label->setTextFormat(Qt::PlainText); // key names are the server's text
            label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        }
        QPalette muted = row.detail->palette();
        muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        row.detail->setPalette(muted);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(row.title);
        cell->addWidget(row.detail);
        m_grid->addLayout(cell, step, 1);
        m_rows.append(row);
    }
    layout->addLayout(m_grid);
    auto *buttons = new QHBoxLayout;
    m_revokeNow->setObjectName(QStringLiteral("revokeNowButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRotationButton"));
    buttons->addWidget(m_revokeNow);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_revokeNow, &QPushButton::clicked, this, [this] {
        if (m_rotation)
            Q_EMIT revokeNowRequested(*m_rotation);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_rotation)
            Q_EMIT cancelRequested(*m_rotation);
    });
    hide();
}

RotationTimeline::~RotationTimeline() = default;

void RotationTimeline::setRotation(const std::optional<RotationRecord> &rotation)
{
    m_rotation = rotation;
    setVisible(rotation.has_value());
    redraw();
}

void RotationTimeline::clockAdvanced()
{
    redraw();
}

void RotationTimeline::setStep(Step step, bool reached, const QString &title, const QString &detail)
{
    Row &row = m_rows[int(step)];
    row.reached = reached;
    row.title->setToolTip(m_rotation ? exactTimeOf(step) : QString());
    row.title->setText(title);
    row.detail->setText(detail);
    row.detail->setVisible(!detail.isEmpty());
    QFont font = row.title->font();
    font.setBold(reached);
    row.title->setFont(font);
}

void RotationTimeline::redraw()
{
    if (!m_rotation)
        return;
    const RotationRecord &r = *m_rotation;
    const QDateTime now = m_clock();
    const auto when = [&now](const QDateTime &at) { return relativeTime(at, now); };
    const QString oldName = UntrustedText::forDisplay(r.oldKeyName);
    const QString newName = UntrustedText::forDisplay(r.newKeyName);
    const bool open = isOpen(r.state);
    m_heading->setText(r.emergency ? tr("Emergency rotation: “%1” → “%2”").arg(oldName, newName)
                                   : tr("Rotation: “%1” → “%2”").arg(oldName, newName));

    const bool created = !r.newKeyId.isEmpty();
    setStep(Step::Created, created, created ? tr("New key created") : tr("Waiting for the new key"),
            created && r.newKeyCreatedAt.isValid() ? when(r.newKeyCreatedAt) : QString());
    const bool verified = r.verifiedAt.isValid();
    setStep(Step::Verified, verified, verified ? tr("Verified by KeyDesk") : tr("Not verified yet"),
            verified ? when(r.verifiedAt) : tr("KeyDesk's own call does not count as use."));
    const bool inUse = r.newKeyFirstUsedAt.isValid();
    setStep(Step::NewKeyInUse, inUse, inUse ? tr("New key in use") : tr("New key not seen in use yet"),
            inUse ? when(r.newKeyFirstUsedAt) : tr("Put the new key into your integrations."));
    const QDateTime due = RotationRules::revokeDueAt(r);
    const bool quiet = r.state == RotationState::ReadyToRevoke || r.state == RotationState::Done;
    setStep(Step::OldKeyLastUsed, quiet,
            r.oldKeyLastUsedAt.isValid() ? tr("Old key last used %1").arg(relativeTime(r.oldKeyLastUsedAt, now))
                                         : tr("No use of the old key reported"),
            quiet ? tr("Quiet for %1.").arg(quietPeriodText(r.quietForSeconds))
                  : tr("Revoked once it has been quiet for %1.").arg(quietPeriodText(r.quietForSeconds)));

    QString dueTitle;
    QString dueDetail;
    switch (r.state) {
    case RotationState::WaitingForNewKey:
        dueTitle = tr("Revoke due once the new key is in use");
        break;
    case RotationState::WaitingForQuiet:
        dueTitle = due.isValid() ? tr("Revoke due %1").arg(relativeFuture(due, now)) : tr("Revoke due later");
        dueDetail = r.autoRevoke ? tr("KeyDesk revokes the old key then.")
                                 : tr("Automatic revoke is off: KeyDesk says when it is ready.");
        break;
    case RotationState::ReadyToRevoke:
        dueTitle = r.autoRevoke ? tr("Revoking the old key") : tr("Ready to revoke");
        dueDetail = r.autoRevoke ? QString() : tr("The old key has gone quiet: revoke it now.");
        break;
    case RotationState::Done:
        dueTitle = tr("Old key revoked");
        dueDetail = r.finishedAt.isValid() ? when(r.finishedAt) : QString();
        break;
    case RotationState::Cancelled:
        dueTitle = tr("Rotation cancelled");
        dueDetail = UntrustedText::forDisplay(r.reason);
        break;
    case RotationState::Failed:
        dueTitle = tr("Rotation failed");
        dueDetail = UntrustedText::forDisplay(r.reason);
        break;
    }
    setStep(Step::RevokeDue, r.state == RotationState::Done, dueTitle, dueDetail);

    switch (r.state) {
    case RotationState::WaitingForNewKey:
        m_state->setText(created ? tr("Waiting for the new key to be used.") : tr("Creating the new key…"));
        break;
    case RotationState::WaitingForQuiet:
        m_state->setText(tr("The new key is in use; waiting for the old key to go quiet."));
        break;
    case RotationState::ReadyToRevoke:
        m_state->setText(r.autoRevoke ? tr("The old key has gone quiet and is being revoked.")
                                      : tr("Ready to revoke: the new key is in use and the old key has gone quiet."));
        break;
    case RotationState::Done:
        m_state->setText(tr("Done."));
        break;
    case RotationState::Cancelled:
        m_state->setText(tr("Cancelled; both keys were kept."));
        break;
    case RotationState::Failed:
        m_state->setText(tr("Failed."));
        break;
    }
    m_revokeNow->setVisible(open && created);
    m_cancel->setVisible(open);
    QWidget::update();
}

QString RotationTimeline::exactTimeOf(Step step) const
{
    const RotationRecord &r = *m_rotation;
    QDateTime at;
    switch (step) {
    case Step::Created:
        at = r.newKeyCreatedAt;
        break;
    case Step::Verified:
        at = r.verifiedAt;
        break;
    case Step::NewKeyInUse:
        at = r.newKeyFirstUsedAt;
        break;
    case Step::OldKeyLastUsed:
        at = r.oldKeyLastUsedAt;
        break;
    case Step::RevokeDue:
        at = r.finishedAt.isValid() ? r.finishedAt : RotationRules::revokeDueAt(r);
        break;
    }
    return at.isValid() ? exactLocalTime(at) : QString();
}

QString RotationTimeline::stateText() const
{
    return m_state->text();
}

QString RotationTimeline::stepText(Step step) const
{
    const Row &row = m_rows.at(int(step));
    return row.detail->text().isEmpty() ? row.title->text() : row.title->text() + u'\n' + row.detail->text();
}

bool RotationTimeline::isStepReached(Step step) const
{
    return m_rows.at(int(step)).reached;
}

void RotationTimeline::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_rotation)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor muted = palette().color(QPalette::Mid);
    const int x = m_grid->geometry().left() + markerColumnWidth / 2;
    QList<QPoint> centres;
    for (const Row &row : std::as_const(m_rows))
        centres.append(QPoint(x, row.title->geometry().center().y()));
    for (int i = 1; i < centres.size(); ++i) {
        painter.setPen(QPen(m_rows.at(i).reached ? accent : muted, 2));
        painter.drawLine(centres.at(i - 1) + QPoint(0, markerRadius), centres.at(i) - QPoint(0, markerRadius));
    }
    for (int i = 0; i < centres.size(); ++i) {
        const bool reached = m_rows.at(i).reached;
        painter.setPen(QPen(reached ? accent : muted, 2));
        painter.setBrush(reached ? QBrush(accent) : QBrush(palette().color(QPalette::Base)));
        painter.drawEllipse(centres.at(i), markerRadius, markerRadius);
    }
}

} // namespace keydesk
