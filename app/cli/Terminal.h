#pragma once

#include <QByteArray>

#include <optional>

namespace keydesk {

// The few POSIX terminal facts the CLI needs.
class Terminal final {
public:
    static bool isTerminal(int fd);
    // Reads one secret from `fd`: everything up to EOF from a pipe or file, or one line
    // typed on a terminal with echo switched off. Blocking: call it only while no
    // request is in flight. nullopt when more than `maxBytes` arrive or reading fails.
    static std::optional<QByteArray> readSecret(int fd, qsizetype maxBytes);
};

} // namespace keydesk
