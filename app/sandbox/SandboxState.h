#pragma once

#include "Dialect.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

struct SandboxUser final {
    QString id;
    QString firstName;
    QString lastName;
    QString email;
};

// One issued API key. The secret itself is never kept: only its SHA-256 and the part
// the dialect shows (LocalLeads `keyPrefix`, otherwise prefix + last 4).
struct StoredKey final {
    QString id;
    QString name;
    QByteArray sha256Hex;
    QString visibleIdentifier;
    QString userId;       // who created it (LocalLeads reports this as `user`)
    QDateTime createdAt;  // all UTC
    QDateTime expiresAt;  // null = never
    QDateTime lastUsedAt; // null = never used
    QDateTime revokedAt;  // null = not revoked
    qint64 usageCount = 0;
    bool sandboxCredential = false; // issued by the sandbox for itself (the banner credential)

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    // Accepted for authentication: neither revoked nor expired.
    bool isUsable(const QDateTime &now) const { return !isRevoked() && !isExpired(now); }
};

// A Trust Leads enrichment job accepted by POST /v1/jobs.
struct EnrichmentJob final {
    QString id;
    QString fileUrl;
    QString keyId;
    QDateTime createdAt;
};

// Figures the data endpoints report; demo seeding fills them with believable numbers.
struct SandboxFigures final {
    qint64 propertiesTotal = 0; // LeadHQL /properties/stats/counts
    qint64 propertiesActive = 0;
    qint64 propertiesPending = 0;
    qint64 creditBalance = 0; // LocalLeads /api/v1/credits/balance
    qint64 rowsEnriched = 0;  // Trust Leads /v1/usage
    qint64 rowsLimit = 0;
};

// Everything one sandbox organisation knows. Serialised as JSON for --state; the
// JSON holds hashes only, never a key or a session token.
struct SandboxState final {
    Dialect dialect = Dialect::LeadHql;
    QString organisationId;
    QString organisationName;
    QByteArray sessionSecret; // LeadHQL: HS256 secret for the JWT session tokens it issues
    QList<SandboxUser> users; // the first one is the organisation's owner
    QList<StoredKey> keys;
    QList<EnrichmentJob> jobs;
    SandboxFigures figures;
    bool demoSeeded = false;

    // A new, empty organisation with an owner and fresh secrets.
    static SandboxState create(Dialect dialect);

    const SandboxUser &owner() const { return users.constFirst(); }
    const SandboxUser *findUser(const QString &id) const;
    StoredKey *findKeyById(const QString &id);
    StoredKey *findKeyByHash(const QByteArray &sha256Hex);
    // Keys that count toward the LocalLeads limit: neither revoked nor expired.
    int usableKeyCount(const QDateTime &now) const;

    QJsonObject toJson() const;
    static std::optional<SandboxState> fromJson(const QJsonObject &json, QString *error);

    static constexpr int formatVersion = 1;
};

} // namespace keydesk
