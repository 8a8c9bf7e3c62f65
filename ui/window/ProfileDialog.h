#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ProfileDialog;
}

namespace keydesk {

class ApiClient;
class ProfileStore;
class SecretStore;

// Adds or edits one organisation profile. The credential is pasted into a masked field
// and written only through SecretStore::write(credentialEntry(name)); when the keychain
// fails the dialog says why and offers "Use for this session only" (the memory store).
// Opened with open(); everything it does is asynchronous.
class ProfileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    struct Services {
        ProfileStore *profiles = nullptr;
        SecretStore *secrets = nullptr;        // the keychain
        SecretStore *sessionSecrets = nullptr; // "this session only" (memory)
        QNetworkAccessManager *network = nullptr;
        std::function<QDateTime()> clock; // UTC now
    };

    explicit ProfileDialog(Services services, QWidget *parent = nullptr); // a new profile
    ~ProfileDialog() override;

    // Edit an existing profile; its name cannot change (it keys the keychain entries).
    void editProfile(const Profile &profile);
    bool isEditing() const { return m_editing; }
    QString profileName() const;
    // Why the dialog opened, shown at the top (e.g. "The server refused the credential").
    void setReason(const QString &reason);

    // What the dialog shows, for tests and accessibility checks.
    QString messageText() const;
    QString testResultText() const;
    QString tokenInfoText() const;
    bool offersSessionOnly() const;

    // Describes a LeadHQL session token for people: expiry, or why it cannot be used.
    // `usable` is false for an API key, a non-JWT or an expired token; `warn` is set
    // when the text is a warning (also for a token that lapses within 24 hours).
    static QString describeSessionToken(const QString &token, const QDateTime &now, bool *usable, bool *warn);

    void accept() override; // validates, stores the credential, saves; closes when done
    void reject() override; // ignored while a keychain write runs

Q_SIGNALS:
    void profileSaved(const QString &name, bool sessionOnly);

private:
    void fillDialects();
    void onDialectChanged();
    void updateCredentialInfo();
    void updateAuthHeaderChoices();
    Profile profileFromFields() const;
    QString credential() const;
    QString credentialProblem(const Profile &profile, const QString &credential) const;
    void storeCredential(const Profile &profile, const QString &credential, bool sessionOnly);
    void finishSave(const Profile &profile, bool sessionOnly);
    void testConnection();
    void runTest(const Profile &profile, const QString &credential);
    void browseCaFile();
    void showMessage(const QString &message);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    Services m_services;
    bool m_editing = false;
    bool m_busy = false;
    QString m_previousDefaultUrl;
    QPointer<ApiClient> m_testClient;
};

} // namespace keydesk
