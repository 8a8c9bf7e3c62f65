#include "CommandLine.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "DeliveryArguments.h"
#include "InventoryArguments.h"
#include "JwtReader.h"
#include "KeyArguments.h"
#include "KeyFormat.h"
#include "ProfileArguments.h"
#include "RotationArguments.h"
#include "ScanArguments.h"
#include "TargetArguments.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keydesk {

std::optional<qint64> CommandLine::parseDuration(const QString &text)
{
    static const QRegularExpression shape(u"^([0-9]{1,7})([smhd])$"_s);
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    const qint64 seconds = count * factor;
    // At most ten years: the longest a key lives (KeyValidation).
    if (seconds > qint64(3650) * 86400)
        return std::nullopt;
    return seconds;
}

bool CommandLine::looksLikeSecret(QStringView argument)
{
    QStringView value = argument;
    while (value.startsWith(u'-'))
        value = value.mid(1);
    const qsizetype equals = value.indexOf(u'=');
    const QList<QStringView> candidates = equals >= 0 ? QList<QStringView>{value, value.mid(equals + 1)}
                                                      : QList<QStringView>{value};
    // Also catches truncated or mistyped keys, which are still secrets in part.
    static const QRegularExpression keyShaped(u"^(leadhql_pk_\\w{8,}|lfk_sk_\\w{8,}|ll_[0-9a-fA-F]{24,})"_s);
    for (const QStringView candidate : candidates) {
        const QStringView trimmed = candidate.trimmed();
        if (KeyFormat::recognise(trimmed) || readJwtClaims(trimmed).isJwt || keyShaped.match(trimmed).hasMatch())
            return true;
    }
    return false;
}

