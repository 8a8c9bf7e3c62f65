#pragma once

#include "ApiKey.h"
#include "Connection.h"
#include "Finding.h"
#include "Organisation.h"
#include "WatchThresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;
struct InventorySnapshot;

// `keydesk-cli audit` (docs/design.md#watch): the watch's findings about one
// organisation or every saved profile, refreshed first (list + record, so the history
// grows) unless --cached. Open findings are printed, acknowledged ones counted; the
// exit code is 8 when an open one reaches --fail-on, or the code of the first
// organisation that could not be audited.
class AuditCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(AuditCommand)
public:
    explicit AuditCommand(CommandContext &context, QObject *parent = nullptr);

    // --all-profiles, --cached, or a dialect without a listing: the targets come from
    // the command line and the saved profiles.
    void start();
    // The one target CommandRunner resolved, refreshed through `client`.
    void startWith(ApiClient *client);

private:
    struct Target final {
        Organisation organisation; // empty name: nothing recorded, the listing judged alone
        WatchThresholds thresholds;
        bool refresh = true;       // list first (else: the inventory only)
        bool fromKeychain = false; // --all-profiles: the credential is looked up here
        QString profileName;
        Connection connection; // fromKeychain: the profile's, without its credential
    };

    void next();
    void refresh(const Target &target, ApiClient *client);
    void onListed(const Target &target, ApiReply *reply);
    void lookUpAndRefresh(const Target &target);
    void judgeInventory(const Target &target);
    void judgeStoredFindings(const Target &target);
    void judgeListing(const Target &target, const QList<ApiKey> &listing);
    void collect(const QList<Finding> &findings);
    // This organisation could not be audited: its error on stderr, the others go on.
    void failTarget(const Target &target, int exitCode, const QString &message);
    void report();
    void printTable(const QList<Finding> &open);

    CommandContext &m_context;
    QList<Target> m_targets;
    QList<Finding> m_findings;
    std::optional<int> m_failure; // the first failed organisation's exit code
    bool m_many = false;          // --all-profiles: errors name their profile
};

} // namespace keydesk
