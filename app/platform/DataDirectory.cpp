#include "DataDirectory.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keydesk {

QString DataDirectory::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"KeyDesk/KeyDesk"_s);
}

QString DataDirectory::filePath(const QString &name)
{
    return QDir(path()).filePath(name);
}

} // namespace keydesk
