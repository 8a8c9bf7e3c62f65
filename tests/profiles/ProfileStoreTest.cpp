#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>

#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

// Readable QString values in gtest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace keydesk;

namespace {

Profile sampleProfile(const QString &name = QStringLiteral("acme"))
{
    Profile profile;
    profile.name = name;
    profile.dialect = Dialect::LocalLeads;
    profile.baseUrl = QUrl(QStringLiteral("https://leadsapi.postorbit.io"));
    return profile;
}

class ProfileStoreTest : public ::testing::Test {
protected:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("keydesk.ini")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProfileStoreTest, SaveFindRemoveRoundTrip)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    EXPECT_TRUE(store.profiles().isEmpty());
    EXPECT_FALSE(store.find(QStringLiteral("acme")).has_value());

    Profile trust;
    trust.name = QStringLiteral("Trust – Büro");
    trust.dialect = Dialect::TrustLeads;
    trust.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/base"));
    trust.authHeader = Connection::AuthHeader::XApiKey;
    trust.caFile = settingsPath(); // any readable file will do
    QFile(settingsPath()).open(QIODevice::Append);

    ASSERT_TRUE(store.save(sampleProfile())) << store.problem().toStdString();
    ASSERT_TRUE(store.save(trust)) << store.problem().toStdString();

    // A second store on a fresh QSettings reads what was written to disk.
    auto reopened = openSettings();
    ProfileStore again(reopened.get());
    const QList<Profile> all = again.profiles();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, u"acme");
    EXPECT_EQ(all.at(1).name, trust.name);

    const std::optional<Profile> found = again.find(trust.name);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->dialect, Dialect::TrustLeads);
    EXPECT_EQ(found->baseUrl, trust.baseUrl);
    EXPECT_EQ(found->caFile, trust.caFile);
    EXPECT_EQ(found->authHeader, Connection::AuthHeader::XApiKey);

    // Save replaces: a dropped CA file does not linger.
    Profile replaced = *found;
    replaced.caFile.clear();
    replaced.baseUrl = QUrl(QStringLiteral("https://api.trustleads.ai"));
    ASSERT_TRUE(again.save(replaced));
    EXPECT_TRUE(again.find(trust.name)->caFile.isEmpty());
    EXPECT_EQ(again.find(trust.name)->baseUrl, replaced.baseUrl);

    EXPECT_TRUE(again.remove(QStringLiteral("acme")));
    EXPECT_FALSE(again.remove(QStringLiteral("acme")));
    EXPECT_FALSE(again.find(QStringLiteral("acme")).has_value());
    EXPECT_EQ(again.profiles().size(), 1);
    EXPECT_TRUE(again.problem().isEmpty()) << again.problem().toStdString();
}

TEST_F(ProfileStoreTest, ValidationMessagesNameTheProblem)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    EXPECT_TRUE(store.validate(sampleProfile()).isEmpty());

    auto messageFor = [&store](const std::function<void(Profile &)> &change) {
        Profile profile = sampleProfile();
        change(profile);
        return store.validate(profile);
    };
    EXPECT_TRUE(messageFor([](Profile &p) { p.name.clear(); }).contains(u"Enter a name"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.name = QStringLiteral("   "); }).contains(u"Enter a name"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.name = QString(65, u'x'); }).contains(u"too long"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.name = QString(64, u'x'); }).isEmpty());
    EXPECT_TRUE(messageFor([](Profile &p) { p.name = QStringLiteral("a/b"); }).contains(u"must not contain"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.name = QStringLiteral("a\\b"); }).contains(u"must not contain"));

    EXPECT_TRUE(messageFor([](Profile &p) { p.baseUrl = QUrl(); }).contains(u"Enter the base URL"));
    EXPECT_TRUE(messageFor([](Profile &p) {
                    p.baseUrl = QUrl(QStringLiteral("http://api.leadhql.com"));
                }).contains(u"https://"));
    EXPECT_TRUE(
        messageFor([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("ftp://localhost")); }).contains(u"https://"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("http://localhost:9000")); }).isEmpty());
    EXPECT_TRUE(messageFor([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("http://[::1]:9000")); }).isEmpty());
    EXPECT_TRUE(messageFor([](Profile &p) {
                    p.baseUrl = QUrl(QStringLiteral("https://user:pw@api.example.com"));
                }).contains(u"user name or password"));
    EXPECT_TRUE(messageFor([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("https://")); }).contains(u"not a valid"));

    // Only Trust Leads documents the X-API-Key header.
    EXPECT_TRUE(messageFor([](Profile &p) {
                    p.authHeader = Connection::AuthHeader::XApiKey;
                }).contains(u"Authorization: Bearer"));

    EXPECT_TRUE(messageFor([this](Profile &p) {
                    p.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
                }).contains(u"does not exist"));
    EXPECT_TRUE(messageFor([this](Profile &p) { p.caFile = m_dir.path(); }).contains(u"not a file"));

    // save() refuses what validate() rejects.
    Profile invalid = sampleProfile(QStringLiteral("x/y"));
    EXPECT_FALSE(store.save(invalid));
    EXPECT_TRUE(store.profiles().isEmpty());
}

