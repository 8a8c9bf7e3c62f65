#pragma once

#include "ApiKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace keydesk {

// `keydesk-cli list` as text: ID, Name, Key, Status, Created, Expires, Last used, Usage,
// Created by. "—" marks what the dialect does not report; dates in local time, short.
class KeyTable final {
    Q_DECLARE_TR_FUNCTIONS(KeyTable)
public:
    static QString format(const QList<ApiKey> &keys, const QDateTime &now, const QLocale &locale);
    static QString formatDateTime(const QDateTime &utc, const QLocale &locale);
    // "—", the cell of a value the dialect does not report (also the inventory's tables).
    static QString notReported();
};

} // namespace keydesk