CliParseResult CommandLine::parse(const QStringList &arguments, QDate today)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (looksLikeSecret(arguments.at(i)))
            return usageError(tr("An argument looks like an API key or session token. Secrets are never "
                                 "accepted on the command line (shell history, process lists): put the "
                                 "credential in KEYDESK_CREDENTIAL, or pipe a key to 'verify' on stdin."),
                              false);
    }

    QCommandLineParser parser;
    addOptions(parser);
    parser.addPositionalArgument(u"command"_s, tr("list, create, revoke, verify, history, export, log, audit, "
                                                  "acknowledge, rotate, rotations, scan or profile."));
    if (!parser.parse(arguments))
        return usageError(unknownOptionMessage(parser));

    CliInvocation invocation;
    if (parser.isSet(optHelp)) {
        invocation.command = CliCommand::Help;
        return {invocation, {}};
    }
    if (parser.isSet(optVersion)) {
        invocation.command = CliCommand::Version;
        return {invocation, {}};
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString word = positional.takeFirst();
    int expectedArguments = 0;
    QString argumentName;
    if (word == u"list"_s) {
        invocation.command = CliCommand::List;
    } else if (word == u"create"_s) {
        invocation.command = CliCommand::Create;
        expectedArguments = 1;
        argumentName = tr("NAME");
    } else if (word == u"revoke"_s) {
        invocation.command = CliCommand::Revoke;
        // revoke ID ID…: several keys are one bulk revoke (RevokeManyCommand).
        expectedArguments = qMax(1, int(positional.size()));
        argumentName = tr("ID");
    } else if (word == u"verify"_s) {
        invocation.command = CliCommand::Verify;
    } else if (word == u"history"_s) {
        invocation.command = CliCommand::History;
        expectedArguments = 1;
        argumentName = tr("ID");
    } else if (word == u"export"_s) {
        invocation.command = CliCommand::Export;
    } else if (word == u"log"_s) {
        invocation.command = CliCommand::Log;
    } else if (word == u"audit"_s) {
        invocation.command = CliCommand::Audit;
    } else if (word == u"acknowledge"_s) {
        invocation.command = CliCommand::Acknowledge;
        // [ID] FINDING: one word is a finding about the organisation (limit-near).
        expectedArguments = qBound(1, int(positional.size()), 2);
        argumentName = tr("a finding (and the key ID of a key's finding)");
    } else if (word == u"scan"_s) {
        invocation.command = CliCommand::Scan;
        // PATH…: any number, checked by parseScan().
        expectedArguments = int(positional.size());
    } else if (word == u"rotate"_s) {
        invocation.command = CliCommand::Rotate;
        expectedArguments = 1;
        argumentName = tr("ID");
    } else if (word == u"rotations"_s) {
        invocation.command = CliCommand::Rotations;
        if (!positional.isEmpty() && positional.constFirst() == u"advance"_s) {
            positional.takeFirst();
            invocation.command = CliCommand::RotationsAdvance;
        } else if (!positional.isEmpty() && positional.constFirst() == u"cancel"_s) {
            positional.takeFirst();
            invocation.command = CliCommand::RotationsCancel;
            expectedArguments = 1;
            argumentName = tr("a rotation ID (see 'keydesk-cli rotations')");
        } else if (!positional.isEmpty()) {
            return usageError(
                tr("Unknown rotations subcommand '%1'; use advance or cancel.").arg(positional.constFirst()));
        }
    } else if (word == u"help"_s) {
        invocation.command = CliCommand::Help;
        return {invocation, {}};
    } else if (word == u"profile"_s) {
        if (positional.isEmpty())
            return usageError(tr("'profile' needs a subcommand: add, list, remove, set or command."));
        const QString sub = positional.takeFirst();
        if (sub == u"add"_s) {
            invocation.command = CliCommand::ProfileAdd;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else if (sub == u"list"_s) {
            invocation.command = CliCommand::ProfileList;
        } else if (sub == u"remove"_s) {
            invocation.command = CliCommand::ProfileRemove;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else if (sub == u"command"_s) {
            // PROFILE [NAME [-- PROGRAM ARG…]]
            invocation.command = CliCommand::ProfileCommand;
            expectedArguments = qMax(1, int(positional.size()));
            argumentName = tr("a profile name");
        } else if (sub == u"set"_s) {
            invocation.command = CliCommand::ProfileSet;
            expectedArguments = 1;
            argumentName = tr("NAME");
        } else {
            return usageError(tr("Unknown profile subcommand '%1'; use add, list, remove, set or command.").arg(sub));
        }
    } else {
        return usageError(tr("Unknown command '%1'.").arg(word));
    }

    const QString name = commandName(invocation.command);
    if (positional.size() < expectedArguments)
        return usageError(tr("'%1' needs %2.").arg(name, argumentName));
    if (positional.size() > expectedArguments)
        return usageError(tr("Unexpected argument '%1' for '%2'.").arg(positional.at(expectedArguments), name));

    const QStringList allowed = allowedOptions(invocation.command);
    for (const QString &option : parser.optionNames()) {
        if (!allowed.contains(option) && option != optLang)
            return usageError(tr("--%1 does not apply to '%2'.").arg(option, name));
    }

    CliParseResult failure;
    invocation.json = parser.isSet(optJson);
    invocation.assumeYes = parser.isSet(optYes);
    invocation.cached = parser.isSet(optCached);
    if (invocation.cached && invocation.command == CliCommand::List) {
        // It makes no request: the server options would be ignored, which is an error here.
        static const QStringList cachedOptions{optProfile, optOrg, optJson, optCached, optLang};
        for (const QString &option : parser.optionNames()) {
            if (!cachedOptions.contains(option))
                return usageError(tr("--%1 does not apply to 'list --cached', which makes no request; name the "
                                     "organisation with --profile or --org.")
                                      .arg(option));
        }
    }
    invocation.revokeNewKey = parser.isSet(optRevokeNew);
    const bool talksToServer = (invocation.command == CliCommand::List && !invocation.cached)
                               || invocation.command == CliCommand::Create || invocation.command == CliCommand::Revoke
                               || invocation.command == CliCommand::Verify || invocation.command == CliCommand::Rotate
                               || invocation.command == CliCommand::RotationsAdvance
                               || (invocation.command == CliCommand::RotationsCancel && invocation.revokeNewKey);
    if (talksToServer && (!parseTarget(parser, invocation, failure) || !parseCaFile(parser, invocation, failure)))
        return failure;
    if (talksToServer && invocation.command != CliCommand::Verify && !parseRecordingName(parser, invocation, failure))
        return failure;
    if (invocation.command == CliCommand::Audit && !parseAuditTarget(parser, invocation, failure))
        return failure;
    const bool rotationInventory = invocation.command == CliCommand::Rotations
                                   || invocation.command == CliCommand::RotationsCancel;
    if (invocation.readsInventory() && rotationInventory
        && !parseRotationInventoryTarget(parser, invocation, invocation.command == CliCommand::RotationsCancel,
                                         failure))
        return failure;
    if (invocation.readsInventory() && !rotationInventory
        && !parseInventoryTarget(parser, invocation,
                                 invocation.command != CliCommand::Log && invocation.command != CliCommand::Export,
                                 failure))
        return failure;

    bool parsed = true;
    switch (invocation.command) {
    case CliCommand::List:
    case CliCommand::Verify:
    case CliCommand::Rotations:
    case CliCommand::ProfileList:
    case CliCommand::Help:
    case CliCommand::Version:
        break;
    case CliCommand::Audit:
        parsed = parseFailOn(parser, invocation, failure);
        break;
    case CliCommand::Acknowledge:
        parsed = parseAcknowledgement(parser, positional, today, invocation, failure);
        break;
    case CliCommand::Scan:
        parsed = parseScan(parser, positional, invocation, failure);
        break;
    case CliCommand::History:
        parsed = parseHistory(positional, invocation, failure);
        break;
    case CliCommand::Export:
        parsed = parseExport(parser, invocation, failure);
        break;
    case CliCommand::Log:
        parsed = parseLog(parser, invocation, failure);
        break;
    case CliCommand::Create:
        parsed = parseCreate(parser, positional, today, invocation, failure)
                 && parseDestination(parser, invocation, failure);
        break;
    case CliCommand::Revoke:
        parsed = parseRevoke(positional, invocation, failure);
        break;
    case CliCommand::Rotate:
        parsed = parseRotate(parser, positional, today, invocation, failure)
                 && parseDestination(parser, invocation, failure);
        break;
    case CliCommand::RotationsAdvance:
        parsed = parseRotationsAdvance(invocation, failure);
        break;
    case CliCommand::RotationsCancel:
        parsed = parseRotationsCancel(positional, invocation, failure);
        break;
    case CliCommand::ProfileAdd:
        parsed = parseProfileAdd(parser, positional, invocation, failure);
        break;
    case CliCommand::ProfileRemove:
        invocation.profileName = positional.at(0).trimmed();
        break;
    case CliCommand::ProfileCommand:
        parsed = parseProfileCommand(parser, positional, invocation, failure);
        break;
    case CliCommand::ProfileSet:
        parsed = parseProfileSet(parser, positional, invocation, failure);
        break;
    }
    if (!parsed)
        return failure;
    return {invocation, {}};
}

} // namespace keydesk