TEST_F(ProfileStoreTest, UnreadableCaFileIsReported)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads every file; permissions cannot make one unreadable";
    const QString caPath = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(caPath);
    ASSERT_TRUE(ca.open(QIODevice::WriteOnly));
    ca.close();
    ca.setPermissions(QFile::WriteOwner);
    auto settings = openSettings();
    ProfileStore store(settings.get());
    Profile profile = sampleProfile();
    profile.caFile = caPath;
    EXPECT_TRUE(store.validate(profile).contains(u"cannot be read"));
}

TEST_F(ProfileStoreTest, SettingsFileNeverContainsTheCredential)
{
    const QString credential = QStringLiteral("ll_5f2b9c0d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c");
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        Profile profile = sampleProfile();
        const Connection connection = profile.connection(credential);
        EXPECT_EQ(connection.credential, credential);
        EXPECT_EQ(connection.baseUrl, profile.baseUrl);
        EXPECT_EQ(connection.dialect, profile.dialect);
        ASSERT_TRUE(store.save(profile));
        // Even a profile built from a connection keeps only the non-secret parts.
        Profile second = sampleProfile(QStringLiteral("second"));
        second.baseUrl = connection.baseUrl;
        ASSERT_TRUE(store.save(second));
        ASSERT_TRUE(store.remove(QStringLiteral("second")));
        ASSERT_TRUE(store.save(second));
    }
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_TRUE(contents.contains("leadsapi.postorbit.io")) << contents.toStdString();
    EXPECT_FALSE(contents.contains(credential.toUtf8()));
    EXPECT_FALSE(contents.contains("ll_5f2b"));
}

TEST_F(ProfileStoreTest, ProfileNamesWithControlOrBidiCharactersAreRefused)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QStringList names{QStringLiteral("work\nprod"), QStringLiteral("tab\there"), QStringLiteral("esc\x1b[31m"),
                            QStringLiteral("evil\u202Eorp"), QStringLiteral("a") + QChar(0xD800)};
    for (const QString &name : names) {
        const QString message = store.validate(sampleProfile(name));
        EXPECT_TRUE(message.contains(QStringLiteral("control characters"))) << message.toStdString();
        EXPECT_FALSE(store.save(sampleProfile(name)));
    }
    EXPECT_TRUE(store.profiles().isEmpty());
    EXPECT_TRUE(store.validate(sampleProfile(QStringLiteral("Büro 🚀"))).isEmpty());
}

TEST_F(ProfileStoreTest, SettingsFileIsOwnerOnlyWhetherNewOrExisting)
{
    // It holds no secret, but names the organisations and their hosts; the umask
    // alone made it 0644.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const mode_t previous = umask(022);
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        ASSERT_TRUE(store.save(sampleProfile()));
    }
    EXPECT_EQ(QFileInfo(settingsPath()).permissions() & others, QFileDevice::Permissions());

    ASSERT_TRUE(QFile::setPermissions(settingsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        ASSERT_TRUE(store.save(sampleProfile(QStringLiteral("second"))));
        EXPECT_EQ(QFileInfo(settingsPath()).permissions() & others, QFileDevice::Permissions());
        ASSERT_TRUE(store.remove(QStringLiteral("second")));
    }
    umask(previous);
    const QFileDevice::Permissions mode = QFileInfo(settingsPath()).permissions();
    EXPECT_EQ(mode & others, QFileDevice::Permissions());
    EXPECT_TRUE(mode & QFileDevice::ReadOwner);
}

