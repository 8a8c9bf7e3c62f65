#include "SecretServiceBus.h"

namespace keydesk::secretservice {

QString busName()
{
    return QStringLiteral("org.freedesktop.secrets");
}

bool meansNoProvider(const QDBusError &error)
{
    const QString name = error.name();
    return error.type() == QDBusError::ServiceUnknown
           || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
           || name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
}

} // namespace keydesk::secretservice
