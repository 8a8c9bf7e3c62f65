#pragma once

#include "ApiClient.h"
#include "ApiReply.h"
#include "CountingNetworkAccessManager.h"
#include "Outcome.h"
#include "SandboxProcess.h"
#include "TestPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace keydesk::test {

// A real keydesk-sandbox process driven through its loopback control endpoints:
// POST/DELETE /__sandbox/faults and GET/DELETE /__sandbox/stats.
class FaultSandbox final {
public:
    explicit FaultSandbox(const QString &dialect, const QStringList &extra = {});

    SandboxProcess &process() { return m_process; }
    QUrl url() const { return m_process.url(); }
    // For an HTTPS sandbox: the certificate the control calls trust.
    void setCaFile(const QString &path) { m_caFile = path; }

    // Replaces the fault plan; returns the HTTP status of the control call.
    int inject(const QByteArray &planJson);
    int clearFaults();
    // How many METHOD path requests reached the sandbox (control calls not counted).
    int count(const QByteArray &method, const QString &path);
    QJsonArray log();
    void clearStats();

    // A raw control request (tests of the endpoint itself): status and body.
    struct Answer final {
        int status = 0;
        QByteArray body;
    };
    Answer control(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    SandboxProcess m_process;
    QNetworkAccessManager m_network;
    QString m_caFile;
};

} // namespace keydesk::test
