#include "HandoffStore.h"
#include "TestSecretStores.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const QString testService = QStringLiteral("KeyDeskTests-handoff");

CreatedKey sampleKey(const QString &id)
{
    CreatedKey created;
    created.record.id = id;
    created.record.name = QStringLiteral("CRM sync");
    created.record.keyPrefix = QStringLiteral("ll_0123456789");
    created.record.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    created.record.expiresAt = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    created.secret = QStringLiteral("ll_") + QString(64, u'a');
    created.secret.replace(40, 8, QStringLiteral("0123cafe"));
    return created;
}

class HandoffStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_indexPath = m_dir.filePath(QStringLiteral("state/pending-handoffs.json"));
        m_secrets = makeTestSecretStore(testService);
        // A profile of its own per test: the real keychain outlives a test.
        m_profile = QStringLiteral("handoff-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    QByteArray indexBytes() const
    {
        QFile file(m_indexPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    JobResult readKeychain(const QString &keyId)
    {
        return awaitJob(m_secrets->read(SecretStore::pendingKeyEntry(m_profile, keyId)));
    }

    QTemporaryDir m_dir;
    QString m_indexPath;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_profile;
};

} // namespace

TEST_F(HandoffStoreTest, MissingIndexIsAnEmptyListWithoutProblem)
{
    HandoffStore store(m_secrets.get(), m_indexPath);
    EXPECT_TRUE(store.pending(m_profile).isEmpty());
    EXPECT_TRUE(store.problem().isEmpty());
    EXPECT_FALSE(QFile::exists(m_indexPath));
}

TEST_F(HandoffStoreTest, BeginFetchCompleteRemovesEntryAndKeychainEntry)
{
    HandoffStore store(m_secrets.get(), m_indexPath);
    QSignalSpy changed(&store, &HandoffStore::changed);
    const CreatedKey created = sampleKey(QStringLiteral("key-1"));

    SecretJob *job = store.begin(m_profile, created);
    // The index entry exists before the keychain write has finished.
    EXPECT_TRUE(store.isPending(m_profile, QStringLiteral("key-1")));
    EXPECT_FALSE(store.entry(m_profile, QStringLiteral("key-1")).secretStored);
    EXPECT_TRUE(indexBytes().contains("key-1"));
    const JobResult written = awaitJob(job);
    ASSERT_TRUE(written.ok()) << written.error.userMessage().toStdString();

    const PendingHandoff entry = store.entry(m_profile, QStringLiteral("key-1"));
    EXPECT_TRUE(entry.secretStored);
    EXPECT_EQ(entry.keyName, QStringLiteral("CRM sync"));
    EXPECT_EQ(entry.maskedIdentifier, QStringLiteral("ll_0123456789"));
    EXPECT_EQ(entry.createdAt, created.record.createdAt);
    EXPECT_EQ(entry.expiresAt, created.record.expiresAt);
    EXPECT_EQ(store.pending(m_profile).size(), 1);
    EXPECT_TRUE(store.pending(QStringLiteral("another profile")).isEmpty());
    EXPECT_GE(changed.count(), 2); // listed, then marked as stored
    // The index never holds the secret.
    EXPECT_FALSE(indexBytes().contains(created.secret.toUtf8()));
    EXPECT_FALSE(indexBytes().contains("0123cafe"));

    const JobResult fetched = awaitJob(store.fetch(m_profile, QStringLiteral("key-1")));
    ASSERT_TRUE(fetched.ok());
    EXPECT_EQ(fetched.secret, created.secret);

    const JobResult completed = awaitJob(store.complete(m_profile, QStringLiteral("key-1"), false));
    ASSERT_TRUE(completed.ok()) << completed.error.userMessage().toStdString();
    EXPECT_FALSE(store.isPending(m_profile, QStringLiteral("key-1")));
    EXPECT_TRUE(store.pending(m_profile).isEmpty());
    EXPECT_EQ(readKeychain(QStringLiteral("key-1")).error.kind, SecretError::Kind::NotFound);
    EXPECT_FALSE(indexBytes().contains("key-1"));
}

TEST_F(HandoffStoreTest, CompleteWithKeepInKeychainKeepsTheSecret)
{
    HandoffStore store(m_secrets.get(), m_indexPath);
    const CreatedKey created = sampleKey(QStringLiteral("key-keep"));
    ASSERT_TRUE(awaitJob(store.begin(m_profile, created)).ok());

    const JobResult completed = awaitJob(store.complete(m_profile, QStringLiteral("key-keep"), true));
    ASSERT_TRUE(completed.ok());
    EXPECT_FALSE(store.isPending(m_profile, QStringLiteral("key-keep")));
    const JobResult kept = readKeychain(QStringLiteral("key-keep"));
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept.secret, created.secret);

    // Revoking later removes the kept copy as well.
    store.forget(m_profile, QStringLiteral("key-keep"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return readKeychain(QStringLiteral("key-keep")).error.kind == SecretError::Kind::NotFound; }, 30000));
}

