#include "DemoEnvironment.h"

#include "CreatedKey.h"
#include "DemoHistory.h"
#include "Inventory.h"
#include "KeyIssuer.h"
#include "LeakScanJob.h"
#include "MemorySecretStore.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace keydesk {

namespace {

// The demo key whose copies are planted in the demo project (a name of DemoSeeder's).
const QString plantedKeyName = QStringLiteral("Zapier automation");

const StoredKey *demoKeyNamed(const SandboxState &state, const QString &name)
{
    for (const StoredKey &key : state.keys) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

} // namespace

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
    if (m_plantedCreatedKey.isValid())
        inventory.rememberCreatedKey({leadHqlProfileName(), m_leadHql->dialect(), m_leadHql->url()},
                                     m_plantedCreatedKey);
}

QString DemoEnvironment::projectPath() const
{
    return m_directory.filePath(QStringLiteral("demo-project"));
}

bool DemoEnvironment::plantKeys(QString *error)
{
    // The demo servers keep only the SHA-256 of their keys (as the real ones do), so the
    // planted keys are made here: the Acme Realty one is remembered as if KeyDesk had
    // created it (matched by fingerprint), the Northwind Leads one carries the keyPrefix
    // that organisation lists for the key (matched by keyPrefix, as a key made in the
    // dashboard would be), the Trust Leads one is unknown.
    const QDateTime now = m_clock().toUTC();
    const StoredKey *acme = demoKeyNamed(m_leadHql->state(), plantedKeyName);
    const StoredKey *northwind = demoKeyNamed(m_localLeads->state(), plantedKeyName);
    if (!acme || !northwind) {
        *error = tr("The demo keys to plant in the demo project are missing.");
        return false;
    }
    QString created = KeyIssuer::generateSecret(Dialect::LeadHql);
    m_plantedCreatedKey = CreatedKeyFingerprint::of(created);
    m_plantedCreatedKey.organisation = leadHqlProfileName();
    m_plantedCreatedKey.keyId = acme->id;
    m_plantedCreatedKey.createdAt = acme->createdAt;
    QString listed = KeyIssuer::generateSecret(Dialect::LocalLeads);
    listed.replace(0, northwind->visibleIdentifier.size(), northwind->visibleIdentifier);
    QString stray = KeyIssuer::generateSecret(Dialect::TrustLeads);
    const QList<std::pair<QString, QString>> files{
        {QStringLiteral("README.md"), QStringLiteral("# Lead sync\n\nImports leads from our portals into the CRM.\n")},
        {QStringLiteral("config/zapier.env"),
         QStringLiteral("# Zapier hook for Acme Realty\nLEADHQL_API_KEY=") + created + QStringLiteral("\n")},
        {QStringLiteral("scripts/import_leads.py"), QStringLiteral("import requests\n\nNORTHWIND_KEY = \"") + listed
                                                        + QStringLiteral("\"  # TODO: read from the environment\n")},
        {QStringLiteral("docs/enrichment.md"),
         QStringLiteral("The March enrichment run used `") + stray + QStringLiteral("`.\n")},
    };
    bool written = true;
    for (const auto &[name, text] : files) {
        const QString path = QDir(projectPath()).filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        written = written && file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    }
    wipeSecret(created);
    wipeSecret(listed);
    wipeSecret(stray);
    if (!written) {
        *error = tr("The demo project could not be written in %1.").arg(projectPath());
        return false;
    }
    // The scan dialog opens with it remembered (LeakScanSettings).
    m_settings->setValue(QStringLiteral("leakScan/folders"), QStringList{projectPath()});
    return true;
}

void DemoEnvironment::scanProject(const QString &inventoryPath, QObject *context, std::function<void()> done)
{
    LeakScanRequest request;
    request.paths = {projectPath()};
    request.inventoryPath = inventoryPath;
    auto *job = new LeakScanJob(std::move(request), m_clock);
    connect(job, &LeakScanJob::finished, context, [done = std::move(done)] { done(); });
    job->startOnOwnThread();
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
           && startServer(m_localLeads, localLeadsProfileName(), error) && plantKeys(error);
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
