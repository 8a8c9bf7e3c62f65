// Launch benchmarks: bench-launch NAME MARKER PROGRAM [ARGUMENTS...] starts PROGRAM
// (offscreen) several times and reports the median time from the start of the process
// to the first stdout line that begins with MARKER, as "NAME: VALUE ms". The bare window
// (bench-bare-window, marker "painted") is the baseline; the launches of KeyDesk are
// measured the same way (PaintProbe prints the markers).
//
// With KEYDESK_BENCH_CALLGRIND=1 (and valgrind installed) also "NAME-instructions:
// VALUE M": the instructions of all its threads from the start of PROGRAM to its marker,
// in one run under callgrind (PaintProbe dumps the counts there). Unlike the times on a
// shared machine, the count hardly varies from run to run.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace keydesk::bench;

namespace {

// Millions of instructions to the marker; a negative value when they could not be counted.
double instructionsToMarker(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment)
{
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    if (valgrind.isEmpty()) {
        note(QStringLiteral("no valgrind: no instruction count"));
        return -1;
    }
    QTemporaryDir directory;
    const QString output = directory.filePath(QStringLiteral("callgrind.out"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(valgrind, QStringList{QStringLiteral("--tool=callgrind"),
                                        QStringLiteral("--callgrind-out-file=") + output, program}
                                + arguments);
    if (!process.waitForFinished(600000)) {
        note(QStringLiteral("callgrind did not finish"));
        return -1;
    }
    // The first dump is the one made at the marker; its totals count from the start.
    QFile dump(output + QStringLiteral(".1"));
    if (!dump.open(QIODevice::ReadOnly)) {
        note(QStringLiteral("callgrind made no dump at the marker"));
        return -1;
    }
    while (!dump.atEnd()) {
        const QByteArray line = dump.readLine().trimmed();
        if (line.startsWith("totals:"))
            return line.mid(7).trimmed().toDouble() / 1e6;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        note(QStringLiteral("usage: bench-launch NAME MARKER PROGRAM [ARGUMENTS...]"));
        return 2;
    }
    const QString name = args.at(1);
    const QByteArray marker = args.at(2).toUtf8();
    const QString program = args.at(3);
    const QStringList arguments = args.mid(4);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const int runs = scaled(11, 3);
    QList<double> times;
    // One run first that is not counted: the shared libraries come into the page cache.
    for (int run = 0; run <= runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        bool seen = false;
        const QDeadlineTimer deadline(60000);
        while (!seen && !deadline.hasExpired() && process.waitForReadyRead(int(deadline.remainingTime()))) {
            while (process.canReadLine()) {
                if (process.readLine().startsWith(marker)) {
                    seen = true;
                    break;
                }
            }
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        process.waitForFinished(10000);
        if (!seen)
            qFatal("%s never printed %s", qPrintable(program), marker.constData());
        if (run > 0)
            times << elapsed;
    }
    report(name, median(times), QStringLiteral("ms"), 1);
    note(QStringLiteral("median of %1 launches").arg(times.size()));
    if (qEnvironmentVariable("KEYDESK_BENCH_CALLGRIND") == QLatin1String("1")) {
        const double instructions = instructionsToMarker(program, arguments, environment);
        if (instructions >= 0)
            report(name + QStringLiteral("-instructions"), instructions, QStringLiteral("M"), 1);
    }
    return 0;
}
