#include "FlowStyle.h"

#include <QLabel>
#include <QPalette>

namespace keydesk {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

void styleAsInlineError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x28));
    label->setPalette(palette);
}

void styleAsWarningBanner(QWidget *banner)
{
    QPalette palette = banner->palette();
    const bool dark = isDark(palette);
    palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x3d, 0x00) : QColor(0xff, 0xf0, 0xc2));
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xa0) : QColor(0x4d, 0x33, 0x00));
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
}

} // namespace keydesk
