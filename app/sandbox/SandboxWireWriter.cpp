#include "SandboxWireWriter.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace keydesk {

SandboxWireWriter::SandboxWireWriter(QTcpSocket *socket, QByteArray bytes, Ending ending)
    : QObject(socket)
    , m_socket(socket)
    , m_bytes(std::move(bytes))
    , m_ending(ending)
{
}

void SandboxWireWriter::writeLater(QTcpSocket *socket, QByteArray bytes, int delayMs, Ending ending)
{
    auto *writer = new SandboxWireWriter(socket, std::move(bytes), ending);
    writer->m_timer.setSingleShot(true);
    connect(&writer->m_timer, &QTimer::timeout, writer, [writer] { writer->writeNext(writer->m_bytes.size()); });
    writer->m_timer.start(delayMs);
}

void SandboxWireWriter::trickle(QTcpSocket *socket, QByteArray bytes, int intervalMs, Ending ending)
{
    auto *writer = new SandboxWireWriter(socket, std::move(bytes), ending);
    connect(&writer->m_timer, &QTimer::timeout, writer, [writer] { writer->writeNext(1); });
    writer->m_timer.start(intervalMs);
}

void SandboxWireWriter::writeNext(qsizetype count)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // The client gave up; the socket is about to be deleted, and this with it.
        m_timer.stop();
        return;
    }
    const qsizetype chunk = qMin(count, m_bytes.size() - m_written);
    m_socket->write(m_bytes.constData() + m_written, chunk);
    m_written += chunk;
    if (m_written < m_bytes.size())
        return;
    m_timer.stop();
    deleteLater();
    end(m_socket, m_ending);
}

void SandboxWireWriter::end(QTcpSocket *socket, Ending ending)
{
    switch (ending) {
    case Ending::KeepOpen:
        return;
    case Ending::Close:
        socket->disconnectFromHost(); // after the pending bytes are written
        return;
    case Ending::Reset:
        socket->flush();
        reset(socket);
        return;
    }
}

void SandboxWireWriter::reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediate{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
#endif
    socket->abort();
}

} // namespace keydesk
