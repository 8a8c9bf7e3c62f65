// Trust Leads (docs/dialects.md#trust-leads): only the verify endpoint (`GET /v1/usage`) is documented.
#include "FuzzCheck.h"

#include "DialectCodec.h"

#include <QJsonDocument>

#include <memory>

using namespace keydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<DialectCodec> codec = DialectCodec::create(Dialect::TrustLeads);
    const QByteArray body = fuzz::bytes(data, size);

    const Decoded<bool> verified = codec->decodeVerify(body);
    fuzz::checkOutcome(verified);
    // The usage endpoint's fields are undocumented: any JSON object is an answer.
    if (verified)
        KEYDESK_FUZZ_CHECK(*verified.value == QJsonDocument::fromJson(body).isObject());

    // No key management is documented, so no body may ever decode as a list, key or revoke.
    const Decoded<QList<ApiKey>> list = codec->decodeList(body);
    const Decoded<CreatedKey> created = codec->decodeCreate(body);
    const Decoded<bool> revoked = codec->decodeRevoke(body);
    KEYDESK_FUZZ_CHECK(!list && !created && !revoked);
    fuzz::checkOutcome(list);
    fuzz::checkOutcome(created);
    fuzz::checkOutcome(revoked);
    return 0;
}
