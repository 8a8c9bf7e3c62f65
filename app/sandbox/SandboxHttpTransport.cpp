#include "SandboxHttpTransport.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace keydesk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpTransport::SandboxHttpTransport(RequestHandler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

SandboxHttpTransport::~SandboxHttpTransport() = default;

bool SandboxHttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeResponse(socket, m_handler(toSandboxRequest(request)), wantsClose(request));
    return true;
}

void SandboxHttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if Qt itself gives up.
    writeResponse(socket, SandboxResponse::error(404, QStringLiteral("Not found")), wantsClose(request));
}

SandboxRequest SandboxHttpTransport::toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyEncoded);
    converted.headers = request.headers();
    converted.body = request.body();
    return converted;
}

bool SandboxHttpTransport::wantsClose(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("Connection")).trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

QByteArray SandboxHttpTransport::serialise(const SandboxResponse &response, bool closeConnection)
{
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + SandboxResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        wire += "Content-Type: " + response.contentType + "\r\n";
    wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        wire += name + ": " + value + "\r\n";
    if (closeConnection)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    wire += response.body;
    return wire;
}

void SandboxHttpTransport::writeResponse(QTcpSocket *socket, const SandboxResponse &response,
                                         bool closeConnection)
{
    socket->write(serialise(response, closeConnection));
    if (closeConnection)
        socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace keydesk
