#include "UrlPolicy.h"

#include <QHostAddress>

namespace keydesk {

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
    if (!url.isValid() || url.host().isEmpty())
        return false;
    // Credentials never belong in a base URL: it is stored in the profile, in plain text.
    if (!url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopbackHost(url.host());
}

} // namespace keydesk