TEST_F(ProfileStoreTest, CorruptSettingsFileIsReportedNotFatal)
{
    {
        QFile file(settingsPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // An unterminated section header plus binary garbage.
        file.write("[profiles\n\xff\xfe\x00\x01garbage=\x80\x81\n[broken");
    }
    auto settings = openSettings();
    ProfileStore store(settings.get());
    EXPECT_FALSE(store.problem().isEmpty());
    EXPECT_TRUE(store.problem().contains(u"damaged")) << store.problem().toStdString();
    EXPECT_TRUE(store.profiles().isEmpty());
    EXPECT_FALSE(store.find(QStringLiteral("acme")).has_value());
    // Saving over a file we could not read would destroy whatever it still holds.
    EXPECT_FALSE(store.save(sampleProfile()));
    EXPECT_FALSE(store.remove(QStringLiteral("acme")));
}

TEST_F(ProfileStoreTest, ProfileWithUnknownDialectIsSkippedAndNamed)
{
    {
        auto settings = openSettings();
        settings->setValue(QStringLiteral("profiles/future/dialect"), QStringLiteral("nextgen"));
        settings->setValue(QStringLiteral("profiles/future/baseUrl"), QStringLiteral("https://x.example"));
    }
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ASSERT_TRUE(store.save(sampleProfile()));
    EXPECT_EQ(store.profiles().size(), 1);
    EXPECT_FALSE(store.find(QStringLiteral("future")).has_value());
    EXPECT_TRUE(store.problem().contains(u"future")) << store.problem().toStdString();
}

// --- another process on the same settings file ----------------------------------------
// This process plays the window (one long-lived QSettings, as MainWindow has); the real
// keydesk-cli is the other process. QSettings shares its cache between the QSettings
// objects of one process, so a second process is the only honest way to test this.

namespace {

class ProfileStoreAcrossProcesses : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("KEYDESK_KEYRING_SESSION") != QLatin1String("1"))
            GTEST_SKIP() << "keydesk-cli stores credentials in the keychain: run under tests/with-keyring.sh";
        ASSERT_TRUE(m_home.isValid());
        m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("home/.config/KeyDesk/KeyDesk.conf")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        m_suffix = QString::number(::getpid());
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), QStringLiteral("ll_") + QString(64, u'c'));
        return environment;
    }

    keydesk::test::ProcessResult cli(const QStringList &arguments) const
    {
        return keydesk::test::runProcess(keydesk::test::cliExecutable(), arguments, {}, cliEnvironment(), 120000);
    }

    // What the CLI reads from the file: name -> caFile ("" when none).
    QMap<QString, QString> cliProfiles() const
    {
        const keydesk::test::ProcessResult listed = cli(
            {QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        QMap<QString, QString> result;
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        for (const QJsonValue &value : array)
            result.insert(value[u"name"].toString(), value[u"caFile"].toString());
        return result;
    }

    QString named(const char *name) const { return QString::fromLatin1(name) + u'-' + m_suffix; }

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    QString m_suffix;
};

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList names;
    for (const Profile &profile : profiles)
        names.append(profile.name);
    return names;
}

} // namespace

