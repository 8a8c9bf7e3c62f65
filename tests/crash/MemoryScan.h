#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>

namespace keydesk::test {

// Secrets the driver must remember for a later memory scan without holding them in
// plain form: each is kept XOR-masked with a random pad, and unmasked only into a
// private mapping that the scan skips (as it skips its own read buffer).
class MaskedSecrets final {
public:
    MaskedSecrets();
    ~MaskedSecrets();
    MaskedSecrets(const MaskedSecrets &) = delete;
    MaskedSecrets &operator=(const MaskedSecrets &) = delete;

    // Takes a UTF-8 copy; the caller wipes its own.
    void add(const QString &label, const QByteArray &utf8Secret);
    int size() const { return int(m_entries.size()); }
    QString label(int index) const { return m_entries.at(index).label; }

    struct Hits {
        int utf8 = 0, utf16 = 0;
        // Under AddressSanitizer only: hits in freed blocks, which its quarantine keeps
        // untouched where a plain allocator would soon reuse them. Counted apart from
        // utf8/utf16 (live memory); each is described on stderr with who freed it.
        int freedUtf8 = 0, freedUtf16 = 0;
        QList<QString> where; // "heap", "anonymous", "stack", "<file path>" per hit
    };
    // Scans every readable mapping of this process (/proc/self/maps + /proc/self/mem).
    Hits scan(int index) const;

private:
    struct Entry {
        QString label;
        QByteArray masked;
        QByteArray pad;
    };
    QList<Entry> m_entries;
    // Private mappings: the unmasked needles and the read buffer.
    unsigned char *m_needle = nullptr;
    unsigned char *m_buffer = nullptr;
    std::size_t m_needleSize = 0;
    std::size_t m_bufferSize = 0;
};

} // namespace keydesk::test
