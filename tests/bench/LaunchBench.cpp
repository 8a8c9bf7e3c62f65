// Launch benchmarks: bench-launch NAME MARKER PROGRAM [ARGUMENTS...] starts PROGRAM
// (offscreen) several times and reports the median time from the start of the process
// to the first stdout line that begins with MARKER, as "NAME: VALUE ms". The bare window
// (bench-bare-window, marker "painted") is the baseline; the launch of KeyDesk from the
// inventory is measured the same way.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>

using namespace keydesk::bench;

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

    const int runs = scaled(9, 3);
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
    return 0;
}
