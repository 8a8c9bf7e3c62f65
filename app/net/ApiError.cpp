#include "ApiError.h"

namespace keydesk {

namespace {

// "(the server's words)" when it said something, else "(HTTP 418)", else empty.
QString causeInParentheses(const ApiError &error)
{
    if (!error.serverMessage.isEmpty())
        return QStringLiteral(" (%1)").arg(error.serverMessage);
    if (error.httpStatus > 0)
        return QStringLiteral(" (HTTP %1)").arg(error.httpStatus);
    return {};
}

} // namespace

QString ApiError::userMessage() const
{
    const QString cause = causeInParentheses(*this);
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Authentication:
        if (httpStatus == 0)
            message = tr("The credential cannot be used: %1.").arg(detail);
        else if (httpStatus == 403)
            message = tr("The server does not allow this credential to do that%1.").arg(cause);
        else
            message = tr("The server refused the credential%1. Check that it is correct and not expired or revoked.")
                          .arg(cause);
        if (needsSessionToken)
            message +=
                QLatin1Char(' ')
                + tr(
                    "LeadHQL manages keys only with a JWT session token from the dashboard, not with an API key (leadhql_pk_…).");
        return message;
    case Kind::NotFound:
        return tr("The server knows no key with this id%1; it may already have been revoked. Refresh the list.")
            .arg(cause);
    case Kind::Rejected:
        return tr("The server rejected the request%1.").arg(cause);
    case Kind::LimitReached:
        return tr("The organisation has reached its limit of active keys%1. Revoke a key you no longer need, then try again.")
            .arg(cause);
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return tr("The server is limiting requests%1 and asks to wait %2 seconds. Try again after that.")
                .arg(cause, QString::number(retryAfterSeconds));
        return tr("The server is limiting requests%1. Wait a moment, then try again.").arg(cause);
    case Kind::Server:
        if (retryAfterSeconds >= 0)
            return tr("The server is unavailable%1 and asks to wait %2 seconds. Try again after that.")
                .arg(cause, QString::number(retryAfterSeconds));
        return tr("The server had a problem%1. Try again later.").arg(cause);
    case Kind::Network:
        if (cancelled)
            return tr("The request was cancelled.");
        return tr("Could not reach the server (%1). Check the base URL and the network connection.").arg(detail);
    case Kind::Tls:
        return tr("The secure connection to the server failed (%1). If the server uses a private certificate authority, set the profile's CA file.")
            .arg(detail);
    case Kind::Timeout:
        return tr("The server did not answer in time (%1). Try again later.").arg(detail);
    case Kind::Malformed:
        message = tr("The server's response was not understood (%1). Check the profile's base URL and dialect.")
                      .arg(detail);
        if (keyMayExist)
            message += QLatin1Char(' ') + tr("The key may have been created: check the list of keys.");
        return message;
    case Kind::InsecureUrl:
        return tr("Refusing to send the credential over an insecure connection (%1): use https://, plain http:// is allowed only for this computer (localhost).")
            .arg(detail);
    case Kind::Unsupported:
        return tr("%1 documents no key-management endpoints: list, create and revoke keys in its dashboard.")
            .arg(detail);
    case Kind::OutcomeUnknown:
        if (!redirectTarget.isEmpty())
            return tr("The server answered the request with a redirect to %1 (HTTP %2) instead of a result: the key "
                      "may have been created. Check the list of keys before trying again, and check the profile's "
                      "base URL.")
                .arg(redirectTarget, QString::number(httpStatus));
        return tr("The connection was lost after the request was sent (%1): the key may have been created. Check the list of keys before trying again.")
            .arg(detail);
    }
    return {};
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Authentication:
        return 3;
    case Kind::NotFound:
        return 4;
    case Kind::Rejected:
    case Kind::LimitReached:
        return 5;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::OutcomeUnknown: // the connection dropped: a network failure (docs/design.md#decisions)
        return 6;
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::InsecureUrl:
    case Kind::Unsupported:
        return 1;
    }
    return 1;
}

} // namespace keydesk
