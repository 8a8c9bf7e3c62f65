#include "LostKeyFinder.h"

#include "ApiClient.h"
#include "ApiReply.h"

#include <algorithm>

namespace keydesk {

namespace {

// Same name, live, and not in the list the caller had before the create.
bool mayBeTheLostKey(const ApiKey &key, const LostCreate &lost)
{
    return !key.revoked && key.name == lost.name && !(lost.idsBefore && lost.idsBefore->contains(key.id));
}

} // namespace

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
    m_undated.clear();
    m_reply = m_client->listKeys();
    connect(m_reply, &ApiReply::finished, this, &LostKeyFinder::onListed);
}

void LostKeyFinder::onListed()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply->ok())
        m_error = reply->error();
    else {
        m_candidates = candidatesIn(reply->keys(), m_lost, m_now().toUTC(), m_skewSeconds);
        m_undated = undatedIn(reply->keys(), m_lost);
    }
    Q_EMIT finished();
}

LostKeyFinder::Verdict LostKeyFinder::verdict() const
{
    if (!m_candidates.isEmpty())
        return Verdict::Found;
    return m_undated.isEmpty() ? Verdict::NotCreated : Verdict::CannotTell;
}

QList<ApiKey> LostKeyFinder::undatedIn(const QList<ApiKey> &listed, const LostCreate &lost)
{
    QList<ApiKey> found;
    for (const ApiKey &key : listed) {
        if (mayBeTheLostKey(key, lost) && !key.createdAt.isValid())
            found.append(key);
    }
    return found;
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
        // Undated keys are undatedIn()'s: whether they are in the window is unknown.
        if (!mayBeTheLostKey(key, lost) || !key.createdAt.isValid() || key.createdAt < earliest
            || key.createdAt > latest)
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
