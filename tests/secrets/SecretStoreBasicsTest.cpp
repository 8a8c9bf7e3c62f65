// SecretError messages, entry names and MemorySecretStore semantics: no keychain needed.
#include "MemorySecretStore.h"
#include "SecretTestSupport.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QtTest/QTest>

using namespace keydesk;
using namespace keydesk::test;
using Kind = SecretError::Kind;

namespace {

QString messageOf(Kind kind, const QString &detail = {})
{
    return SecretError{kind, detail}.userMessage();
}

} // namespace

TEST(SecretError, EveryKindHasItsOwnSentence)
{
    const QList<Kind> kinds{Kind::NotFound, Kind::NoSessionBus, Kind::NoSecretService, Kind::Locked, Kind::AccessDenied,
                            Kind::Timeout,  Kind::Other};
    QSet<QString> messages;
    QSet<QString> ids;
    for (const Kind kind : kinds) {
        const QString message = SecretError{kind, {}}.userMessage();
        EXPECT_FALSE(message.isEmpty()) << SecretError::kindId(kind).toStdString();
        messages.insert(message);
        ids.insert(SecretError::kindId(kind));
    }
    EXPECT_EQ(messages.size(), kinds.size());
    EXPECT_EQ(ids.size(), kinds.size());
    EXPECT_TRUE(SecretError{}.userMessage().isEmpty());
    EXPECT_FALSE(SecretError{}.isError());
}

TEST(SecretError, MessagesNameTheCauseAndTheFix)
{
    EXPECT_TRUE(messageOf(Kind::NoSessionBus).contains(u"D-Bus session bus"));
    EXPECT_TRUE(messageOf(Kind::NoSecretService).contains(u"gnome-keyring"));
    EXPECT_TRUE(messageOf(Kind::NoSecretService).contains(u"this session only"));
    EXPECT_TRUE(messageOf(Kind::Locked).contains(u"Unlock it"));
    // Only "other" carries the backend's words, since nothing more specific is known.
    EXPECT_TRUE(messageOf(Kind::Other, QStringLiteral("boom 42")).contains(u"boom 42"));
    EXPECT_FALSE(messageOf(Kind::Locked, QStringLiteral("boom 42")).contains(u"boom 42"));
}

TEST(SecretStore, EntryNamesFollowTheKeychainLayout)
{
    EXPECT_EQ(SecretStore::credentialEntry(QStringLiteral("acme")), u"profile/acme/credential");
    EXPECT_EQ(SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("k-17")), u"pending/acme/k-17");
    // Placeholders in names are not expanded twice.
    EXPECT_EQ(SecretStore::pendingKeyEntry(QStringLiteral("a%2"), QStringLiteral("%1")), u"pending/a%2/%1");
}

TEST(SecretStore, PendingEntryNamesParseBackIntoProfileAndKeyId)
{
    const auto parsed = SecretStore::parsePendingKeyEntry(
        SecretStore::pendingKeyEntry(QStringLiteral("acme"), QStringLiteral("k/17?x")));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->profileName, u"acme");
    EXPECT_EQ(parsed->keyId, u"k/17?x"); // a key id may hold '/', a profile name never does
    EXPECT_TRUE(SecretStore::pendingKeyEntry(QStringLiteral("a"), QStringLiteral("b"))
                    .startsWith(SecretStore::pendingKeyPrefix()));
    for (const char *notPending :
         {"profile/acme/credential", "pending/", "pending/acme", "pending/acme/", "pending//k", "Pending/acme/k"})
        EXPECT_FALSE(SecretStore::parsePendingKeyEntry(QString::fromLatin1(notPending))) << notPending;
}

TEST(MemorySecretStore, ListsItsEntryNamesByPrefixAsynchronously)
{
    MemorySecretStore store;
    waitFor(store.write(QStringLiteral("pending/b/2"), QStringLiteral("two")));
    waitFor(store.write(QStringLiteral("pending/a/1"), QStringLiteral("one")));
    waitFor(store.write(QStringLiteral("profile/a/credential"), QStringLiteral("cred")));
    SecretJob *job = store.list(QStringLiteral("pending/"));
    QSignalSpy spy(job, &SecretJob::finished);
    EXPECT_EQ(spy.count(), 0);
    const JobOutcome listed = waitFor(job);
    EXPECT_FALSE(listed.error.isError());
    EXPECT_EQ(listed.entries, (QStringList{QStringLiteral("pending/a/1"), QStringLiteral("pending/b/2")}));
    EXPECT_TRUE(listed.secret.isEmpty());
    waitFor(store.remove(QStringLiteral("pending/a/1")));
    EXPECT_EQ(waitFor(store.list(QStringLiteral("pending/"))).entries, QStringList{QStringLiteral("pending/b/2")});
}

