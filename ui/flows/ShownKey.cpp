#include "ShownKey.h"

#include "UntrustedText.h"

namespace keydesk {

QString shownIdentifier(const ApiKey &key)
{
    return UntrustedText::forDisplay(key.keyPrefix.isEmpty() ? key.id : key.keyPrefix);
}

} // namespace keydesk
