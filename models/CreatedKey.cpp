#include "CreatedKey.h"

namespace keydesk {

void wipeSecret(QString &secret)
{
    // detach() gives this QString its own buffer, so the overwrite cannot corrupt
    // another copy; a copy still shared elsewhere keeps its own characters.
    secret.detach();
    wipeSharedBuffer(secret); // now shared with no one
    secret.clear();
}

void wipeSharedBuffer(const QString &text)
{
    if (!text.data_ptr().isMutable()) // a literal or an empty string: nothing on the heap
        return;
    // volatile: the stores must not be optimised away although the buffer is freed next.
    volatile char16_t *units = const_cast<char16_t *>(reinterpret_cast<const char16_t *>(text.constData()));
    for (qsizetype i = 0; i < text.size(); ++i)
        units[i] = u'\0';
}

} // namespace keydesk
