#include "CorruptFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace keydesk {

CorruptFile::Moved CorruptFile::moveAside(const QString &path, const QDateTime &now)
{
    const QString stem = path + u".corrupt-"_s + now.toUTC().toString(u"yyyyMMddTHHmmss"_s);
    QString target = stem;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + u"-wal"_s); ++n)
        target = stem + u'-' + QString::number(n);

    Moved moved;
    QFile database(path);
    if (database.exists() && !database.rename(target)) {
        moved.error = database.errorString();
        return moved;
    }
    // The log belongs to the damaged file; a new database must not replay it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile companion(path + suffix);
        if (companion.exists() && !companion.rename(target + suffix) && !companion.remove()) {
            moved.error = companion.errorString();
            return moved;
        }
    }
    moved.ok = true;
    moved.movedTo = target;
    return moved;
}

} // namespace keydesk
