#pragma once

#include <QRegularExpression>
#include <QString>

namespace keydesk {

// The action log's guard against a secret slipping into its free text (a server
// message that echoes a key, a key pasted as a name): anything shaped like a key of
// the three dialects becomes its masked identifier, anything shaped like a session
// token (JWT) becomes "[redacted]".
class LogTextScrubber final {
public:
    LogTextScrubber();
    QString scrubbed(const QString &text) const;

private:
    QRegularExpression m_secretShaped;
};

} // namespace keydesk
