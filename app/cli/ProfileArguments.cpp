#include "ProfileArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "TargetArguments.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseProfileAdd(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                     CliParseResult &failure)
{
    invocation.profileName = positional.at(0).trimmed();
    const std::optional<QString> dialect = singleValue(parser, optDialect, failure);
    const std::optional<QString> baseUrl = singleValue(parser, optBaseUrl, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!dialect || !baseUrl) {
        failure = usageError(CommandLine::tr("'profile add' needs --dialect and --base-url."));
        return false;
    }
    return parseServer(*dialect, *baseUrl, invocation, failure) && parseCaFile(parser, invocation, failure);
}

bool parseProfileSet(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                     CliParseResult &failure)
{
    invocation.profileName = positional.at(0).trimmed();
    const std::optional<QString> days = singleValue(parser, optRotateEveryDays, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!days) {
        failure = usageError(CommandLine::tr("'profile set' needs --rotate-every-days N."));
        return false;
    }
    bool ok = false;
    const int count = days->toInt(&ok);
    // The same range as a key's expiry: at most ten years.
    if (!ok || count < 0 || count > 3650) {
        failure = usageError(
            CommandLine::tr("--rotate-every-days needs a whole number of days from 0 (no policy) to 3650, not '%1'.")
                .arg(*days));
        return false;
    }
    invocation.rotateEveryDays = count;
    return true;
}

} // namespace keydesk
