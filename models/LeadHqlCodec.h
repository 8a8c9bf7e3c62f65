#pragma once

#include "DialectCodec.h"

namespace keydesk {

// LeadHQL (docs/dialects.md#leadhql): bare JSON array of keys with `status` and `usageCount`, create
// with `expiresInDays`, the secret in `key` of the create response.
class LeadHqlCodec final : public DialectCodec {
public:
    Dialect dialect() const override;

    QString listPath() const override;
    QString createPath() const override;
    QString revokePath(const QString &id) const override;
    QString verifyPath() const override;

    QByteArray encodeCreate(const CreateKeyRequest &request, const QDateTime &now) const override;
    Decoded<QList<ApiKey>> decodeList(const QByteArray &body) const override;
    Decoded<CreatedKey> decodeCreate(const QByteArray &body) const override;
    Decoded<bool> decodeRevoke(const QByteArray &body) const override;
    Decoded<bool> decodeVerify(const QByteArray &body) const override;
};

} // namespace keydesk
