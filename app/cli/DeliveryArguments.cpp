#include "DeliveryArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "ProfileStore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseDestination(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> spec = singleValue(parser, optTo, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!spec)
        return true;
    QString error;
    invocation.deliverTo = Destination::parse(*spec, u"KeyDesk"_s, &error);
    if (!invocation.deliverTo) {
        failure = usageError(error, false);
        return false;
    }
    if (invocation.deliverTo->kind == Destination::Kind::Command
        && invocation.target != CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("Command templates are saved per profile: use --to command:NAME with "
                                             "--profile."),
                             false);
        return false;
    }
    return true;
}

bool parseProfileCommand(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                         CliParseResult &failure)
{
    invocation.profileName = positional.at(0).trimmed();
    invocation.removeTemplate = parser.isSet(optRemove);
    if (positional.size() >= 2) {
        invocation.templateName = positional.at(1);
        const QString problem = ProfileStore::validateTemplateName(invocation.templateName);
        if (!problem.isEmpty()) {
            failure = usageError(problem, false);
            return false;
        }
    }
    invocation.commandArgv = positional.mid(2);
    if (invocation.removeTemplate && (positional.size() != 2)) {
        failure = usageError(CommandLine::tr("'profile command PROFILE NAME --remove' takes no program."));
        return false;
    }
    if (!invocation.commandArgv.isEmpty() && invocation.commandArgv.constFirst().isEmpty()) {
        failure = usageError(CommandLine::tr("The command template needs a program."));
        return false;
    }
    return true;
}

} // namespace keydesk
