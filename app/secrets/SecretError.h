#pragma once

#include <QCoreApplication>
#include <QString>

namespace keydesk {

// What really went wrong with the OS keychain (QtKeychain's own codes are too coarse:
// a locked collection reads as "entry not found", a missing bus as "other error").
struct SecretError final {
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind {
        None,
        NotFound,        // the collection is unlocked and has no such entry
        NoSessionBus,    // no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset/dead)
        NoSecretService, // no org.freedesktop.secrets provider (gnome-keyring, KWallet)
        Locked,          // the collection is locked and could not be unlocked
        AccessDenied,    // the user or the service refused
        Timeout,         // the job did not finish in time
        Other,
    };

    Kind kind = Kind::None;
    QString detail; // the backend's own words

    bool isError() const { return kind != Kind::None; }
    // One translated sentence: what is wrong and what to do about it.
    QString userMessage() const;
    // Stable, untranslated identifier for logs, JSON and tests: "not-found", "locked", ...
    static QString kindId(Kind kind);
};

} // namespace keydesk
