#pragma once

// Where a new key goes (docs/design.md#delivery): create/rotate --to DEST, and the command
// templates of `profile command`.

#include "CommandLine.h"

#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// create/rotate --to DEST: checked here, so a bad destination costs no key.
bool parseDestination(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// profile command PROFILE [NAME [-- PROGRAM ARG…]] [--remove]
bool parseProfileCommand(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                         CliParseResult &failure);

} // namespace keydesk
