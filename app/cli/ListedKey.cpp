#include "ListedKey.h"

#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "UntrustedText.h"

#include <QCoreApplication>

#include <algorithm>

namespace keydesk {

std::optional<ApiKey> listedKeyOrFail(CommandContext &context, ApiReply *listing, const QString &keyId)
{
    if (!listing->ok()) {
        context.failWithApiError(listing->error());
        return std::nullopt;
    }
    // The lookup is a full listing like any other.
    context.recordListing(listing->keys());
    const QList<ApiKey> &keys = listing->keys();
    const auto found = std::find_if(keys.cbegin(), keys.cend(),
                                    [&keyId](const ApiKey &key) { return key.id == keyId; });
    if (found == keys.cend()) {
        context.fail(CliExitCode::NotFound,
                     QCoreApplication::translate("keydesk::CommandRunner",
                                                 "No key with ID '%1' in this organisation; see 'keydesk-cli list'.")
                         .arg(UntrustedText::forDisplay(keyId)));
        return std::nullopt;
    }
    return *found;
}

} // namespace keydesk
