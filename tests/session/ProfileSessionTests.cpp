#include "ApiClient.h"
#include "CountingNetworkAccessManager.h"
#include "JwtReader.h"
#include "MemorySecretStore.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "TestSecretStores.h"

#include <gtest/gtest.h>

#include <QNetworkReply>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace keydesk;
using namespace keydesk::test;

using State = ProfileSession::State;

namespace {

constexpr int waitMs = 20000; // generous: a busy 2-core machine

// A ProfileSession on throwaway storage: profiles in a temporary ini file, credentials
// in the real keychain (a service of its own; memory outside tests/with-keyring.sh)
// and in a memory store for "this session only", a counting network manager, and a
// clock the test may stop at a chosen instant.
struct SessionFixture {
    SessionFixture()
        : settings(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , profiles(&settings)
        , keychain(makeTestSecretStore(QStringLiteral("KeyDeskTests-session")))
        , session({&network, &profiles, &sessionSecrets, keychain.get(),
                   [this] { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }})
    {
        QObject::connect(&session, &ProfileSession::stateChanged, &session,
                         [this](State state) { states.push_back(state); });
    }

    ~SessionFixture()
    {
        // Leave nothing behind in a real keychain.
        for (const QString &name : std::as_const(stored))
            awaitJob(keychain->remove(SecretStore::credentialEntry(name)));
    }

    // Saves a profile for `sandbox`; stores `credential` in the keychain unless it is empty.
    void addProfile(const QString &name, const SandboxProcess &sandbox, const QString &credential)
    {
        Profile profile;
        profile.name = name;
        profile.dialect = dialectFromId(sandbox.dialect()).value_or(Dialect::LeadHql);
        profile.baseUrl = sandbox.url();
        EXPECT_TRUE(profiles.save(profile)) << profiles.problem().toStdString();
        if (!credential.isEmpty())
            storeCredential(name, credential);
    }

    void storeCredential(const QString &name, const QString &credential)
    {
        stored.insert(name);
        EXPECT_TRUE(awaitJob(keychain->write(SecretStore::credentialEntry(name), credential)).ok());
    }

    QTemporaryDir directory;
    QSettings settings;
    ProfileStore profiles;
    std::unique_ptr<SecretStore> keychain;
    MemorySecretStore sessionSecrets;
    QSet<QString> stored;
    CountingNetworkAccessManager network;
    QDateTime now; // null: the real time
    ProfileSession session;
    std::vector<State> states;
};

std::unique_ptr<SandboxProcess> startSandbox(const QString &dialect, const QStringList &extra = {})
{
    auto sandbox = std::make_unique<SandboxProcess>(dialect, extra);
    EXPECT_TRUE(sandbox->started()) << sandbox->startError().toStdString();
    return sandbox;
}

// The ids the sandbox lists, through a client of its own.
QStringList idsListedBy(const SandboxProcess &sandbox)
{
    QNetworkAccessManager network;
    Connection connection;
    connection.dialect = dialectFromId(sandbox.dialect()).value_or(Dialect::LeadHql);
    connection.baseUrl = sandbox.url();
    connection.credential = sandbox.credential();
    ApiClient client(&network, connection);
    ApiReply *reply = client.listKeys();
    QStringList ids;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        for (const ApiKey &key : reply->keys())
            ids << key.id;
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, waitMs));
    return ids;
}

QStringList idsOf(const QList<ApiKey> &keys)
{
    QStringList ids;
    for (const ApiKey &key : keys)
        ids << key.id;
    return ids;
}

