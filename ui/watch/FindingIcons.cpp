#include "FindingIcons.h"

#include <QStyle>
#include <QWidget>

namespace keydesk {

QIcon FindingIcons::forSeverity(Severity severity, const QWidget *widget)
{
    QString theme;
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    switch (severity) {
    case Severity::Info:
        theme = QStringLiteral("dialog-information");
        fallback = QStyle::SP_MessageBoxInformation;
        break;
    case Severity::Warning:
        theme = QStringLiteral("dialog-warning");
        fallback = QStyle::SP_MessageBoxWarning;
        break;
    case Severity::Critical:
        theme = QStringLiteral("dialog-error");
        fallback = QStyle::SP_MessageBoxCritical;
        break;
    }
    return QIcon::fromTheme(theme, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace keydesk
