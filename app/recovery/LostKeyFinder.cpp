#include "LostKeyFinder.h"

#include "ApiClient.h"
#include "ApiReply.h"

#include <algorithm>

namespace keydesk {

LostKeyFinder::LostKeyFinder(ApiClient *client, Clock now, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_now(std::move(now))
{
}

LostKeyFinder::~LostKeyFinder()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void LostKeyFinder::start(const LostCreate &lost)
{
    m_lost = lost;
    m_error = {};
    m_candidates.clear();
    m_reply = m_client->listKeys();
    connect(m_reply, &ApiReply::finished, this, &LostKeyFinder::onListed);
}

void LostKeyFinder::onListed()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply->ok())
        m_error = reply->error();
    else
        m_candidates = candidatesIn(reply->keys(), m_lost, m_now().toUTC(), m_skewSeconds);
    Q_EMIT finished();
}

QList<ApiKey> LostKeyFinder::candidatesIn(const QList<ApiKey> &listed, const LostCreate &lost, const QDateTime &now,
                                          qint64 skewSeconds)
{
    // The server stamps createdAt with its own clock somewhere between our send and now;
    // clocks disagree by a few minutes at most.
    const QDateTime earliest = lost.sentAt.toUTC().addSecs(-skewSeconds);
    const QDateTime latest = now.toUTC().addSecs(skewSeconds);
    QList<ApiKey> found;
    for (const ApiKey &key : listed) {
        if (key.revoked || key.name != lost.name)
            continue;
        if (lost.idsBefore && lost.idsBefore->contains(key.id))
            continue;
        if (!key.createdAt.isValid() || key.createdAt < earliest || key.createdAt > latest)
            continue;
        found.append(key);
    }
    // Closest to the moment of sending first.
    const QDateTime sent = lost.sentAt.toUTC();
    std::stable_sort(found.begin(), found.end(), [&sent](const ApiKey &a, const ApiKey &b) {
        return qAbs(a.createdAt.msecsTo(sent)) < qAbs(b.createdAt.msecsTo(sent));
    });
    return found;
}

} // namespace keydesk
