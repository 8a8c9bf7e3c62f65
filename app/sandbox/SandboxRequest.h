#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace keydesk {

// One HTTP request as the dialect handlers see it: a plain value, independent of the
// transport, so handlers are testable without sockets.
struct SandboxRequest final {
    QByteArray method; // "GET", "POST", ... (upper case)
    QString path;      // percent-decoded path, no query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Value of the first header with this name (case-insensitive), trimmed; empty if absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace keydesk
