#include "SecretTestSupport.h"

#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtTest/QTest>

namespace keydesk::test {

JobOutcome waitFor(SecretJob *job, int timeoutMs)
{
    JobOutcome outcome;
    QObject receiver; // ends the connection when we return, even if the job never finished
    QObject::connect(job, &SecretJob::finished, &receiver, [job, &outcome] {
        ++outcome.finishedCount;
        outcome.finished = true;
        outcome.error = job->error();
        outcome.secret = job->secret();
        outcome.entries = job->entries();
    });
    QPointer<SecretJob> guard(job);
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        return outcome;
    // The job deletes itself after finishing; give deleteLater a chance, then make sure
    // it did not emit a second time.
    outcome.deleted = QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000);
    return outcome;
}

ProbeResult runProbe(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &stdinData,
                     int timeoutMs)
{
    const ProcessResult process = runProcess(QStringLiteral(KEYDESK_SECRET_PROBE_PATH), arguments, stdinData,
                                             environment, timeoutMs);
    ProbeResult result;
    result.finished = process.finished;
    result.exitCode = process.exitCode;
    result.stderrText = QString::fromUtf8(process.err);
    result.json = QJsonDocument::fromJson(process.out.trimmed()).object();
    return result;
}

QString stalledServiceExecutable()
{
    return QStringLiteral(KEYDESK_STALLED_SERVICE_PATH);
}

QString uniqueServiceName()
{
    return QStringLiteral("KeyDeskTest-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

bool insideKeyringSession()
{
    return qEnvironmentVariable("KEYDESK_KEYRING_SESSION") == QLatin1String("1");
}

} // namespace keydesk::test