TEST_F(HandoffStoreTest, IndexSurvivesANewInstance)
{
    const CreatedKey created = sampleKey(QStringLiteral("key-restart"));
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, created)).ok());
        store.setKeepInKeychain(m_profile, QStringLiteral("key-restart"), true);
    }
    HandoffStore restarted(m_secrets.get(), m_indexPath);
    EXPECT_TRUE(restarted.problem().isEmpty());
    ASSERT_EQ(restarted.pending(m_profile).size(), 1);
    const PendingHandoff entry = restarted.pending(m_profile).constFirst();
    EXPECT_EQ(entry.keyId, QStringLiteral("key-restart"));
    EXPECT_EQ(entry.keyName, QStringLiteral("CRM sync"));
    EXPECT_EQ(entry.expiresAt, created.record.expiresAt);
    EXPECT_TRUE(entry.secretStored);
    EXPECT_TRUE(entry.keepInKeychain);

    const JobResult fetched = awaitJob(restarted.fetch(m_profile, QStringLiteral("key-restart")));
    ASSERT_TRUE(fetched.ok());
    EXPECT_EQ(fetched.secret, created.secret);
    ASSERT_TRUE(awaitJob(restarted.complete(m_profile, QStringLiteral("key-restart"), false)).ok());
}

TEST_F(HandoffStoreTest, CorruptIndexIsReportedAndKeptAside)
{
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    {
        QFile file(m_indexPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"pending\": [ {\"profile\": \"x\", \"keyId\": ");
    }
    HandoffStore store(m_secrets.get(), m_indexPath);
    EXPECT_FALSE(store.problem().isEmpty());
    EXPECT_TRUE(store.pending(m_profile).isEmpty());
    EXPECT_FALSE(QFile::exists(m_indexPath));

    const QStringList aside = QDir(QFileInfo(m_indexPath).absolutePath())
                                  .entryList({QStringLiteral("pending-handoffs.json.corrupt-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_TRUE(store.problem().contains(aside.constFirst()));
    QFile keptFile(QFileInfo(m_indexPath).absolutePath() + u'/' + aside.constFirst());
    ASSERT_TRUE(keptFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(keptFile.readAll().startsWith("{\"pending\""));

    // The store keeps working and writes a fresh, valid index.
    ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-after")))).ok());
    HandoffStore reloaded(m_secrets.get(), m_indexPath);
    EXPECT_TRUE(reloaded.problem().isEmpty());
    EXPECT_TRUE(reloaded.isPending(m_profile, QStringLiteral("key-after")));
    store.forget(m_profile, QStringLiteral("key-after"));
}

TEST_F(HandoffStoreTest, WellFormedJsonOfTheWrongShapeIsCorruptToo)
{
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    {
        QFile file(m_indexPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"pending":[{"profile":"p","keyId":42}]})");
    }
    HandoffStore store(m_secrets.get(), m_indexPath);
    EXPECT_FALSE(store.problem().isEmpty());
    EXPECT_TRUE(store.allPending().isEmpty());
    EXPECT_FALSE(QFile::exists(m_indexPath));
}

TEST_F(HandoffStoreTest, KeychainWriteFailureKeepsTheEntryMarkedNotStored)
{
    FailingSecretStore failing;
    HandoffStore store(&failing, m_indexPath);
    const JobResult written = awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-unsaved"))));
    ASSERT_TRUE(written.finished);
    EXPECT_EQ(written.error.kind, SecretError::Kind::NoSecretService);
    ASSERT_TRUE(store.isPending(m_profile, QStringLiteral("key-unsaved")));
    EXPECT_FALSE(store.entry(m_profile, QStringLiteral("key-unsaved")).secretStored);

    HandoffStore restarted(&failing, m_indexPath);
    ASSERT_TRUE(restarted.isPending(m_profile, QStringLiteral("key-unsaved")));
    EXPECT_FALSE(restarted.entry(m_profile, QStringLiteral("key-unsaved")).secretStored);
}

TEST_F(HandoffStoreTest, FailedRemovalKeepsAStoredEntryListed)
{
    MemorySecretStore memory;
    FailingSecretStore failingRemovals(true);
    // Written through a working store, completed through one whose removals fail.
    {
        HandoffStore writer(&memory, m_indexPath);
        ASSERT_TRUE(awaitJob(writer.begin(m_profile, sampleKey(QStringLiteral("key-stuck")))).ok());
    }
    HandoffStore store(&failingRemovals, m_indexPath);
    const JobResult completed = awaitJob(store.complete(m_profile, QStringLiteral("key-stuck"), false));
    EXPECT_EQ(completed.error.kind, SecretError::Kind::NoSecretService);
    EXPECT_TRUE(store.isPending(m_profile, QStringLiteral("key-stuck")));
}

TEST_F(HandoffStoreTest, NeverStoredEntryIsDroppedOnCompleteEvenWhenTheKeychainFails)
{
    FailingSecretStore failing(true);
    HandoffStore store(&failing, m_indexPath);
    awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-never"))));
    ASSERT_TRUE(store.isPending(m_profile, QStringLiteral("key-never")));
    awaitJob(store.complete(m_profile, QStringLiteral("key-never"), false));
    EXPECT_FALSE(store.isPending(m_profile, QStringLiteral("key-never")));
}

TEST_F(HandoffStoreTest, ForgetDropsEntryAndSecret)
{
    HandoffStore store(m_secrets.get(), m_indexPath);
    ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-revoked")))).ok());
    store.forget(m_profile, QStringLiteral("key-revoked"));
    EXPECT_FALSE(store.isPending(m_profile, QStringLiteral("key-revoked")));
    // The keychain entry goes first, then the index entry: never a secret without one.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !indexBytes().contains("key-revoked"); }, 30000));
    EXPECT_EQ(readKeychain(QStringLiteral("key-revoked")).error.kind, SecretError::Kind::NotFound);
}

TEST_F(HandoffStoreTest, UnwritableIndexIsReportedButTheSecretIsStillStored)
{
    // The index would go below a plain file: it cannot be written; the keychain write
    // still happens, since the secret must not be lost.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HandoffStore store(m_secrets.get(), m_dir.filePath(QStringLiteral("blocker/pending-handoffs.json")));
    const JobResult written = awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-noindex"))));
    EXPECT_TRUE(written.ok());
    EXPECT_FALSE(store.problem().isEmpty());
    EXPECT_TRUE(store.isPending(m_profile, QStringLiteral("key-noindex")));
    store.forget(m_profile, QStringLiteral("key-noindex"));
}

// --- several stores (processes) on one index ------------------------------------------
// Two HandoffStores in one process share nothing but the file, exactly like two
// processes (tests/crash/ConcurrencyTests.cpp runs the same with real processes).

namespace {

QStringList pendingIds(const HandoffStore &store, const QString &profile)
{
    QStringList ids;
    const QList<PendingHandoff> entries = store.pending(profile);
    for (const PendingHandoff &entry : entries)
        ids.append(entry.keyId);
    ids.sort();
    return ids;
}

} // namespace

TEST_F(HandoffStoreTest, TwoStoresOnOneIndexKeepEachOthersEntries)
{
    // Both read the (empty) index before either writes: the old whole-list rewrite made
    // each write drop what the other had added.
    HandoffStore first(m_secrets.get(), m_indexPath);
    HandoffStore second(m_secrets.get(), m_indexPath);
    ASSERT_TRUE(awaitJob(first.begin(m_profile, sampleKey(QStringLiteral("key-a")))).ok());
    ASSERT_TRUE(awaitJob(second.begin(m_profile, sampleKey(QStringLiteral("key-b")))).ok());
    ASSERT_TRUE(awaitJob(first.begin(m_profile, sampleKey(QStringLiteral("key-c")))).ok()); // after the other
    first.setKeepInKeychain(m_profile, QStringLiteral("key-a"), true);
    second.setKeepInKeychain(m_profile, QStringLiteral("key-b"), true);

    HandoffStore restarted(m_secrets.get(), m_indexPath);
    EXPECT_EQ(pendingIds(restarted, m_profile),
              (QStringList{QStringLiteral("key-a"), QStringLiteral("key-b"), QStringLiteral("key-c")}));
    for (const PendingHandoff &entry : restarted.pending(m_profile)) {
        EXPECT_TRUE(entry.secretStored) << entry.keyId.toStdString();
        EXPECT_EQ(entry.keyName, QStringLiteral("CRM sync"));
        EXPECT_EQ(entry.keepInKeychain, entry.keyId != QLatin1String("key-c")) << entry.keyId.toStdString();
    }
    for (const QString &id : {QStringLiteral("key-a"), QStringLiteral("key-b"), QStringLiteral("key-c")})
        ASSERT_TRUE(awaitJob(restarted.complete(m_profile, id, false)).ok());
    EXPECT_TRUE(HandoffStore(m_secrets.get(), m_indexPath).pending(m_profile).isEmpty());
}

TEST_F(HandoffStoreTest, WhatAnotherStoreChangesIsSeenThroughChanged)
{
    HandoffStore window(m_secrets.get(), m_indexPath);
    QSignalSpy changed(&window, &HandoffStore::changed);
    {
        HandoffStore other(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(other.begin(m_profile, sampleKey(QStringLiteral("key-elsewhere")))).ok());
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isPending(m_profile, QStringLiteral("key-elsewhere")); }, 30000));
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window.entry(m_profile, QStringLiteral("key-elsewhere")).secretStored; }, 30000));

    // Handed off elsewhere: no longer offered here either.
    {
        HandoffStore other(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(other.complete(m_profile, QStringLiteral("key-elsewhere"), false)).ok());
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isPending(m_profile, QStringLiteral("key-elsewhere")); }, 30000));
}

