#include "FindingRegistry.h"

#include "InventoryDatabase.h"
#include "SqlValue.h"

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

// An organisation's finding (limit-near) has no key: stored as '' (the column is NOT NULL
// and part of the key), never as the NULL a null QString binds to.
QString keyIdValue(const QString &keyId)
{
    return keyId.isNull() ? u""_s : keyId;
}

} // namespace

FindingRegistry::FindingRegistry(InventoryDatabase &database)
    : m_database(database)
    , m_upsert(database.connection(),
               uR"(INSERT OR REPLACE INTO acknowledgements (organisation, key_id, code, severity, note, at, until)
                   VALUES (?, ?, ?, ?, ?, ?, ?))"_s)
    , m_delete(database.connection(),
               u"DELETE FROM acknowledgements WHERE organisation = ? AND key_id = ? AND code = ?"_s)
    , m_select(database.connection(),
               u"SELECT organisation, key_id, code, severity, note, at, until FROM acknowledgements"_s)
    , m_notices(database.connection(), u"SELECT identity, notified_at, snoozed_until FROM finding_notices"_s)
    , m_upsertNotice(
          database.connection(),
          u"INSERT OR REPLACE INTO finding_notices (identity, notified_at, snoozed_until) VALUES (?, ?, ?)"_s)
{
}

QSqlError FindingRegistry::acknowledge(const FindingAcknowledgement &acknowledgement)
{
    return m_database.write([&]() {
        return m_upsert.run({acknowledgement.organisation, keyIdValue(acknowledgement.keyId),
                             findingCodeId(acknowledgement.code), int(acknowledgement.severity),
                             SqlValue::optionalText(m_scrubber.scrubbed(acknowledgement.note)),
                             SqlValue::time(acknowledgement.at), SqlValue::time(acknowledgement.until)});
    });
}

QSqlError FindingRegistry::withdraw(const QString &organisation, const QString &keyId, FindingCode code, bool &found)
{
    return m_database.write([&]() {
        const QSqlError error = m_delete.run({organisation, keyIdValue(keyId), findingCodeId(code)});
        found = !error.isValid() && m_delete.query().numRowsAffected() > 0;
        return error;
    });
}

QSqlError FindingRegistry::acknowledgements(QList<FindingAcknowledgement> &acknowledgements)
{
    acknowledgements.clear();
    if (const QSqlError error = m_select.run({}); error.isValid())
        return error;
    QSqlQuery &query = m_select.query();
    while (query.next()) {
        const auto code = findingCodeFromId(query.value(2).toString());
        if (!code) // a rule of a newer KeyDesk
            continue;
        FindingAcknowledgement acknowledgement;
        acknowledgement.organisation = query.value(0).toString();
        acknowledgement.keyId = query.value(1).toString();
        acknowledgement.code = *code;
        acknowledgement.severity = Severity(
            qBound(int(Severity::Info), query.value(3).toInt(), int(Severity::Critical)));
        acknowledgement.note = query.value(4).toString();
        acknowledgement.at = SqlValue::toTime(query.value(5));
        acknowledgement.until = SqlValue::toTime(query.value(6));
        acknowledgements.append(acknowledgement);
    }
    const QSqlError error = query.lastError();
    m_select.finish();
    return error;
}

QSqlError FindingRegistry::notices(QHash<QString, FindingNotice> &notices)
{
    return m_database.read([&]() { return readNotices(notices); });
}

QSqlError FindingRegistry::readNotices(QHash<QString, FindingNotice> &notices)
{
    notices.clear();
    if (const QSqlError error = m_notices.run({}); error.isValid())
        return error;
    QSqlQuery &query = m_notices.query();
    while (query.next()) {
        FindingNotice notice;
        notice.identity = query.value(0).toString();
        notice.notifiedAt = SqlValue::toTime(query.value(1));
        notice.snoozedUntil = SqlValue::toTime(query.value(2));
        notices.insert(notice.identity, notice);
    }
    const QSqlError error = query.lastError();
    m_notices.finish();
    return error;
}

QSqlError FindingRegistry::setNotices(const QList<FindingNotice> &notices)
{
    return m_database.write([&]() -> QSqlError {
        for (const FindingNotice &notice : notices) {
            if (const QSqlError error = m_upsertNotice.run(
                    {notice.identity, SqlValue::time(notice.notifiedAt), SqlValue::time(notice.snoozedUntil)});
                error.isValid())
                return error;
        }
        return {};
    });
}

QSqlError FindingRegistry::claimNotices(const QStringList &identities, const QDateTime &now, QStringList &claimed)
{
    claimed.clear();
    return m_database.write([&]() -> QSqlError {
        QHash<QString, FindingNotice> known;
        if (const QSqlError error = readNotices(known); error.isValid())
            return error;
        for (const QString &identity : identities) {
            const auto notice = known.constFind(identity);
            if (notice != known.cend() && !notice->isDueAgain(now))
                continue;
            if (const QSqlError error = m_upsertNotice.run({identity, SqlValue::time(now), SqlValue::time({})});
                error.isValid())
                return error;
            claimed.append(identity);
        }
        return {};
    });
}

} // namespace keydesk
