// Issue 9, item 1: several KeyDesk processes at once never lose a pending handoff. Real
// client processes (tests/crash/GuiDriver.cpp: the real MainWindow, KeyFlows and
// HandoffStore) share one HOME, so one settings file, one handoff index and the real
// keychain, and act in turn.
#include "DriverProcess.h"
#include "HandoffStore.h"
#include "MemorySecretStore.h"
#include "ProfiledClientTest.h"
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSettings>
#include <QTest>
#include <QUrl>

using namespace keydesk;
using namespace keydesk::test;

namespace {

class Concurrency : public ProfiledClientTest {
protected:
    Concurrency()
        : ProfiledClientTest(QStringLiteral("many"))
    {
    }

    // A window of its own (keeper mode), ready for commands.
    void startWindow(ClientProcess &window)
    {
        ASSERT_TRUE(window.start(guiDriverExecutable(),
                                 {QStringLiteral("keeper"), QStringLiteral("--profile"), m_profile},
                                 m_home.environment()));
        ASSERT_TRUE(window.waitFor(QStringLiteral("STEP"), QStringLiteral("ready"))) << describe(window).toStdString();
    }

    // The new key's id; `saved`: whether it was in the index file when the window said so.
    QString createAndKeep(ClientProcess &window, const QString &name, bool *saved = nullptr)
    {
        window.sendLine("create " + name.toUtf8());
        const std::optional<Announcement> kept = window.waitFor(QStringLiteral("STEP"), QStringLiteral("kept"));
        if (saved)
            *saved = kept && kept->fields.value(QStringLiteral("saved")) == QLatin1String("1");
        return kept ? kept->fields.value(QStringLiteral("key")) : QString();
    }

    // The window's banner text, empty when none shows.
    QString banner(ClientProcess &window)
    {
        window.sendLine("banner");
        const std::optional<Announcement> shown = window.waitFor(QStringLiteral("BANNER"));
        if (!shown || shown->fields.value(QStringLiteral("visible")) != QLatin1String("1"))
            return {};
        return QUrl::fromPercentEncoding(shown->fields.value(QStringLiteral("text")).toUtf8());
    }

