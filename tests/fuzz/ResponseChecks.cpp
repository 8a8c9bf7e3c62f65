#include "ResponseChecks.h"

#include "FuzzCheck.h"

#include "ApiKey.h"
#include "CreatedKey.h"
#include "DialectCodec.h"
#include "KeyStatus.h"
#include "NormalisedJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

#include <memory>

namespace keydesk::fuzz {

namespace {

void checkTimestamp(const QDateTime &when, const QJsonValue &normalised)
{
    if (when.isNull()) {
        KEYDESK_FUZZ_CHECK(normalised.isNull());
        return;
    }
    KEYDESK_FUZZ_CHECK(when.isValid() && when.timeSpec() == Qt::UTC);
    // The CLI prints this string; it must be a timestamp that reads back as the same instant.
    KEYDESK_FUZZ_CHECK(normalised.isString());
    KEYDESK_FUZZ_CHECK(parseTimestamp(normalised.toString()) == when);
}

void checkRecord(const ApiKey &key, const QDateTime &now)
{
    KEYDESK_FUZZ_CHECK(!key.id.isEmpty());
    KEYDESK_FUZZ_CHECK(!key.usageCount || *key.usageCount >= 0);
    const KeyStatus status = key.status(now);
    KEYDESK_FUZZ_CHECK((status == KeyStatus::Revoked) == key.revoked);
    const QJsonObject json = toNormalisedJson(key, now);
    KEYDESK_FUZZ_CHECK(json.value(QLatin1String("id")).toString() == key.id);
    KEYDESK_FUZZ_CHECK(json.value(QLatin1String("status")).toString() == keyStatusId(status));
    checkTimestamp(key.createdAt, json.value(QLatin1String("createdAt")));
    checkTimestamp(key.expiresAt, json.value(QLatin1String("expiresAt")));
    checkTimestamp(key.lastUsedAt, json.value(QLatin1String("lastUsedAt")));
    key.expiresWithin(now, 7 * 24 * 3600);
}

void checkCreated(Dialect dialect, const CreatedKey &created, const QDateTime &now)
{
    KEYDESK_FUZZ_CHECK(!created.secret.isEmpty());
    checkRecord(created.record, now);
    // LeadHQL sends no identifier: ours is derived from the secret and must not reveal it.
    if (dialect == Dialect::LeadHql)
        KEYDESK_FUZZ_CHECK(!created.record.keyPrefix.contains(created.secret));
    KEYDESK_FUZZ_CHECK(toNormalisedJson(created, now).value(QLatin1String("key")).toString() == created.secret);

    // wipeSecret() on a copy that shares the decoder's buffer clears only that copy.
    const QString original(created.secret.constData(), created.secret.size());
    QString copy = created.secret;
    wipeSecret(copy);
    KEYDESK_FUZZ_CHECK(copy.isEmpty());
    KEYDESK_FUZZ_CHECK(created.secret == original);
}

} // namespace

void checkResponseDecoding(Dialect dialect, const QByteArray &body)
{
    static const std::unique_ptr<DialectCodec> codec = DialectCodec::create(dialect);
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

    const Decoded<QList<ApiKey>> list = codec->decodeList(body);
    checkOutcome(list);
    if (list) {
        for (const ApiKey &key : *list.value)
            checkRecord(key, now);
    }

    const Decoded<CreatedKey> created = codec->decodeCreate(body);
    checkOutcome(created);
    if (created)
        checkCreated(dialect, *created.value, now);

    checkOutcome(codec->decodeRevoke(body));
    checkOutcome(codec->decodeVerify(body));
}

} // namespace keydesk::fuzz
