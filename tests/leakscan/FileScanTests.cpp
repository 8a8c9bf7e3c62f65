// Files and folders (TreeLeakScan, LeakStreamScanner): planted keys and decoys, the
// folders and files that are left out, and the robustness cases of docs/security.md §2.
#include "LeakScanTestSupport.h"

#include "LeakPattern.h"
#include "LeakStreamScanner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace keydesk;
using namespace keydesk::test;

namespace {

const LeakSighting *sightingIn(const CollectingSink &sink, const QString &pathEnd)
{
    for (const LeakSighting &sighting : sink.sightings) {
        if (sighting.path.endsWith(pathEnd))
            return &sighting;
    }
    return nullptr;
}

} // namespace

TEST(FileScan, FindsPlantedKeysWithLineAndColumnAndNoDecoys)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/config/app.env"), "# settings\nAPI_KEY=" + localLeadsKey(1) + "\n");
    writeFile(root + QStringLiteral("/src/client.py"), "x = 1\n\n  token = '" + leadHqlKey(2) + "'\n");
    writeFile(root + QStringLiteral("/deep/a/b/c/d/notes.md"), trustLeadsKey(3));
    writeFile(root + QStringLiteral("/decoys.txt"),
              "ll_" + QByteArray(63, 'a') + "\n"                                       // 63 hex digits
                  + "ll_" + QByteArray(65, 'a') + "\n"                                 // 65 hex digits
                  + "ll_" + QByteArray(64, 'A') + "\n"                                 // upper-case hex
                  + "small" + localLeadsKey(4) + "\n"                                  // a prefix inside a longer word
                  + localLeadsKey(5).left(40) + "\n" + localLeadsKey(5).mid(40) + "\n" // split across lines
                  + trustLeadsKey(6) + "x\n");                                         // a longer token
    const CollectingSink sink = scan({root});
    QStringList expected{fingerprintOf(localLeadsKey(1)), fingerprintOf(leadHqlKey(2)),
                         fingerprintOf(trustLeadsKey(3))};
    expected.sort();
    EXPECT_EQ(sink.fingerprints(), expected);
    const LeakSighting *env = sightingIn(sink, QStringLiteral("config/app.env"));
    ASSERT_TRUE(env);
    EXPECT_EQ(env->line, 2);
    EXPECT_EQ(env->column, 9);
    EXPECT_EQ(env->dialect, Dialect::LocalLeads);
    EXPECT_EQ(env->masked, QString::fromLatin1(localLeadsKey(1).left(13)) + QChar(0x2026));
    EXPECT_EQ(env->localLeadsPrefix, QString::fromLatin1(localLeadsKey(1).left(13)));
    EXPECT_TRUE(env->secret.isEmpty());
    const LeakSighting *py = sightingIn(sink, QStringLiteral("src/client.py"));
    ASSERT_TRUE(py);
    EXPECT_EQ(py->line, 3);
    EXPECT_EQ(py->column, 12);
    EXPECT_EQ(sink.files, 4);
    EXPECT_TRUE(sink.problems.isEmpty()) << sink.problemText().toStdString();
}

TEST(FileScan, LeavesOutDotGitAndBinaryFilesUnlessAsked)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral(".git/config")), localLeadsKey(1));
    writeFile(dir.filePath(QStringLiteral("sub/.git/objects/x")), localLeadsKey(2));
    writeFile(dir.filePath(QStringLiteral("image.bin")), QByteArray("\x89PNG\0\0\0", 7) + " " + trustLeadsKey(3) + " ");
    EXPECT_TRUE(scan({dir.path()}).sightings.isEmpty());
    LeakScanOptions binary;
    binary.binary = true;
    EXPECT_EQ(scan({dir.path()}, binary).fingerprints(), QStringList{fingerprintOf(trustLeadsKey(3))});
}

