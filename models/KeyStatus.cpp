#include "KeyStatus.h"

#include <QCoreApplication>

namespace keydesk {

QString keyStatusId(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Revoked:
        return QStringLiteral("revoked");
    case KeyStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString keyStatusLabel(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QCoreApplication::translate("KeyStatus", "Active");
    case KeyStatus::Revoked:
        return QCoreApplication::translate("KeyStatus", "Revoked");
    case KeyStatus::Expired:
        return QCoreApplication::translate("KeyStatus", "Expired");
    }
    return {};
}

} // namespace keydesk
