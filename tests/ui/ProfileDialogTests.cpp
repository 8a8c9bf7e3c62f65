#include "UiTestEnvironment.h"

#include "ProfileDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// A keychain that is not there: every write fails the way a missing Secret Service does.
class UnavailableSecretStore final : public SecretStore {
public:
    SecretJob *read(const QString &entry) override { return failing(SecretJob::Operation::Read, entry); }
    SecretJob *write(const QString &entry, const QString &) override
    {
        return failing(SecretJob::Operation::Write, entry);
    }
    SecretJob *remove(const QString &entry) override { return failing(SecretJob::Operation::Remove, entry); }
    QString backendName() const override { return QStringLiteral("none"); }
    bool isPersistent() const override { return true; }

private:
    SecretJob *failing(SecretJob::Operation operation, const QString &entry)
    {
        auto *job = new SecretJob(operation, entry);
        QTimer::singleShot(0, job, [job] { job->finishWithError({SecretError::Kind::NoSecretService, {}}); });
        return job;
    }
};

struct DialogFixture {
    UiTestEnvironment env;
    MemorySecretStore sessionSecrets;

    std::unique_ptr<ProfileDialog> makeDialog(SecretStore *secrets = nullptr)
    {
        return std::make_unique<ProfileDialog>(ProfileDialog::Services{&env.profiles, secrets ? secrets : &env.secrets,
                                                                       &sessionSecrets, &env.network,
                                                                       [this] { return env.now(); }});
    }
};

void fill(ProfileDialog &dialog, const QString &name, Dialect dialect, const QUrl &url, const QString &credential)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    auto *dialects = dialog.findChild<QComboBox *>(QStringLiteral("dialectCombo"));
    dialects->setCurrentIndex(dialects->findData(dialectId(dialect)));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(url.toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("credentialEdit"))->setText(credential);
}

QString readSecret(SecretStore &store, const QString &entry)
{
    SecretJob *job = store.read(entry);
    QString secret;
    QObject::connect(job, &SecretJob::finished, [&secret, job] { secret = job->secret(); });
    QSignalSpy finished(job, &SecretJob::finished);
    finished.wait(10000);
    return secret;
}

} // namespace

TEST(ProfileDialogTest, RefusesALeadHqlApiKeyAsTheManagementCredential)
{
    DialogFixture fixture;
    auto dialog = fixture.makeDialog();
    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
    fill(*dialog, QStringLiteral("Acme"), Dialect::LeadHql, QUrl(QStringLiteral("https://api.leadhql.com")),
         QStringLiteral("leadhql_pk_") + QStringLiteral("a1B2c3D4e5F6g7H8i9J0k1L2"));
    EXPECT_TRUE(dialog->tokenInfoText().contains(QStringLiteral("session token")));
    dialog->accept();
    QTest::qWait(50);
    EXPECT_EQ(saved.count(), 0);
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("LeadHQL API key")))
        << dialog->messageText().toStdString();
    EXPECT_FALSE(fixture.env.profiles.find(QStringLiteral("Acme")).has_value());
}

TEST(ProfileDialogTest, ShowsTheSessionTokenExpiryAndWarnsWithinADay)
{
    DialogFixture fixture;
    SandboxServer *server = fixture.env.startSandbox(Dialect::LeadHql, false);
    ASSERT_NE(server, nullptr);
    const QString token = server->issueCredential(); // valid for 12 hours
    auto dialog = fixture.makeDialog();
    fill(*dialog, QStringLiteral("Acme"), Dialect::LeadHql, server->url(), token);
    EXPECT_TRUE(dialog->tokenInfoText().contains(QStringLiteral("Session token expires on")));
    EXPECT_TRUE(dialog->tokenInfoText().contains(QStringLiteral("(in 11 hours)")))
        << dialog->tokenInfoText().toStdString();
    EXPECT_TRUE(dialog->tokenInfoText().startsWith(QStringLiteral("Warning: "))); // within 24 h

    fixture.env.clockOffsetSeconds = 13 * 3600;
    dialog->findChild<QLineEdit *>(QStringLiteral("credentialEdit"))->setText(token + QLatin1Char(' '));
    EXPECT_TRUE(dialog->tokenInfoText().contains(QStringLiteral("expired"))) << dialog->tokenInfoText().toStdString();
    dialog->accept();
    QTest::qWait(50);
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("expired")));
}

TEST(ProfileDialogTest, TestsTheConnectionAndStoresTheCredentialOnlyInTheSecretStore)
{
    DialogFixture fixture;
    SandboxServer *server = fixture.env.startSandbox(Dialect::LocalLeads, true);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    auto dialog = fixture.makeDialog();
    fill(*dialog, QStringLiteral("Northwind"), Dialect::LocalLeads, server->url(), credential);

    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog->testResultText().startsWith(QStringLiteral("Connected")); }, 20000))
        << dialog->testResultText().toStdString();

    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
    dialog->accept();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_FALSE(saved.at(0).at(1).toBool()); // not session-only
    EXPECT_TRUE(fixture.env.profiles.find(QStringLiteral("Northwind")).has_value());
    EXPECT_EQ(readSecret(fixture.env.secrets, SecretStore::credentialEntry(QStringLiteral("Northwind"))), credential);
    fixture.env.settings.sync();
    QFile ini(fixture.env.settings.fileName());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains(credential.toUtf8()));
}

TEST(ProfileDialogTest, MissingKeychainOffersThisSessionOnly)
{
    DialogFixture fixture;
    UnavailableSecretStore keychain;
    SandboxServer *server = fixture.env.startSandbox(Dialect::LocalLeads, false);
    ASSERT_NE(server, nullptr);
    const QString credential = server->issueCredential();
    auto dialog = fixture.makeDialog(&keychain);
    fill(*dialog, QStringLiteral("Northwind"), Dialect::LocalLeads, server->url(), credential);
    QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);

    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->offersSessionOnly(); }, 10000));
    const QString expected = SecretError{SecretError::Kind::NoSecretService, {}}.userMessage();
    EXPECT_TRUE(dialog->messageText().startsWith(expected)) << dialog->messageText().toStdString();
    EXPECT_EQ(saved.count(), 0);

    dialog->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"))->click();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(1).toBool());
    EXPECT_EQ(readSecret(fixture.sessionSecrets, SecretStore::credentialEntry(QStringLiteral("Northwind"))),
              credential);
}
