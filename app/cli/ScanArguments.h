#pragma once

// The arguments of `scan`, the leak scan (docs/design.md#leak-scan).

#include "CommandLine.h"

#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// scan PATH… [--history] [--staged] [--binary] [--full] [--verify] [--ignore-file FILE]
// [--json | --sarif] [--org NAME | --profile NAME]; scan --install-hook [REPO]
bool parseScan(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
               CliParseResult &failure);

} // namespace keydesk
