#pragma once

#include "KeyStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace keydesk {

// How the key table shows a status: its colour for the palette in use and its icon.
class StatusAppearance final {
public:
    static bool isDark(const QPalette &palette);
    static QColor color(KeyStatus status, const QPalette &palette);
    // `base` moved `amount` (0..1) of the way towards `tint`.
    static QColor mix(const QColor &base, const QColor &tint, qreal amount);
    static QIcon icon(KeyStatus status, const QColor &color);
};

} // namespace keydesk
