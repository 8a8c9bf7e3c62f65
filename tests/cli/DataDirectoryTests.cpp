// The window (application "KeyDesk") and keydesk-cli (its own name) must find the same
// handoff index and inventory (app/platform/DataDirectory.h).
#include "DataDirectory.h"
#include "Inventory.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {

class ApplicationName final {
public:
    ApplicationName(const QString &organisation, const QString &application)
        : m_organisation(QCoreApplication::organizationName())
        , m_application(QCoreApplication::applicationName())
    {
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
    }
    ~ApplicationName()
    {
        QCoreApplication::setOrganizationName(m_organisation);
        QCoreApplication::setApplicationName(m_application);
    }
    ApplicationName(const ApplicationName &) = delete;
    ApplicationName &operator=(const ApplicationName &) = delete;

private:
    QString m_organisation;
    QString m_application;
};

} // namespace

TEST(DataDirectory, IsTheWindowsAppDataLocationWhateverTheProgram)
{
    QString window;
    {
        const ApplicationName name(QStringLiteral("KeyDesk"), QStringLiteral("KeyDesk"));
        window = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        EXPECT_EQ(keydesk::DataDirectory::path(), window);
    }
    const ApplicationName name(QStringLiteral("KeyDesk"), QStringLiteral("keydesk-cli"));
    EXPECT_NE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), window);
    EXPECT_EQ(keydesk::DataDirectory::path(), window);
    EXPECT_EQ(keydesk::Inventory::defaultPath(), QDir(window).filePath(QStringLiteral("inventory.sqlite")));
}
