#pragma once

// The arguments of `profile add` and `profile set`.

#include "CommandLine.h"

#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// profile add NAME --dialect D --base-url URL [--ca-file FILE]
bool parseProfileAdd(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                     CliParseResult &failure);

// profile set NAME --rotate-every-days N
bool parseProfileSet(const QCommandLineParser &parser, const QStringList &positional, CliInvocation &invocation,
                     CliParseResult &failure);

} // namespace keydesk
