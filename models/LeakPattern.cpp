#include "LeakPattern.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace keydesk {

namespace {

bool isTokenByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isAlphanumericByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isLowerHexByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

struct Format final {
    const char *prefix;
    qsizetype prefixLength;
    qsizetype underscoreAt; // the index of the prefix's first '_'
    Dialect dialect;
};

// Each prefix has its first '_' right after an 'l' or a 'k': the prefilter looks for
// those two-byte pairs and checks the prefixes only there.
constexpr Format formats[] = {
    {"leadhql_pk_", 11, 7, Dialect::LeadHql},
    {"ll_", 3, 2, Dialect::LocalLeads},
    {"lfk_sk_", 7, 3, Dialect::TrustLeads},
};

// The length of the key whose prefix starts at `start`, 0 when there is none; -1 when
// the buffer ends before the key could be decided (only when !atEnd).
qsizetype keyLengthAt(const unsigned char *data, qsizetype size, qsizetype start, const Format &format, bool atEnd)
{
    const qsizetype body = start + format.prefixLength;
    qsizetype i = body;
    switch (format.dialect) {
    case Dialect::LeadHql: {
        const qsizetype limit = body + LeakPattern::longestLeadHqlRandom;
        while (i < size && i <= limit && isAlphanumericByte(data[i]))
            ++i;
        if (i > limit)
            return 0; // longer than any key: another token
        if (i - body < 16)
            return (i == size && !atEnd) ? -1 : 0;
        break;
    }
    case Dialect::LocalLeads:
        while (i < size && i < body + 64 && isLowerHexByte(data[i]))
            ++i;
        if (i - body < 64)
            return (i == size && !atEnd) ? -1 : 0;
        break;
    case Dialect::TrustLeads:
        while (i < size && i < body + 40 && isAlphanumericByte(data[i]))
            ++i;
        if (i - body < 40)
            return (i == size && !atEnd) ? -1 : 0;
        break;
    }
    if (i == size)
        return atEnd ? i - start : -1;
    return isTokenByte(data[i]) ? 0 : i - start;
}

// Checks whether a prefix has its first '_' at `underscore` and a whole key follows it.
void tryAt(const unsigned char *data, qsizetype size, qsizetype underscore, qsizetype from, qsizetype until,
           bool atEnd, QList<KeyOccurrence> &found)
{
    for (const Format &format : formats) {
        const qsizetype start = underscore - format.underscoreAt;
        if (start < from || start >= until)
            continue;
        if (start + format.prefixLength > size)
            continue;
        if (std::memcmp(data + start, format.prefix, size_t(format.prefixLength)) != 0)
            continue;
        if (start > 0 && isTokenByte(data[start - 1]))
            continue;
        const qsizetype length = keyLengthAt(data, size, start, format, atEnd);
        if (length > 0)
            found.append({start, length, format.dialect});
        return; // the prefixes' '_' positions differ: at most one can start here
    }
}

} // namespace

void LeakPattern::find(QByteArrayView buffer, qsizetype from, qsizetype until, bool atEnd, QList<KeyOccurrence> &found)
{
    const auto *data = reinterpret_cast<const unsigned char *>(buffer.data());
    const qsizetype size = buffer.size();
    until = std::min(until, size);
    if (from >= until)
        return;
    // A '_' of a prefix starting in [from, until) lies in [from + 2, until + 7].
    qsizetype i = from + 2;
    const qsizetype last = std::min(size - 1, until + 7);
#if defined(__SSE2__)
    const __m128i underscore = _mm_set1_epi8('_');
    const __m128i ell = _mm_set1_epi8('l');
    const __m128i kay = _mm_set1_epi8('k');
    while (i + 16 <= last + 1) {
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i - 1));
        const __m128i pair = _mm_and_si128(_mm_cmpeq_epi8(here, underscore),
                                           _mm_or_si128(_mm_cmpeq_epi8(before, ell), _mm_cmpeq_epi8(before, kay)));
        unsigned mask = unsigned(_mm_movemask_epi8(pair));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            tryAt(data, size, i + bit, from, until, atEnd, found);
            mask &= mask - 1;
        }
        i += 16;
    }
#endif
    for (; i <= last; ++i) {
        if (data[i] == '_' && (data[i - 1] == 'l' || data[i - 1] == 'k'))
            tryAt(data, size, i, from, until, atEnd, found);
    }
}

QList<KeyOccurrence> LeakPattern::findAll(QByteArrayView buffer)
{
    QList<KeyOccurrence> found;
    find(buffer, 0, buffer.size(), true, found);
    return found;
}

} // namespace keydesk
