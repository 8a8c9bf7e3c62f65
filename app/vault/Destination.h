#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace keydesk {

// Where a new key is handed straight to (docs/design.md#delivery): parsed from
// `keychain:LABEL`, `pass:NAME`, `keepassxc:DATABASE:ENTRY` or `command:NAME`. It names
// places and programs, never a secret.
struct Destination final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::Destination)
public:
    enum class Kind { Keychain, Pass, KeePassXc, Command };

    Kind kind = Kind::Keychain;
    QString name;     // keychain: the label; pass: the entry; command: the saved template
    QString database; // keepassxc: the database file
    QString entry;    // keepassxc: the entry's path in the database

    // nullopt with `error` set (translated) for anything else. `keydesk` is the
    // product's own keychain service: a lasting entry must not be written among
    // KeyDesk's pending ones (keychain:KeyDesk is refused).
    static std::optional<Destination> parse(const QString &spec, const QString &ownKeychainService, QString *error);
    // The spec as parse() reads it ("pass:team/deploy"); logged and printed.
    QString spec() const;
    static QString kindId(Kind kind); // "keychain", "pass", "keepassxc", "command"
    QString kindId() const { return kindId(kind); }
    // The external program it runs (pass, keepassxc-cli), empty for keychain and command.
    QString toolName() const;
    // Whether KeyDesk reads the key back and compares fingerprints (not for command).
    bool isVerifiable() const { return kind != Kind::Command; }
};

} // namespace keydesk
