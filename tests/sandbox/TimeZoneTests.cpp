// Expiry means the same in every time zone (models/CreateKeyRequest.h), end to end:
// the real keydesk-cli against the real keydesk-sandbox, both run with TZ set to the
// zones at the edges (UTC−12, UTC+12, UTC+14) and to Berlin across its next DST change.
// The CLI used to send LocalLeads "today + N" as a bare date (midnight UTC): in
// UTC−11 `--expires-in-days 1` was refused as past, in UTC+14 it lived 16 hours.
#include "SandboxTestSupport.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <tuple>

using namespace keydesk::test;

namespace {

constexpr qint64 day = 24 * 60 * 60;

QProcessEnvironment environmentIn(const char *zone)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
    return environment;
}

class CliExpiryInZone : public ::testing::TestWithParam<std::tuple<const char *, const char *>> {
protected:
    const char *dialect() const { return std::get<0>(GetParam()); }
    const char *zoneId() const { return std::get<1>(GetParam()); }
    QTimeZone zone() const { return QTimeZone(QByteArray(zoneId())); }

    void SetUp() override
    {
        ASSERT_TRUE(zone().isValid()) << zoneId() << ": is tzdata installed?";
        ASSERT_TRUE(home.isValid());
        sandbox = std::make_unique<SandboxProcess>(QString::fromLatin1(dialect()), QStringList{},
                                                   environmentIn(zoneId()));
        ASSERT_SANDBOX_STARTED(*sandbox);
    }

    // `create NAME <expiry> --json` in the zone; the record the server made, and the
    // moments just before and after.
    struct Created final {
        int exitCode = -1;
        QString err;
        QDateTime expiresAt;
        QDateTime before;
        QDateTime after;
    };
    Created create(const QString &name, const QStringList &expiry)
    {
        QProcessEnvironment environment = environmentIn(zoneId());
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("KEYDESK_CREDENTIAL"), sandbox->credential());
        const QStringList arguments = QStringList{QStringLiteral("--dialect"),
                                                  QString::fromLatin1(dialect()),
                                                  QStringLiteral("--base-url"),
                                                  sandbox->url().toString(),
                                                  QStringLiteral("--json"),
                                                  QStringLiteral("create"),
                                                  name}
                                      + expiry;
        Created created;
        created.before = QDateTime::currentDateTimeUtc();
        const ProcessResult result = runProcess(cliExecutable(), arguments, {}, environment);
        created.after = QDateTime::currentDateTimeUtc();
        created.exitCode = result.exitCode;
        created.err = QString::fromUtf8(result.err);
        const QString expiresAt =
            QJsonDocument::fromJson(result.out).object().value(QStringLiteral("expiresAt")).toString();
        created.expiresAt = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
        return created;
    }

    QDate todayHere() const { return QDateTime::currentDateTimeUtc().toTimeZone(zone()).date(); }

    std::unique_ptr<SandboxProcess> sandbox;
    QTemporaryDir home;
};

