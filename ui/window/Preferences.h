#pragma once

class QSettings;

namespace keydesk {

// The user's choices, kept in the injected QSettings (never a secret).
//
// Several KeyDesk windows may run at once on one settings file. QSettings merges what
// each process changed key by key when it syncs, so a window must write only the values
// its user changed: writing back its whole copy would undo another window's choice.
struct Preferences final {
    static constexpr int defaultClipboardTimeoutSeconds = 30;
    static constexpr int defaultRefreshIntervalSeconds = 60;
    static constexpr int defaultWatchIntervalMinutes = 15; // WatchCycle::defaultIntervalMinutes

    int clipboardTimeoutSeconds = defaultClipboardTimeoutSeconds;
    int refreshIntervalSeconds = defaultRefreshIntervalSeconds; // 0 = no periodic refresh
    bool keepRunningInTray = false;                             // the background watch (ui/tray)
    int watchIntervalMinutes = defaultWatchIntervalMinutes;     // its refresh of every profile

    // The values in the settings file now: it is read again first (unless QSettings found
    // it damaged), so what another KeyDesk saved meanwhile counts.
    static Preferences load(QSettings &settings);
    // Writes the values that differ from what load() (or the last save()) saw, and only
    // those, then syncs so other KeyDesk processes can read them.
    void save(QSettings &settings);

private:
    struct Values {
        int clipboardTimeoutSeconds = defaultClipboardTimeoutSeconds;
        int refreshIntervalSeconds = defaultRefreshIntervalSeconds;
        bool keepRunningInTray = false;
        int watchIntervalMinutes = defaultWatchIntervalMinutes;
    };
    Values m_saved; // what the settings file held, as far as this copy knows
};

} // namespace keydesk