    void quit(ClientProcess &window)
    {
        window.sendLine("quit");
        EXPECT_TRUE(window.waitFor(QStringLiteral("STEP"), QStringLiteral("done"))) << describe(window).toStdString();
        ASSERT_TRUE(window.waitForExit());
        EXPECT_EQ(window.process().exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(window.process().exitCode(), 0) << describe(window).toStdString();
    }

    // The next start hands off every pending key of the profile; returns the RESUMED lines.
    QList<Announcement> resumeAll(int expectedPending)
    {
        ClientProcess next;
        EXPECT_TRUE(next.start(guiDriverExecutable(),
                               {QStringLiteral("resume"), QStringLiteral("--profile"), m_profile},
                               m_home.environment()));
        const std::optional<Announcement> loaded = next.waitFor(QStringLiteral("STEP"), QStringLiteral("loaded"));
        EXPECT_TRUE(loaded) << describe(next).toStdString();
        if (!loaded)
            return {};
        EXPECT_EQ(loaded->fields.value(QStringLiteral("pending")), QString::number(expectedPending))
            << describe(next).toStdString();
        const std::optional<Announcement> done = next.waitFor(QStringLiteral("STEP"), QStringLiteral("done"));
        EXPECT_TRUE(done) << describe(next).toStdString();
        if (done) {
            EXPECT_EQ(done->fields.value(QStringLiteral("pending-after")), QStringLiteral("0"));
        }
        EXPECT_TRUE(next.waitForExit());
        EXPECT_EQ(next.process().exitCode(), 0) << describe(next).toStdString();
        QList<Announcement> resumed;
        for (const Announcement &line : next.announcements()) {
            if (line.word == QLatin1String("RESUMED") || line.word == QLatin1String("PENDING"))
                resumed.append(line);
        }
        return resumed;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// Two windows loaded the same (empty) index. A keeps a key, B keeps one, A keeps another
// after B: all three stay listed, each window sees the others' keys with the pending
// badge, and the next start hands off all three intact. (Before, each save rewrote the
// whole index from the saving window's copy, and the other window's key vanished from
// it while its secret stayed in the keychain.)
TEST_F(Concurrency, TwoWindowsKeepEachOthersPendingKeys)
{
    ClientProcess first, second;
    startWindow(first);
    startWindow(second);
    bool saved = false;
    const QString a = createAndKeep(first, QStringLiteral("kept by the first window"), &saved);
    ASSERT_FALSE(a.isEmpty()) << describe(first).toStdString();
    EXPECT_TRUE(saved);
    const QString b = createAndKeep(second, QStringLiteral("kept by the second window"), &saved);
    ASSERT_FALSE(b.isEmpty()) << describe(second).toStdString();
    EXPECT_TRUE(saved);
    const QString c = createAndKeep(first, QStringLiteral("kept by the first window again"), &saved);
    ASSERT_FALSE(c.isEmpty()) << describe(first).toStdString();
    EXPECT_TRUE(saved);

    // Each window shows what the other kept, through the index, without a restart.
    first.sendLine("expect " + b.toUtf8());
    std::optional<Announcement> seen = first.waitFor(QStringLiteral("SEEN"));
    ASSERT_TRUE(seen) << describe(first).toStdString();
    EXPECT_EQ(seen->fields.value(QStringLiteral("badge")), QStringLiteral("1"));
    EXPECT_EQ(seen->fields.value(QStringLiteral("label")), QStringLiteral("3")) << "“3 keys wait for handoff”";
    for (const QString &id : {a, c}) {
        second.sendLine("expect " + id.toUtf8());
        seen = second.waitFor(QStringLiteral("SEEN"));
        ASSERT_TRUE(seen) << describe(second).toStdString();
        EXPECT_EQ(seen->fields.value(QStringLiteral("key")), id);
        EXPECT_EQ(seen->fields.value(QStringLiteral("badge")), QStringLiteral("1"));
    }
    quit(second);
    quit(first);

    bool validJson = false;
    EXPECT_EQ(sorted(indexedKeyIds(m_home, &validJson, m_profile)), sorted({a, b, c}));
    EXPECT_TRUE(validJson);
    for (const QString &id : {a, b, c})
        EXPECT_EQ(keychainDigest(m_home, QStringLiteral("pending/%1/%2").arg(m_profile, id)).size(), 64)
            << id.toStdString();

    QStringList handedOff;
    for (const Announcement &line : resumeAll(3)) {
        if (line.word != QLatin1String("RESUMED"))
            continue;
        handedOff.append(line.fields.value(QStringLiteral("key")));
        EXPECT_EQ(line.fields.value(QStringLiteral("verified")), QStringLiteral("1")) << "the server refuses it";
    }
    EXPECT_EQ(sorted(handedOff), sorted({a, b, c}));
    EXPECT_TRUE(indexedKeyIds(m_home, &validJson, m_profile).isEmpty());
}

// The index lost a key whose secret is in the keychain (here it is deleted after a
// crash; an older KeyDesk writing over it did the same): the next start finds the secret
// by its keychain entry name alone, offers it with the pending badge, and hands it off.
TEST_F(Concurrency, AKeyTheIndexLostIsFoundInTheKeychainAndOfferedAtTheNextStart)
{
    ClientProcess first;
    ASSERT_TRUE(first.start(guiDriverExecutable(),
                            {QStringLiteral("create"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                             QStringLiteral("Orphaned"), QStringLiteral("--stop-at"), QStringLiteral("kept")},
                            m_home.environment()));
    const std::optional<Announcement> written = first.waitFor(QStringLiteral("STEP"),
                                                              QStringLiteral("keychain-written"));
    ASSERT_TRUE(written) << describe(first).toStdString();
    const QString keyId = written->fields.value(QStringLiteral("key"));
    const QString digest = written->fields.value(QStringLiteral("sha256"));
    ASSERT_TRUE(first.waitFor(QStringLiteral("STEP"), QStringLiteral("kept"))) << describe(first).toStdString();
    first.killHard();
    ASSERT_TRUE(QFile::remove(m_home.handoffIndex()));

    const QList<Announcement> lines = resumeAll(1);
    ASSERT_EQ(lines.size(), 2) << "one PENDING and one RESUMED line";
    EXPECT_EQ(lines.at(0).fields.value(QStringLiteral("key")), keyId);
    EXPECT_EQ(lines.at(0).fields.value(QStringLiteral("badge")), QStringLiteral("1")) << "no pending badge";
    EXPECT_EQ(lines.at(0).fields.value(QStringLiteral("adopted")), QStringLiteral("1"));
    EXPECT_EQ(lines.at(1).fields.value(QStringLiteral("sha256")), digest) << "the handed-off key is not intact";
    EXPECT_EQ(lines.at(1).fields.value(QStringLiteral("verified")), QStringLiteral("1"));
    EXPECT_TRUE(keychainDigest(m_home, QStringLiteral("pending/%1/%2").arg(m_profile, keyId)).isEmpty());
}

// Preferences: each window writes only what its user changed. The first window loaded
// the defaults; the second changes the clipboard timeout and quits; then the first
// opens Preferences (which shows the second's choice) and changes the refresh interval:
// both choices are kept (the first window used to write its stale clipboard timeout
// back).
TEST_F(Concurrency, PreferencesChangedInTwoWindowsAreBothKept)
{
    ClientProcess first, second;
    startWindow(first);
    startWindow(second);
    second.sendLine("preferences clipboard=90");
    ASSERT_TRUE(second.waitFor(QStringLiteral("STEP"), QStringLiteral("preferences-saved")))
        << describe(second).toStdString();
    quit(second);
    first.sendLine("preferences refresh=120");
    const std::optional<Announcement> opened = first.waitFor(QStringLiteral("STEP"),
                                                             QStringLiteral("preferences-saved"));
    ASSERT_TRUE(opened) << describe(first).toStdString();
    // The dialog opened on what is saved now, not on what the window read at its start.
    EXPECT_EQ(opened->fields.value(QStringLiteral("clipboard")), QStringLiteral("90"));
    EXPECT_EQ(opened->fields.value(QStringLiteral("refresh")), QStringLiteral("60"));
    quit(first);

    QSettings settings(m_home.settingsFile(), QSettings::IniFormat);
    EXPECT_EQ(settings.value(QStringLiteral("preferences/clipboardTimeoutSeconds")).toInt(), 90);
    EXPECT_EQ(settings.value(QStringLiteral("preferences/refreshIntervalSeconds")).toInt(), 120);
    // And the profile the CLI added before the windows started is still there.
    EXPECT_TRUE(settings.contains(QStringLiteral("profiles/%1/dialect").arg(m_profile)));
}

// Another process holds the index (here: one that hangs holding its lock, then dies).
// The window keeps the new key listed, says what is going on in its banner, and saves
// the entry as soon as the lock is free; the banner then goes away.
TEST_F(Concurrency, AWindowSaysWhenTheIndexIsHeldAndSavesTheKeyOnceItIsFree)
{
    ClientProcess holder;
    ASSERT_TRUE(holder.start(guiDriverExecutable(),
                             {QStringLiteral("hold-index-lock"), QStringLiteral("--index"), m_home.handoffIndex()},
                             m_home.environment()));
    const std::optional<Announcement> locked = holder.waitFor(QStringLiteral("STEP"), QStringLiteral("locked"));
    ASSERT_TRUE(locked) << describe(holder).toStdString();

    ClientProcess window;
    startWindow(window);
    bool saved = true;
    const QString keyId = createAndKeep(window, QStringLiteral("kept while the index is held"), &saved);
    ASSERT_FALSE(keyId.isEmpty()) << describe(window).toStdString();
    EXPECT_FALSE(saved);
    const QString shown = banner(window);
    EXPECT_TRUE(
        shown.contains(QStringLiteral("Another KeyDesk (process %1)").arg(locked->fields.value(QStringLiteral("pid")))))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Nothing is lost"))) << shown.toStdString();

    holder.killHard();
    window.sendLine("wait-saved");
    ASSERT_TRUE(window.waitFor(QStringLiteral("STEP"), QStringLiteral("saved"))) << describe(window).toStdString();
    EXPECT_TRUE(banner(window).isEmpty());
    quit(window);
    bool validJson = false;
    EXPECT_EQ(indexedKeyIds(m_home, &validJson, m_profile), QStringList{keyId});
    EXPECT_EQ(keychainDigest(m_home, QStringLiteral("pending/%1/%2").arg(m_profile, keyId)).size(), 64);
    resumeAll(1);
}

// A writer killed while it holds the index's lock leaves the lock file behind. While it
// is alive, a change waits (listed, and said so); once it is dead, QLockFile sees that its
// process is gone, the lock is taken over and the change is written: nothing is lost.
TEST(ConcurrencyLocks, ALockLeftByAKilledWriterIsTakenOverAndNothingIsLost)
{
    ClientHome home;
    ClientProcess holder;
    ASSERT_TRUE(holder.start(guiDriverExecutable(),
                             {QStringLiteral("hold-index-lock"), QStringLiteral("--index"), home.handoffIndex()},
                             home.environment()));
    const std::optional<Announcement> locked = holder.waitFor(QStringLiteral("STEP"), QStringLiteral("locked"));
    ASSERT_TRUE(locked) << describe(holder).toStdString();
    const QString holderPid = locked->fields.value(QStringLiteral("pid"));

    MemorySecretStore secrets;
    HandoffStore store(&secrets, home.handoffIndex());
    CreatedKey created;
    created.record.id = QStringLiteral("key-while-locked");
    created.record.name = QStringLiteral("made while locked");
    created.secret = QStringLiteral("not a real secret");
    store.begin(QStringLiteral("p"), created);
    EXPECT_TRUE(store.isPending(QStringLiteral("p"), created.record.id));
    EXPECT_TRUE(store.hasUnsavedChanges());
    EXPECT_TRUE(store.problem().contains(holderPid)) << store.problem().toStdString();

    holder.killHard();
    ASSERT_EQ(holder.process().exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFile::exists(home.handoffIndex() + QStringLiteral(".lock"))) << "the dead writer's lock";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store.hasUnsavedChanges(); }, 60000)) << store.problem().toStdString();
    EXPECT_TRUE(store.problem().isEmpty()) << store.problem().toStdString();
    bool validJson = false;
    EXPECT_EQ(indexedKeyIds(home, &validJson, QStringLiteral("p")), QStringList{created.record.id});
    HandoffStore next(&secrets, home.handoffIndex());
    EXPECT_TRUE(next.entry(QStringLiteral("p"), created.record.id).secretStored);
    EXPECT_EQ(next.entry(QStringLiteral("p"), created.record.id).keyName, created.record.name);
}
