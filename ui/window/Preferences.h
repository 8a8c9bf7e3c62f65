#pragma once

class QSettings;

namespace keydesk {

// The user's choices, kept in the injected QSettings (never a secret).
struct Preferences final {
    static constexpr int defaultClipboardTimeoutSeconds = 30;
    static constexpr int defaultRefreshIntervalSeconds = 60;

    int clipboardTimeoutSeconds = defaultClipboardTimeoutSeconds;
    int refreshIntervalSeconds = defaultRefreshIntervalSeconds; // 0 = no periodic refresh

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace keydesk
