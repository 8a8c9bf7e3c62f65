// Issue 5, item 3: the client is killed (SIGKILL) at each step after the create response
// reached the keychain; the next start — a new process on the same HOME, settings and
// keychain — must list the key as pending (badge) and hand it off intact: the secret it
// shows has the SHA-256 that the first process wrote to the keychain, libsecret's own
// secret-tool reads the same secret, and the server accepts it.
#include "DriverProcess.h"
#include "ProfiledClientTest.h"
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

using namespace keydesk::test;

namespace {

class CrashSafety : public ProfiledClientTest {
protected:
    CrashSafety()
        : ProfiledClientTest(QStringLiteral("crash"))
    {
    }

    // Creates a key in a first process, kills it right after `stopAt` was announced,
    // then checks what the next start offers.
    void killAtThenRestart(const QString &stopAt, bool expectPending)
    {
        ClientProcess first;
        ASSERT_TRUE(
            first.start(guiDriverExecutable(),
                        {QStringLiteral("create"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                         QStringLiteral("Crash at ") + stopAt, QStringLiteral("--stop-at"), stopAt},
                        m_home.environment()));
        const std::optional<Announcement> written = first.waitFor(QStringLiteral("STEP"),
                                                                  QStringLiteral("keychain-written"));
        ASSERT_TRUE(written) << describe(first).toStdString();
        ASSERT_EQ(written->fields.value(QStringLiteral("ok")), QStringLiteral("1"));
        const QString keyId = written->fields.value(QStringLiteral("key"));
        const QString digest = written->fields.value(QStringLiteral("sha256"));
        ASSERT_FALSE(keyId.isEmpty());
        ASSERT_EQ(digest.size(), 64);
        if (stopAt != QLatin1String("keychain-written")) {
            const std::optional<Announcement> reached = first.waitFor(QStringLiteral("STEP"), stopAt);
            ASSERT_TRUE(reached) << describe(first).toStdString();
        }
        for (const Announcement &step : first.announcements()) {
            if (step.name == QLatin1String("revealed")) { // the dialog shows what was stored
                EXPECT_EQ(step.fields.value(QStringLiteral("sha256")), digest);
            }
        }
        first.killHard();
        EXPECT_EQ(first.process().exitStatus(), QProcess::CrashExit);

        // What the killed process left behind.
        bool validJson = false;
        const QStringList indexed = indexedKeyIds(m_home, &validJson);
        EXPECT_TRUE(validJson) << "the handoff index is not valid JSON after the kill";
        const QString entry = QStringLiteral("pending/%1/%2").arg(m_profile, keyId);
        if (expectPending) {
            EXPECT_TRUE(indexed.contains(keyId));
            EXPECT_EQ(keychainDigest(m_home, entry), digest.toUtf8()) << "secret-tool reads another secret";
        } else {
            EXPECT_FALSE(indexed.contains(keyId));
            EXPECT_TRUE(keychainDigest(m_home, entry).isEmpty());
        }

        // The next start.
        ClientProcess next;
        ASSERT_TRUE(next.start(guiDriverExecutable(),
                               {QStringLiteral("resume"), QStringLiteral("--profile"), m_profile},
                               m_home.environment()));
        const std::optional<Announcement> loaded = next.waitFor(QStringLiteral("STEP"), QStringLiteral("loaded"));
        ASSERT_TRUE(loaded) << describe(next).toStdString();
        EXPECT_EQ(loaded->fields.value(QStringLiteral("problem")), QStringLiteral("0"));
        if (expectPending) {
            EXPECT_EQ(loaded->fields.value(QStringLiteral("pending")), QStringLiteral("1"));
            const std::optional<Announcement> badge = next.waitFor(QStringLiteral("PENDING"));
            ASSERT_TRUE(badge) << describe(next).toStdString();
            EXPECT_EQ(badge->fields.value(QStringLiteral("key")), keyId);
            EXPECT_EQ(badge->fields.value(QStringLiteral("badge")), QStringLiteral("1"))
                << "no pending badge in the table";
            const std::optional<Announcement> resumed = next.waitFor(QStringLiteral("RESUMED"));
            ASSERT_TRUE(resumed) << describe(next).toStdString();
            EXPECT_EQ(resumed->fields.value(QStringLiteral("key")), keyId);
            EXPECT_EQ(resumed->fields.value(QStringLiteral("sha256")), digest) << "the handed-off key is not intact";
            EXPECT_EQ(resumed->fields.value(QStringLiteral("verified")), QStringLiteral("1"))
                << "the server does not accept the handed-off key";
        } else {
            EXPECT_EQ(loaded->fields.value(QStringLiteral("pending")), QStringLiteral("0"));
        }
        const std::optional<Announcement> done = next.waitFor(QStringLiteral("STEP"), QStringLiteral("done"));
        ASSERT_TRUE(done) << describe(next).toStdString();
        EXPECT_EQ(done->fields.value(QStringLiteral("pending-after")), QStringLiteral("0"));
        ASSERT_TRUE(next.waitForExit());
        EXPECT_EQ(next.process().exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(next.process().exitCode(), 0) << describe(next).toStdString();
        // Handed off: gone from the keychain and the index.
        EXPECT_TRUE(keychainDigest(m_home, entry).isEmpty());
        EXPECT_FALSE(indexedKeyIds(m_home, &validJson).contains(keyId));
    }
};

} // namespace

// Killed inside the keychain write's completion, before the index says "stored".
TEST_F(CrashSafety, KilledRightAfterTheKeychainWrite)
{
    killAtThenRestart(QStringLiteral("keychain-written"), true);
}

// Index updated, reveal dialog not shown yet.
TEST_F(CrashSafety, KilledBeforeTheRevealDialogShows)
{
    killAtThenRestart(QStringLiteral("before-reveal"), true);
}

TEST_F(CrashSafety, KilledWhileTheRevealDialogShows)
{
    killAtThenRestart(QStringLiteral("revealed"), true);
}

TEST_F(CrashSafety, KilledAfterCopy)
{
    killAtThenRestart(QStringLiteral("copied"), true);
}

TEST_F(CrashSafety, KilledAfterKeepForLater)
{
    killAtThenRestart(QStringLiteral("kept"), true);
}

// The control: once the user confirmed the handoff, nothing is pending any more.
TEST_F(CrashSafety, KilledAfterTheHandoffWasConfirmedLeavesNothingPending)
{
    killAtThenRestart(QStringLiteral("confirmed"), false);
}
