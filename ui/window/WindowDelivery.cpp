#include "WindowDelivery.h"

#include "MemorySecretStore.h"
#include "ProfileStore.h"

namespace keydesk {

DeliveryServices WindowDelivery::services(ProfileStore *profiles, bool demo)
{
    DeliveryServices delivery;
    delivery.commandTemplates = [profiles](const QString &profileName) {
        return profiles->commandTemplates(profileName);
    };
    // The demo touches none of the user's keychain entries: its lasting entries stay in memory.
    if (demo)
        delivery.keychain = [](const QString &, QObject *parent) -> SecretStore * {
            return new MemorySecretStore(parent);
        };
    return delivery;
}

} // namespace keydesk
