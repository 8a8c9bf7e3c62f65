#pragma once

#include "Finding.h"

#include <QIcon>

class QWidget;

namespace keydesk {

// The icon of a severity (the desktop theme's, or the style's message-box icons), the
// same in the Health view, on the key's row and in the organisation selector.
class FindingIcons final {
public:
    static QIcon forSeverity(Severity severity, const QWidget *widget);
};

} // namespace keydesk
