#pragma once

#include "KeyFlows.h"

#include <QString>

#include <functional>

namespace keydesk {

class SecretJob;

// KeyFlows' copy-once handoff (docs/design.md#copy-once-handoff): the reveal once the
// keychain write has ended, its acknowledgement, and the later reveal of a pending key
// (or, when the keychain lost it, the offer to drop it from the list).
class HandoffRevealFlow final {
    Q_DISABLE_COPY_MOVE(HandoffRevealFlow)
public:
    struct RevealRequest {
        QString profileName;
        QString keyId;
        bool stored = true;
        QString keychainProblem;
        bool resumed = false;
    };

    explicit HandoffRevealFlow(KeyFlows &flows)
        : m_flows(flows)
    {
    }

    void afterCreated(const QString &profileName, const QString &keyId, SecretJob *storeJob, const QString &secret,
                      std::function<void(const QString &secret, std::function<void()> reveal)> beforeReveal = {});
    void showReveal(const RevealRequest &request, const QString &secret);
    void resumeHandoff(const QString &profileName, const QString &keyId); // reveal a pending key from the keychain

private:
    void acknowledge(const QString &profileName, const QString &keyId, bool keepInKeychain);
    void offerToDropLostEntry(const QString &profileName, const QString &keyId, const QString &why);

    KeyFlows &m_flows;
};

} // namespace keydesk
