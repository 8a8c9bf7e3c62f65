#pragma once

#include "SecretError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace keydesk {

class SecretJob;

// Drives one QtKeychain job on behalf of a SecretJob (its parent): a time limit, then a
// D-Bus diagnosis of any failure. The QtKeychain job is not owned: it deletes itself
// when it finishes (libsecret holds a raw pointer to it until then, so deleting it
// early would be a use-after-free). A result arriving after the time limit is ignored;
// once the SecretJob is gone the connection is gone with it.
class KeychainOperation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainOperation)
public:
    KeychainOperation(SecretJob *job, QKeychain::Job *keychainJob, std::chrono::milliseconds timeLimit,
                      std::chrono::milliseconds diagnosisTimeLimit);

    void start();

private:
    void onKeychainFinished(QKeychain::Job *keychainJob);
    void onTimeLimitReached();
    // Finishes the SecretJob with what the diagnosis finds, or with `fallback`.
    void diagnoseThenFail(SecretError fallback);

    SecretJob *m_job;
    QPointer<QKeychain::Job> m_keychainJob;
    QTimer m_timeLimit;
    std::chrono::milliseconds m_diagnosisTimeLimit;
    bool m_settled = false; // QtKeychain answered or the time ran out
};

} // namespace keydesk
