#pragma once

// How a command names its server or organisation: --profile, --dialect with --base-url, --org, --ca-file.

#include "CommandLine.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace keydesk {

// The values of --dialect (leadhql, localleads or trustleads) and --base-url (http(s) with a
// host, and UrlPolicy's rules), checked, into invocation.dialect and invocation.baseUrl.
bool parseServer(const QString &dialect, const QString &baseUrl, CliInvocation &invocation, CliParseResult &failure);

// --profile NAME, or --dialect D --base-url URL, for the commands that talk to a server.
bool parseTarget(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// --org NAME, trimmed and not empty.
std::optional<QString> parseOrganisationName(const QCommandLineParser &parser, CliParseResult &failure);

// list/create/revoke: --org names the organisation of --dialect/--base-url in the
// inventory; a profile is its own name.
bool parseRecordingName(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// list --cached, history, export, log: --profile NAME or --org NAME (`required`), never both.
bool parseInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                          CliParseResult &failure);

// --ca-file FILE: an existing file, made absolute.
bool parseCaFile(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

} // namespace keydesk
