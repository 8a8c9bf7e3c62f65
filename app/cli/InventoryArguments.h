#pragma once

// The arguments of the commands around the inventory: audit, acknowledge, history, export, log.

#include "CommandLine.h"

#include <QDate>
#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// audit: --all-profiles; --cached with --profile or --org; otherwise a server target,
// as `list`, with --org naming what is recorded.
bool parseAuditTarget(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// audit --fail-on LEVEL
bool parseFailOn(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// acknowledge [ID] FINDING [--note TEXT] [--until YYYY-MM-DD]
bool parseAcknowledgement(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                          CliInvocation &invocation, CliParseResult &failure);

// history ID
bool parseHistory(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure);

// export [--format csv|json] (--profile NAME | --org NAME | --all-profiles)
bool parseExport(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

// log [--since YYYY-MM-DD]
bool parseLog(const QCommandLineParser &parser, CliInvocation &invocation, CliParseResult &failure);

} // namespace keydesk
