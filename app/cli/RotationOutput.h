#pragma once

#include "RotationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

namespace keydesk {

// How keydesk-cli shows rotations (docs/design.md#rotation): the JSON object of
// `rotations --json` (also `rotation` in `rotate --json`) and the text table.
class RotationOutput final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
public:
    // {id, organisation, oldKeyId, newKeyId, state, startedAt, newKeyFirstUsedAt,
    //  oldKeyLastUsedAt, quietFor, finishedAt}; absent values null, quietFor in seconds.
    static QJsonObject toJson(const RotationRecord &rotation);
    static QString table(const QList<RotationRecord> &rotations, const QLocale &locale);
    // One line for stderr: "Rotation rot-… of 'deploy': waiting for the new key …".
    static QString summary(const RotationRecord &rotation, const QLocale &locale);
};

} // namespace keydesk
