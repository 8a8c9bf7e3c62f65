#pragma once

#include "DialectCodec.h"

namespace keydesk {

// Trust Leads (docs/dialects.md#trust-leads): only the data endpoints are documented, so there are no
// management paths (empty) and the management decoders report that; `verify` works.
class TrustLeadsCodec final : public DialectCodec {
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
