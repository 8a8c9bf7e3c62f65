#include "MemoryScan.h"

#include <QFile>
#include <QRandomGenerator>

#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

namespace keydesk::test {

namespace {

constexpr std::size_t needleCapacity = 4096;
constexpr std::size_t bufferCapacity = 1 << 20;

unsigned char *privateMapping(std::size_t size)
{
    void *memory = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return memory == MAP_FAILED ? nullptr : static_cast<unsigned char *>(memory);
}

void wipe(unsigned char *memory, std::size_t size)
{
    volatile unsigned char *bytes = memory;
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

struct Mapping {
    quintptr start = 0, end = 0;
    QString name;
};

QList<Mapping> readableMappings()
{
    QList<Mapping> mappings;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return mappings;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(1).isEmpty() || fields.at(1).at(0) != 'r')
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        Mapping mapping;
        mapping.start = range.value(0).toULongLong(nullptr, 16);
        mapping.end = range.value(1).toULongLong(nullptr, 16);
        mapping.name = fields.size() > 5 ? QString::fromUtf8(fields.mid(5).join(' ')) : QStringLiteral("anonymous");
        if (mapping.name == QLatin1String("[vvar]") || mapping.name == QLatin1String("[vsyscall]"))
            continue;
        mappings.append(mapping);
    }
    return mappings;
}

} // namespace

MaskedSecrets::MaskedSecrets()
    : m_needle(privateMapping(needleCapacity))
    , m_buffer(privateMapping(bufferCapacity))
    , m_needleSize(needleCapacity)
    , m_bufferSize(bufferCapacity)
{
}

MaskedSecrets::~MaskedSecrets()
{
    if (m_needle)
        ::munmap(m_needle, m_needleSize);
    if (m_buffer)
        ::munmap(m_buffer, m_bufferSize);
}

void MaskedSecrets::add(const QString &label, const QByteArray &utf8Secret)
{
    Entry entry;
    entry.label = label;
    entry.pad.resize(utf8Secret.size());
    entry.masked.resize(utf8Secret.size());
    for (qsizetype i = 0; i < utf8Secret.size(); ++i) {
        // Never zero, so no byte of the masked copy equals the secret's.
        entry.pad[i] = char(1 + QRandomGenerator::global()->bounded(255));
        entry.masked[i] = char(utf8Secret.at(i) ^ entry.pad.at(i));
    }
    m_entries.append(entry);
}

MaskedSecrets::Hits MaskedSecrets::scan(int index) const
{
    Hits hits;
    const Entry &entry = m_entries.at(index);
    const std::size_t length = std::size_t(entry.masked.size());
    if (!m_needle || !m_buffer || length == 0 || 3 * length > m_needleSize)
        return hits;
    // needle: the UTF-8 form, then the UTF-16 (little-endian) form of the ASCII secret.
    unsigned char *utf8 = m_needle;
    unsigned char *utf16 = m_needle + length;
    for (std::size_t i = 0; i < length; ++i) {
        utf8[i] = static_cast<unsigned char>(entry.masked.at(qsizetype(i)) ^ entry.pad.at(qsizetype(i)));
        utf16[2 * i] = utf8[i];
        utf16[2 * i + 1] = 0;
    }

    const int memory = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (memory >= 0) {
        const quintptr ownNeedle = quintptr(m_needle), ownBuffer = quintptr(m_buffer);
        const std::size_t overlap = 2 * length;
        const std::size_t step = m_bufferSize - overlap;
        for (const Mapping &mapping : readableMappings()) {
            if ((mapping.start <= ownNeedle && ownNeedle < mapping.end)
                || (mapping.start <= ownBuffer && ownBuffer < mapping.end))
                continue; // our own needle and read buffer (separate mappings)
            // AddressSanitizer reserves terabytes of shadow memory; no heap of this test
            // comes near 4 GiB, so larger mappings are reservations, not data.
            if (mapping.end - mapping.start > (quintptr(1) << 32))
                continue;
            for (quintptr at = mapping.start; at < mapping.end; at += step) {
                const std::size_t wanted = std::min<std::size_t>(m_bufferSize, mapping.end - at);
                const ssize_t got = ::pread(memory, m_buffer, wanted, off_t(at));
                if (got <= 0)
                    break;
                const bool last = at + std::size_t(got) >= mapping.end;
                // Count a match only where it starts in this step's range (the overlap
                // belongs to the next read), except in the last read of the mapping.
                const std::size_t countLimit = last ? std::size_t(got) : step;
                const auto count = [&](const unsigned char *needle, std::size_t size, int *counter, int *freedCounter) {
                    const unsigned char *from = m_buffer;
                    const unsigned char *end = m_buffer + got;
                    while (from + size <= end) {
                        const void *found = ::memmem(from, std::size_t(end - from), needle, size);
                        if (!found)
                            break;
                        const auto offset = std::size_t(static_cast<const unsigned char *>(found) - m_buffer);
                        if (offset >= countLimit)
                            break;
                        from = static_cast<const unsigned char *>(found) + 1;
#if defined(__SANITIZE_ADDRESS__)
                        // The stacks that allocated (and freed) the block name who left it.
                        void *address = reinterpret_cast<void *>(at + offset);
                        __asan_describe_address(address);
                        if (__asan_address_is_poisoned(address)) {
                            ++*freedCounter;
                            continue;
                        }
#else
                        Q_UNUSED(freedCounter)
#endif
                        ++*counter;
                        hits.where.append(mapping.name);
                    }
                };
                count(utf8, length, &hits.utf8, &hits.freedUtf8);
                count(utf16, 2 * length, &hits.utf16, &hits.freedUtf16);
                if (last)
                    break;
            }
        }
        ::close(memory);
    }
    wipe(m_needle, m_needleSize);
    wipe(m_buffer, m_bufferSize);
    return hits;
}

} // namespace keydesk::test
