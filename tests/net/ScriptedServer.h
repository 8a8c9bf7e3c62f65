#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QTcpSocket;

namespace keydesk::test {

// What the scripted server does with one request.
struct ScriptStep final {
    enum class Action {
        Reply,             // write `response` (complete HTTP bytes) and close
        CloseAfterRequest, // read the request, then close without a byte of answer
        Trickle,           // write `response` (the head), then one body byte every `intervalMs`
        Stream,            // write `response` (the head), then `streamBytes` of body as fast as read
        Hang,              // read the request and never answer
    };
    Action action = Action::Reply;
    QByteArray response;
    int intervalMs = 0;
    qint64 streamBytes = 0;
    bool chunked = false; // Stream: body in HTTP/1.1 chunked framing

    // A complete response with Content-Length and Connection: close.
    static ScriptStep reply(int status, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {},
                            const QByteArray &contentType = QByteArrayLiteral("application/json"));
    static ScriptStep closeAfterRequest();
    static ScriptStep trickle(int intervalMs);
    enum class Framing { ContentLength, Chunked, UntilClose };
    static ScriptStep stream(qint64 bytes, Framing framing);
    static ScriptStep hang();
};

struct ReceivedRequest final {
    QByteArray method;
    QByteArray target;                    // as sent: path and query, still percent-encoded
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// A tiny HTTP/1.1 server on 127.0.0.1 for fault cases: answers each request with the
// next step of its script (the last step repeats) and records what it received.
// With a TLS configuration it serves HTTPS (QSslServer).
class ScriptedServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)
public:
    explicit ScriptedServer(std::optional<QSslConfiguration> tls = std::nullopt, QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    QUrl url() const; // http(s)://127.0.0.1:<port>
    quint16 port() const;
    void close();

    void addStep(ScriptStep step) { m_script.append(std::move(step)); }

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int requestCount(const QByteArray &method) const;
    int connectionCount() const { return m_connections; }
    // Body bytes written by Stream/Trickle steps before the client went away.
    qint64 streamedBytes() const { return m_streamedBytes; }
    bool clientDisconnectedEarly() const { return m_clientDisconnectedEarly; }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void serve(Connection *connection);
    void feedStream(Connection *connection);
    void forget(Connection *connection);

    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_open;
    bool m_tls = false;
    QList<ScriptStep> m_script;
    int m_nextStep = 0;
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
    qint64 m_streamedBytes = 0;
    bool m_clientDisconnectedEarly = false;
};

} // namespace keydesk::test
