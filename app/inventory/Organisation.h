#pragma once

#include "Dialect.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace keydesk {

// One organisation of the inventory: a profile's name, or the `--org NAME` of the CLI.
// The name is the identity: two organisations on one server never mix, and a profile
// that moves to another base URL keeps its history (the URL is updated).
struct Organisation final {
    QString name;
    Dialect dialect = Dialect::LeadHql;
    QUrl baseUrl;
};

// An organisation as the inventory knows it.
struct KnownOrganisation final {
    Organisation organisation;
    QDateTime firstListedAt; // UTC: the first listing recorded
    QDateTime listedAt;      // UTC: the latest listing recorded (the age of the cached table)
    int keyCount = 0;        // keys known, gone ones included
};

} // namespace keydesk
