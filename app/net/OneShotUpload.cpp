#include "OneShotUpload.h"

#include <cstring>

namespace keydesk {

OneShotUpload::OneShotUpload(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    if (m_offset >= m_data.size())
        return -1; // end of the body
    const qint64 count = qMin(maxSize, m_data.size() - m_offset);
    std::memcpy(data, m_data.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 OneShotUpload::writeData(const char *, qint64)
{
    return -1;
}

} // namespace keydesk
