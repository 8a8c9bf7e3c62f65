#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keydesk {

// The words for a finding, translated: its reason ("Expires in 5 days, on 2026-12-06.")
// and its suggested action, for the window, the tray, notifications and the CLI.
class FindingText final {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    // "Expires soon", "Usage spike", ...
    static QString title(FindingCode code);
    // A sentence with the figures of `finding`; dates are UTC days (the CLI and the
    // tests read them the same on every machine).
    static QString reason(const Finding &finding);
    // "Rotate", "Revoke", "Set an expiry by rotating".
    static QString actionLabel(SuggestedAction action);
    // "Info", "Warning", "Critical".
    static QString severityLabel(Severity severity);
};

} // namespace keydesk
