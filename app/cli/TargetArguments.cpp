#include "TargetArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "UrlPolicy.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

std::optional<QUrl> parseBaseUrl(const QString &text, CliParseResult &failure)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        failure = usageError(CommandLine::tr("--base-url '%1' is not an http(s) URL with a host.").arg(text));
        return std::nullopt;
    }
    const QString problem = UrlPolicy::problem(url); // https, user info, query: the profile dialog's words
    if (!problem.isEmpty()) {
        failure = usageError(problem, false);
        return std::nullopt;
    }
    return url;
}

std::optional<Dialect> parseDialect(const QString &text, CliParseResult &failure)
{
    const std::optional<Dialect> dialect = dialectFromId(text);
    if (!dialect)
        failure = usageError(CommandLine::tr("Unknown dialect '%1'; use leadhql, localleads or trustleads.").arg(text));
    return dialect;
}

} // namespace

bool parseServer(const QString &dialect, const QString &baseUrl, CliInvocation &invocation, CliParseResult &failure)
{
    invocation.dialect = parseDialect(dialect, failure);
    if (!invocation.dialect)
        return false;
    const std::optional<QUrl> url = parseBaseUrl(baseUrl, failure);
    if (!url)
        return false;
    invocation.baseUrl = *url;
    return true;
}

bool parseTarget(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> profile = singleValue(parser, optProfile, failure);
    const std::optional<QString> dialect = singleValue(parser, optDialect, failure);
    const std::optional<QString> baseUrl = singleValue(parser, optBaseUrl, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (profile && (dialect || baseUrl)) {
        failure = usageError(CommandLine::tr("Use either --profile or --dialect with --base-url, not both."));
        return false;
    }
    if (profile) {
        invocation.target = CliInvocation::Target::Profile;
        invocation.profileName = *profile;
        return true;
    }
    if (!dialect || !baseUrl) {
        failure = usageError(CommandLine::tr("No server given: use --profile NAME, or --dialect and --base-url "
                                             "(with the credential in KEYDESK_CREDENTIAL)."));
        return false;
    }
    invocation.target = CliInvocation::Target::Explicit;
    return parseServer(*dialect, *baseUrl, invocation, failure);
}

std::optional<QString> parseOrganisationName(const QCommandLineParser &parser, CliParseResult &failure)
{
    const std::optional<QString> org = singleValue(parser, optOrg, failure);
    if (!org)
        return std::nullopt;
    const QString name = org->trimmed();
    if (name.isEmpty()) {
        failure = usageError(CommandLine::tr("--org needs an organisation name."));
        return std::nullopt;
    }
    return name;
}

bool parseRecordingName(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> org = parseOrganisationName(parser, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!org)
        return true;
    if (invocation.target == CliInvocation::Target::Profile) {
        failure = usageError(CommandLine::tr("--org goes with --dialect and --base-url; with --profile the "
                                             "history is recorded under the profile's name."));
        return false;
    }
    invocation.organisationName = *org;
    return true;
}

bool parseInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                          CliParseResult &failure)
{
    const std::optional<QString> profile = singleValue(parser, optProfile, failure);
    const std::optional<QString> org = parseOrganisationName(parser, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (profile && org) {
        failure = usageError(CommandLine::tr("Use either --profile or --org, not both."));
        return false;
    }
    if (profile) {
        invocation.target = CliInvocation::Target::Profile;
        invocation.profileName = *profile;
    } else if (org) {
        invocation.organisationName = *org;
    } else if (required) {
        failure = usageError(CommandLine::tr("No organisation given: use --profile NAME or --org NAME."));
        return false;
    }
    return true;
}

bool parseCaFile(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure)
{
    const std::optional<QString> caFile = singleValue(parser, optCaFile, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (!caFile)
        return true;
    if (!QFileInfo(*caFile).isFile()) {
        failure = usageError(CommandLine::tr("--ca-file '%1' is not a readable file.").arg(*caFile), false);
        return false;
    }
    invocation.caFile = QFileInfo(*caFile).absoluteFilePath();
    return true;
}

} // namespace keydesk
