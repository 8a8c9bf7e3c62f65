#pragma once

#include "ApiKey.h"

#include <QString>

namespace keydesk {

// How the flows' dialogs name a key that came from the server's list: its visible
// identifier (the key prefix), else its id, made safe to show.
QString shownIdentifier(const ApiKey &key);

} // namespace keydesk
