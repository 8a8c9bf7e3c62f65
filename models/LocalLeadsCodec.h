#pragma once

#include "DialectCodec.h"

namespace keydesk {

// LocalLeads (docs/dialects.md#localleads): `{success, data}` envelope, keys with `keyPrefix` and
// `user`, create with an ISO `expiresAt` date, the secret in `data.key`. The list holds
// active keys only.
class LocalLeadsCodec final : public DialectCodec {
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