TEST_P(CliExpiryInZone, ExpiresInOneDayIsTwentyFourHoursFromNow)
{
    const Created created = create(QStringLiteral("one day"),
                                   {QStringLiteral("--expires-in-days"), QStringLiteral("1")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    ASSERT_TRUE(created.expiresAt.isValid()) << created.err.toStdString();
    // Timestamps carry milliseconds: one second of slack either way.
    EXPECT_GE(created.expiresAt, created.before.addSecs(day - 1))
        << created.expiresAt.toString(Qt::ISODate).toStdString();
    EXPECT_LE(created.expiresAt, created.after.addSecs(day + 1))
        << created.expiresAt.toString(Qt::ISODate).toStdString();
}

TEST_P(CliExpiryInZone, ADateExpiresWhenThatDayBeginsHere)
{
    // Two days ahead, so the test cannot straddle this zone's midnight.
    const QDate chosen = todayHere().addDays(2);
    const QDateTime dayStarts = chosen.startOfDay(zone()).toUTC();
    const Created created = create(QStringLiteral("dated"),
                                   {QStringLiteral("--expires-at"), chosen.toString(Qt::ISODate)});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    ASSERT_TRUE(created.expiresAt.isValid()) << created.err.toStdString();
    if (QByteArray(dialect()) == "localleads") {
        EXPECT_EQ(created.expiresAt, dayStarts) << created.expiresAt.toString(Qt::ISODate).toStdString();
    } else {
        // LeadHQL counts whole days from its own now: during the chosen day, never before.
        EXPECT_GE(created.expiresAt, dayStarts) << created.expiresAt.toString(Qt::ISODate).toStdString();
        EXPECT_LT(dayStarts.secsTo(created.expiresAt), day + 3600)
            << created.expiresAt.toString(Qt::ISODate).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Zones, CliExpiryInZone,
    ::testing::Combine(::testing::Values("localleads", "leadhql"),
                       ::testing::Values("Etc/GMT+12", "Etc/GMT+11", "Etc/GMT-12", "Pacific/Kiritimati",
                                         "Europe/Berlin", "UTC")),
    [](const ::testing::TestParamInfo<CliExpiryInZone::ParamType> &info) {
        QString name = QString::fromLatin1(std::get<0>(info.param)) + u'_'
                       + QString::fromLatin1(std::get<1>(info.param));
        name.replace(u'/', u'_').replace(u'+', QStringLiteral("plus")).replace(u'-', QStringLiteral("minus"));
        return name.toStdString();
    });

// Across Berlin's next DST change: N days are N × 24 hours (the wall clock moves by an
// hour), and a date after the change starts at midnight in the new offset.
class CliExpiryAcrossDst : public CliExpiryInZone {};

TEST_P(CliExpiryAcrossDst, DaysAreTwentyFourHoursAndDatesStartAtLocalMidnight)
{
    const QTimeZone berlin = zone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone::OffsetData change = berlin.nextTransition(now);
    ASSERT_TRUE(change.atUtc.isValid());
    const QDate after = change.atUtc.toTimeZone(berlin).date().addDays(1);
    const int days = int(todayHere().daysTo(after));
    ASSERT_GE(days, 2);
    ASSERT_NE(berlin.offsetFromUtc(now), berlin.offsetFromUtc(after.startOfDay(berlin)));

    const Created inDays = create(QStringLiteral("across dst"),
                                  {QStringLiteral("--expires-in-days"), QString::number(days)});
    ASSERT_EQ(inDays.exitCode, 0) << inDays.err.toStdString();
    EXPECT_GE(inDays.expiresAt, inDays.before.addSecs(days * day - 1))
        << inDays.expiresAt.toString(Qt::ISODate).toStdString();
    EXPECT_LE(inDays.expiresAt, inDays.after.addSecs(days * day + 1))
        << inDays.expiresAt.toString(Qt::ISODate).toStdString();

    const QDateTime dayStarts = after.startOfDay(berlin).toUTC();
    const Created onDate = create(QStringLiteral("after dst"),
                                  {QStringLiteral("--expires-at"), after.toString(Qt::ISODate)});
    ASSERT_EQ(onDate.exitCode, 0) << onDate.err.toStdString();
    if (QByteArray(dialect()) == "localleads") {
        EXPECT_EQ(onDate.expiresAt, dayStarts) << onDate.expiresAt.toString(Qt::ISODate).toStdString();
    } else {
        EXPECT_GE(onDate.expiresAt, dayStarts) << onDate.expiresAt.toString(Qt::ISODate).toStdString();
        EXPECT_LT(dayStarts.secsTo(onDate.expiresAt), day + 3600)
            << onDate.expiresAt.toString(Qt::ISODate).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Berlin, CliExpiryAcrossDst,
                         ::testing::Combine(::testing::Values("localleads", "leadhql"),
                                            ::testing::Values("Europe/Berlin")),
                         [](const ::testing::TestParamInfo<CliExpiryInZone::ParamType> &info) {
                             return std::string(std::get<0>(info.param));
                         });

// The sandbox keeps instants: a state file read under another TZ holds the same ones,
// also for a timestamp written without an offset (taken as UTC, as everywhere else).
TEST(SandboxStateInZones, ReadsTheSameInstantsUnderAnyTz)
{
    const QString statePath = temporaryFilePath(QStringLiteral("zones-state.json"));
    {
        SandboxProcess first(QStringLiteral("localleads"), {QStringLiteral("--state"), statePath},
                             environmentIn("Pacific/Kiritimati"));
        ASSERT_SANDBOX_STARTED(first);
        HttpClient http;
        const HttpResult created = http.postJson(endpoint(first.url(), QStringLiteral("/api/v1/api-keys")),
                                                 first.credential(),
                                                 R"({"name":"zoned","expiresAt":"2030-01-01T00:00:00+14:00"})");
        ASSERT_EQ(created.status, 201) << created.body.toStdString();
        EXPECT_EQ(created.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("expiresAt")),
                  QStringLiteral("2029-12-31T10:00:00.000Z"));
    }
    QFile file(statePath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray state = file.readAll();
    file.close();
    ASSERT_TRUE(state.contains("2029-12-31T10:00:00.000Z"));
    state.replace("2029-12-31T10:00:00.000Z", "2029-12-31T10:00:00.000");

    for (const char *zone : {"Etc/GMT+12", "Pacific/Kiritimati", "Europe/Berlin"}) {
        // Each start saves the state again (with offsets): write the bare form each time.
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(state);
        file.close();
        SandboxProcess again(QStringLiteral("localleads"), {QStringLiteral("--state"), statePath}, environmentIn(zone));
        ASSERT_SANDBOX_STARTED(again);
        HttpClient http;
        const HttpResult listed = http.get(endpoint(again.url(), QStringLiteral("/api/v1/api-keys")),
                                           again.credential());
        ASSERT_EQ(listed.status, 200) << zone;
        QString expiresAt;
        for (const QJsonValue &key : listed.json().object().value(QStringLiteral("data")).toArray()) {
            if (key.toObject().value(QStringLiteral("name")).toString() == QLatin1String("zoned"))
                expiresAt = key.toObject().value(QStringLiteral("expiresAt")).toString();
        }
        EXPECT_EQ(expiresAt, QStringLiteral("2029-12-31T10:00:00.000Z")) << zone;
    }
}

} // namespace