TEST_F(HandoffStoreTest, ALockHeldElsewhereKeepsTheChangeAndSavesItOnceFree)
{
    HandoffStore store(m_secrets.get(), m_indexPath);
    QLockFile holder(m_indexPath + QStringLiteral(".lock")); // another writer, in the middle of a write
    ASSERT_TRUE(holder.tryLock(0));
    QSignalSpy problems(&store, &HandoffStore::problemChanged);

    SecretJob *job = store.begin(m_profile, sampleKey(QStringLiteral("key-busy")));
    // Listed here at once and said so; not in the file yet; the secret is stored anyway.
    EXPECT_TRUE(store.isPending(m_profile, QStringLiteral("key-busy")));
    EXPECT_TRUE(store.hasUnsavedChanges());
    EXPECT_TRUE(store.problem().contains(QStringLiteral("Another KeyDesk"))) << store.problem().toStdString();
    EXPECT_TRUE(store.problem().contains(QStringLiteral("Nothing is lost"))) << store.problem().toStdString();
    EXPECT_GE(problems.count(), 1);
    EXPECT_FALSE(indexBytes().contains("key-busy"));
    ASSERT_TRUE(awaitJob(job).ok());
    EXPECT_TRUE(store.entry(m_profile, QStringLiteral("key-busy")).secretStored);

    holder.unlock();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store.hasUnsavedChanges(); }, 30000));
    EXPECT_TRUE(store.problem().isEmpty()) << store.problem().toStdString();
    HandoffStore restarted(m_secrets.get(), m_indexPath);
    ASSERT_TRUE(restarted.isPending(m_profile, QStringLiteral("key-busy")));
    EXPECT_TRUE(restarted.entry(m_profile, QStringLiteral("key-busy")).secretStored);
    EXPECT_EQ(restarted.entry(m_profile, QStringLiteral("key-busy")).keyName, QStringLiteral("CRM sync"));
    restarted.forget(m_profile, QStringLiteral("key-busy"));
}

