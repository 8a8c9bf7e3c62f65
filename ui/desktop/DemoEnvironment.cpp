#include "DemoEnvironment.h"

#include "CreatedKey.h"
#include "DemoHistory.h"
#include "MemorySecretStore.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QSettings>

namespace keydesk {

DemoEnvironment::DemoEnvironment(SandboxClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_secrets(new MemorySecretStore(this))
    , m_leadHql(new SandboxServer(Dialect::LeadHql, m_clock, this))
    , m_localLeads(new SandboxServer(Dialect::LocalLeads, m_clock, this))
{
}

DemoEnvironment::~DemoEnvironment() = default;

QString DemoEnvironment::leadHqlProfileName()
{
    return QCoreApplication::translate("DemoEnvironment", "Acme Realty (demo)");
}

QString DemoEnvironment::localLeadsProfileName()
{
    return QCoreApplication::translate("DemoEnvironment", "Northwind Leads (demo)");
}

QString DemoEnvironment::handoffIndexPath() const
{
    return m_directory.filePath(QStringLiteral("pending-handoffs.json"));
}

QString DemoEnvironment::inventoryPath() const
{
    return m_directory.filePath(QStringLiteral("inventory.sqlite"));
}

void DemoEnvironment::seedInventory(Inventory &inventory) const
{
    const QDateTime now = m_clock().toUTC();
    for (const auto &[server, name] :
         {std::pair{m_leadHql, leadHqlProfileName()}, std::pair{m_localLeads, localLeadsProfileName()}})
        DemoHistory::seed(inventory, {name, server->dialect(), server->url()}, server->state(), now);
    // One rotation under way: the successor in use, the old key going quiet.
    DemoHistory::seedRotation(inventory, {leadHqlProfileName(), m_leadHql->dialect(), m_leadHql->url()},
                              m_leadHql->state(), QStringLiteral("Zapier automation"));
}

void DemoEnvironment::stopLocalLeadsServer()
{
    delete m_localLeads;
    m_localLeads = nullptr;
}

bool DemoEnvironment::start(QString *error)
{
    if (!m_directory.isValid()) {
        *error = tr("Cannot create a temporary directory for the demo: %1").arg(m_directory.errorString());
        return false;
    }
    m_settings = std::make_unique<QSettings>(m_directory.filePath(QStringLiteral("keydesk-demo.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    // The demo opens with the dashboard's own data shape (docs/dialects.md#leadhql) first.
    m_settings->setValue(QStringLiteral("mainWindow/currentProfile"), leadHqlProfileName());
    return startServer(m_leadHql, leadHqlProfileName(), error)
           && startServer(m_localLeads, localLeadsProfileName(), error);
}

bool DemoEnvironment::startServer(SandboxServer *server, const QString &profileName, QString *error)
{
    server->seedDemo(m_clock());
    if (!server->listen()) {
        *error = tr("The demo server for %1 could not start: %2")
                     .arg(dialectDisplayName(server->dialect()), server->errorString());
        return false;
    }
    Profile profile;
    profile.name = profileName;
    profile.dialect = server->dialect();
    profile.baseUrl = server->url();
    if (!m_profiles->save(profile)) {
        *error = tr("The demo profile %1 could not be saved: %2").arg(profileName, m_profiles->problem());
        return false;
    }
    // Memory store: jobs run in order, so the window's later read sees this write.
    QString credential = server->issueCredential();
    m_secrets->write(SecretStore::credentialEntry(profileName), credential);
    wipeSecret(credential);
    return true;
}

} // namespace keydesk
