#pragma once

#include "Connection.h"
#include "Organisation.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QPushButton;

namespace Ui {
class TrackKeyDialog;
}

namespace keydesk {

class ApiClient;
class ApiReply;
class Inventory;
class SecretStore;

// Key → Track a Key… (Trust Leads): takes a pasted `lfk_sk_` key and a name, verifies
// the key with the dialect's verify call, and records its fingerprint and masked
// identifier in the inventory (TrackedKey). The key goes to the keychain only when
// "Verify it periodically" is ticked (TrackedKeyVerifier reads it there); otherwise it
// is forgotten when the dialog closes. Accepted once the key is tracked.
class TrackKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackKeyDialog)
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr; // the keychain
        Inventory *inventory = nullptr;
        std::function<QDateTime()> clock; // UTC now
    };

    // `organisation`: the profile's name, dialect and base URL; `connection`: how to
    // reach its server (no credential is needed to verify a key).
    TrackKeyDialog(Services services, Organisation organisation, Connection connection, QWidget *parent = nullptr);
    ~TrackKeyDialog() override; // wipes the key

    // For tests.
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The key is in the inventory (and, with periodic verification, in the keychain).
    void tracked(const QString &keyId);

protected:
    void reject() override;

private:
    void track();
    void onVerified(ApiReply *reply);
    void store();
    void fail(const QString &message);
    void setBusy(bool busy);
    void logOutcome(const QString &outcome, const QString &keyId, const QString &detail);

    std::unique_ptr<Ui::TrackKeyDialog> m_ui;
    Services m_services;
    Organisation m_organisation;
    ApiClient *m_client;
    QPushButton *m_trackButton;
    QString m_key; // while verifying and storing
    QString m_name;
    bool m_periodic = false;
    bool m_busy = false;
};

} // namespace keydesk
