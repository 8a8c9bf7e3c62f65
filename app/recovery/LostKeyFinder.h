#pragma once

#include "ApiError.h"
#include "ApiKey.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace keydesk {

class ApiClient;
class ApiReply;

// A create whose response never arrived (ApiError::Kind::OutcomeUnknown, or any error
// with keyMayExist): what the caller knew when it sent the request.
struct LostCreate final {
    QString name;     // the name sent (CreateKeyRequest::name)
    QDateTime sentAt; // the finder's clock just before createKey() was called
    // Ids listed before the create, when the caller has such a list (the window's
    // table). Keys in it are never candidates, so an older key with the same name is
    // never mistaken for the lost one.
    std::optional<QSet<QString>> idsBefore;
};

// Finds the key a lost create may have left on the server: lists the keys and keeps
// the live ones with the same name whose createdAt lies between sentAt and now,
// widened by the tolerated clock skew. A same-name key without a createdAt cannot be
// placed in time: it is reported apart (undated()), and the verdict is CannotTell, never
// "not created". Its secret can never be handed over, so the caller offers to revoke
// it (never automatically: the user or the script decides).
//
//   auto *finder = new LostKeyFinder(client, clock, this);
//   connect(finder, &LostKeyFinder::finished, this, [finder] {
//       finder->deleteLater();
//       if (!finder->error().isError()) offerRevoke(finder->candidates());
//   });
//   finder->start(lost);
class LostKeyFinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostKeyFinder)
public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 defaultClockSkewSeconds = 5 * 60;

    // `client` must outlive the search; `now` is the clock sentAt was read from (UTC).
    LostKeyFinder(ApiClient *client, Clock now, QObject *parent = nullptr);
    ~LostKeyFinder() override;

    void setClockSkewTolerance(qint64 seconds) { m_skewSeconds = seconds; }

    // Lists the keys once (with the client's retry policy) and emits finished().
    void start(const LostCreate &lost);
    bool isRunning() const { return !m_reply.isNull(); }

    // What the listing says, valid after finished() when error() is None.
    enum class Verdict {
        NotCreated, // no live key with the name could be the lost one: it is safe to try again
        Found,      // candidates() holds the key(s) created in the time window
        CannotTell, // no candidate, but the list gives no creation time for undated()
    };

    // Valid after finished(): the error of the listing (None when it worked), and the
    // candidates, most likely first (for dialects that list only active keys, "not
    // created" means nothing live was created).
    const ApiError &error() const { return m_error; }
    Verdict verdict() const;
    const QList<ApiKey> &candidates() const { return m_candidates; }
    // Live keys with the name, not known before, whose creation time the list does not
    // give: any of them may be the lost key, and none can be ruled out. Never counted as
    // candidates (nothing says when they were made), never a reason to say "not created".
    const QList<ApiKey> &undated() const { return m_undated; }
    // More than one key matches: only one of them can be the lost key, so show them
    // all with their creation times and let the user choose.
    bool isAmbiguous() const { return m_candidates.size() > 1; }

    // The matching rule itself, without I/O.
    static QList<ApiKey> candidatesIn(const QList<ApiKey> &listed, const LostCreate &lost, const QDateTime &now,
                                      qint64 skewSeconds = defaultClockSkewSeconds);
    static QList<ApiKey> undatedIn(const QList<ApiKey> &listed, const LostCreate &lost);

Q_SIGNALS:
    void finished();

private:
    void onListed();

    ApiClient *m_client;
    Clock m_now;
    qint64 m_skewSeconds = defaultClockSkewSeconds;
    LostCreate m_lost;
    QPointer<ApiReply> m_reply;
    ApiError m_error;
    QList<ApiKey> m_candidates;
    QList<ApiKey> m_undated;
};

} // namespace keydesk
