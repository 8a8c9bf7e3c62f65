#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace keydesk {

// Profiles in QSettings (injected, so tests and the demo use their own file).
// Never stores a secret.
class ProfileStore final {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QSettings *settings);

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    // Validates name (non-empty, no '/' or '\\'), URL (https, or http on loopback) and
    // CA file (exists). Returns a translated message on failure, empty on success.
    QString validate(const Profile &profile) const;
    bool save(const Profile &profile);   // add or replace
    bool remove(const QString &name);
    // Settings status: QSettings::FormatError on a corrupt file is reported, not fatal.
    QString problem() const;

private:
    QSettings *m_settings;
};

} // namespace keydesk
