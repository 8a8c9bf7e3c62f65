#pragma once

#include "SecretError.h"

#include <QString>

#include <functional>

class QObject;

namespace keydesk {

class SecretStore;

// Reads a profile's management credential: first from the "this session only" store,
// then from the keychain. `done` runs once, asynchronously, unless `context` is
// destroyed first. An empty credential with a NotFound error means neither has one.
using CredentialCallback = std::function<void(const QString &credential, const SecretError &error)>;
void lookUpCredential(SecretStore *sessionSecrets, SecretStore *secrets, const QString &profileName, QObject *context,
                      CredentialCallback done);

} // namespace keydesk