// The CLI adds a profile while the window runs: the window lists it, can remove it, and
// its own saves keep it. (Before, the window's copy of the file never saw it.)
TEST_F(ProfileStoreAcrossProcesses, AProfileTheCliAddsMeanwhileIsListedKeptAndRemovable)
{
    ASSERT_TRUE(m_store->save(sampleProfile(named("window")))) << m_store->problem().toStdString();
    EXPECT_EQ(namesOf(m_store->profiles()), QStringList{named("window")});

    const keydesk::test::ProcessResult added = cli(
        {QStringLiteral("profile"), QStringLiteral("add"), named("cli"), QStringLiteral("--dialect"),
         QStringLiteral("leadhql"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    EXPECT_EQ(namesOf(m_store->profiles()), (QStringList{named("cli"), named("window")}));
    const std::optional<Profile> fromCli = m_store->find(named("cli"));
    ASSERT_TRUE(fromCli);
    EXPECT_EQ(fromCli->dialect, Dialect::LeadHql);

    ASSERT_TRUE(m_store->save(sampleProfile(named("second"))));
    EXPECT_EQ(cliProfiles().keys(), (QStringList{named("cli"), named("second"), named("window")}));

    EXPECT_TRUE(m_store->remove(named("cli"))) << m_store->problem().toStdString();
    EXPECT_EQ(cliProfiles().keys(), (QStringList{named("second"), named("window")}));
}

// The window replaces a profile that the CLI re-saved meanwhile with a CA file the
// window's copy never knew of: the result is exactly the window's profile, not a mix of
// the window's keys and the CLI's CA file. (Removing a group in QSettings removes only
// the keys its copy knows.)
TEST_F(ProfileStoreAcrossProcesses, ReplacingAProfileReplacesWhatIsOnDiskNotWhatWasRead)
{
    const QString name = named("shared");
    Profile mine = sampleProfile(name);
    ASSERT_TRUE(m_store->save(mine));

    const QString caFile = m_home.filePath(QStringLiteral("ca.pem"));
    {
        QFile file(caFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
    }
    const keydesk::test::ProcessResult readded = cli({QStringLiteral("--ca-file"), caFile, QStringLiteral("profile"),
                                                      QStringLiteral("add"), name, QStringLiteral("--dialect"),
                                                      QStringLiteral("localleads"), QStringLiteral("--base-url"),
                                                      QStringLiteral("http://127.0.0.1:9/")});
    ASSERT_EQ(readded.exitCode, 0) << readded.err.toStdString();
    ASSERT_EQ(cliProfiles().value(name), caFile);

    mine.baseUrl = QUrl(QStringLiteral("https://leadsapi.postorbit.io/v2"));
    ASSERT_TRUE(m_store->save(mine)) << m_store->problem().toStdString();
    EXPECT_EQ(cliProfiles().value(name, QStringLiteral("(missing)")), QString()) << "the CLI's CA file survived";
    const std::optional<Profile> saved = m_store->find(name);
    ASSERT_TRUE(saved);
    EXPECT_TRUE(saved->caFile.isEmpty());
    EXPECT_EQ(saved->baseUrl, mine.baseUrl);
}

// Another process in the middle of changing the profiles: the change fails at once with
// a sentence that says so, and nothing is half written.
TEST_F(ProfileStoreTest, AChangeWhileAnotherProcessHoldsTheProfilesLockSaysSo)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ASSERT_TRUE(store.save(sampleProfile()));
    QLockFile other(settingsPath() + QStringLiteral(".profiles.lock"));
    ASSERT_TRUE(other.tryLock(0));
    EXPECT_FALSE(store.save(sampleProfile(QStringLiteral("second"))));
    EXPECT_TRUE(store.problem().contains(QStringLiteral("Another KeyDesk process"))) << store.problem().toStdString();
    EXPECT_FALSE(store.remove(QStringLiteral("acme")));
    other.unlock();
    EXPECT_EQ(store.profiles().size(), 1);
    EXPECT_TRUE(store.save(sampleProfile(QStringLiteral("second")))) << store.problem().toStdString();
    EXPECT_TRUE(store.problem().isEmpty());
    EXPECT_EQ(store.profiles().size(), 2);
}

TEST_F(ProfileStoreTest, WatchThresholdsRoundTripAndOnlyChangedOnesAreWritten)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    Profile profile = sampleProfile();
    profile.watch.idleDays = 10;
    profile.watch.spikeFactor = 0; // 0 is a value, not "unset"
    ASSERT_TRUE(store.save(profile)) << store.problem().toStdString();

    auto reopened = openSettings();
    ProfileStore again(reopened.get());
    const auto found = again.find(profile.name);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->watch.idleDays, 10);
    EXPECT_EQ(found->watch.spikeFactor, 0);
    EXPECT_EQ(found->watch.oldDays, WatchThresholds{}.oldDays);
    reopened->beginGroup(QStringLiteral("profiles/acme/watch"));
    EXPECT_EQ(reopened->childKeys(), (QStringList{QStringLiteral("idleDays"), QStringLiteral("spikeFactor")}));
    reopened->endGroup();

    // A hand-edited file with nonsense reads as the defaults.
    reopened->setValue(QStringLiteral("profiles/acme/watch/idleDays"), QStringLiteral("soon"));
    reopened->setValue(QStringLiteral("profiles/acme/watch/oldDays"), -5);
    reopened->sync();
    auto edited = openSettings();
    ProfileStore third(edited.get());
    WatchThresholds expected;
    expected.spikeFactor = 0;
    EXPECT_EQ(third.find(profile.name)->watch, expected);
}

// docs/design.md#delivery: command templates outlive saving the profile, not removing it.
TEST_F(ProfileStoreTest, CommandTemplatesSurviveSavingAndGoWithTheProfile)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ASSERT_TRUE(store.save(sampleProfile()));
    const QStringList gh{QStringLiteral("gh"), QStringLiteral("secret"), QStringLiteral("set"),
                         QStringLiteral("DEPLOY KEY"), QStringLiteral("--repo=acme/app")};
    ASSERT_TRUE(store.saveCommandTemplate(QStringLiteral("acme"), QStringLiteral("gh"), gh));
    EXPECT_FALSE(store.saveCommandTemplate(QStringLiteral("acme"), QStringLiteral("a/b"), gh));
    EXPECT_FALSE(store.saveCommandTemplate(QStringLiteral("acme"), QStringLiteral("empty"), {}));
    EXPECT_FALSE(ProfileStore::validateTemplateName(QStringLiteral(" padded")).isEmpty());

    ASSERT_TRUE(store.save(sampleProfile())); // the profile edited and saved again
    auto fresh = openSettings();
    EXPECT_EQ(ProfileStore(fresh.get()).commandTemplate(QStringLiteral("acme"), QStringLiteral("gh")), gh);

    ASSERT_TRUE(store.remove(QStringLiteral("acme")));
    ASSERT_TRUE(store.save(sampleProfile()));
    EXPECT_TRUE(store.commandTemplates(QStringLiteral("acme")).isEmpty());
    ASSERT_TRUE(store.saveCommandTemplate(QStringLiteral("acme"), QStringLiteral("gh"), gh));
    EXPECT_TRUE(store.removeCommandTemplate(QStringLiteral("acme"), QStringLiteral("gh")));
    EXPECT_FALSE(store.removeCommandTemplate(QStringLiteral("acme"), QStringLiteral("gh")));
}

