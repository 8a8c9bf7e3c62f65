#pragma once

#include "ApiKey.h"

#include <optional>

namespace keydesk {

class ApiReply;
class CommandContext;

// The key `keyId` of a listing that `revoke` and `rotate` make first: the listing is
// recorded like any other; a failed listing or an unknown id ends the run (exit 4 for
// the id, without any further request) and gives nullopt.
std::optional<ApiKey> listedKeyOrFail(CommandContext &context, ApiReply *listing, const QString &keyId);

} // namespace keydesk
