#include "CredentialLookup.h"

#include "SecretStore.h"

#include <QObject>

namespace keydesk {

void lookUpCredential(SecretStore *sessionSecrets, SecretStore *secrets, const QString &profileName, QObject *context,
                      CredentialCallback done)
{
    const QString entry = SecretStore::credentialEntry(profileName);
    const auto readKeychain = [secrets, entry, context, done] {
        SecretJob *job = secrets->read(entry);
        QObject::connect(job, &SecretJob::finished, context, [job, done] { done(job->secret(), job->error()); });
    };
    if (!sessionSecrets || sessionSecrets == secrets) {
        readKeychain();
        return;
    }
    SecretJob *sessionJob = sessionSecrets->read(entry);
    QObject::connect(sessionJob, &SecretJob::finished, context, [sessionJob, done, readKeychain] {
        if (sessionJob->ok() && !sessionJob->secret().isEmpty())
            done(sessionJob->secret(), {});
        else
            readKeychain();
    });
}

} // namespace keydesk
