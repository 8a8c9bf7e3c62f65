#pragma once

#include "Connection.h"
#include "Dialect.h"
#include "WatchThresholds.h"

#include <QString>
#include <QUrl>

namespace keydesk {

// A named connection to one organisation. Holds no secret: the credential lives in
// the SecretStore under SecretStore::credentialEntry(name).
struct Profile final {
    QString name;
    Dialect dialect = Dialect::LeadHql;
    QUrl baseUrl;
    QString caFile;
    Connection::AuthHeader authHeader = Connection::AuthHeader::Bearer;
    WatchThresholds watch; // the watch's thresholds for this organisation

    Connection connection(const QString &credential) const;
};

} // namespace keydesk
