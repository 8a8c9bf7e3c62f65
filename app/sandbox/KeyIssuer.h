#pragma once

#include "Dialect.h"
#include "SandboxState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace keydesk {

// A freshly issued key: the record to store and the secret to hand out exactly once.
struct IssuedKey final {
    StoredKey record;
    QString secret;
};

// Key material and identifiers, all from QRandomGenerator::system().
class KeyIssuer final {
public:
    // LeadHQL `leadhql_pk_` + 32 alphanumerics, LocalLeads `ll_` + 64 lowercase hex,
    // Trust Leads `lfk_sk_` + 40 alphanumerics.
    static IssuedKey issue(Dialect dialect, const QString &name, const QString &userId, const QDateTime &createdAt,
                           const QDateTime &expiresAt);

    static QString generateSecret(Dialect dialect);
    static QByteArray sha256Hex(QStringView secret);
    // LocalLeads: `keyPrefix` ("ll_" + 10 hex); otherwise "leadhql_pk_…a1b2" style.
    static QString visibleIdentifier(Dialect dialect, QStringView secret);

    // LeadHQL and Trust Leads: a UUID without braces; LocalLeads: a cuid-like "cm…".
    static QString newKeyId(Dialect dialect);
    static QString newCuid();
    static QString newUuid();
    static QByteArray randomBytes(int count);
    static QString randomString(int length, QStringView alphabet);

    static constexpr int leadHqlRandomLength = 32;
    static constexpr int localLeadsHexLength = 64;
    static constexpr int trustLeadsRandomLength = 40;
};

} // namespace keydesk
