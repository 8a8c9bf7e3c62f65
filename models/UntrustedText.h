#pragma once

#include <QString>
#include <QStringView>

namespace keydesk {

// Text that came from a server (key names, ids, statuses, messages) or from a file,
// made safe to show: on a terminal, in a log line or in a widget it can neither move
// the cursor, retitle the window, ring the bell, reorder what follows it (bidi
// controls) nor break the line. Every control character, lone surrogate and bidi or
// invisible formatting character becomes a visible escape (`\x1b`, `\u202e`); a
// backslash becomes `\\` so an escape shown can always be told from one received.
// Printable text, emoji included, is kept as it is. The result is plain text: show it
// with a literal format, never as the format of QString::arg (docs/security.md).
class UntrustedText final {
public:
    static QString forDisplay(QStringView text);
    // True when forDisplay() would change nothing.
    static bool isDisplaySafe(QStringView text);
    // Typed by the user: true when `text` holds a control, bidi-control or invisible
    // formatting character or a lone surrogate (names are refused with a message).
    static bool hasControlCharacters(QStringView text);
};

} // namespace keydesk
