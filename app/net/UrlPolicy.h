#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace keydesk {

// docs/design.md#security-rules: HTTPS is required except for loopback hosts. A base
// URL is also only a place: no user info (it is stored in the profile, in plain text),
// no query and no fragment (KeyDesk appends the API's paths and would silently drop
// them).
class UrlPolicy final {
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)
public:
    static bool isLoopbackHost(const QString &host); // localhost, 127.0.0.0/8, ::1
    // https://any-host, or http:// to a loopback host only; nothing but scheme, host,
    // port and path.
    static bool isAllowed(const QUrl &url);
    // Why `url` cannot be a base URL, as one translated sentence that says what to
    // change; empty when isAllowed(). The profile dialog and the CLI show it.
    static QString problem(const QUrl &url);
};

} // namespace keydesk
