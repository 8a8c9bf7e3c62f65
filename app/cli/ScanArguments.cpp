#include "ScanArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "TargetArguments.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseScan(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
               CliParseResult &failure)
{
    invocation.installHook = parser.isSet(optInstallHook);
    if (invocation.installHook) {
        for (const QString &option : parser.optionNames()) {
            if (option != optInstallHook && option != optLang) {
                failure = usageError(CommandLine::tr("--%1 does not apply to 'scan --install-hook'.").arg(option));
                return false;
            }
        }
        if (positional.size() > 1) {
            failure = usageError(CommandLine::tr("'scan --install-hook' takes at most one repository."));
            return false;
        }
        invocation.scanPaths = positional.isEmpty() ? QStringList{u"."_s} : positional;
        return true;
    }
    if (positional.isEmpty()) {
        failure = usageError(CommandLine::tr("'scan' needs a file, a folder or - (stdin)."));
        return false;
    }
    if (positional.count(u"-"_s) > 1) {
        failure = usageError(CommandLine::tr("'scan' reads stdin (-) once."));
        return false;
    }
    invocation.scanPaths = positional;
    invocation.scanHistory = parser.isSet(optHistory);
    invocation.scanStaged = parser.isSet(optStaged);
    invocation.scanBinary = parser.isSet(optBinary);
    invocation.scanFull = parser.isSet(optFull);
    invocation.scanVerify = parser.isSet(optVerify);
    invocation.sarif = parser.isSet(optSarif);
    if (invocation.json && invocation.sarif) {
        failure = usageError(CommandLine::tr("Give either --json or --sarif, not both."));
        return false;
    }
    if (invocation.scanFull && !invocation.scanHistory) {
        failure = usageError(CommandLine::tr("--full goes with --history."));
        return false;
    }
    const std::optional<QString> ignoreFile = singleValue(parser, optIgnoreFile, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (ignoreFile)
        invocation.ignoreFile = *ignoreFile;
    if (!parseInventoryTarget(parser, invocation, false, failure))
        return false;
    if (invocation.scanVerify && invocation.target != CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("--verify needs --profile NAME: the server that checks the keys."));
        return false;
    }
    return parseCaFile(parser, invocation, failure);
}

} // namespace keydesk
