#include "LeakStreamScanner.h"

#include "CreatedKeyFingerprint.h"
#include "KeyFormat.h"
#include "LeakPattern.h"

#include <cstring>

namespace keydesk {

LeakStreamScanner::LeakStreamScanner(bool skipBinary, qsizetype chunkSize)
    : m_skipBinary(skipBinary)
    , m_chunkSize(std::max(chunkSize, LeakPattern::overlap))
{
    m_buffer.resize(m_chunkSize + LeakPattern::overlap);
}

LeakStreamScanner::~LeakStreamScanner()
{
    m_buffer.fill('\0'); // it held whatever keys the stream had
}

void LeakStreamScanner::reset(const QString &path)
{
    m_path = path;
    m_base = 0;
    m_size = 0;
    m_from = 0;
    m_counted = 0;
    m_line = 1;
    m_lineStart = 0;
    m_probed = false;
    m_binary = false;
}

char *LeakStreamScanner::space()
{
    return m_buffer.data() + m_size;
}

qsizetype LeakStreamScanner::spaceSize() const
{
    return m_buffer.size() - m_size;
}

bool LeakStreamScanner::advance(qsizetype count)
{
    if (m_binary && m_skipBinary)
        return false;
    m_size += count;
    if (!m_probed && (m_base + m_size >= binaryProbeSize)) {
        m_probed = true;
        m_binary = std::memchr(m_buffer.constData(), '\0', size_t(std::min<qint64>(m_size, binaryProbeSize))) != nullptr;
        if (m_binary && m_skipBinary)
            return false;
    }
    if (spaceSize() == 0)
        scan(false);
    return true;
}

void LeakStreamScanner::finish()
{
    if (!m_probed) {
        m_probed = true;
        m_binary = std::memchr(m_buffer.constData(), '\0', size_t(m_size)) != nullptr;
    }
    if (m_binary && m_skipBinary)
        return;
    scan(true);
}

void LeakStreamScanner::scanAll(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype n = std::min(bytes.size(), spaceSize());
        std::memcpy(space(), bytes.data(), size_t(n));
        bytes = bytes.sliced(n);
        if (!advance(n))
            return;
    }
    finish();
}

QList<LeakSighting> LeakStreamScanner::takeSightings()
{
    return std::exchange(m_sightings, {});
}

void LeakStreamScanner::countLinesUpTo(qsizetype end)
{
    const char *data = m_buffer.constData();
    while (m_counted < end) {
        const void *hit = std::memchr(data + m_counted, '\n', size_t(end - m_counted));
        if (!hit) {
            m_counted = end;
            break;
        }
        const qsizetype at = static_cast<const char *>(hit) - data;
        ++m_line;
        m_lineStart = m_base + at + 1;
        m_counted = at + 1;
    }
}

void LeakStreamScanner::scan(bool atEnd)
{
    const qsizetype until = atEnd ? m_size : std::max(m_from, m_size - LeakPattern::overlap + 1);
    QList<KeyOccurrence> found;
    LeakPattern::find(QByteArrayView(m_buffer.constData(), m_size), m_from, until, atEnd, found);
    for (const KeyOccurrence &occurrence : found) {
        countLinesUpTo(occurrence.offset);
        QString key = QString::fromLatin1(m_buffer.constData() + occurrence.offset, occurrence.length);
        const CreatedKeyFingerprint print = CreatedKeyFingerprint::of(key);
        LeakSighting sighting;
        sighting.path = m_path;
        sighting.line = m_line;
        sighting.column = m_base + occurrence.offset - m_lineStart + 1;
        sighting.dialect = occurrence.dialect;
        sighting.masked = print.maskedIdentifier;
        sighting.fingerprint = print.fingerprint;
        sighting.lastFour = print.lastFour;
        sighting.localLeadsPrefix = KeyFormat::localLeadsPrefix(key);
        if (m_keepKeys)
            sighting.secret = key;
        else
            key.fill(u'\0');
        m_sightings.append(sighting);
    }
    countLinesUpTo(until);
    if (atEnd)
        return;
    // Keep the overlap (and the byte before it, for the boundary) for the next chunk.
    const qsizetype keep = std::max<qsizetype>(0, until - 1);
    std::memmove(m_buffer.data(), m_buffer.constData() + keep, size_t(m_size - keep));
    m_base += keep;
    m_size -= keep;
    m_from = until - keep;
    m_counted = std::max<qsizetype>(0, m_counted - keep);
}

} // namespace keydesk
