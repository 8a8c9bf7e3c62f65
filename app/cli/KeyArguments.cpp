#include "KeyArguments.h"

#include "CliArguments.h"
#include "CliOptions.h"
#include "KeyValidation.h"

#include <QCommandLineParser>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace keydesk {

bool parseExpiry(const QCommandLineParser &parser, QDate today, Expiry &expiry, CliParseResult &failure)
{
    const std::optional<QString> days = singleValue(parser, optExpiresInDays, failure);
    const std::optional<QString> date = singleValue(parser, optExpiresAt, failure);
    if (!failure.failure.message.isEmpty())
        return false;
    if (days && date) {
        failure = usageError(CommandLine::tr("Give either --expires-in-days or --expires-at, not both."));
        return false;
    }
    if (days) {
        bool ok = false;
        const int count = days->toInt(&ok);
        if (!ok) {
            failure = usageError(
                CommandLine::tr("--expires-in-days needs a whole number of days, not '%1'.").arg(*days));
            return false;
        }
        const Validation validation = KeyValidation::validateExpiresInDays(count);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        expiry = Expiry::inDays(count);
    } else if (date) {
        const QDate on = QDate::fromString(*date, u"yyyy-MM-dd"_s);
        if (!on.isValid()) {
            failure = usageError(CommandLine::tr("--expires-at needs a date as YYYY-MM-DD, not '%1'.").arg(*date));
            return false;
        }
        const Validation validation = KeyValidation::validateExpiryDate(on, today);
        if (!validation.ok) {
            failure = rejected(validation.message);
            return false;
        }
        expiry = Expiry::onDate(on, QTimeZone::systemTimeZone()); // a local date, like `today`
    }
    return true;
}

bool parseCreate(const QCommandLineParser &parser, const QStringList &positional, QDate today,
                 CliInvocation &invocation, CliParseResult &failure)
{
    const QString keyName = KeyValidation::normalisedName(positional.at(0));
    const Validation validation = KeyValidation::validateName(keyName);
    if (!validation.ok) {
        failure = rejected(validation.message);
        return false;
    }
    invocation.createRequest.name = keyName;
    return parseExpiry(parser, today, invocation.createRequest.expiry, failure);
}

bool parseRevoke(const QStringList &positional, CliInvocation &invocation, CliParseResult &failure)
{
    invocation.keyId = positional.at(0).trimmed();
    if (invocation.keyId.isEmpty()) {
        failure = usageError(CommandLine::tr("'revoke' needs a key ID (see 'keydesk-cli list')."));
        return false;
    }
    if (positional.size() > 1) {
        for (const QString &argument : positional) {
            const QString id = argument.trimmed();
            if (id.isEmpty()) {
                failure = usageError(CommandLine::tr("'revoke' needs a key ID (see 'keydesk-cli list')."));
                return false;
            }
            if (!invocation.keyIds.contains(id))
                invocation.keyIds.append(id);
        }
        // The same ID twice is one key: revoked once, and one ID is the single revoke.
        if (invocation.keyIds.size() == 1)
            invocation.keyIds.clear();
    }
    return true;
}

} // namespace keydesk
