#pragma once

#include "ApiKey.h"
#include "CreateKeyRequest.h"
#include "CreatedKey.h"
#include "Decoded.h"
#include "Dialect.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace keydesk {

// Wire format of one dialect: paths, request bodies, response decoding. No I/O.
// Decoders are tolerant: unknown fields ignored, `expiresAt`/`lastUsedAt` null or
// absent, timestamps with or without milliseconds; a wrong type is "malformed".
class DialectCodec {
public:
    virtual ~DialectCodec() = default;

    virtual Dialect dialect() const = 0;

    // Paths relative to the profile's base URL (which may itself carry a path prefix).
    virtual QString listPath() const = 0;
    virtual QString createPath() const = 0;
    // id percent-encoded; empty for "", "." and "..", which cannot name one key.
    virtual QString revokePath(const QString &id) const = 0;
    virtual QString verifyPath() const = 0; // the cheap data endpoint

    // `now`: when the request is sent; the expiry is relative to it (CreateKeyRequest.h).
    virtual QByteArray encodeCreate(const CreateKeyRequest &request, const QDateTime &now) const = 0;
    virtual Decoded<QList<ApiKey>> decodeList(const QByteArray &body) const = 0;
    virtual Decoded<CreatedKey> decodeCreate(const QByteArray &body) const = 0;
    virtual Decoded<bool> decodeRevoke(const QByteArray &body) const = 0;
    // A 2xx body of the verify endpoint: true when it has the documented shape.
    virtual Decoded<bool> decodeVerify(const QByteArray &body) const = 0;

    static std::unique_ptr<DialectCodec> create(Dialect dialect);
};

// Human-readable message from an error body in any dialect: a JSON `message` (string
// or array of strings) or `error` field, else a short plain-text body, else empty.
QString decodeErrorMessage(const QByteArray &body);

// ISO 8601 with or without milliseconds, 'Z' or offset; null QDateTime if not a date.
QDateTime parseTimestamp(const QString &text);

} // namespace keydesk
