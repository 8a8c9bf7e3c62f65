#pragma once

// What every argument parser of CommandLine shares: the failures it returns and one-value options.

#include "CommandLine.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace keydesk {

// A usage error (CliExitCode::Usage); `suggestHelp` appends "Try 'keydesk-cli --help'.".
CliParseResult usageError(QString message, bool suggestHelp = true);

// A value that breaks a server rule (CliExitCode::Rejected).
CliParseResult rejected(QString message);

// The value of `option`; nullopt when not given, or (with `failure` set) when given twice.
std::optional<QString> singleValue(const QCommandLineParser &parser, const QString &option, CliParseResult &failure);

// The parser's error, or a sentence about secrets for --credential, --token and the like.
QString unknownOptionMessage(const QCommandLineParser &parser);

} // namespace keydesk
