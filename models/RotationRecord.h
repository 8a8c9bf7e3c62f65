#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keydesk {

// Where a rotation stands (docs/design.md#rotation). The first three are open: refreshes
// move them forward (RotationRules); the last three are final.
enum class RotationState { WaitingForNewKey, WaitingForQuiet, ReadyToRevoke, Done, Cancelled, Failed };

// "waiting-for-new-key", "waiting-for-quiet", "ready-to-revoke", "done", "cancelled",
// "failed": the CLI's JSON and the inventory.
QString rotationStateId(RotationState state);
std::optional<RotationState> rotationStateFromId(const QString &id);
bool isOpen(RotationState state);

// One rotation as the inventory keeps it: replacing the old key by a successor, and
// revoking the old one only when the successor is in use and the old one has gone quiet.
// Times UTC; null when not (yet) known. Never a secret.
struct RotationRecord final {
    QString id; // made by KeyDesk when the rotation starts
    QString organisation;
    QString oldKeyId;
    QString oldKeyName;
    QString newKeyId; // empty until the create's answer arrived
    QString newKeyName;
    RotationState state = RotationState::WaitingForNewKey;

    QDateTime startedAt;
    QDateTime newKeyCreatedAt;
    // When KeyDesk's own verification of the successor succeeded (null: not verified, e.g.
    // KeyDesk stopped in between; the baseline then comes from the next listing).
    QDateTime verifiedAt;
    // The successor's usage after the verification: what "in use" must rise above.
    bool baselineTaken = false;
    std::optional<qint64> baselineUsageCount;
    QDateTime baselineLastUsedAt;
    QDateTime newKeyFirstUsedAt; // when a listing first showed the successor in use

    // The old key as last seen, and when KeyDesk saw its use move (null: not since start).
    QDateTime oldKeyLastUsedAt;
    std::optional<qint64> oldKeyUsageCount;
    QDateTime oldKeyLastMovedAt;

    qint64 quietForSeconds = 24 * 3600;
    bool autoRevoke = true;
    bool emergency = false; // the old key is revoked as soon as the successor exists
    QDateTime finishedAt;
    QString reason; // failed, cancelled: why, in words; done: how (revoked, forced)
    // Bumped by every stored change: a change made from an older revision is refused, so
    // two KeyDesk processes never both act on one step (RotationRegistry).
    int revision = 0;
};

} // namespace keydesk
