#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace keydesk {

// LeadHQL dashboard session tokens: HS256 JWTs signed with the organisation's secret,
// carrying `sub` (user id), `org` (organisation id), `iat` and `exp`.
class SessionToken final {
public:
    enum class Verdict { Valid, Malformed, BadSignature, Expired, WrongOrganisation };

    static constexpr qint64 lifetimeSeconds = 12 * 60 * 60;

    static QString issue(const QByteArray &secret, const QString &subject, const QString &organisationId,
                         const QDateTime &now);
    static Verdict verify(const QByteArray &secret, QStringView token, const QString &organisationId,
                          const QDateTime &now);
};

} // namespace keydesk
