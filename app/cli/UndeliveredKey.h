#pragma once

#include "CreatedKey.h"
#include "SecretError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace keydesk {

class ApiClient;
class CommandContext;
class HandoffStore;
struct Profile;

// A key the server created but whose secret could not be written to stdout. It must
// not be lost: it is kept in the keychain as a pending handoff that the window offers
// later (HandoffStore, exactly as the window stores one), under the profile the run
// used, or with --base-url under the saved profile for the same server whose
// credential is the same (the same organisation, so the window lists the key). When
// there is no such profile, or the keychain cannot hold it, nobody will ever have the
// secret: the key is revoked, and if that fails too the user is told how to do it.
// Every way ends the run with exit code 1.
class UndeliveredKey final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(UndeliveredKey)
public:
    UndeliveredKey(CommandContext &context, ApiClient *client, CreatedKey created, QObject *parent = nullptr);
    ~UndeliveredKey() override; // wipes the secret

    void start();

private:
    // --base-url: the saved profiles for the same dialect and server, checked in turn.
    void findProfile(QList<Profile> candidates);
    void keepFor(const QString &profileName);
    void revoke(const QString &why);

    CommandContext &m_context;
    ApiClient *m_client;
    CreatedKey m_created;
    HandoffStore *m_handoffs = nullptr;
    SecretError m_keychainError; // the first one met while looking for a profile
};

} // namespace keydesk
