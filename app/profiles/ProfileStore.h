#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QSettings;

namespace keydesk {

// Profiles in QSettings (injected, so tests and the demo use their own file).
// Never stores a secret.
//
// Other KeyDesk processes (another window, keydesk-cli) change the same file. QSettings
// merges what each process changed key by key when it syncs, but it reads the file only
// then: its copy goes stale, and removing a group removes only the keys that copy knew.
// So every read here syncs first, and every change (a profile is a group of keys) runs
// under a lock file next to the settings ("<file>.profiles.lock"), on a copy synced
// under that lock: saving replaces the whole group as it is on disk, never mixing in keys
// another process wrote meanwhile.
class ProfileStore final {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    // How long a change waits for another process's change to the profiles (which takes
    // milliseconds); after that it fails and problem() says so.
    static constexpr std::chrono::milliseconds lockWait{2000};

    explicit ProfileStore(QSettings *settings);

    // Both read the settings file again first (unless QSettings found it damaged).
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    // Validates name (non-empty, no '/' or '\\'), URL (https, or http on loopback) and
    // CA file (exists). Returns a translated message on failure, empty on success.
    QString validate(const Profile &profile) const;
    bool save(const Profile &profile); // add or replace
    bool remove(const QString &name);  // false when it did not exist (or on failure)
    // Command templates for deliveries (docs/design.md#delivery): per profile, an argv
    // list (program first; never a secret), in the group "commandTemplates/<profile>",
    // outside the profile's own group so that saving the profile keeps them. remove()
    // removes them too.
    QMap<QString, QStringList> commandTemplates(const QString &profileName) const;
    QStringList commandTemplate(const QString &profileName, const QString &templateName) const;
    // A translated message when the name cannot be a template's, empty when it can.
    static QString validateTemplateName(const QString &templateName);
    bool saveCommandTemplate(const QString &profileName, const QString &templateName, const QStringList &argv);
    bool removeCommandTemplate(const QString &profileName, const QString &templateName); // false if absent

    // Settings status: QSettings::FormatError on a corrupt file is reported, not fatal;
    // after a failed save() or remove(), why it failed.
    QString problem() const;

private:
    void refresh() const;
    std::optional<Profile> read(const QString &name) const; // from the copy as it is
    QStringList names() const;
    bool update(const std::function<void()> &change);
    // The settings file names organisations and their hosts: owner-only, like the
    // handoff index. QSettings rewrites it through QSaveFile, which keeps this mode.
    void keepFileOwnerOnly() const;

    QSettings *m_settings;
    QString m_writeProblem;
};

} // namespace keydesk