// --- the keychain scan ----------------------------------------------------------------

TEST_F(HandoffStoreTest, APendingSecretMissingFromTheIndexIsOfferedAtStart)
{
    const CreatedKey created = sampleKey(QStringLiteral("key-orphan"));
    ASSERT_TRUE(
        awaitJob(m_secrets->write(SecretStore::pendingKeyEntry(m_profile, created.record.id), created.secret)).ok());
    ASSERT_FALSE(QFile::exists(m_indexPath));

    HandoffStore store(m_secrets.get(), m_indexPath);
    ASSERT_TRUE(QTest::qWaitFor([&] { return store.isPending(m_profile, QStringLiteral("key-orphan")); }, 30000));
    const PendingHandoff entry = store.entry(m_profile, QStringLiteral("key-orphan"));
    EXPECT_TRUE(entry.adopted);
    EXPECT_TRUE(entry.secretStored);
    EXPECT_TRUE(entry.keyName.isEmpty());             // not known: the keychain holds no name
    EXPECT_TRUE(indexBytes().contains("key-orphan")); // written down, for the next start too
    EXPECT_FALSE(indexBytes().contains("0123cafe"));
    EXPECT_FALSE(store.isScanning());

    // It hands off like any other pending key.
    const JobResult fetched = awaitJob(store.fetch(m_profile, QStringLiteral("key-orphan")));
    ASSERT_TRUE(fetched.ok());
    EXPECT_EQ(fetched.secret, created.secret);
    ASSERT_TRUE(awaitJob(store.complete(m_profile, QStringLiteral("key-orphan"), false)).ok());
    EXPECT_FALSE(store.isPending(m_profile, QStringLiteral("key-orphan")));
    EXPECT_EQ(readKeychain(QStringLiteral("key-orphan")).error.kind, SecretError::Kind::NotFound);
}

