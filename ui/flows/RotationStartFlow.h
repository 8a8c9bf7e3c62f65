#pragma once

#include "ApiKey.h"
#include "KeyFlows.h"

#include <QList>

#include <memory>

namespace keydesk {

class RotationEngine;

// KeyFlows' Key → Rotate… (docs/design.md#rotation): the dialog, the emergency
// confirmation, the room-to-rotate revoke, engine->begin, the successor's create and
// its verification before the reveal.
class RotationStartFlow final {
    Q_DISABLE_COPY_MOVE(RotationStartFlow)
public:
    using Target = KeyFlows::Target;

    explicit RotationStartFlow(KeyFlows &flows)
        : m_flows(flows)
    {
    }

    void rotate(const Target &target, const ApiKey &oldKey, const QList<ApiKey> &currentKeys,
                const QList<ApiKey> &roomCandidates, RotationEngine *engine);

private:
    struct RotationStart;
    void startRotation(std::shared_ptr<RotationStart> start);
    void beginRotation(std::shared_ptr<RotationStart> start);

    KeyFlows &m_flows;
};

} // namespace keydesk
