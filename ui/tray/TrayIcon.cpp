#include "TrayIcon.h"

#include "FindingText.h"
#include "UntrustedText.h"

#include <QPainter>
#include <QPixmap>

namespace keydesk {

namespace {

const QString appIconPath = QStringLiteral(":/icons/io.keydesk.KeyDesk.svg");

QColor colourOf(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QColor(0x1c, 0x71, 0xd8);
    case Severity::Warning:
        return QColor(0xe5, 0xa5, 0x0a);
    case Severity::Critical:
        return QColor(0xe0, 0x1b, 0x24);
    }
    return Qt::gray;
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
{
    QAction *open = m_menu.addAction(tr("&Open KeyDesk"));
    QAction *refresh = m_menu.addAction(tr("&Refresh Now"));
    QAction *snooze = m_menu.addAction(tr("&Snooze All for a Day"));
    m_menu.addSeparator();
    QAction *quit = m_menu.addAction(tr("&Quit"));
    open->setObjectName(QStringLiteral("trayOpen"));
    refresh->setObjectName(QStringLiteral("trayRefresh"));
    snooze->setObjectName(QStringLiteral("traySnoozeAll"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(refresh, &QAction::triggered, this, &TrayIcon::refreshRequested);
    connect(snooze, &QAction::triggered, this, &TrayIcon::snoozeAllRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray.setContextMenu(&m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    update();
    m_tray.show(); // embeds itself once a tray appears
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setFindings(const QList<Finding> &findings)
{
    m_open.clear();
    m_worst.reset();
    for (const Finding &finding : findings) {
        if (finding.acknowledged)
            continue;
        m_open.append(finding);
        if (!m_worst || finding.severity > *m_worst)
            m_worst = finding.severity;
    }
    m_judged = true;
    update();
}

void TrayIcon::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    update();
}

bool TrayIcon::showMessage(const DesktopNotification &notification)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !m_tray.isVisible())
        return false;
    const QSystemTrayIcon::MessageIcon icon = notification.severity == Severity::Critical ? QSystemTrayIcon::Critical
                                              : notification.severity == Severity::Warning
                                                  ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    m_tray.showMessage(notification.summary, notification.body, icon);
    return true;
}

QIcon TrayIcon::iconFor(std::optional<Severity> severity)
{
    const QIcon app(appIconPath);
    if (!severity || app.isNull())
        return app;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = app.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal dot = size * 0.45;
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(colourOf(*severity));
        painter.drawEllipse(QRectF(size - dot - 0.5, size - dot - 0.5, dot, dot));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::update()
{
    m_tray.setIcon(iconFor(m_worst));
    QString text;
    if (!m_judged) {
        text = tr("KeyDesk — watching your organisations");
    } else if (m_open.isEmpty()) {
        text = tr("KeyDesk — No findings");
    } else {
        const Finding &worst = m_open.constFirst(); // Inventory::findings: worst first
        const QString subject = UntrustedText::forDisplay(worst.keyId.isEmpty() ? worst.organisation : worst.keyName);
        const int count = int(m_open.size());
        text = (count == 1 ? tr("KeyDesk — %n open finding", nullptr, count)
                           : tr("KeyDesk — %n open findings", nullptr, count))
               + QLatin1Char('\n')
               + tr("%1: %2 — %3 (%4)")
                     .arg(FindingText::severityLabel(worst.severity), FindingText::title(worst.code), subject,
                          UntrustedText::forDisplay(worst.organisation));
    }
    if (m_refreshing)
        text += QLatin1Char('\n') + tr("Refreshing…");
    m_tray.setToolTip(text);
}

} // namespace keydesk
