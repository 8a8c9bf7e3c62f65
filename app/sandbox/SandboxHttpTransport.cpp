#include "SandboxHttpTransport.h"

#include "SandboxFaultBodies.h"
#include "SandboxWireWriter.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpTransport::SandboxHttpTransport(RequestHandler handler, RequestHandler keyControl, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_keyControl(std::move(keyControl))
{
}

SandboxHttpTransport::~SandboxHttpTransport() = default;

bool SandboxHttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest converted = toSandboxRequest(request);
    if (converted.path.startsWith(controlPrefix)) {
        writeResponse(socket, handleControl(request, converted.path), wantsClose(request));
        return true;
    }

    const std::optional<SandboxFault> fault = m_faults.take(converted.method, converted.path);
    m_traffic.record({converted.method, converted.path, request.url().query(QUrl::FullyEncoded),
                      fault ? SandboxFault::kindName(fault->kind) : QString()});
    if (fault && !fault->performsRequest()) {
        // Refused or lost before the server did anything: the state stays as it was.
        writeResponse(socket, SandboxFaultBodies::replace(SandboxResponse(), *fault), wantsClose(request), fault);
        return true;
    }
    writeResponse(socket, m_handler(converted), wantsClose(request), fault);
    return true;
}

SandboxResponse SandboxHttpTransport::handleControl(const QHttpServerRequest &request, const QString &path)
{
    // The sandbox listens on loopback only; this guards the control endpoints even if
    // that ever changes.
    if (!request.remoteAddress().isLoopback())
        return SandboxResponse::error(403, u"The sandbox control endpoints answer loopback peers only"_s);

    const QByteArray method = methodName(request.method());
    const auto planJson = [this] {
        return QJsonDocument(QJsonObject{{u"faults"_s, m_faults.toJson()}}).toJson(QJsonDocument::Compact);
    };
    if (path == u"/__sandbox/faults") {
        if (method == "GET")
            return SandboxResponse::json(200, planJson());
        if (method == "DELETE") {
            m_faults.clear();
            return SandboxResponse::json(200, planJson());
        }
        if (method == "POST") {
            QString problem;
            std::optional<SandboxFaultPlan> plan = SandboxFaultPlan::fromJson(request.body(), &problem);
            if (!plan)
                return SandboxResponse::error(400, problem);
            m_faults = std::move(*plan);
            return SandboxResponse::json(200, planJson());
        }
        SandboxResponse response = SandboxResponse::error(405, u"Use GET, POST or DELETE"_s);
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, DELETE")});
        return response;
    }
    if (path == u"/__sandbox/stats") {
        if (method == "GET")
            return SandboxResponse::json(200, QJsonDocument(m_traffic.toJson()).toJson(QJsonDocument::Compact));
        if (method == "DELETE") {
            m_traffic.clear();
            return SandboxResponse::json(200, QJsonDocument(m_traffic.toJson()).toJson(QJsonDocument::Compact));
        }
        SandboxResponse response = SandboxResponse::error(405, u"Use GET or DELETE"_s);
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, DELETE")});
        return response;
    }
    if (path.startsWith(keyControlPrefix))
        return m_keyControl(toSandboxRequest(request));
    return SandboxResponse::error(404, u"Cannot %1 %2"_s.arg(QString::fromLatin1(method), path));
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
    return serialiseHead(response, response.body.size(), closeConnection) + response.body;
}

QByteArray SandboxHttpTransport::serialiseHead(const SandboxResponse &response, std::optional<qint64> contentLength,
                                               bool closeConnection)
{
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + SandboxResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        wire += "Content-Type: " + response.contentType + "\r\n";
    if (contentLength)
        wire += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
    for (const auto &[name, value] : response.headers)
        wire += name + ": " + value + "\r\n";
    if (closeConnection)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    return wire;
}

void SandboxHttpTransport::writeResponse(QTcpSocket *socket, const SandboxResponse &response, bool closeConnection,
                                         const std::optional<SandboxFault> &fault)
{
    using Ending = SandboxWireWriter::Ending;
    const Ending ending = closeConnection ? Ending::Close : Ending::KeepOpen;
    if (!fault) {
        socket->write(serialise(response, closeConnection));
        SandboxWireWriter::end(socket, ending);
        return;
    }

    using Kind = SandboxFault::Kind;
    const SandboxResponse sent = SandboxFaultBodies::replace(response, *fault);
    switch (fault->kind) {
    case Kind::Drop:
    case Kind::CommitThenDrop:
        SandboxWireWriter::reset(socket);
        return;
    case Kind::Latency:
        SandboxWireWriter::writeLater(socket, serialise(sent, closeConnection), fault->delayMs, ending);
        return;
    case Kind::Trickle:
        SandboxWireWriter::trickle(socket, serialise(sent, closeConnection), fault->intervalMs, ending);
        return;
    case Kind::DropMidBody: {
        const qint64 part = fault->afterBytes >= 0 ? qMin<qint64>(fault->afterBytes, sent.body.size())
                                                   : sent.body.size() / 2;
        socket->write(serialiseHead(sent, sent.body.size(), false) + sent.body.left(part));
        // Give the client a moment to read the part, then reset.
        SandboxWireWriter::writeLater(socket, {}, 200, Ending::Reset);
        return;
    }
    case Kind::Truncated:
        // The whole body, announced as longer than it is, then an orderly close.
        socket->write(serialiseHead(sent, sent.body.size() + 64, true) + sent.body);
        SandboxWireWriter::end(socket, Ending::Close);
        return;
    case Kind::Oversize:
        if (!fault->withContentLength) {
            // No length: the body ends when the connection closes.
            socket->write(serialiseHead(sent, std::nullopt, true) + sent.body);
            SandboxWireWriter::end(socket, Ending::Close);
            return;
        }
        break;
    case Kind::Status:
    case Kind::Redirect:
    case Kind::CommitThenRedirect:
    case Kind::MalformedJson:
    case Kind::WrongContentType:
    case Kind::WrongTypes:
    case Kind::OmitField:
        break;
    }
    socket->write(serialise(sent, closeConnection));
    SandboxWireWriter::end(socket, ending);
}

} // namespace keydesk
