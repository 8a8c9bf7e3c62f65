#pragma once

#include <QString>
#include <QUrl>

namespace keydesk {

// docs/design.md#security-rules: HTTPS is required except for loopback hosts.
class UrlPolicy final {
public:
    static bool isLoopbackHost(const QString &host); // localhost, 127.0.0.0/8, ::1
    // https://any-host, or http:// to a loopback host only.
    static bool isAllowed(const QUrl &url);
};

} // namespace keydesk