TEST_F(HandoffStoreTest, KeysOfADamagedIndexAreFoundAgainInTheKeychain)
{
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-damaged")))).ok());
    }
    {
        QFile file(m_indexPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"pending\": [ {\"profile\": ");
    }
    HandoffStore store(m_secrets.get(), m_indexPath);
    EXPECT_TRUE(store.problem().contains(QStringLiteral("set aside"))) << store.problem().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return store.isPending(m_profile, QStringLiteral("key-damaged")); }, 30000));
    EXPECT_TRUE(store.entry(m_profile, QStringLiteral("key-damaged")).adopted);
    store.forget(m_profile, QStringLiteral("key-damaged"));
}

TEST_F(HandoffStoreTest, AChangeThatNeverReachedTheIndexIsFoundInTheKeychainNextTime)
{
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    QLockFile holder(m_indexPath + QStringLiteral(".lock"));
    ASSERT_TRUE(holder.tryLock(0));
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-unsaved")))).ok());
        EXPECT_TRUE(store.hasUnsavedChanges());
    } // quits while the index is still held: the entry never reaches the file
    holder.unlock();
    EXPECT_FALSE(indexBytes().contains("key-unsaved"));

    HandoffStore next(m_secrets.get(), m_indexPath);
    ASSERT_TRUE(QTest::qWaitFor([&] { return next.isPending(m_profile, QStringLiteral("key-unsaved")); }, 30000));
    EXPECT_TRUE(next.entry(m_profile, QStringLiteral("key-unsaved")).adopted);
    next.forget(m_profile, QStringLiteral("key-unsaved"));
}

