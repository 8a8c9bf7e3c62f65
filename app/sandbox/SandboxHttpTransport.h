#pragma once

#include "SandboxFault.h"
#include "SandboxFaultPlan.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxTraffic.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace keydesk {

// The only QtHttpServer code: turns a parsed QHttpServerRequest into a SandboxRequest,
// asks the handler for a SandboxResponse and writes it to the raw socket itself, so
// fault injection can tamper with exactly what goes on the wire. It also serves the
// loopback-only control endpoints (README.md): /__sandbox/faults and /__sandbox/stats
// itself, /__sandbox/keys/… through `keyControl`.
class SandboxHttpTransport final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpTransport)
public:
    using RequestHandler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxHttpTransport(RequestHandler handler, RequestHandler keyControl, QObject *parent = nullptr);
    ~SandboxHttpTransport() override;

    // Serialises status line, headers and body (HTTP/1.1, Content-Length framing).
    static QByteArray serialise(const SandboxResponse &response, bool closeConnection);
    // Status line and headers only. `contentLength` nullopt: no Content-Length header
    // (the body then ends when the connection closes).
    static QByteArray serialiseHead(const SandboxResponse &response, std::optional<qint64> contentLength,
                                    bool closeConnection);

    SandboxFaultPlan &faultPlan() { return m_faults; }
    SandboxTraffic &traffic() { return m_traffic; }
    const SandboxTraffic &traffic() const { return m_traffic; }

    static constexpr QStringView controlPrefix = u"/__sandbox/";
    static constexpr QStringView keyControlPrefix = u"/__sandbox/keys/";

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    static bool wantsClose(const QHttpServerRequest &request);
    SandboxResponse handleControl(const QHttpServerRequest &request, const QString &path);
    void writeResponse(QTcpSocket *socket, const SandboxResponse &response, bool closeConnection,
                       const std::optional<SandboxFault> &fault = std::nullopt);

    RequestHandler m_handler;
    RequestHandler m_keyControl;
    SandboxFaultPlan m_faults;
    SandboxTraffic m_traffic;
};

} // namespace keydesk
