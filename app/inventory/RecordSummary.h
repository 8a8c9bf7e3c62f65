#pragma once

namespace keydesk {

// What recording one listing changed in the inventory.
struct RecordSummary final {
    int listed = 0;             // distinct keys in the listing
    int added = 0;              // keys seen for the first time
    int updated = 0;            // known keys whose record changed
    int observations = 0;       // history points written (status, usage count or last use changed)
    int gone = 0;               // keys missing from a full listing, now marked gone
    int returned = 0;           // keys marked gone earlier that are listed again
    bool stale = false;         // up to 10 minutes older than the latest listing recorded: ignored
    bool clockWentBack = false; // much older: recorded just after the latest listing
};

} // namespace keydesk
