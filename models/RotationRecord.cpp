#include "RotationRecord.h"

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

struct StateName final {
    RotationState state;
    QString id;
};

const QList<StateName> &stateNames()
{
    static const QList<StateName> names = {
        {RotationState::WaitingForNewKey, u"waiting-for-new-key"_s},
        {RotationState::WaitingForQuiet, u"waiting-for-quiet"_s},
        {RotationState::ReadyToRevoke, u"ready-to-revoke"_s},
        {RotationState::Done, u"done"_s},
        {RotationState::Cancelled, u"cancelled"_s},
        {RotationState::Failed, u"failed"_s},
    };
    return names;
}

} // namespace

QString rotationStateId(RotationState state)
{
    for (const StateName &name : stateNames()) {
        if (name.state == state)
            return name.id;
    }
    return {};
}

std::optional<RotationState> rotationStateFromId(const QString &id)
{
    for (const StateName &name : stateNames()) {
        if (name.id == id)
            return name.state;
    }
    return std::nullopt;
}

bool isOpen(RotationState state)
{
    return state == RotationState::WaitingForNewKey || state == RotationState::WaitingForQuiet
           || state == RotationState::ReadyToRevoke;
}

} // namespace keydesk
