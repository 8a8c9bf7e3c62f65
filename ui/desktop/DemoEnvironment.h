#pragma once

#include "CreatedKeyFingerprint.h"
#include "SandboxClock.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QSettings;

namespace keydesk {

class Inventory;
class MemorySecretStore;
class ProfileStore;
class SandboxServer;

// What `keydesk --demo` runs on: two in-process reference servers on loopback
// (LeadHQL and LocalLeads, seeded with demo keys) and, in a temporary directory,
// their profiles in an ini file, the handoff index and an inventory with months of
// history (DemoHistory); credentials live in memory. A small project folder with keys
// planted in it (projectPath()) is the scan dialog's remembered folder, scanned once at
// launch so that the Health view shows a `leaked` finding.
// Nothing of the user's own profiles, settings or keychain is read or written.
class DemoEnvironment final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)
public:
    explicit DemoEnvironment(SandboxClock clock, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts both servers and writes the two profiles; on failure `error` says why.
    bool start(QString *error);

    QSettings *settings() const { return m_settings.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    MemorySecretStore *secrets() const { return m_secrets; }
    QString handoffIndexPath() const;
    // The demo's own inventory file, in the temporary directory (never the user's).
    QString inventoryPath() const;
    // Records months of history of both demo organisations (DemoHistory) into
    // `inventory`, which should be new; call after start().
    void seedInventory(Inventory &inventory) const;

    // The demo project with planted keys (written by start()): an Acme Realty key KeyDesk
    // "created" (its fingerprint goes into the inventory with seedInventory()), a key with
    // the keyPrefix of a listed Northwind Leads key, and a Trust Leads key nobody knows.
    QString projectPath() const;
    // Scans projectPath() as the scan dialog does (a LeakScanJob on a thread of its own,
    // matched against and remembered in `inventoryPath`), then calls `done` on `context`'s
    // thread. Nothing waits for it.
    void scanProject(const QString &inventoryPath, QObject *context, std::function<void()> done);

    // Stops the LocalLeads server (the documentation's offline screenshot): that
    // organisation's requests find nobody listening from then on.
    void stopLocalLeadsServer();

    static QString leadHqlProfileName();
    static QString localLeadsProfileName();

private:
    bool startServer(SandboxServer *server, const QString &profileName, QString *error);
    bool plantKeys(QString *error);

    SandboxClock m_clock;
    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore *m_secrets;
    SandboxServer *m_leadHql;
    SandboxServer *m_localLeads;
    CreatedKeyFingerprint m_plantedCreatedKey; // of the Acme Realty key in the project; no secret
};

} // namespace keydesk
