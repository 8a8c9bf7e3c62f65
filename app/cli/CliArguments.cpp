#include "CliArguments.h"

#include "CliExitCode.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

CliParseResult usageError(QString message, bool suggestHelp)
{
    return {std::nullopt, {CliExitCode::Usage, std::move(message), suggestHelp}};
}

CliParseResult rejected(QString message)
{
    return {std::nullopt, {CliExitCode::Rejected, std::move(message), false}};
}

std::optional<QString> singleValue(const QCommandLineParser &parser, const QString &option, CliParseResult &failure)
{
    const QStringList values = parser.values(option);
    if (values.isEmpty())
        return std::nullopt;
    if (values.size() > 1) {
        failure = usageError(CommandLine::tr("--%1 is given more than once.").arg(option));
        return std::nullopt;
    }
    return values.constFirst();
}

QString unknownOptionMessage(const QCommandLineParser &parser)
{
    static const QStringList secretOptions{u"credential"_s, u"token"_s,  u"key"_s, u"api-key"_s,
                                           u"password"_s,   u"secret"_s, u"jwt"_s};
    for (const QString &name : parser.unknownOptionNames()) {
        if (secretOptions.contains(name.toLower()))
            return CommandLine::tr("There is no --%1 option: secrets are never passed as arguments; set the "
                                   "environment variable KEYDESK_CREDENTIAL or use --profile.")
                .arg(name);
    }
    return parser.errorText();
}

} // namespace keydesk
