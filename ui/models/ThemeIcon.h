#pragma once

#include <QIcon>
#include <QString>

#include <functional>

namespace keydesk {

// An icon from the desktop's icon theme, or else a fallback (a style's standard icon),
// both looked up only when the icon is first drawn or measured. QIcon::fromTheme(name,
// fallback) searches the theme and decodes every image of the fallback at once; a window
// that makes a dozen such icons pays for all of them before its first frame, also for
// those that only a menu shows (tests/bench: launch-user-from-inventory).
class ThemeIcon final {
public:
    static QIcon lazy(const QString &name, std::function<QIcon()> fallback);
};

} // namespace keydesk
