#pragma once

#include "QtPrinters.h"
#include "SecretStore.h"

#include <QJsonObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QtTest/QSignalSpy>

namespace keydesk::test {

// What a finished SecretJob reported, copied out before the job deletes itself.
struct JobOutcome final {
    bool finished = false;
    int finishedCount = 0; // counted until the job deleted itself
    bool deleted = false;  // the job deleted itself after finishing
    SecretError error;
    QString secret;
    QStringList entries;
};

// Waits (event loop, generous limit) for `job` to finish and copies its result.
JobOutcome waitFor(SecretJob *job, int timeoutMs = 60000);

// Runs tests/secrets' secret_probe with `environment` and parses its JSON line.
struct ProbeResult final {
    bool finished = false;
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
};
ProbeResult runProbe(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &stdinData = {}, int timeoutMs = 90000);

QString stalledServiceExecutable();
// A unique service name per test, so runs never see each other's entries.
QString uniqueServiceName();
// True inside tests/with-keyring.sh (private bus + unlocked gnome-keyring).
bool insideKeyringSession();

} // namespace keydesk::test
