#pragma once

// The arguments of the rotation assistant's commands: rotate, rotations, rotations advance and cancel
// (docs/design.md#rotation).

#include "CommandLine.h"

#include <QDate>
#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// rotations, rotations cancel ID (without --revoke-new): the inventory only, named by
// --profile or --org; --dialect and --base-url may come with --org (the same command
// line as `rotations advance`) and make no request.
bool parseRotationInventoryTarget(const QCommandLineParser &parser, CliInvocation &invocation, bool required,
                                  CliParseResult &failure);

// rotate ID [--name NAME] [--expires-in-days N | --expires-at D] [--quiet-for DURATION]
// [--no-auto-revoke] [--emergency [--yes]] [--wait [--timeout DURATION]]
bool parseRotate(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                 CliInvocation &invocation, CliParseResult &failure);

// rotations advance: with --base-url, --org names where the rotations are recorded.
bool parseRotationsAdvance(const CliInvocation &invocation, CliParseResult &failure);

// rotations cancel ID [--revoke-new]
bool parseRotationsCancel(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure);

} // namespace keydesk
