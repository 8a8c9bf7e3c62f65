#pragma once

#include "Dialect.h"

#include <QByteArrayView>
#include <QList>

namespace keydesk {

// One key found in a byte buffer: where it starts, how long it is, which format.
struct KeyOccurrence final {
    qsizetype offset = 0;
    qsizetype length = 0;
    Dialect dialect = Dialect::LeadHql;
};

// The leak scanner's matcher (docs/design.md#leak-scan): the three key formats exactly as
// KeyFormat recognises them, found in raw bytes with token boundaries, so that a key is
// never reported inside a longer token ("xll_…", 65 hex digits, a trailing upper-case
// hex digit, "…_more"). A token character is an ASCII letter, digit or '_'.
//
// It is pure and works on one buffer at a time; a stream is scanned in chunks that keep
// the last `overlap` bytes of the previous chunk (LeakStreamScanner in app/leakscan).
class LeakPattern final {
public:
    // A LeadHQL key longer than this is taken for some other long token, not reported
    // (docs/design.md#decisions): it bounds the overlap between chunks.
    static constexpr qsizetype longestLeadHqlRandom = 512;
    static constexpr qsizetype longestKey = 11 + longestLeadHqlRandom;
    // A chunk keeps this many bytes of the previous one: the longest key, the byte after
    // it and the byte before it.
    static constexpr qsizetype overlap = longestKey + 2;

    // Appends to `found` the keys of `buffer` that start in [from, until). The bytes
    // before `from` only decide the boundary before a key. A key and the byte after it
    // must lie inside `buffer` unless `atEnd` says nothing follows it; with
    // until <= buffer.size() - overlap + 1 every key starting before `until` does.
    static void find(QByteArrayView buffer, qsizetype from, qsizetype until, bool atEnd,
                     QList<KeyOccurrence> &found);
    // All keys of a complete buffer.
    static QList<KeyOccurrence> findAll(QByteArrayView buffer);
};

} // namespace keydesk
