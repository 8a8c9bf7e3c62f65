#pragma once

#include <QString>

namespace keydesk {

class CommandContext;

// keydesk-cli command lines printed for the user to run next, pasteable as printed.
class ShellCommand final {
public:
    // Quotes an argument for a POSIX shell when it needs it; one with control characters
    // becomes $'…' with visible escapes, so printing it cannot drive the terminal.
    static QString quoted(const QString &argument);
    // "keydesk-cli --profile P" / "keydesk-cli --dialect D --base-url U" (+ --ca-file F).
    static QString prefix(const CommandContext &context);
};

} // namespace keydesk