// Installs a fault plan through the sandbox's control endpoint.
void installFault(const SandboxProcess &sandbox, const QByteArray &rule)
{
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.url().resolved(QUrl(QStringLiteral("/__sandbox/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, rule);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(waitMs));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
        << reply->readAll().toStdString();
    reply->deleteLater();
}

} // namespace

TEST(ProfileSession, OpeningReadsTheCredentialThenListsAndRefreshListsAgain)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"), {QStringLiteral("--seed-demo")});
    SessionFixture f;
    f.addProfile(QStringLiteral("Northwind"), *sandbox, sandbox->credential());
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy busy(&f.session, &ProfileSession::busyChanged);

    f.session.open(QStringLiteral("Northwind"));
    EXPECT_EQ(f.session.state(), State::LoadingCredential);
    EXPECT_TRUE(f.session.isBusy());
    EXPECT_EQ(f.session.client(), nullptr);
    ASSERT_TRUE(listed.wait(waitMs));

    EXPECT_EQ(f.states, (std::vector<State>{State::LoadingCredential, State::Loading, State::Loaded}));
    EXPECT_EQ(f.session.profileName(), QStringLiteral("Northwind"));
    ASSERT_NE(f.session.client(), nullptr);
    EXPECT_EQ(f.session.client()->connection().baseUrl, sandbox->url());
    EXPECT_EQ(idsOf(listed.at(0).at(0).value<QList<ApiKey>>()), idsListedBy(*sandbox));
    EXPECT_TRUE(f.session.lastRefreshed().isValid());
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_FALSE(f.session.isCredentialRefused());
    EXPECT_FALSE(f.session.tokenExpiresAt().isValid()); // an ll_ key has no expiry to watch
    EXPECT_EQ(f.session.tokenCheckInterval(), -1);
    EXPECT_FALSE(busy.isEmpty());
    EXPECT_FALSE(busy.last().at(0).toBool());

    f.states.clear();
    f.session.refresh();
    EXPECT_TRUE(f.session.isBusy());
    f.session.refresh(); // a list is on its way: not a second one
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(f.states, std::vector<State>{State::Loaded});
    EXPECT_EQ(listed.size(), 2);
    EXPECT_EQ(f.network.created(), 2);
}

TEST(ProfileSession, NoNameOrAnUnknownOneIsNoProfileWithoutTraffic)
{
    SessionFixture f;
    QSignalSpy opened(&f.session, &ProfileSession::opened);
    f.session.open({});
    EXPECT_EQ(f.session.state(), State::NoProfile);
    f.session.open(QStringLiteral("nobody"));
    EXPECT_EQ(f.session.state(), State::NoProfile);
    EXPECT_FALSE(f.session.profile().has_value());
    f.session.refresh();
    EXPECT_EQ(opened.size(), 2);
    EXPECT_EQ(f.states, (std::vector<State>{State::NoProfile, State::NoProfile}));
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_EQ(f.network.created(), 0);
}

TEST(ProfileSession, AMissingCredentialFailsAsNotFoundAndRefreshReadsItAgain)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"));
    SessionFixture f;
    f.addProfile(QStringLiteral("Empty"), *sandbox, {});
    QSignalSpy failed(&f.session, &ProfileSession::credentialFailed);
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);

    f.session.open(QStringLiteral("Empty"));
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(failed.at(0).at(0).value<SecretError>().kind, SecretError::Kind::NotFound);
    EXPECT_EQ(f.states, (std::vector<State>{State::LoadingCredential, State::Failed}));
    EXPECT_EQ(f.session.client(), nullptr);
    EXPECT_EQ(f.network.created(), 0);

    f.storeCredential(QStringLiteral("Empty"), sandbox->credential());
    f.session.refresh();
    EXPECT_EQ(f.session.state(), State::LoadingCredential);
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(f.session.state(), State::Loaded);
}

TEST(ProfileSession, ACredentialForThisSessionOnlyComesBeforeTheKeychain)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"));
    SessionFixture f;
    f.addProfile(QStringLiteral("Both"), *sandbox, QStringLiteral("ll_") + QString(64, QLatin1Char('0')));
    ASSERT_TRUE(
        awaitJob(f.sessionSecrets.write(SecretStore::credentialEntry(QStringLiteral("Both")), sandbox->credential()))
            .ok());
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    f.session.open(QStringLiteral("Both"));
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(f.session.client()->connection().credential, sandbox->credential());
}

