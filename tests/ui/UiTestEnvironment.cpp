#include "UiTestEnvironment.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

namespace keydesk::test {

UiTestEnvironment::UiTestEnvironment()
    : settings(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    , profiles(&settings)
    , handoffs(&secrets, directory.filePath(QStringLiteral("pending-handoffs.json")))
    , secretClipboard(QGuiApplication::clipboard())
{
}

UiTestEnvironment::~UiTestEnvironment() = default;

SandboxServer *UiTestEnvironment::startSandbox(Dialect dialect, bool seed)
{
    auto server = std::make_unique<SandboxServer>(dialect);
    if (seed)
        server->seedDemo(QDateTime::currentDateTimeUtc());
    if (!server->listen())
        return nullptr;
    servers.push_back(std::move(server));
    return servers.back().get();
}

void UiTestEnvironment::addProfile(const QString &name, SandboxServer *server, const QString &credential)
{
    addProfile(name, server->dialect(), server->url(), credential.isEmpty() ? server->issueCredential() : credential);
}

void UiTestEnvironment::addProfile(const QString &name, Dialect dialect, const QUrl &url, const QString &credential)
{
    Profile profile;
    profile.name = name;
    profile.dialect = dialect;
    profile.baseUrl = url;
    profiles.save(profile);
    secrets.write(SecretStore::credentialEntry(name), credential);
}

std::unique_ptr<MainWindow> UiTestEnvironment::makeWindow()
{
    return std::make_unique<MainWindow>(MainWindow::Services{&network, &secrets, &settings, &profiles, &handoffs,
                                                             &secretClipboard, QGuiApplication::clipboard(),
                                                             [this] { return now(); }, inventory.get()});
}

Inventory &UiTestEnvironment::useInventory()
{
    if (!inventory) {
        inventory = std::make_unique<Inventory>(directory.filePath(QStringLiteral("inventory.sqlite")));
        inventory->open();
    }
    return *inventory;
}

bool UiTestEnvironment::waitForInventory(int timeoutMs)
{
    if (!inventory)
        return false;
    bool idle = false;
    inventory->whenIdle(inventory.get(), [&idle] { idle = true; });
    return QTest::qWaitFor([&idle] { return idle; }, timeoutMs);
}

bool waitForKeys(MainWindow &window, int timeoutMs)
{
    QSignalSpy loaded(&window, &MainWindow::keysLoaded);
    return loaded.wait(timeoutMs);
}

} // namespace keydesk::test