TEST(FileScan, TenMegabyteLineAcrossChunkBoundaries)
{
    QTemporaryDir dir;
    // One line of 10 MB. The scanner reads chunk + overlap bytes, then keeps the overlap:
    // its buffer ends at k·chunk + overlap and reports keys starting before k·chunk + 1.
    // Keys straddle both, for every k.
    QByteArray line(10 * 1024 * 1024, 'x');
    QList<qsizetype> offsets;
    QStringList expected;
    const qsizetype chunk = LeakStreamScanner::defaultChunkSize;
    for (int i = 1; i <= 9; ++i) {
        for (const qsizetype at : {qsizetype(i) * chunk - 10, qsizetype(i) * chunk + LeakPattern::overlap - 30}) {
            const QByteArray key = localLeadsKey(int(at));
            line[at - 1] = ' ';
            line.replace(at, key.size(), key);
            line[at + key.size()] = ' ';
            offsets.append(at);
            expected.append(fingerprintOf(key));
        }
    }
    writeFile(dir.filePath(QStringLiteral("huge.txt")), line);
    const CollectingSink sink = scan({dir.filePath(QStringLiteral("huge.txt"))});
    ASSERT_EQ(sink.sightings.size(), 18) << sink.problemText().toStdString();
    QStringList found;
    for (qsizetype i = 0; i < sink.sightings.size(); ++i) {
        EXPECT_EQ(sink.sightings[i].line, 1);
        EXPECT_EQ(sink.sightings[i].column, offsets[i] + 1);
        found.append(sink.sightings[i].fingerprint);
    }
    EXPECT_EQ(found, expected);
}

TEST(FileScan, FifoLoopDeviceAndBadNamesAreOneLineEachAndTheScanGoesOn)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/a-key.txt"), localLeadsKey(1));
    ASSERT_EQ(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe")).constData(), 0600), 0);
    ASSERT_EQ(::symlink("loop", QFile::encodeName(root + QStringLiteral("/loop")).constData()), 0);
    ASSERT_EQ(::symlink("/dev/zero", QFile::encodeName(root + QStringLiteral("/zero")).constData()), 0);
    ASSERT_EQ(::symlink("nowhere", QFile::encodeName(root + QStringLiteral("/dangling")).constData()), 0);
    // A folder symlinked into itself: never followed, so no loop.
    ASSERT_EQ(::symlink(".", QFile::encodeName(root + QStringLiteral("/self")).constData()), 0);
    // Running as root, chmod 000 does not stop a read: /proc/self/mem opens, then every
    // read at offset 0 fails with EIO, a real read error.
    ASSERT_EQ(::symlink("/proc/self/mem", QFile::encodeName(root + QStringLiteral("/unreadable")).constData()), 0);
    // A name that is not UTF-8.
    const QByteArray badName = QFile::encodeName(root) + "/bad\xff\xfename.txt";
    {
        FILE *file = std::fopen(badName.constData(), "wb");
        ASSERT_TRUE(file);
        const QByteArray key = trustLeadsKey(2);
        std::fwrite(key.constData(), 1, size_t(key.size()), file);
        std::fclose(file);
    }

    const CollectingSink sink = scan({root});
    QStringList expected{fingerprintOf(localLeadsKey(1)), fingerprintOf(trustLeadsKey(2))};
    expected.sort();
    EXPECT_EQ(sink.fingerprints(), expected) << sink.problemText().toStdString();
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("/pipe"), QStringLiteral("FIFO, not opened")));
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("/zero"), QStringLiteral("character device, not opened")));
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("/loop"), QStringLiteral("symlink loop")));
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("/dangling"), QStringLiteral("broken symlink")));
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("/unreadable"), QStringLiteral("cannot be read")));
    EXPECT_EQ(sink.problems.size(), 5) << sink.problemText().toStdString();
    const LeakSighting *bad = sightingIn(sink, QStringLiteral("/bad\\xff\\xfename.txt"));
    EXPECT_TRUE(bad);
}

TEST(FileScan, AGivenFifoIsNotOpenedEither)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opening it for reading would wait for a writer for ever: the test would hang.
    const CollectingSink sink = scan({fifo});
    EXPECT_TRUE(sink.hasProblem(QStringLiteral("pipe"), QStringLiteral("FIFO, not opened")));
}

TEST(FileScan, WritesNothingIntoTheScannedTree)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a/b.txt")), localLeadsKey(1));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    struct stat folder = {};
    ASSERT_EQ(::stat(QFile::encodeName(dir.path()).constData(), &folder), 0);
    EXPECT_EQ(scan({dir.path()}).sightings.size(), 1);
    struct stat after = {};
    ASSERT_EQ(::stat(QFile::encodeName(dir.path()).constData(), &after), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    EXPECT_EQ(folder.st_mtim.tv_nsec, after.st_mtim.tv_nsec);
    EXPECT_EQ(folder.st_mtim.tv_sec, after.st_mtim.tv_sec);
}
