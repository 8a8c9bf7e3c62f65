#pragma once

#include <QDBusError>
#include <QString>

namespace keydesk::secretservice {

// The well-known bus name of the freedesktop Secret Service (gnome-keyring, KWallet).
QString busName();

// True when a D-Bus error means that nobody provides the Secret Service: not running, and
// activation is impossible or failed.
bool meansNoProvider(const QDBusError &error);

} // namespace keydesk::secretservice
