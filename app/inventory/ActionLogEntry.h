#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace keydesk {

// One line of the action log: what KeyDesk did, to which key, and how it ended. Never a
// secret: ActionLog masks anything shaped like a key or a session token before storing.
struct ActionLogEntry final {
    QDateTime at; // UTC
    QString organisation;
    QString action; // one of ActionLogEntry's action ids below (later features add more)
    QString keyId;  // empty when the action concerns no key (profile-add)
    QString keyName;
    QString outcome; // "ok" | "failed" | "unknown" (e.g. a create whose answer was lost)
    QString detail;  // a short explanation, in the user's words or the server's message

    static QString create() { return QStringLiteral("create"); }
    static QString revoke() { return QStringLiteral("revoke"); }
    static QString handoffStored() { return QStringLiteral("handoff-stored"); }
    static QString handoffKept() { return QStringLiteral("handoff-kept"); }
    static QString handoffExpired() { return QStringLiteral("handoff-expired"); }
    static QString profileAdd() { return QStringLiteral("profile-add"); }
    static QString profileChange() { return QStringLiteral("profile-change"); }
    static QString profileRemove() { return QStringLiteral("profile-remove"); }
    static QString trackKey() { return QStringLiteral("track"); }
    // A tracked key's periodic verification changed its status (accepted ⇄ refused).
    static QString verifyKey() { return QStringLiteral("verify"); }
    // A finding acknowledged (detail: the rule and the note), or its acknowledgement withdrawn.
    static QString acknowledge() { return QStringLiteral("acknowledge"); }
    static QString unacknowledge() { return QStringLiteral("unacknowledge"); }
    // A new key handed to a destination (docs/design.md#delivery); detail: the
    // destination (kind and name) and what happened, never the key.
    static QString deliver() { return QStringLiteral("deliver"); }

    // The rotation assistant's steps (app/rotation): keyId the old key, detail the new one.
    static QString rotationStart() { return QStringLiteral("rotation-start"); }
    static QString rotationVerified() { return QStringLiteral("rotation-verified"); }
    static QString rotationInUse() { return QStringLiteral("rotation-new-key-in-use"); }
    static QString rotationReady() { return QStringLiteral("rotation-ready"); }
    static QString rotationRevoked() { return QStringLiteral("rotation-revoked"); }
    static QString rotationCancelled() { return QStringLiteral("rotation-cancelled"); }
    static QString rotationFailed() { return QStringLiteral("rotation-failed"); }

    static QString ok() { return QStringLiteral("ok"); }
    static QString failed() { return QStringLiteral("failed"); }
    static QString unknown() { return QStringLiteral("unknown"); }
};

// Which entries to read; empty members do not filter. Entries come oldest first.
struct ActionLogFilter final {
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    QString organisation;
    QStringList actions;
    QString keyId;
    int limit = 0; // 0 = all; otherwise the newest `limit` entries (still oldest first)
};

} // namespace keydesk
