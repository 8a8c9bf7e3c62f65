#pragma once

#include "FindingAcknowledgement.h"
#include "FindingNotice.h"
#include "LogTextScrubber.h"
#include "PreparedStatement.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QStringList>

namespace keydesk {

class InventoryDatabase;

// The watch's tables: acknowledgements and notices (InventorySchema version 3).
class FindingRegistry final {
public:
    explicit FindingRegistry(InventoryDatabase &database);
    FindingRegistry(const FindingRegistry &) = delete;
    FindingRegistry &operator=(const FindingRegistry &) = delete;

    // One write transaction; replaces an earlier acknowledgement of the same key and rule.
    // The note is free text: anything shaped like a secret is masked (LogTextScrubber).
    QSqlError acknowledge(const FindingAcknowledgement &acknowledgement);
    // One write transaction; false when there was none.
    QSqlError withdraw(const QString &organisation, const QString &keyId, FindingCode code, bool &found);
    // Every acknowledgement (ended ones too: FindingAcknowledgement::covers judges).
    // Inside the caller's transaction.
    QSqlError acknowledgements(QList<FindingAcknowledgement> &acknowledgements);
    // By identity.
    QSqlError notices(QHash<QString, FindingNotice> &notices);
    // One write transaction for all of them.
    QSqlError setNotices(const QList<FindingNotice> &notices);
    // One write transaction: of `identities`, those never notified or due again at `now`
    // are marked notified at `now` (the snooze cleared) and returned in `claimed`, so two
    // KeyDesk processes never both notify one finding.
    QSqlError claimNotices(const QStringList &identities, const QDateTime &now, QStringList &claimed);

private:
    QSqlError readNotices(QHash<QString, FindingNotice> &notices); // inside the caller's transaction

    InventoryDatabase &m_database;
    PreparedStatement m_upsert;
    PreparedStatement m_delete;
    PreparedStatement m_select;
    PreparedStatement m_notices;
    PreparedStatement m_upsertNotice;
    LogTextScrubber m_scrubber;
};

} // namespace keydesk
