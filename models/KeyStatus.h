#pragma once

#include <QString>

namespace keydesk {

// Status shown to the user. Expired = the server says active but `expiresAt` is past.
enum class KeyStatus { Active, Revoked, Expired };

// "active" | "revoked" | "expired" (CLI JSON, filter tokens).
QString keyStatusId(KeyStatus status);
// Translated label for people: "Active", "Revoked", "Expired".
QString keyStatusLabel(KeyStatus status);

} // namespace keydesk
