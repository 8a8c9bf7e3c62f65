#pragma once

#include "Dialect.h"

#include <QString>

namespace keydesk {

// A key found by the leak scan, without the key: what may be shown, stored and matched
// (docs/design.md#leak-scan). `line` and `column` are 1-based, the column in bytes.
struct LeakSighting final {
    QString path;   // as shown: bytes that are not UTF-8 as \xNN (DisplayPath)
    QString commit; // the commit that adds the blob; empty outside the history
    QString blob;   // the blob id, in the history and the index; empty otherwise
    qint64 line = 0;
    qint64 column = 0;
    Dialect dialect = Dialect::LeadHql;
    QString masked;      // KeyFormat::maskedIdentifier
    QString fingerprint; // lowercase hex SHA-256 of the key
    QString lastFour;
    QString localLeadsPrefix; // LocalLeads: the keyPrefix the server lists ("ll_" + 10 hex)
    // The key itself, only when the scan was asked to keep unmatched keys for `--verify`
    // (LeakScanRequest::keepUnmatchedKeys); never printed, logged or stored.
    QString secret;
};

} // namespace keydesk