TEST(ProfileSession, ARefusedCredentialFailsAndHoldsUntilAListSucceeds)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"));
    SessionFixture f;
    f.addProfile(QStringLiteral("Wrong"), *sandbox, QStringLiteral("ll_") + QString(64, QLatin1Char('0')));
    QSignalSpy failed(&f.session, &ProfileSession::listFailed);
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);

    f.session.open(QStringLiteral("Wrong"));
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
    EXPECT_EQ(f.states, (std::vector<State>{State::LoadingCredential, State::Loading, State::Failed}));
    EXPECT_TRUE(f.session.isCredentialRefused());
    EXPECT_FALSE(f.session.lastRefreshed().isValid());

    // The user pastes a valid credential: the profile is opened again.
    f.storeCredential(QStringLiteral("Wrong"), sandbox->credential());
    f.session.open(QStringLiteral("Wrong"));
    EXPECT_FALSE(f.session.isCredentialRefused());
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(f.session.state(), State::Loaded);

    // A key flow's request was refused (the key was revoked elsewhere meanwhile).
    ApiError refused;
    refused.kind = ApiError::Kind::Authentication;
    f.session.reportFailure(refused);
    EXPECT_TRUE(f.session.isCredentialRefused());
    ApiError other;
    other.kind = ApiError::Kind::Server;
    f.session.reportFailure(other);
    EXPECT_TRUE(f.session.isCredentialRefused());
    f.session.refresh();
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_FALSE(f.session.isCredentialRefused());
}

TEST(ProfileSession, AFailedRefreshKeepsLoadedAndTheLastRefreshTime)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"), {QStringLiteral("--seed-demo")});
    SessionFixture f;
    f.addProfile(QStringLiteral("Northwind"), *sandbox, sandbox->credential());
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy failed(&f.session, &ProfileSession::listFailed);
    f.session.open(QStringLiteral("Northwind"));
    ASSERT_TRUE(listed.wait(waitMs));
    const QDateTime refreshed = f.session.lastRefreshed();

    installFault(*sandbox, R"({"fault":"status","status":500,"method":"GET","count":1})");
    f.states.clear();
    f.session.refresh();
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
    EXPECT_EQ(f.states, std::vector<State>{State::Loaded});
    EXPECT_EQ(f.session.lastRefreshed(), refreshed);
    EXPECT_FALSE(f.session.isCredentialRefused());
}

TEST(ProfileSession, ADialectWithoutKeyManagementIsUnsupportedAndListsNothing)
{
    auto sandbox = startSandbox(QStringLiteral("trustleads"));
    SessionFixture f;
    f.addProfile(QStringLiteral("Trust"), *sandbox, sandbox->credential());
    QSignalSpy read(&f.session, &ProfileSession::credentialRead);
    f.session.open(QStringLiteral("Trust"));
    ASSERT_TRUE(read.wait(waitMs));
    EXPECT_EQ(f.states, (std::vector<State>{State::LoadingCredential, State::Unsupported}));
    EXPECT_NE(f.session.client(), nullptr); // for the profile dialog's connection test
    f.session.refresh();
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_EQ(f.session.state(), State::Unsupported);
}

