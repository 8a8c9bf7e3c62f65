#include "StatusAppearance.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace keydesk {

bool StatusAppearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Status hues picked per palette brightness: saturated and dark on a light base,
// light on a dark base, so the text keeps its contrast in both.
QColor StatusAppearance::color(KeyStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case KeyStatus::Active:
        return dark ? QColor(0x8f, 0xd4, 0x9a) : QColor(0x1b, 0x7a, 0x36);
    case KeyStatus::Revoked:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x24, 0x1c);
    case KeyStatus::Expired:
        return dark ? QColor(0xff, 0xbf, 0x66) : QColor(0x9a, 0x58, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor StatusAppearance::mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// Status icons differ in shape (tick, cross, clock), not only in colour.
QIcon StatusAppearance::icon(KeyStatus status, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(color, s / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
        switch (status) {
        case KeyStatus::Active: {
            QPainterPath tick;
            tick.moveTo(s * 0.30, s * 0.52);
            tick.lineTo(s * 0.45, s * 0.67);
            tick.lineTo(s * 0.71, s * 0.37);
            painter.drawPath(tick);
            break;
        }
        case KeyStatus::Revoked:
            painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
            painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
            break;
        case KeyStatus::Expired:
            painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.27));
            painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace keydesk
