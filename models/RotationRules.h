#pragma once

#include "ApiKey.h"
#include "Finding.h"
#include "RotationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keydesk {

// The rotation's conditions, as pure functions of its record, a listing and the clock
// (docs/design.md#rotation):
// - the successor is *in use* once its usage count rises above the baseline (the figures
//   after KeyDesk's own verification) or its last use is later than both the
//   verification and the baseline's last use;
// - the old key is *quiet* once its use has not moved for the quiet period, counted from
//   when the successor was first seen in use (or from the old key's latest move, or its
//   reported last use, whichever is latest);
// - the old key is revoked only when both hold (ready-to-revoke).
// A dialect that reports neither a usage count nor a last use never shows the successor
// in use: the rotation waits for the new key until a forced revoke or a cancel. One that
// reports nothing about the old key's use counts the quiet period from the successor's
// first use alone.
class RotationRules final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::RotationRules)
public:
    // A rotation whose create has not been answered after this long is failed by the
    // next listing: KeyDesk stopped while the POST was out, or its answer was lost.
    static constexpr qint64 creationGraceSeconds = 10 * 60;

    enum class Event { BaselineTaken, NewKeyInUse, ReadyToRevoke, Finished, Failed };
    struct Progress final {
        RotationRecord record;
        QList<Event> events;    // in the order they happened; empty: nothing changed
        bool revokeDue = false; // ready, and the rotation revokes automatically
    };

    // The successor's figures as they are now, `verifiedAt` null when not verified.
    static void takeBaseline(RotationRecord &record, const ApiKey &successor, const QDateTime &verifiedAt);
    static bool successorInUse(const RotationRecord &record, const ApiKey &successor);
    // The old key's last use or usage count differs from what the record last saw.
    static bool oldKeyMoved(const RotationRecord &record, const ApiKey &oldKey);
    // When the quiet period started; null while the successor has not been seen in use.
    static QDateTime quietSince(const RotationRecord &record);
    // When the old key may be revoked; null while the successor has not been seen in use.
    static QDateTime revokeDueAt(const RotationRecord &record);
    // The open state the record's figures give at `now` (a final state stays as it is).
    static RotationState stateAt(const RotationRecord &record, const QDateTime &now);
    // One listing of the organisation seen at `now`: the record moved forward.
    static Progress advance(const RotationRecord &record, const QList<ApiKey> &listing, const QDateTime &now);

    // The successor's lifetime in whole days: the old key's (creation to expiry, rounded
    // up, 1..3650), else `defaultDays` (the old key never expires or its dates are unknown).
    static int successorLifetimeDays(const ApiKey &oldKey, int defaultDays);
    // Room to rotate (the active-key limit reached): the keys that may be revoked first,
    // those with a `never-used` finding, then `idle` ones longest idle first; never
    // `oldKeyId` itself, each key once.
    static QStringList roomToRotate(const QList<Finding> &findings, const QString &oldKeyId);
};

} // namespace keydesk
