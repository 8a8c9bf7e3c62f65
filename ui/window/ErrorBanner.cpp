#include "ErrorBanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace keydesk {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_editProfile(new QPushButton(tr("&Edit profile…"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setTextFormat(Qt::PlainText); // messages quote servers and file names
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_editProfile->setObjectName(QStringLiteral("errorBannerEditProfile"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    m_retry->setAccessibleName(tr("Retry"));
    m_editProfile->setAccessibleName(tr("Edit profile"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));
    m_icon->setAccessibleName(tr("Message type"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_editProfile, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_editProfile, &QPushButton::clicked, this, &ErrorBanner::editProfileRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(Level level, const QString &message, Actions actions)
{
    m_level = level;
    m_text->setText(message);
    m_retry->setVisible(actions.testFlag(Action::Retry));
    m_editProfile->setVisible(actions.testFlag(Action::EditProfile));
    const QStyle::StandardPixmap standard = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxWarning;
    const QIcon icon = QIcon::fromTheme(level == Level::Error ? QStringLiteral("dialog-error")
                                                              : QStringLiteral("dialog-warning"),
                                        style()->standardIcon(standard, nullptr, this));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setToolTip(level == Level::Error ? tr("Error") : tr("Warning"));
    applyPalette();
    show();
}

void ErrorBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void ErrorBanner::setEditProfileText(const QString &text)
{
    m_editProfile->setText(text);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    const bool paletteEvent = event->type() == QEvent::PaletteChange
                              || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteEvent && !m_applyingPalette)
        applyPalette();
}

void ErrorBanner::applyPalette()
{
    // A tint of the window colour: readable in light and dark themes alike, because
    // the text keeps the palette's own WindowText colour.
    const QPalette base = QApplication::palette(this);
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    const QColor tint = m_level == Level::Error ? (dark ? QColor(0xe0, 0x40, 0x40) : QColor(0xd0, 0x20, 0x20))
                                                : (dark ? QColor(0xe0, 0xa0, 0x20) : QColor(0xe0, 0x9a, 0x00));
    m_applyingPalette = true;
    QPalette palette = base;
    palette.setColor(QPalette::Window, blend(base.color(QPalette::Window), tint, dark ? 0.25 : 0.14));
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(palette);
    m_applyingPalette = false;
}

} // namespace keydesk