// The rotation policy lives next to the thresholds (docs/design.md#rules): absent means
// none, and a hand-edited nonsense value reads as none.
TEST_F(ProfileStoreTest, RotationPolicyRoundTripsAndIsAbsentWithoutOne)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    Profile profile = sampleProfile();
    ASSERT_EQ(profile.watch.rotateEveryDays, 0);
    profile.watch.rotateEveryDays = 45;
    ASSERT_TRUE(store.save(profile)) << store.problem().toStdString();

    auto reopened = openSettings();
    EXPECT_EQ(reopened->value(QStringLiteral("profiles/acme/watch/rotateEveryDays")).toInt(), 45);
    EXPECT_EQ(ProfileStore(reopened.get()).find(profile.name)->watch.rotateEveryDays, 45);

    profile.watch.rotateEveryDays = 0;
    ASSERT_TRUE(store.save(profile)) << store.problem().toStdString();
    auto cleared = openSettings();
    EXPECT_FALSE(cleared->contains(QStringLiteral("profiles/acme/watch/rotateEveryDays")));

    cleared->setValue(QStringLiteral("profiles/acme/watch/rotateEveryDays"), QStringLiteral("monthly"));
    cleared->sync();
    auto edited = openSettings();
    EXPECT_EQ(ProfileStore(edited.get()).find(profile.name)->watch.rotateEveryDays, 0);
}
