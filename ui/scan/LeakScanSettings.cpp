#include "LeakScanSettings.h"

#include <QSettings>

namespace keydesk {

namespace {
const QString foldersKey = QStringLiteral("leakScan/folders");
const QString historyKey = QStringLiteral("leakScan/history");
const QString binaryKey = QStringLiteral("leakScan/binary");
} // namespace

LeakScanSettings LeakScanSettings::load(QSettings &settings)
{
    // A damaged file is left as it is (ProfileStore::problem reports it): sync() could rewrite it.
    if (settings.status() == QSettings::NoError)
        settings.sync();
    LeakScanSettings loaded;
    loaded.folders = settings.value(foldersKey).toStringList();
    loaded.folders.removeAll(QString());
    loaded.folders.removeDuplicates();
    loaded.history = settings.value(historyKey, false).toBool();
    loaded.binary = settings.value(binaryKey, false).toBool();
    loaded.m_savedFolders = loaded.folders;
    loaded.m_savedHistory = loaded.history;
    loaded.m_savedBinary = loaded.binary;
    return loaded;
}

void LeakScanSettings::save(QSettings &settings)
{
    if (settings.status() != QSettings::NoError)
        return;
    if (folders != m_savedFolders)
        settings.setValue(foldersKey, folders);
    if (history != m_savedHistory)
        settings.setValue(historyKey, history);
    if (binary != m_savedBinary)
        settings.setValue(binaryKey, binary);
    settings.sync();
    m_savedFolders = folders;
    m_savedHistory = history;
    m_savedBinary = binary;
}

} // namespace keydesk
