#include "TrackedKeyVerifier.h"

#include "ActionLogEntry.h"
#include "ApiClient.h"
#include "ApiReply.h"
#include "Inventory.h"
#include "SecretStore.h"

#include <QPointer>

namespace keydesk {

struct TrackedKeyVerifier::Round final {
    Organisation organisation;
    QList<TrackedKey> pending;
    Summary summary;
    ApiClient *client = nullptr;
};

TrackedKeyVerifier::TrackedKeyVerifier(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    if (!m_services.clock)
        m_services.clock = [] { return QDateTime::currentDateTimeUtc(); };
}

TrackedKeyVerifier::~TrackedKeyVerifier() = default;

QString TrackedKeyVerifier::trackedKeyEntry(const QString &organisation, const QString &keyId)
{
    return QStringLiteral("tracked/%1/%2").arg(organisation, keyId);
}

void TrackedKeyVerifier::verify(const Organisation &organisation, const Connection &connection)
{
    if (m_organisations.contains(organisation.name))
        return;
    m_organisations.append(organisation.name);
    ++m_running;
    auto round = std::make_shared<Round>();
    round->organisation = organisation;
    Connection withoutCredential = connection;
    withoutCredential.credential.clear(); // each key is its own credential
    round->client = new ApiClient(m_services.network, withoutCredential, this);
    m_services.inventory->trackedKeys(organisation.name, this,
                                      [this, round](const InventoryResult<QList<TrackedKey>> &result) {
                                          if (!result.ok())
                                              round->summary.problems.append(result.error);
                                          for (const TrackedKey &key : result.value) {
                                              if (key.verifiedPeriodically)
                                                  round->pending.append(key);
                                          }
                                          checkNext(round);
                                      });
}

void TrackedKeyVerifier::checkNext(const std::shared_ptr<Round> &round)
{
    if (round->pending.isEmpty()) {
        done(round);
        return;
    }
    const TrackedKey key = round->pending.takeFirst();
    SecretJob *job = m_services.secrets->read(trackedKeyEntry(round->organisation.name, key.keyId));
    connect(job, &SecretJob::finished, this, [this, round, key, job] {
        if (!job->ok()) {
            ++round->summary.failed;
            round->summary.problems.append(tr("The key %1 (%2) was not verified: %3")
                                               .arg(key.name, key.maskedIdentifier, job->error().userMessage()));
            checkNext(round);
            return;
        }
        ApiReply *reply = round->client->verifyKey(job->secret());
        connect(reply, &ApiReply::finished, this, [this, round, key, reply] {
            const ApiError &error = reply->error();
            const bool refused = error.kind == ApiError::Kind::Authentication;
            if (!reply->ok() && !refused) {
                ++round->summary.failed;
                round->summary.problems.append(tr("The key %1 (%2) was not verified: %3")
                                                   .arg(key.name, key.maskedIdentifier, error.userMessage()));
                checkNext(round);
                return;
            }
            ++(refused ? round->summary.refused : round->summary.accepted);
            m_services.inventory->trackedKeyVerified(round->organisation, key.keyId, !refused, m_services.clock());
            if (refused == key.accepted) {
                // Only a change of status is worth a line in the log.
                ActionLogEntry entry;
                entry.organisation = round->organisation.name;
                entry.action = ActionLogEntry::verifyKey();
                entry.keyId = key.keyId;
                entry.keyName = key.name;
                entry.outcome = refused ? ActionLogEntry::failed() : ActionLogEntry::ok();
                entry.detail = refused ? tr("refused by the server: now shown as revoked")
                                       : tr("accepted again by the server");
                m_services.inventory->logAction(entry);
            }
            checkNext(round);
        });
    });
}

void TrackedKeyVerifier::done(const std::shared_ptr<Round> &round)
{
    round->client->deleteLater();
    m_organisations.removeAll(round->organisation.name);
    --m_running;
    // After the inventory has stored every outcome of this round.
    m_services.inventory->whenIdle(this, [this, round] { Q_EMIT finished(round->organisation.name, round->summary); });
}

} // namespace keydesk
