// Issue 5, item 3: state files are written atomically, and damaged state files are
// reported by the real `keydesk` without crashing it.
#include "DriverProcess.h"
#include "HandoffStore.h"
#include "MemorySecretStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace keydesk;
using namespace keydesk::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

// QSaveFile's temporary files next to the index (what a kill mid-write leaves behind).
QStringList leftoverTemporaries(const QString &indexPath)
{
    const QFileInfo index(indexPath);
    QStringList leftovers = index.dir().entryList({index.fileName() + QStringLiteral(".*")}, QDir::Files);
    leftovers.removeIf([](const QString &name) { return name.contains(QLatin1String(".corrupt-")); });
    return leftovers;
}

CreatedKey someKey(const QString &id)
{
    CreatedKey created;
    created.record.id = id;
    created.record.name = QStringLiteral("key ") + id;
    created.secret = QStringLiteral("not a real secret");
    return created;
}

// `keydesk` (not the demo) on a HOME prepared by the test: waits for its report on
// stderr, then ends it with SIGTERM and expects a normal exit.
void expectReportedWithoutCrash(const ClientHome &home, const QByteArray &report)
{
    ClientProcess keydesk;
    ASSERT_TRUE(keydesk.start(guiExecutable(), {}, home.environment()));
    EXPECT_TRUE(keydesk.waitForStderr(report))
        << "stderr: " << keydesk.allStderr().toStdString() << " exit " << keydesk.process().exitCode();
    keydesk.signal(SIGTERM);
    ASSERT_TRUE(keydesk.waitForExit());
    EXPECT_EQ(keydesk.process().exitStatus(), QProcess::NormalExit) << keydesk.allStderr().toStdString();
    EXPECT_EQ(keydesk.process().exitCode(), 0) << keydesk.allStderr().toStdString();
}

} // namespace

// A process rewrites the handoff index without end; SIGKILL at random moments. The file
// is always complete, valid JSON that HandoffStore loads without complaint: QSaveFile
// writes a temporary file and renames it over the index.
TEST(StateFiles, HandoffIndexIsAlwaysValidWhenTheWriterIsKilled)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString indexPath = directory.filePath(QStringLiteral("data/pending-handoffs.json"));
    ClientHome home;
    int leftovers = 0;
    for (int round = 0; round < 12; ++round) {
        ClientProcess writer;
        ASSERT_TRUE(writer.start(guiDriverExecutable(),
                                 {QStringLiteral("index-writer"), QStringLiteral("--index"), indexPath},
                                 home.environment()));
        ASSERT_TRUE(writer.waitFor(QStringLiteral("STEP"), QStringLiteral("writing")))
            << writer.allStderr().toStdString();
        // Not a synchronisation: spreads the kills over the write cycle.
        QThread::msleep(QRandomGenerator::global()->bounded(0, 150));
        writer.killHard();
        ASSERT_EQ(writer.process().exitStatus(), QProcess::CrashExit);

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(indexPath), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError)
            << "round " << round << ": " << error.errorString().toStdString();
        ASSERT_TRUE(document.object().value(QStringLiteral("pending")).isArray());
        MemorySecretStore secrets;
        HandoffStore loaded(&secrets, indexPath);
        EXPECT_TRUE(loaded.problem().isEmpty()) << loaded.problem().toStdString();
        leftovers = int(leftoverTemporaries(indexPath).size());
    }
    std::printf("[   INFO   ] temporary files left next to the index by the kills: %d\n", leftovers);
}

// A temporary file left by a kill in the middle of a write is not the index: loading
// ignores it and the next save still works.
TEST(StateFiles, LeftoverTemporaryFileDoesNotConfuseLoading)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString indexPath = directory.filePath(QStringLiteral("pending-handoffs.json"));
    MemorySecretStore secrets;
    // Only a half-written temporary file: an empty index, nothing reported.
    writeFile(indexPath + QStringLiteral(".aB3xYz"), QByteArrayLiteral("{\"version\":1,\"pending\":[{\"prof"));
    {
        HandoffStore store(&secrets, indexPath);
        EXPECT_TRUE(store.problem().isEmpty());
        EXPECT_TRUE(store.allPending().isEmpty());
        SecretJob *job = store.begin(QStringLiteral("p"), someKey(QStringLiteral("7")));
        QSignalSpy finished(job, &SecretJob::finished);
        ASSERT_TRUE(finished.wait(10000));
    }
    writeFile(indexPath + QStringLiteral(".Qq9Zz1"), QByteArrayLiteral("\x00\xff garbage"));
    HandoffStore reloaded(&secrets, indexPath);
    EXPECT_TRUE(reloaded.problem().isEmpty()) << reloaded.problem().toStdString();
    ASSERT_EQ(reloaded.allPending().size(), 1);
    EXPECT_EQ(reloaded.allPending().first().keyId, QStringLiteral("7"));
    EXPECT_TRUE(reloaded.allPending().first().secretStored);
}

// Garbage, and a file whose values are typed garbage (QVariant streams for the window
// geometry, state and a profile): reported on stderr, the app runs and quits normally.
TEST(StateFiles, CorruptSettingsFileIsReportedAndDoesNotCrashTheApp)
{
    const QList<QByteArray> corruptions{
        // Qt's ini reader flags what it cannot parse (here the unterminated section);
        // lines it can parse, however odd, are just unknown keys.
        QByteArrayLiteral("\x01\x02\xff\xfe garbage === [[[\n[unterminated \xff section\n\x00\x00\x7f"),
        QByteArrayLiteral("[mainWindow]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\n"
                          "state=@ByteArray(\\xff\\xff\\0\\0\\0\\x1)\ncurrentProfile=@Variant(\\xff\\xff\\xff)\n"
                          "[profiles]\nAcme\\dialect=@Variant(\\xff\\xff\\xff)\nAcme\\baseUrl=@ByteArray(\\0)\n"
                          "[broken section\nx=y\n"),
    };
    for (const QByteArray &corruption : corruptions) {
        ClientHome home;
        writeFile(home.settingsFile(), corruption);
        expectReportedWithoutCrash(home, QByteArrayLiteral("keydesk: The settings file"));
        // Reported, not repaired behind the user's back: the damaged file is left as it was.
        EXPECT_EQ(readAll(home.settingsFile()), corruption);
    }
}

// A damaged handoff index is set aside (it may still name keys whose secrets are in
// the keychain), reported, and the app carries on.
TEST(StateFiles, CorruptHandoffIndexIsReportedAndSetAside)
{
    ClientHome home;
    writeFile(home.handoffIndex(), QByteArrayLiteral("{\"version\":1,\"pending\":[{\"profile\":\"a\",\"keyI"));
    expectReportedWithoutCrash(home, QByteArrayLiteral("keydesk: The list of pending key handoffs was damaged"));
    const QStringList aside = QFileInfo(home.handoffIndex())
                                  .dir()
                                  .entryList({QStringLiteral("pending-handoffs.json.corrupt-*")}, QDir::Files);
    EXPECT_EQ(aside.size(), 1);
}
