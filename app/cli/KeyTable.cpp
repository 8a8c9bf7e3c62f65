#include "KeyTable.h"

#include "KeyStatus.h"
#include "TextTable.h"
#include "UntrustedText.h"

using namespace Qt::StringLiterals;

namespace keydesk {

QString KeyTable::notReported()
{
    return u"\u2014"_s;
}

QString KeyTable::formatDateTime(const QDateTime &utc, const QLocale &locale)
{
    return locale.toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString KeyTable::format(const QList<ApiKey> &keys, const QDateTime &now, const QLocale &locale)
{
    TextTable table({tr("ID"), tr("Name"), tr("Key"), tr("Status"), tr("Created"), tr("Expires"), tr("Last used"),
                     tr("Usage"), tr("Created by")});
    for (const ApiKey &key : keys) {
        const QString created = key.createdAt.isValid() ? formatDateTime(key.createdAt, locale) : notReported();
        // Both managing dialects report expiry and last use: null there means "never".
        const QString expires = key.expiresAt.isValid() ? formatDateTime(key.expiresAt, locale) : tr("never");
        const QString lastUsed = key.lastUsedAt.isValid() ? formatDateTime(key.lastUsedAt, locale) : tr("never");
        const QString usage = key.usageCount ? locale.toString(*key.usageCount) : notReported();
        // Everything the server said is shown escaped: a name can hold ESC [2J or a bidi override.
        table.addRow({UntrustedText::forDisplay(key.id), UntrustedText::forDisplay(key.name),
                      key.keyPrefix.isEmpty() ? notReported() : UntrustedText::forDisplay(key.keyPrefix),
                      keyStatusLabel(key.status(now)), created, expires, lastUsed, usage,
                      key.createdBy.isEmpty() ? notReported() : UntrustedText::forDisplay(key.createdBy)});
    }
    return table.toString();
}

} // namespace keydesk
