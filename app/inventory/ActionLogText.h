#pragma once

#include <QString>
#include <QStringList>

namespace keydesk {

// Translated names for the ids of ActionLogEntry, for the Log window and `keydesk-cli
// log`; an unknown id (a newer KeyDesk's) is shown as it is, made safe to display.
class ActionLogText final {
public:
    static QString actionLabel(const QString &action);
    static QString outcomeLabel(const QString &outcome);
    static QStringList knownActions();
    static QStringList knownOutcomes();
};

} // namespace keydesk
