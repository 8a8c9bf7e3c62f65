#pragma once

#include "DeliveryServices.h"

namespace keydesk {

class ProfileStore;

// What the main window's "Send To…" uses (docs/design.md#delivery): the profiles' saved
// command templates and, in the demo, keychain entries that stay in memory.
class WindowDelivery final {
public:
    WindowDelivery() = delete;

    static DeliveryServices services(ProfileStore *profiles, bool demo);
};

} // namespace keydesk
