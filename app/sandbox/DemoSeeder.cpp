#include "DemoSeeder.h"

#include "KeyIssuer.h"

namespace keydesk {

namespace {

// One demo key, all times relative to "now" (negative = in the past).
struct DemoKey final {
    const char *name;
    int userIndex; // into the state's users (LocalLeads shows the creator)
    qint64 createdDaysAgo;
    qint64 expiresInMinutes;   // 0 = never; negative = already expired
    qint64 lastUsedMinutesAgo; // -1 = never used
    qint64 usageCount;
    qint64 revokedDaysAgo; // -1 = not revoked
    DemoPast past = {};
};

constexpr qint64 hour = 60;
constexpr qint64 day = 24 * hour;

// The demo organisations show a finding of every kind (docs/design.md#watch; the test
// DemoTests.EveryFindingCodeAppearsInTheDemo): expiring in 20 days, 5 days and 20 hours,
// expired, never expiring, old, never used, idle, woken up after a quiet spell (its
// history, DemoHistory), a burst of use and, with the sandbox credential, 9 of the 10
// LocalLeads keys.
const std::initializer_list<DemoKey> leadHqlKeys{
    {"Production CRM sync", 0, 182, 0, 2 * hour, 48213, -1},
    {"Data warehouse export", 0, 64, 0, 20, 9876, -1, {50, 2, 0}},
    {"Zapier automation", 0, 85, 5 * day, 1 * day, 3120, -1},
    // Its successor, in use for two days: the demo's rotation (DemoHistory::seedRotation).
    {"Zapier automation", 0, 2, 88 * day, 10, 1460, -1},
    {"Property sync (Buildium)", 0, 28, 20 * hour, 3 * hour, 884, -1},
    {"Staging", 0, 40, 20 * day, 6 * day, 512, -1},
    {"Mobile app beta", 0, 12, 0, -1, 0, -1},
    {"Q3 lead import", 0, 120, -30 * day, 35 * day, 740, -1},
    {"Legacy MLS bridge", 0, 400, -35 * day, 40 * day, 20311, -1},
    {"Old website form", 0, 410, 0, 101 * day, 15022, 100},
    {"Marketing intern test", 0, 30, 60 * day, -1, 0, 29},
    {"Website chat widget", 0, 60, 0, 5, 4200, -1, {-1, -1, 2600}},
};

const std::initializer_list<DemoKey> localLeadsKeys{
    {"Production CRM sync", 0, 150, 0, 45, 31877, -1},
    {"Zapier automation", 1, 70, 6 * day, 5 * hour, 2210, -1},
    {"Data warehouse export", 2, 45, 0, 1 * day, 6540, -1},
    {"Staging", 1, 21, 90 * day, 4 * day, 388, -1},
    {"CI Pipeline Key", 3, 2, 30 * day, -1, 0, -1},
    {"Lead scoring prototype", 2, 100, -10 * day, 12 * day, 1204, -1},
    {"Agency partner feed", 0, 380, -20 * day, 25 * day, 9050, -1},
    {"Old website form", 0, 300, 0, 90 * day, 12840, 85},
    {"Leaked in a gist", 3, 15, 0, 14 * day, 37, 14},
    {"Open house sign-ups", 1, 200, 0, 60 * day, 2930, -1},
    {"Newsletter double opt-in", 2, 30, 120 * day, 3 * hour, 815, -1},
    {"Partner portal (Chiara)", 2, 9, 60 * day, -1, 0, -1},
};

const std::initializer_list<DemoKey> &demoKeys(Dialect dialect)
{
    static const std::initializer_list<DemoKey> none{};
    switch (dialect) {
    case Dialect::LeadHql:
        return leadHqlKeys;
    case Dialect::LocalLeads:
        return localLeadsKeys;
    case Dialect::TrustLeads:
        break;
    }
    return none;
}

void addKeys(SandboxState &state, const QDateTime &now, std::initializer_list<DemoKey> keys)
{
    for (const DemoKey &demo : keys) {
        const QDateTime createdAt = now.addDays(-demo.createdDaysAgo);
        const QDateTime expiresAt = demo.expiresInMinutes == 0 ? QDateTime() : now.addSecs(60 * demo.expiresInMinutes);
        const QString userId = state.users.at(qMin<qsizetype>(demo.userIndex, state.users.size() - 1)).id;
        StoredKey record = KeyIssuer::issue(state.dialect, QString::fromUtf8(demo.name), userId, createdAt, expiresAt)
                               .record;
        if (demo.lastUsedMinutesAgo >= 0)
            record.lastUsedAt = now.addSecs(-60 * demo.lastUsedMinutesAgo);
        record.usageCount = demo.usageCount;
        if (demo.revokedDaysAgo >= 0)
            record.revokedAt = now.addDays(-demo.revokedDaysAgo);
        state.keys.append(record);
    }
}

} // namespace

DemoPast DemoSeeder::pastOf(Dialect dialect, const QString &keyName)
{
    for (const DemoKey &demo : demoKeys(dialect)) {
        if (keyName == QLatin1String(demo.name))
            return demo.past;
    }
    return {};
}

void DemoSeeder::seed(SandboxState &state, const QDateTime &now)
{
    if (state.demoSeeded)
        return;
    state.demoSeeded = true;
    state.organisationName = QStringLiteral("Harbour & Pine Realty");

    switch (state.dialect) {
    case Dialect::LeadHql:
        state.figures.propertiesTotal = 214;
        state.figures.propertiesActive = 171;
        state.figures.propertiesPending = 43;
        addKeys(state, now, leadHqlKeys);
        break;
    case Dialect::LocalLeads:
        state.figures.creditBalance = 2450;
        state.users.append({KeyIssuer::newCuid(), QStringLiteral("Ben"), QStringLiteral("Okafor"),
                            QStringLiteral("ben.okafor@example.com")});
        state.users.append({KeyIssuer::newCuid(), QStringLiteral("Chiara"), QStringLiteral("Rossi"),
                            QStringLiteral("chiara.rossi@example.com")});
        state.users.append({KeyIssuer::newCuid(), QStringLiteral("Priya"), QStringLiteral("Natarajan"),
                            QStringLiteral("priya.natarajan@example.com")});
        // 8 usable keys; with the sandbox credential 9 of 10: near the limit, room for one create.
        addKeys(state, now, localLeadsKeys);
        break;
    case Dialect::TrustLeads:
        // Trust Leads documents no listing; these keys exist only for usage figures.
        state.figures.rowsEnriched = 18420;
        state.figures.rowsLimit = 50000;
        addKeys(state, now,
                {
                    {"Production CRM Integration", 0, 120, 0, 30, 15230, -1},
                    {"Zapier Automation", 0, 60, 0, 6 * hour, 1840, -1},
                    {"Dev Environment", 0, 10, 0, -1, 0, -1},
                    {"Old staging", 0, 200, 0, 95 * day, 722, 90},
                });
        state.jobs.append(
            {QStringLiteral("job_") + KeyIssuer::randomString(24, u"abcdefghijklmnopqrstuvwxyz0123456789"),
             QStringLiteral("https://storage.example.com/leads/march.csv"), state.keys.constFirst().id,
             now.addDays(-3)});
        break;
    }
}

} // namespace keydesk
