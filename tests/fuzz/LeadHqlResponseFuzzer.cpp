// LeadHQL (docs/dialects.md#leadhql): list, create, revoke and verify bodies.
#include "FuzzCheck.h"
#include "ResponseChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    keydesk::fuzz::checkResponseDecoding(keydesk::Dialect::LeadHql, keydesk::fuzz::bytes(data, size));
    return 0;
}
