#pragma once

#include "KeyDelivery.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace keydesk {

// What "Send to…" needs (docs/design.md#delivery), injected by the window: the tools'
// environment, the keychain for a label, and the profile's saved command templates.
struct DeliveryServices final {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeyDelivery::KeychainFactory keychain; // empty: KeychainSecretStore for the label
    std::function<QMap<QString, QStringList>(const QString &profileName)> commandTemplates;
    QString ownKeychainService = QStringLiteral("KeyDesk");
    std::chrono::milliseconds timeout = KeyDelivery::defaultTimeout;
};

} // namespace keydesk
