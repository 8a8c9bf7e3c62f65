#include "RotationOutput.h"

#include "KeyTable.h"
#include "RotationRules.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject RotationOutput::toJson(const RotationRecord &rotation)
{
    return {
        {u"id"_s, rotation.id},
        {u"organisation"_s, rotation.organisation},
        {u"oldKeyId"_s, rotation.oldKeyId},
        {u"newKeyId"_s, text(rotation.newKeyId)},
        {u"state"_s, rotationStateId(rotation.state)},
        {u"startedAt"_s, time(rotation.startedAt)},
        {u"newKeyFirstUsedAt"_s, time(rotation.newKeyFirstUsedAt)},
        {u"oldKeyLastUsedAt"_s, time(rotation.oldKeyLastUsedAt)},
        {u"quietFor"_s, rotation.quietForSeconds},
        {u"finishedAt"_s, time(rotation.finishedAt)},
    };
}

QString RotationOutput::table(const QList<RotationRecord> &rotations, const QLocale &locale)
{
    TextTable table({tr("ID"), tr("ORGANISATION"), tr("STATE"), tr("OLD KEY"), tr("NEW KEY"), tr("STARTED"),
                     tr("REVOKE DUE / ENDED")});
    for (const RotationRecord &rotation : rotations) {
        const QDateTime due = RotationRules::revokeDueAt(rotation);
        const QString end = !isOpen(rotation.state) ? KeyTable::formatDateTime(rotation.finishedAt, locale)
                            : due.isValid()         ? KeyTable::formatDateTime(due, locale)
                                                    : tr("when the new key is in use");
        table.addRow({UntrustedText::forDisplay(rotation.id), UntrustedText::forDisplay(rotation.organisation),
                      rotationStateId(rotation.state), UntrustedText::forDisplay(rotation.oldKeyId),
                      rotation.newKeyId.isEmpty() ? u"—"_s : UntrustedText::forDisplay(rotation.newKeyId),
                      KeyTable::formatDateTime(rotation.startedAt, locale), end});
    }
    return table.toString();
}

QString RotationOutput::summary(const RotationRecord &rotation, const QLocale &locale)
{
    const QString id = UntrustedText::forDisplay(rotation.id);
    const QString oldKey = UntrustedText::forDisplay(rotation.oldKeyName);
    switch (rotation.state) {
    case RotationState::WaitingForNewKey:
        return tr("Rotation %1 of '%2': waiting until the new key is in use.").arg(id, oldKey);
    case RotationState::WaitingForQuiet:
        return tr("Rotation %1 of '%2': the new key is in use; the old key is revoked if it stays unused until %3.")
            .arg(id, oldKey, KeyTable::formatDateTime(RotationRules::revokeDueAt(rotation), locale));
    case RotationState::ReadyToRevoke:
        return rotation.autoRevoke
                   ? tr("Rotation %1 of '%2': ready; the old key is being revoked.").arg(id, oldKey)
                   : tr("Rotation %1 of '%2': ready to revoke the old key (auto-revoke is off): keydesk-cli revoke "
                        "%3")
                         .arg(id, oldKey, UntrustedText::forDisplay(rotation.oldKeyId));
    case RotationState::Done:
        return tr("Rotation %1 of '%2' is done: %3").arg(id, oldKey, UntrustedText::forDisplay(rotation.reason));
    case RotationState::Cancelled:
        return tr("Rotation %1 of '%2' was cancelled: %3").arg(id, oldKey, UntrustedText::forDisplay(rotation.reason));
    case RotationState::Failed:
        return tr("Rotation %1 of '%2' failed: %3").arg(id, oldKey, UntrustedText::forDisplay(rotation.reason));
    }
    return {};
}

} // namespace keydesk
