#include "WindowStatusBar.h"

#include "RelativeTime.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace keydesk {

namespace {

constexpr int noteMilliseconds = 5000;

} // namespace

WindowStatusBar::WindowStatusBar(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_refreshed(new QLabel(bar))
    , m_pending(new QLabel(bar))
    , m_blocked(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    m_refreshed->setObjectName(QStringLiteral("lastRefreshedLabel"));
    m_refreshed->setAccessibleName(tr("Last refreshed"));
    m_blocked->setObjectName(QStringLiteral("createBlockedLabel"));
    m_blocked->setAccessibleName(tr("Why creating keys is not possible"));
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0); // indeterminate
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_refreshed->sizeHint().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_pending->setObjectName(QStringLiteral("pendingHandoffsLabel"));
    m_pending->setAccessibleName(tr("Keys waiting for handoff"));
    m_bar->addWidget(m_refreshed);
    m_bar->addWidget(m_pending);
    m_bar->addWidget(m_blocked, 1);
    m_bar->addPermanentWidget(m_progress);
}

WindowStatusBar::~WindowStatusBar() = default;

void WindowStatusBar::setLastRefreshed(const QDateTime &when)
{
    if (!when.isValid()) {
        m_refreshed->clear();
        return;
    }
    m_refreshed->setText(
        tr("Last refreshed %1").arg(QLocale().toString(when.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    m_refreshed->setToolTip(exactLocalTime(when));
}

void WindowStatusBar::setShownAsOf(const QDateTime &listedAt, const QDateTime &now)
{
    m_refreshed->setText(tr("Keys as of %1 (from the inventory)").arg(relativeTime(listedAt, now)));
    m_refreshed->setToolTip(
        tr("The last known keys, listed %1. KeyDesk lists them again from the server.").arg(exactLocalTime(listedAt)));
}

void WindowStatusBar::setPendingText(const QString &text)
{
    m_pending->setText(text);
}

void WindowStatusBar::setCreateBlocked(const QString &reason)
{
    m_blocked->setText(reason);
}

void WindowStatusBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
}

void WindowStatusBar::showNote(const QString &note)
{
    m_bar->showMessage(note, noteMilliseconds);
}

QString WindowStatusBar::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_refreshed, m_pending, m_blocked}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace keydesk
