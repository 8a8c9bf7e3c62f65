#pragma once

#include <QString>

class QMainWindow;
class QSettings;

namespace keydesk {

// What the main window keeps in the settings file: its geometry and dock state, and the
// organisation on screen (or "All organisations") for the next start. A settings file Qt
// could not parse completely is reported (ProfileStore::problem) and left exactly as it
// is for the user to repair: QSettings would rewrite it on the next sync and drop the
// lines it could not read.
class WindowSettings final {
public:
    explicit WindowSettings(QSettings *settings);

    bool isWritable() const;
    QString lastProfile() const;
    bool lastWasAllOrganisations() const;
    void rememberAllOrganisations();
    // Written only when it changed: a write is a locked, synced file on the GUI thread.
    void rememberProfile(const QString &name);
    void restore(QMainWindow &window) const;
    void save(const QMainWindow &window); // and synced; only when writable
private:
    QSettings *m_settings;
};

} // namespace keydesk
