#pragma once

#include "Dialect.h"

#include <QString>
#include <QUrl>

namespace keydesk {

// Everything the REST client needs for one organisation. `credential` is a secret: it
// comes from the keychain or the environment and is never written anywhere.
struct Connection final {
    enum class AuthHeader { Bearer, XApiKey };

    Dialect dialect = Dialect::LeadHql;
    QUrl baseUrl;
    QString caFile;     // extra CA certificates (PEM), optional
    QString credential; // JWT (LeadHQL) or management key
    AuthHeader authHeader = AuthHeader::Bearer;
};

} // namespace keydesk
