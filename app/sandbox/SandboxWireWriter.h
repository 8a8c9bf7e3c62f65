#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace keydesk {

// Writes bytes to one connection later or slowly, and ends connections abruptly. A
// child of the socket, so it goes away with the connection (a client that gave up).
class SandboxWireWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxWireWriter)
public:
    enum class Ending { KeepOpen, Close, Reset };

    // All bytes after `delayMs`, then `ending`.
    static void writeLater(QTcpSocket *socket, QByteArray bytes, int delayMs, Ending ending);
    // One byte every `intervalMs`, then `ending`.
    static void trickle(QTcpSocket *socket, QByteArray bytes, int intervalMs, Ending ending);
    // Ends the connection with a TCP reset (no orderly close), like a crashed proxy.
    static void reset(QTcpSocket *socket);
    static void end(QTcpSocket *socket, Ending ending);

private:
    SandboxWireWriter(QTcpSocket *socket, QByteArray bytes, Ending ending);
    void writeNext(qsizetype count);

    QTcpSocket *m_socket;
    QByteArray m_bytes;
    qsizetype m_written = 0;
    Ending m_ending;
    QTimer m_timer;
};

} // namespace keydesk
