#pragma once

#include "LeakSighting.h"

#include <QByteArray>
#include <QList>

namespace keydesk {

// Scans one stream (a file, a blob, stdin) in chunks with bounded memory: the caller
// reads into space(), then advance(); each chunk keeps LeakPattern::overlap bytes of
// the one before, so a key across two reads is found once, and no more than one chunk
// is ever held (a 2 GB file, a 10 MB line). The sightings carry the fingerprint and
// masked identifier; the key bytes stay in the reused buffer only.
class LeakStreamScanner final {
public:
    static constexpr qsizetype defaultChunkSize = qsizetype(1) << 20;
    // The first bytes that tell a binary stream (a NUL among them), as git and ripgrep do.
    static constexpr qsizetype binaryProbeSize = 8192;

    explicit LeakStreamScanner(bool skipBinary, qsizetype chunkSize = defaultChunkSize);
    // LeakSighting::secret filled in (LeakScanOptions::keepKeys).
    void setKeepKeys(bool keep) { m_keepKeys = keep; }
    ~LeakStreamScanner();
    LeakStreamScanner(const LeakStreamScanner &) = delete;
    LeakStreamScanner &operator=(const LeakStreamScanner &) = delete;

    // Starts a new stream; sightings get this path (the caller fills in commit and blob).
    void reset(const QString &path);
    // Where the next read goes, and how many bytes fit.
    char *space();
    qsizetype spaceSize() const;
    // `count` bytes were read into space(). False once the stream is known to be binary
    // (when binary streams are skipped): stop reading.
    bool advance(qsizetype count);
    // Nothing follows: scans the rest.
    void finish();
    // Scans a whole buffer as one stream (tests, small inputs).
    void scanAll(QByteArrayView bytes);

    bool isBinary() const { return m_binary; }
    bool skippedAsBinary() const { return m_binary && m_skipBinary; }
    qint64 bytesScanned() const { return m_base + m_size; }
    QList<LeakSighting> takeSightings();

private:
    void scan(bool atEnd);
    void countLinesUpTo(qsizetype end);

    bool m_skipBinary;
    bool m_keepKeys = false;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    QString m_path;
    qint64 m_base = 0;      // the stream offset of m_buffer[0]
    qsizetype m_size = 0;   // bytes held
    qsizetype m_from = 0;   // keys start at or after this index
    qsizetype m_counted = 0; // newlines are counted up to this index
    qint64 m_line = 1;
    qint64 m_lineStart = 0; // the stream offset where the current line starts
    bool m_probed = false;
    bool m_binary = false;
    QList<LeakSighting> m_sightings;
};

} // namespace keydesk