TEST_F(HandoffStoreTest, AHealthyIndexIsReadWithoutItsLock)
{
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-read")))).ok());
        ASSERT_FALSE(store.hasUnsavedChanges());
    }
    // The lock of a KeyDesk that died while it held it: whoever takes the lock takes it
    // over and, done, removes it.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    const QString lockPath = m_indexPath + QStringLiteral(".lock");
    {
        QFile lock(lockPath);
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    }

    HandoffStore next(m_secrets.get(), m_indexPath);
    EXPECT_TRUE(next.isPending(m_profile, QStringLiteral("key-read")));
    EXPECT_TRUE(next.problem().isEmpty()) << next.problem().toStdString();
    EXPECT_TRUE(QFile::exists(lockPath)); // read without taking it

    next.forget(m_profile, QStringLiteral("key-read")); // a change takes it over
    EXPECT_TRUE(QTest::qWaitFor([&] { return !indexBytes().contains("key-read"); }, 30000));
    EXPECT_FALSE(QFile::exists(lockPath));
}

TEST_F(HandoffStoreTest, ALaterScanLooksAtTheKeychainOnlyWhenStarted)
{
    QDir().mkpath(QFileInfo(m_indexPath).absolutePath());
    QLockFile holder(m_indexPath + QStringLiteral(".lock"));
    ASSERT_TRUE(holder.tryLock(0));
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, sampleKey(QStringLiteral("key-later")))).ok());
    } // the entry never reaches the index: only the keychain has it
    holder.unlock();

    // The window's start: nothing is asked of the keychain before its first frame.
    HandoffStore next(m_secrets.get(), m_indexPath, HandoffStore::Scan::Later);
    QSignalSpy scanned(&next, &HandoffStore::scanFinished);
    EXPECT_TRUE(next.isScanning()); // not finished: not even started
    QCoreApplication::processEvents();
    EXPECT_TRUE(scanned.isEmpty());
    EXPECT_FALSE(next.isPending(m_profile, QStringLiteral("key-later")));

    next.startKeychainScan();
    ASSERT_TRUE(scanned.wait(30000));
    EXPECT_FALSE(next.isScanning());
    EXPECT_TRUE(next.isPending(m_profile, QStringLiteral("key-later")));
    EXPECT_TRUE(next.entry(m_profile, QStringLiteral("key-later")).adopted);
    next.forget(m_profile, QStringLiteral("key-later"));
}

TEST_F(HandoffStoreTest, AKeptCopyIsNotOfferedAgainByTheScan)
{
    const CreatedKey created = sampleKey(QStringLiteral("key-kept"));
    {
        HandoffStore store(m_secrets.get(), m_indexPath);
        ASSERT_TRUE(awaitJob(store.begin(m_profile, created)).ok());
        ASSERT_TRUE(awaitJob(store.complete(m_profile, QStringLiteral("key-kept"), true)).ok());
    }
    HandoffStore next(m_secrets.get(), m_indexPath);
    QSignalSpy scanned(&next, &HandoffStore::scanFinished);
    ASSERT_TRUE(next.isScanning());
    ASSERT_TRUE(scanned.wait(30000));
    EXPECT_FALSE(next.isPending(m_profile, QStringLiteral("key-kept")));
    EXPECT_TRUE(next.pending(m_profile).isEmpty());
    const JobResult kept = readKeychain(QStringLiteral("key-kept"));
    ASSERT_TRUE(kept.ok()); // the copy the user asked for
    EXPECT_EQ(kept.secret, created.secret);

    // Revoking the key removes the copy and its listing.
    next.forget(m_profile, QStringLiteral("key-kept"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !indexBytes().contains("key-kept"); }, 30000));
    EXPECT_EQ(readKeychain(QStringLiteral("key-kept")).error.kind, SecretError::Kind::NotFound);
}

TEST_F(HandoffStoreTest, AStoreThatCannotListLeavesTheIndexAlone)
{
    FailingSecretStore failing; // SecretStore's default list(): "cannot list its entries"
    HandoffStore store(&failing, m_indexPath);
    QSignalSpy scanned(&store, &HandoffStore::scanFinished);
    ASSERT_TRUE(scanned.wait(30000));
    EXPECT_TRUE(store.allPending().isEmpty());
    EXPECT_TRUE(store.problem().isEmpty());
    EXPECT_FALSE(QFile::exists(m_indexPath));
}
