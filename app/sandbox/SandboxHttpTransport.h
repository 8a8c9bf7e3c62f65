#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace keydesk {

// The only QtHttpServer code: turns a parsed QHttpServerRequest into a SandboxRequest,
// asks the handler for a SandboxResponse and writes it to the raw socket itself, so
// later fault injection can tamper with exactly what goes on the wire.
class SandboxHttpTransport final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpTransport)
public:
    using RequestHandler = std::function<SandboxResponse(const SandboxRequest &)>;

    explicit SandboxHttpTransport(RequestHandler handler, QObject *parent = nullptr);
    ~SandboxHttpTransport() override;

    // Serialises status line, headers and body (HTTP/1.1, Content-Length framing).
    static QByteArray serialise(const SandboxResponse &response, bool closeConnection);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    static bool wantsClose(const QHttpServerRequest &request);
    void writeResponse(QTcpSocket *socket, const SandboxResponse &response, bool closeConnection);

    RequestHandler m_handler;
};

} // namespace keydesk
