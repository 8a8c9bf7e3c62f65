#pragma once

#include "InventoryKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace keydesk {

// The inventory for audits and spreadsheets, one row per key and never a secret (the
// inventory has none): `keydesk-cli export` and the window's File → Export….
// CSV: RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break) with
// the header of docs/design.md#cli-contract; a text cell that a spreadsheet would run
// as a formula (starting with = + - @, tab or carriage return) is prefixed with ' .
// JSON: an array of the normalised records plus organisation, dialect, firstSeenAt,
// lastSeenAt and goneAt.
class InventoryExporter final {
public:
    enum class Format { Csv, Json };

    static QByteArray csvHeader();
    static QByteArray toCsv(const QList<InventoryKey> &rows, const QDateTime &now);
    static QByteArray toJson(const QList<InventoryKey> &rows, const QDateTime &now);
    static QByteArray serialise(Format format, const QList<InventoryKey> &rows, const QDateTime &now);
};

} // namespace keydesk