namespace {
// A store that has no way to enumerate (like a backend without such an API).
class NonListingStore final : public SecretStore {
public:
    SecretJob *read(const QString &entry) override { return m_memory.read(entry); }
    SecretJob *write(const QString &entry, const QString &secret) override { return m_memory.write(entry, secret); }
    SecretJob *remove(const QString &entry) override { return m_memory.remove(entry); }
    QString backendName() const override { return QStringLiteral("non-listing store"); }
    bool isPersistent() const override { return true; }

private:
    MemorySecretStore m_memory;
};
} // namespace

TEST(SecretStore, AStoreThatCannotListSaysSoAsynchronously)
{
    NonListingStore store;
    SecretJob *job = store.list(QStringLiteral("pending/"));
    QSignalSpy spy(job, &SecretJob::finished);
    EXPECT_EQ(spy.count(), 0);
    const JobOutcome listed = waitFor(job);
    ASSERT_TRUE(listed.finished);
    EXPECT_EQ(listed.error.kind, Kind::Other);
    EXPECT_TRUE(listed.error.detail.contains(u"non-listing store"));
    EXPECT_TRUE(listed.entries.isEmpty());
}

TEST(MemorySecretStore, RoundTripAndNotFound)
{
    MemorySecretStore store;
    EXPECT_FALSE(store.isPersistent());
    EXPECT_EQ(store.backendName(), u"memory (this session only)");

    const JobOutcome missing = waitFor(store.read(QStringLiteral("profile/x/credential")));
    ASSERT_TRUE(missing.finished);
    EXPECT_EQ(missing.error.kind, Kind::NotFound);
    EXPECT_EQ(missing.error.userMessage(), messageOf(Kind::NotFound));

    const JobOutcome written = waitFor(
        store.write(QStringLiteral("profile/x/credential"), QStringLiteral("ll_secret-one")));
    ASSERT_TRUE(written.finished);
    EXPECT_FALSE(written.error.isError());

    const JobOutcome read = waitFor(store.read(QStringLiteral("profile/x/credential")));
    EXPECT_FALSE(read.error.isError());
    EXPECT_EQ(read.secret, u"ll_secret-one");
    EXPECT_EQ(read.finishedCount, 1);
    EXPECT_TRUE(read.deleted);

    EXPECT_FALSE(waitFor(store.remove(QStringLiteral("profile/x/credential"))).error.isError());
    EXPECT_EQ(waitFor(store.read(QStringLiteral("profile/x/credential"))).error.kind, Kind::NotFound);
    // Removing what is not there is not an error (as with the keychain).
    EXPECT_FALSE(waitFor(store.remove(QStringLiteral("profile/x/credential"))).error.isError());
}

TEST(MemorySecretStore, FinishesAsynchronouslyInOrderAndDeletesJobs)
{
    MemorySecretStore store;
    SecretJob *write = store.write(QStringLiteral("e"), QStringLiteral("first"));
    SecretJob *overwrite = store.write(QStringLiteral("e"), QStringLiteral("second"));
    SecretJob *read = store.read(QStringLiteral("e"));
    // Nothing has finished yet: callers can still connect after the call returns.
    QSignalSpy writeSpy(write, &SecretJob::finished);
    QSignalSpy readSpy(read, &SecretJob::finished);
    EXPECT_EQ(writeSpy.count(), 0);
    EXPECT_EQ(readSpy.count(), 0);
    QPointer<SecretJob> writeGuard(write);
    QPointer<SecretJob> overwriteGuard(overwrite);

    const JobOutcome outcome = waitFor(read);
    EXPECT_EQ(outcome.secret, u"second");
    EXPECT_EQ(outcome.finishedCount, 1);
    EXPECT_EQ(writeSpy.count(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return writeGuard.isNull() && overwriteGuard.isNull(); }, 5000));
}

TEST(MemorySecretStore, DestroyingTheStoreWithPendingJobsIsSafe)
{
    auto store = std::make_unique<MemorySecretStore>();
    QPointer<SecretJob> job = store->write(QStringLiteral("e"), QStringLiteral("secret"));
    store.reset();
    EXPECT_TRUE(job.isNull());
    QCoreApplication::processEvents();
}

TEST(MemorySecretStore, StoresAreIndependent)
{
    MemorySecretStore first;
    MemorySecretStore second;
    waitFor(first.write(QStringLiteral("e"), QStringLiteral("secret")));
    EXPECT_EQ(waitFor(second.read(QStringLiteral("e"))).error.kind, Kind::NotFound);
}
