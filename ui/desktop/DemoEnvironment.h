#pragma once

#include "SandboxClock.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

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
// history (DemoHistory); credentials live in memory.
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

    // Stops the LocalLeads server (the documentation's offline screenshot): that
    // organisation's requests find nobody listening from then on.
    void stopLocalLeadsServer();

    static QString leadHqlProfileName();
    static QString localLeadsProfileName();

private:
    bool startServer(SandboxServer *server, const QString &profileName, QString *error);

    SandboxClock m_clock;
    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore *m_secrets;
    SandboxServer *m_leadHql;
    SandboxServer *m_localLeads;
};

} // namespace keydesk