// The credential of the organisation opened first arrives after the second was opened:
// without the generation counter it would be used for the second one.
TEST(ProfileSession, ALateCredentialOfThePreviousOrganisationIsDropped)
{
    auto first = startSandbox(QStringLiteral("localleads"));
    auto second = startSandbox(QStringLiteral("localleads"), {QStringLiteral("--seed-demo")});
    SessionFixture f;
    f.addProfile(QStringLiteral("First"), *first, first->credential());
    f.addProfile(QStringLiteral("Second"), *second, second->credential());
    QSignalSpy read(&f.session, &ProfileSession::credentialRead);
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy failed(&f.session, &ProfileSession::listFailed);

    f.session.open(QStringLiteral("First"));
    f.session.open(QStringLiteral("Second")); // the first read is still on its way
    ASSERT_TRUE(listed.wait(waitMs));

    EXPECT_EQ(read.size(), 1);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(f.session.client()->connection().credential, second->credential());
    EXPECT_EQ(idsOf(listed.at(0).at(0).value<QList<ApiKey>>()), idsListedBy(*second));
    EXPECT_EQ(f.network.created(), 1);
}

// The first organisation's list is still on its way (its server is slow) when the
// second is opened: it is cancelled, and its answer reaches neither the table nor the
// banner.
TEST(ProfileSession, AListOfThePreviousOrganisationIsCancelledAndDropped)
{
    auto slow = startSandbox(QStringLiteral("localleads"),
                             {QStringLiteral("--fault"), QStringLiteral(R"({"fault":"latency","delayMs":5000})")});
    auto second = startSandbox(QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")});
    SessionFixture f;
    f.addProfile(QStringLiteral("Slow"), *slow, slow->credential());
    f.addProfile(QStringLiteral("Second"), *second, second->credential());
    QSignalSpy read(&f.session, &ProfileSession::credentialRead);
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy failed(&f.session, &ProfileSession::listFailed);

    f.session.open(QStringLiteral("Slow"));
    ASSERT_TRUE(read.wait(waitMs));
    ASSERT_EQ(f.session.state(), State::Loading);
    ASSERT_TRUE(f.session.isBusy()); // the list is on its way
    f.session.open(QStringLiteral("Second"));
    ASSERT_TRUE(listed.wait(waitMs));

    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(listed.size(), 1);
    EXPECT_EQ(f.session.profileName(), QStringLiteral("Second"));
    EXPECT_EQ(idsOf(listed.at(0).at(0).value<QList<ApiKey>>()), idsListedBy(*second));
    EXPECT_FALSE(f.session.isBusy());
}

// LeadHQL manages keys with a session token (a JWT) whose expiry the session watches.
TEST(ProfileSession, TheTokenTimerFiresWhenTheWarningIsDue)
{
    auto sandbox = startSandbox(QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")});
    const QDateTime expiresAt = readJwtClaims(sandbox->credential()).expiresAt;
    ASSERT_TRUE(expiresAt.isValid());
    SessionFixture f;
    f.now = expiresAt.addSecs(-(ProfileSession::tokenWarningSeconds + 1));
    f.addProfile(QStringLiteral("Acme"), *sandbox, sandbox->credential());
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy soon(&f.session, &ProfileSession::tokenExpiresSoon);

    f.session.open(QStringLiteral("Acme"));
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(f.session.tokenExpiresAt(), expiresAt);
    EXPECT_EQ(soon.size(), 0);
    EXPECT_EQ(f.session.tokenCheckInterval(), 1000); // the warning is due in a second

    f.now = expiresAt.addSecs(-1800);
    ASSERT_TRUE(soon.wait(waitMs)); // the timer fired
    EXPECT_EQ(soon.at(0).at(0).toDateTime(), expiresAt);
    EXPECT_EQ(f.session.tokenCheckInterval(), 1800 * 1000); // next: when it lapses
    EXPECT_FALSE(f.session.isCredentialRefused());
}

TEST(ProfileSession, TheTokenTimerAnnouncesTheLapseAndNothingIsSentWithIt)
{
    auto sandbox = startSandbox(QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")});
    const QDateTime expiresAt = readJwtClaims(sandbox->credential()).expiresAt;
    ASSERT_TRUE(expiresAt.isValid());
    SessionFixture f;
    f.now = expiresAt.addSecs(-2);
    f.addProfile(QStringLiteral("Acme"), *sandbox, sandbox->credential());
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy soon(&f.session, &ProfileSession::tokenExpiresSoon);
    QSignalSpy expired(&f.session, &ProfileSession::tokenExpired);

    f.session.open(QStringLiteral("Acme"));
    ASSERT_TRUE(listed.wait(waitMs)); // still valid: the keys load, with a warning
    // (Again each time the timer looks while the clock stands still.)
    EXPECT_FALSE(soon.isEmpty());
    EXPECT_EQ(f.session.tokenCheckInterval(), 2000);

    f.now = expiresAt.addSecs(1);
    ASSERT_TRUE(expired.wait(waitMs)); // the timer fired
    EXPECT_TRUE(f.session.isCredentialRefused());
    EXPECT_EQ(f.session.tokenCheckInterval(), -1);

    const int requests = f.network.created();
    f.session.refresh();
    EXPECT_EQ(expired.size(), 2); // said again instead of sending it
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_EQ(f.network.created(), requests);
    EXPECT_EQ(listed.size(), 1);
}

TEST(ProfileSession, ATokenThatLapsedBeforeOpeningIsNeverSent)
{
    auto sandbox = startSandbox(QStringLiteral("leadhql"), {QStringLiteral("--seed-demo")});
    const QDateTime expiresAt = readJwtClaims(sandbox->credential()).expiresAt;
    ASSERT_TRUE(expiresAt.isValid());
    SessionFixture f;
    f.now = expiresAt.addSecs(3600);
    f.addProfile(QStringLiteral("Acme"), *sandbox, sandbox->credential());
    QSignalSpy expired(&f.session, &ProfileSession::tokenExpired);

    f.session.open(QStringLiteral("Acme"));
    ASSERT_TRUE(expired.wait(waitMs));
    EXPECT_EQ(expired.size(), 1);
    EXPECT_EQ(f.states, (std::vector<State>{State::LoadingCredential, State::Loading}));
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_TRUE(f.session.isCredentialRefused());
    EXPECT_EQ(f.network.created(), 0);
}

TEST(ProfileSession, TheFirstRequestsWaitForTheirGateAndGoWithoutIt)
{
    auto sandbox = startSandbox(QStringLiteral("localleads"), {QStringLiteral("--seed-demo")});
    SessionFixture f;
    f.addProfile(QStringLiteral("Northwind"), *sandbox, sandbox->credential());
    std::function<void()> held;
    QString heldFor;
    f.session.setFirstRequestGate([&](const QString &name, std::function<void()> release) {
        heldFor = name;
        held = std::move(release);
    });
    QSignalSpy listed(&f.session, &ProfileSession::keysListed);
    QSignalSpy credentialRead(&f.session, &ProfileSession::credentialRead);

    // Released by the gate: the credential is read then, and the list goes, once.
    f.session.open(QStringLiteral("Northwind"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(held); }, waitMs));
    EXPECT_EQ(heldFor, QStringLiteral("Northwind"));
    EXPECT_EQ(f.session.state(), State::LoadingCredential);
    EXPECT_EQ(credentialRead.size(), 0); // neither the keychain nor the server is asked yet
    EXPECT_FALSE(f.session.isBusy());
    EXPECT_EQ(f.network.created(), 0);
    held();
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_EQ(credentialRead.size(), 1);
    held();                                                 // a second release sends nothing more
    QTest::qWait(ProfileSession::firstRequestHoldMs + 100); // …nor does the fallback timer
    EXPECT_EQ(f.network.created(), 1);
    EXPECT_EQ(credentialRead.size(), 1);
    EXPECT_EQ(listed.size(), 1);

    // A gate that never answers holds the requests only until the fallback.
    held = {};
    f.session.open(QStringLiteral("Northwind"));
    ASSERT_TRUE(listed.wait(waitMs));
    EXPECT_TRUE(bool(held));
    EXPECT_EQ(listed.size(), 2);
}
