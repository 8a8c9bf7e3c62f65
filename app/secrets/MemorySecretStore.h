#pragma once

#include "SecretStore.h"

#include <QHash>

namespace keydesk {

// Secrets kept in this process only: "use for this session only" when no keychain is
// available, and the demo. Jobs still finish asynchronously (on the next event-loop
// pass), in the order they were started; each sees the effect of the ones before it.
// Values are wiped when replaced, removed and on destruction.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const QString &entry) override;
    SecretJob *write(const QString &entry, const QString &secret) override;
    // Removing an absent entry succeeds, as with the keychain.
    SecretJob *remove(const QString &entry) override;
    SecretJob *list(const QString &prefix) override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

private:
    void wipeEntry(const QString &entry);

    QHash<QString, QString> m_secrets;
};

} // namespace keydesk
