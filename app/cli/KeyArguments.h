#pragma once

// The arguments of the commands on one key: create (name, expiry) and revoke.

#include "CommandLine.h"

#include <QDate>
#include <QStringList>

class QCommandLineParser;

namespace keydesk {

// --expires-in-days N or --expires-at YYYY-MM-DD (not before `today`); `expiry` unchanged without them.
bool parseExpiry(const QCommandLineParser &parser, QDate today, Expiry &expiry, CliParseResult &failure);

// create NAME [--expires-in-days N | --expires-at YYYY-MM-DD]; --to is parseDestination()'s.
bool parseCreate(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                 CliInvocation &invocation, CliParseResult &failure);

// revoke ID, or revoke ID ID… (keyIds: the distinct IDs, empty when they are one)
bool parseRevoke(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure);

} // namespace keydesk
