#pragma once

// keydesk-cli's options (docs/design.md#cli-contract): their names, and which of them
// each command accepts. The option table itself is CommandLine::addOptions().

#include "CommandLine.h"

#include <QString>
#include <QStringList>

namespace keydesk {

// Option names, one place.
inline const QString optProfile = QStringLiteral("profile");
inline const QString optDialect = QStringLiteral("dialect");
inline const QString optBaseUrl = QStringLiteral("base-url");
inline const QString optJson = QStringLiteral("json");
inline const QString optCaFile = QStringLiteral("ca-file");
inline const QString optExpiresInDays = QStringLiteral("expires-in-days");
inline const QString optExpiresAt = QStringLiteral("expires-at");
inline const QString optYes = QStringLiteral("yes");
inline const QString optHelp = QStringLiteral("help");
inline const QString optVersion = QStringLiteral("version");
inline const QString optLang = QStringLiteral("lang"); // see languageOption()
inline const QString optOrg = QStringLiteral("org");
inline const QString optCached = QStringLiteral("cached");
inline const QString optFormat = QStringLiteral("format");
inline const QString optAllProfiles = QStringLiteral("all-profiles");
inline const QString optSince = QStringLiteral("since");
inline const QString optFailOn = QStringLiteral("fail-on");
inline const QString optNote = QStringLiteral("note");
inline const QString optUntil = QStringLiteral("until");
inline const QString optTo = QStringLiteral("to");
inline const QString optRemove = QStringLiteral("remove");
inline const QString optRotateEveryDays = QStringLiteral("rotate-every-days");
inline const QString optHistory = QStringLiteral("history");
inline const QString optStaged = QStringLiteral("staged");
inline const QString optBinary = QStringLiteral("binary");
inline const QString optFull = QStringLiteral("full");
inline const QString optVerify = QStringLiteral("verify");
inline const QString optIgnoreFile = QStringLiteral("ignore-file");
inline const QString optSarif = QStringLiteral("sarif");
inline const QString optInstallHook = QStringLiteral("install-hook");
inline const QString optName = QStringLiteral("name");
inline const QString optQuietFor = QStringLiteral("quiet-for");
inline const QString optNoAutoRevoke = QStringLiteral("no-auto-revoke");
inline const QString optEmergency = QStringLiteral("emergency");
inline const QString optWait = QStringLiteral("wait");
inline const QString optTimeout = QStringLiteral("timeout");
inline const QString optRevokeNew = QStringLiteral("revoke-new");

// A command's name as its usage messages say it: "list", "profile add", "rotations cancel".
QString commandName(CliCommand command);

// Options each command accepts; anything else set on the command line is an error
// rather than silently ignored.
QStringList allowedOptions(CliCommand command);

} // namespace keydesk
