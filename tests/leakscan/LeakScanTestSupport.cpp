#include "LeakScanTestSupport.h"

#include "CreatedKeyFingerprint.h"
#include "LeakScan.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace keydesk::test {

namespace {

QByteArray padded(int seed, int length, const char *alphabet)
{
    QByteArray out;
    const int size = int(std::strlen(alphabet));
    unsigned state = unsigned(seed) * 2654435761u + 17u;
    for (int i = 0; i < length; ++i) {
        state = state * 1103515245u + 12345u;
        out += alphabet[(state >> 16) % unsigned(size)];
    }
    return out;
}

} // namespace

QByteArray leadHqlKey(int seed)
{
    return "leadhql_pk_" + padded(seed, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}

QByteArray localLeadsKey(int seed)
{
    return "ll_" + padded(seed, 64, "0123456789abcdef");
}

QByteArray trustLeadsKey(int seed)
{
    return "lfk_sk_" + padded(seed, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}

QString fingerprintOf(const QByteArray &key)
{
    return CreatedKeyFingerprint::fingerprintOf(QString::fromLatin1(key));
}

QStringList CollectingSink::fingerprints() const
{
    QStringList out;
    for (const LeakSighting &sighting : sightings)
        out.append(sighting.fingerprint);
    out.sort();
    return out;
}

QString CollectingSink::problemText() const
{
    QString out;
    for (const LeakScanProblem &problem : problems)
        out += problem.path + QStringLiteral(": ") + problem.message + u'\n';
    return out;
}

bool CollectingSink::hasProblem(const QString &pathPart, const QString &messagePart) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const LeakScanProblem &problem) {
        return problem.path.contains(pathPart) && problem.message.contains(messagePart);
    });
}

CollectingSink scan(const QStringList &paths, const LeakScanOptions &options)
{
    CollectingSink sink;
    std::atomic<bool> cancelled{false};
    LeakScan scan(sink, options, nullptr, cancelled);
    scan.run(paths);
    return sink;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray git(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        environment.insert(QString::fromLatin1(name), QStringLiteral("Test"));
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        environment.insert(QString::fromLatin1(name), QStringLiteral("test@example.com"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 0) << "git " << arguments.join(u' ').toStdString() << ": "
                                     << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

void initRepository(const QString &directory)
{
    QDir().mkpath(directory);
    git(directory, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    git(directory, {QStringLiteral("config"), QStringLiteral("gc.auto"), QStringLiteral("0")});
}

void commitFile(const QString &directory, const QString &path, const QByteArray &content, const QString &message)
{
    writeFile(directory + u'/' + path, content);
    git(directory, {QStringLiteral("add"), QStringLiteral("--"), path});
    git(directory, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

} // namespace keydesk::test
