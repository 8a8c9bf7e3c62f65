#include "ScriptedServer.h"

#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace keydesk::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

ScriptStep ScriptStep::reply(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &contentType)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        raw += "Content-Type: " + contentType + "\r\n";
    for (const auto &header : headers)
        raw += header.first + ": " + header.second + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return {Action::Reply, raw, 0, 0, false};
}

ScriptStep ScriptStep::closeAfterRequest()
{
    return {Action::CloseAfterRequest, {}, 0, 0, false};
}

ScriptStep ScriptStep::hang()
{
    return {Action::Hang, {}, 0, 0, false};
}

ScriptStep ScriptStep::trickle(int intervalMs)
{
    return {Action::Trickle,
            QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                              "Connection: close\r\n\r\n"),
            intervalMs, 0, false};
}

ScriptStep ScriptStep::stream(qint64 bytes, Framing framing)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
    if (framing == Framing::ContentLength)
        head += "Content-Length: " + QByteArray::number(bytes) + "\r\n";
    if (framing == Framing::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    head += "\r\n";
    return {Action::Stream, head, 0, bytes, framing == Framing::Chunked};
}

struct ScriptedServer::Connection final {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool served = false;
    qint64 streamRemaining = 0;
    bool chunked = false;
    std::unique_ptr<QTimer> trickleTimer;
};

ScriptedServer::ScriptedServer(std::optional<QSslConfiguration> tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls.has_value())
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    // QSslServer queues a connection only once its handshake is done, after newConnection.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    for (const auto &connection : m_open) {
        connection->socket->disconnect(this);
        delete connection->socket;
    }
}

void ScriptedServer::forget(Connection *connection)
{
    connection->socket->disconnect(this);
    connection->socket->deleteLater();
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (it->get() == connection) {
            m_open.erase(it);
            return;
        }
    }
}

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void ScriptedServer::close()
{
    m_server->close();
}

int ScriptedServer::requestCount(const QByteArray &method) const
{
    int count = 0;
    for (const ReceivedRequest &request : m_requests)
        count += request.method == method ? 1 : 0;
    return count;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_open.push_back(std::make_unique<Connection>());
        Connection *connection = m_open.back().get();
        connection->socket = socket;
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { feedStream(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (connection->streamRemaining > 0 || connection->trickleTimer)
                m_clientDisconnectedEarly = true;
            forget(connection);
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(connection);
    }
}

void ScriptedServer::onReadyRead(Connection *connection)
{
    connection->buffer += connection->socket->readAll();
    if (connection->served)
        return;
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;

    ReceivedRequest request;
    const QList<QByteArray> lines = connection->buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 length = request.headers.value("content-length", "0").toLongLong();
    if (connection->buffer.size() < headEnd + 4 + length)
        return;
    request.body = connection->buffer.mid(headEnd + 4, length);
    m_requests.append(request);
    connection->served = true;
    serve(connection);
}

void ScriptedServer::serve(Connection *connection)
{
    const ScriptStep step = m_script.isEmpty() ? ScriptStep::reply(500, "{\"message\":\"no script\"}")
                                               : m_script.at(qMin(m_nextStep++, int(m_script.size()) - 1));
    QTcpSocket *socket = connection->socket;
    switch (step.action) {
    case ScriptStep::Action::Reply:
        socket->write(step.response);
        socket->disconnectFromHost();
        break;
    case ScriptStep::Action::CloseAfterRequest:
        socket->abort();
        break;
    case ScriptStep::Action::Trickle:
        socket->write(step.response);
        connection->trickleTimer = std::make_unique<QTimer>();
        connect(connection->trickleTimer.get(), &QTimer::timeout, this, [this, socket] {
            socket->write(" ");
            ++m_streamedBytes;
        });
        connection->trickleTimer->start(step.intervalMs);
        break;
    case ScriptStep::Action::Hang:
        break;
    case ScriptStep::Action::Stream:
        socket->write(step.response);
        connection->streamRemaining = step.streamBytes;
        connection->chunked = step.chunked;
        feedStream(connection);
        break;
    }
}

void ScriptedServer::feedStream(Connection *connection)
{
    // Keep a little in flight only, so a client that stops reading stops the stream.
    constexpr qint64 chunk = 16 * 1024;
    if (connection->streamRemaining <= 0 || connection->socket->bytesToWrite() > chunk)
        return;
    const qint64 size = qMin(chunk, connection->streamRemaining);
    if (connection->chunked)
        connection->socket->write(QByteArray::number(size, 16) + "\r\n");
    connection->socket->write(QByteArray(size, ' '));
    if (connection->chunked)
        connection->socket->write("\r\n");
    connection->streamRemaining -= size;
    m_streamedBytes += size;
    if (connection->streamRemaining == 0) {
        if (connection->chunked)
            connection->socket->write("0\r\n\r\n");
        connection->socket->disconnectFromHost();
    }
}

} // namespace keydesk::test
