#include "DatabaseProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// Every SQLite 3 file starts with these 16 bytes (sqlite.org/fileformat.html).
const QByteArray sqliteMagic("SQLite format 3\0", 16);

DatabaseProbe::Result failure(const QSqlError &error)
{
    DatabaseProbe::Result result;
    result.errorKind = SqliteError::classify(error);
    result.verdict = result.errorKind == SqliteError::Kind::Corrupt ? DatabaseProbe::Verdict::Corrupt
                                                                    : DatabaseProbe::Verdict::Unreadable;
    result.detail = SqliteError::describe(error);
    return result;
}

DatabaseProbe::Result readHeader(QSqlDatabase &db, int knownVersion, qint32 applicationId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto single = [&query](const QString &sql, qint64 &value) {
        if (!query.exec(sql) || !query.next())
            return false;
        value = query.value(0).toLongLong();
        query.finish();
        return true;
    };
    qint64 fileApplicationId = 0;
    qint64 version = 0;
    qint64 objects = 0;
    if (!single(u"PRAGMA application_id"_s, fileApplicationId) || !single(u"PRAGMA user_version"_s, version)
        || !single(u"SELECT count(*) FROM sqlite_master"_s, objects)) {
        return failure(query.lastError());
    }
    DatabaseProbe::Result result;
    result.version = int(version);
    if (fileApplicationId == 0 && version == 0 && objects == 0)
        result.verdict = DatabaseProbe::Verdict::Fresh;
    else if (fileApplicationId != applicationId)
        result.verdict = DatabaseProbe::Verdict::Foreign;
    else if (version > knownVersion)
        result.verdict = DatabaseProbe::Verdict::Newer;
    else
        result.verdict = DatabaseProbe::Verdict::Inventory;
    return result;
}

} // namespace

DatabaseProbe::Result DatabaseProbe::inspect(const QString &path, int knownVersion, qint32 applicationId,
                                             int busyTimeoutMs)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.size() == 0)
        return {Verdict::Fresh, 0, SqliteError::Kind::None, {}};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Verdict::Unreadable, 0, SqliteError::Kind::CannotOpen, file.errorString()};
    const QByteArray head = file.read(sqliteMagic.size());
    file.close();
    if (head != sqliteMagic)
        return {Verdict::Corrupt, 0, SqliteError::Kind::Corrupt, u"not an SQLite database"_s};

    const QString name = u"keydesk-inventory-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open())
            result = failure(db.lastError());
        else
            result = readHeader(db, knownVersion, applicationId);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace keydesk
