#include "RotationArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "KeyArguments.h"
#include "KeyValidation.h"
#include "TargetArguments.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseRotationInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                                  CliParseResult &failure)
{
    if (parser.isSet(optProfile) && (parser.isSet(optDialect) || parser.isSet(optBaseUrl))) {
        failure = usageError(CommandLine::tr("Use either --profile or --dialect with --base-url, not both."));
        return false;
    }
    return parseInventoryTarget(parser, invocation, required || parser.isSet(optBaseUrl), failure);
}

bool parseRotate(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                 CliInvocation &invocation, CliParseResult &failure)
{
    invocation.keyId = positional.at(0).trimmed();
    if (invocation.keyId.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotate' needs a key ID (see 'keydesk-cli list')."));
        return false;
    }
    if (invocation.target == CliInvocation::Target::Explicit && invocation.organisationName.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotate' records the rotation in the inventory: use --profile NAME, "
                                             "or --org NAME with --base-url."));
        return false;
    }
    const std::optional<QString> name = singleValue(parser, optName, failure);
    const std::optional<QString> quiet = singleValue(parser, optQuietFor, failure);
    const std::optional<QString> timeout = singleValue(parser, optTimeout, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (name) {
        const QString keyName = KeyValidation::normalisedName(*name);
        const Validation validation = KeyValidation::validateName(keyName);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        invocation.createRequest.name = keyName;
    }
    invocation.createRequestHasExpiry = parser.isSet(optExpiresInDays) || parser.isSet(optExpiresAt);
    if (!parseExpiry(parser, today, invocation.createRequest.expiry, failure))
        return false;
    if (quiet) {
        const std::optional<qint64> seconds = CommandLine::parseDuration(*quiet);
        if (!seconds) {
            failure = usageError(CommandLine::tr("--quiet-for needs a duration such as 90s, 30m, 24h or 7d, not "
                                                 "'%1'.")
                                     .arg(*quiet));
            return false;
        }
        invocation.quietForSeconds = *seconds;
    }
    invocation.autoRevoke = !parser.isSet(optNoAutoRevoke);
    invocation.emergency = parser.isSet(optEmergency);
    invocation.wait = parser.isSet(optWait);
    if (invocation.assumeYes && !invocation.emergency) {
        failure = usageError(CommandLine::tr("--yes goes with --emergency (the only rotation that asks first)."));
        return false;
    }
    if (timeout && !invocation.wait) {
        failure = usageError(CommandLine::tr("--timeout goes with --wait."));
        return false;
    }
    if (timeout) {
        const std::optional<qint64> seconds = CommandLine::parseDuration(*timeout);
        if (!seconds || *seconds == 0) {
            failure = usageError(
                CommandLine::tr("--timeout needs a duration above zero such as 90s, 30m, 24h or 7d, not '%1'.")
                    .arg(*timeout));
            return false;
        }
        invocation.timeoutSeconds = *seconds;
    }
    return true;
}

bool parseRotationsAdvance(const CliInvocation &invocation, CliParseResult &failure)
{
    if (invocation.target == CliInvocation::Target::Explicit && invocation.organisationName.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotations advance' needs the organisation the rotations are recorded "
                                             "under: --profile NAME, or --org NAME with --base-url."));
        return false;
    }
    return true;
}

bool parseRotationsCancel(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure)
{
    invocation.rotationId = positional.at(0).trimmed();
    if (invocation.rotationId.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotations cancel' needs a rotation ID (see 'keydesk-cli rotations')."));
        return false;
    }
    if (invocation.revokeNewKey && invocation.target == CliInvocation::Target::Explicit
        && invocation.organisationName.isEmpty()) {
        failure = usageError(CommandLine::tr("'rotations cancel' needs the organisation the rotation is recorded "
                                             "under: --profile NAME, or --org NAME with --base-url."));
        return false;
    }
    return true;
}

} // namespace keydesk
