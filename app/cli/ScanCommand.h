#pragma once

#include "LeakResult.h"
#include "LeakScanProblem.h"
#include "LeakScanSummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QThread>

namespace keydesk {

class ApiClient;
class CommandContext;
class LeakScanJob;

// `keydesk-cli scan` (docs/design.md#leak-scan): runs a LeakScanJob on a thread of its
// own, prints each problem as one warning line as it comes, then the results as a table,
// JSON or SARIF, never a key. With --verify, the keys the inventory does not know are
// checked with the profile's server first. `scan --install-hook` writes the hook.
class ScanCommand final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(ScanCommand)

public:
    explicit ScanCommand(CommandContext &context, QObject *parent = nullptr);
    ~ScanCommand() override;

    void start();

private:
    void installHook();
    void onFinished(const LeakScanSummary &summary);
    void verifyNext();
    void report();
    QString verdictOf(const LeakResult &result) const;

    CommandContext &m_context;
    QThread m_thread;
    LeakScanJob *m_job = nullptr;
    QList<LeakResult> m_results;
    LeakScanSummary m_summary;
    ApiClient *m_client = nullptr;
    QList<qsizetype> m_toVerify;       // indices into m_results, one per fingerprint
    QHash<QString, QString> m_verdict; // fingerprint → "live" | "refused"
};

} // namespace keydesk
