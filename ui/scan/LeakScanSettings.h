#pragma once

#include <QStringList>

class QSettings;

namespace keydesk {

// What the scan dialog remembers in the injected QSettings (never a secret): the folders
// to scan and the options. Like Preferences, save() writes only what changed since load().
struct LeakScanSettings final {
    QStringList folders;
    bool history = false;
    bool binary = false;

    static LeakScanSettings load(QSettings &settings);
    void save(QSettings &settings);

private:
    QStringList m_savedFolders;
    bool m_savedHistory = false;
    bool m_savedBinary = false;
};

} // namespace keydesk
