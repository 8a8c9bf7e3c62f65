#include "UrlPolicy.h"

#include <QHostAddress>

namespace keydesk {

namespace {

enum class Refusal { None, NotAnAddress, UserInfo, Query, Fragment, Insecure };

Refusal refusalOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Refusal::NotAnAddress;
    // Credentials never belong in a base URL: it is stored in the profile, in plain text.
    if (!url.userInfo().isEmpty())
        return Refusal::UserInfo;
    if (url.hasQuery())
        return Refusal::Query;
    if (url.hasFragment())
        return Refusal::Fragment;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || (scheme == u"http" && UrlPolicy::isLoopbackHost(url.host())))
        return Refusal::None;
    return Refusal::Insecure;
}

} // namespace

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QString literal = host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::isAllowed(const QUrl &url)
{
    return refusalOf(url) == Refusal::None;
}

QString UrlPolicy::problem(const QUrl &url)
{
    switch (refusalOf(url)) {
    case Refusal::None:
        return {};
    case Refusal::NotAnAddress:
        return tr("The base URL is not a web address with a host, such as https://api.example.com.");
    case Refusal::UserInfo:
        return tr("The base URL must not contain a user name or password; store the credential in the keychain "
                  "instead.");
    case Refusal::Query:
        // The query itself is not repeated: it may be the very token that must not be kept.
        return tr("The base URL must not contain a query (the part from \"?\"): KeyDesk would not send it, and a "
                  "credential in it would be stored in plain text. Remove it and keep the credential in the "
                  "keychain.");
    case Refusal::Fragment:
        return tr("The base URL must not contain a fragment (the part from \"#\"); remove it.");
    case Refusal::Insecure:
        return tr("The base URL must start with https:// (plain http:// is allowed only for this computer: "
                  "localhost, 127.0.0.1 or ::1).");
    }
    return {};
}

} // namespace keydesk
