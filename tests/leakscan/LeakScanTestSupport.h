#pragma once

#include "LeakScanOptions.h"
#include "LeakScanProblem.h"
#include "LeakScanSink.h"
#include "LeakSighting.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk::test {

// Well-formed keys of the three formats, distinct by `seed`.
QByteArray leadHqlKey(int seed);
QByteArray localLeadsKey(int seed);
QByteArray trustLeadsKey(int seed);
// CreatedKeyFingerprint::fingerprintOf of the key.
QString fingerprintOf(const QByteArray &key);

// Keeps what a scan reports.
class CollectingSink final : public LeakScanSink {
public:
    void sighting(const LeakSighting &sighting) override { sightings.append(sighting); }
    void problem(const LeakScanProblem &problem) override { problems.append(problem); }
    void progress(qint64 count, qint64 size, const QString &) override
    {
        files += count;
        bytes += size;
    }
    QStringList fingerprints() const; // sorted
    QString problemText() const;      // every problem, one per line
    bool hasProblem(const QString &pathPart, const QString &messagePart) const;

    QList<LeakSighting> sightings;
    QList<LeakScanProblem> problems;
    qint64 files = 0;
    qint64 bytes = 0;
};

// LeakScan over `paths`, without inventory state.
CollectingSink scan(const QStringList &paths, const LeakScanOptions &options = {});

void writeFile(const QString &path, const QByteArray &bytes);
// git in `directory`, with a fixed identity and dates; the output (stdout), and a gtest
// failure when it fails.
QByteArray git(const QString &directory, const QStringList &arguments);
// `git init` and one commit of `files` (path → content).
void initRepository(const QString &directory);
void commitFile(const QString &directory, const QString &path, const QByteArray &content, const QString &message);

} // namespace keydesk::test
