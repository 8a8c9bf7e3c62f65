#include "Profile.h"

namespace keydesk {

Connection Profile::connection(const QString &credential) const
{
    Connection connection;
    connection.dialect = dialect;
    connection.baseUrl = baseUrl;
    connection.caFile = caFile;
    connection.credential = credential;
    connection.authHeader = authHeader;
    return connection;
}

} // namespace keydesk
