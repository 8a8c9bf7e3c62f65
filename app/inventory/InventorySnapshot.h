#pragma once

#include "InventoryKey.h"
#include "Organisation.h"

#include <QList>

namespace keydesk {

// The last known inventory of one organisation: what the window shows at once on
// start, marked with its age (organisation.listedAt), before the refresh.
struct InventorySnapshot final {
    KnownOrganisation organisation;
    QList<InventoryKey> keys; // gone keys included (InventoryKey::isGone)
};

} // namespace keydesk
