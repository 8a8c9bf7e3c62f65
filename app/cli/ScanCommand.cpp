#include "ScanCommand.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "CreatedKey.h"
#include "GitCommand.h"
#include "KeyFormat.h"
#include "LeakScanJob.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

const QString sarifRuleId = u"keydesk/api-key"_s;
const QString hookMarker = u"# keydesk-cli scan --install-hook"_s;

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QJsonValue matchJson(const std::optional<LeakMatch> &match)
{
    if (!match)
        return QJsonValue::Null;
    return QJsonObject{{u"organisation"_s, match->organisation},
                       {u"keyId"_s, match->keyId},
                       {u"keyName"_s, match->keyName},
                       {u"status"_s, keyStatusId(match->status)},
                       {u"lastUsedAt"_s, match->lastUsedAt.isValid()
                                             ? QJsonValue(match->lastUsedAt.toUTC().toString(Qt::ISODate))
                                             : QJsonValue::Null}};
}

} // namespace

ScanCommand::ScanCommand(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

ScanCommand::~ScanCommand()
{
    if (m_job)
        m_job->cancel();
    m_thread.quit();
    m_thread.wait();
    for (LeakResult &result : m_results)
        wipeSecret(result.sighting.secret);
}

void ScanCommand::start()
{
    const CliInvocation &invocation = m_context.invocation;
    if (invocation.installHook) {
        installHook();
        return;
    }
    for (const QString &path : invocation.scanPaths) {
        if (path != u"-"_s && !QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
            m_context.fail(CliExitCode::Usage, tr("'%1' does not exist.").arg(UntrustedText::forDisplay(path)));
            return;
        }
    }
    LeakScanRequest request;
    request.paths = invocation.scanPaths;
    request.options.history = invocation.scanHistory;
    request.options.staged = invocation.scanStaged;
    request.options.binary = invocation.scanBinary;
    request.options.full = invocation.scanFull;
    request.options.keepKeys = invocation.scanVerify;
    request.inventoryPath = m_context.services.inventoryPath;
    const QString organisation = invocation.namedOrganisation();
    if (!organisation.isEmpty())
        request.organisations = {organisation};
    QStringList ignoreFiles;
    if (!invocation.ignoreFile.isEmpty()) {
        ignoreFiles = {invocation.ignoreFile};
    } else {
        for (const QString &path : invocation.scanPaths) {
            const QString candidate = QDir(path).filePath(u".keydesk-ignore"_s);
            if (QFileInfo(path).isDir() && QFileInfo::exists(candidate) && !ignoreFiles.contains(candidate))
                ignoreFiles.append(candidate);
        }
    }
    for (const QString &file : std::as_const(ignoreFiles)) {
        QString error;
        if (!request.ignore.load(file, error)) {
            m_context.fail(CliExitCode::Usage, UntrustedText::forDisplay(error));
            return;
        }
    }

    m_job = new LeakScanJob(std::move(request), m_context.services.now);
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_job, &LeakScanJob::start);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &LeakScanJob::found, this, [this](const LeakResult &result) {
        m_results.append(result);
        if (!result.sighting.secret.isEmpty())
            m_context.output.rememberSecret(result.sighting.secret);
    });
    connect(m_job, &LeakScanJob::problemFound, this, [this](const LeakScanProblem &problem) {
        m_context.output.printWarning(UntrustedText::forDisplay(tr("%1: %2").arg(problem.path, problem.message)));
    });
    connect(m_job, &LeakScanJob::finished, this, &ScanCommand::onFinished);
    m_thread.start();
}

void ScanCommand::installHook()
{
    const QString repository = m_context.invocation.scanPaths.value(0, u"."_s);
    QByteArray output;
    QString error;
    if (!GitCommand::run(repository, {u"rev-parse"_s, u"--path-format=absolute"_s, u"--git-path"_s, u"hooks"_s}, {},
                         output, error)) {
        m_context.fail(CliExitCode::Other, tr("No hook written: %1").arg(UntrustedText::forDisplay(error)));
        return;
    }
    const QString hooks = QString::fromUtf8(output.trimmed());
    const QString hookPath = QDir(hooks).filePath(u"pre-commit"_s);
    QFile existing(hookPath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly) || !existing.readAll().contains(hookMarker.toUtf8())) {
            m_context.fail(CliExitCode::Other, tr("%1 exists and was not written by KeyDesk: left as it is. Add "
                                                  "'keydesk-cli scan --staged .' to it by hand.")
                                                   .arg(UntrustedText::forDisplay(hookPath)));
            return;
        }
    }
    QDir().mkpath(hooks);
    QSaveFile file(hookPath);
    const QString program = QCoreApplication::applicationFilePath();
    const QString text = u"#!/bin/sh\n"_s + hookMarker
                         + u"\n# Refuses a commit whose staged files hold a live or unknown API key.\nexec "_s
                         + shellQuoted(program) + u" scan --staged .\n"_s;
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_context.fail(CliExitCode::Other,
                       tr("Cannot write %1: %2").arg(UntrustedText::forDisplay(hookPath), file.errorString()));
        return;
    }
    QFile::setPermissions(hookPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                        | QFileDevice::ExeOther);
    m_context.output.printInfo(tr("Wrote the pre-commit hook %1.").arg(UntrustedText::forDisplay(hookPath)));
    m_context.finish(CliExitCode::Ok);
}

void ScanCommand::onFinished(const LeakScanSummary &summary)
{
    m_summary = summary;
    m_job = nullptr;
    m_thread.quit();
    m_thread.wait();
    if (!summary.inventoryError.isEmpty())
        m_context.output.printWarning(tr("the inventory could not be read or written (%1): keys are reported "
                                         "as unknown")
                                          .arg(UntrustedText::forDisplay(summary.inventoryError)));
    for (const QString &stale : summary.staleIgnores)
        m_context.output.printWarning(
            tr("ignore entry %1… matches no key found: it is stale and can be removed").arg(stale.left(16)));
    if (m_context.invocation.scanVerify) {
        const std::optional<Profile> profile = m_context.findProfileOrFail(m_context.invocation.profileName);
        if (!profile)
            return;
        Connection connection = profile->connection(QString());
        if (!m_context.invocation.caFile.isEmpty())
            connection.caFile = m_context.invocation.caFile;
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_results.size(); ++i) {
            const LeakResult &result = m_results.at(i);
            if (result.match || result.sighting.dialect != profile->dialect || result.sighting.secret.isEmpty()
                || seen.contains(result.sighting.fingerprint))
                continue;
            seen.insert(result.sighting.fingerprint);
            m_toVerify.append(i);
        }
        m_client = new ApiClient(m_context.services.network, connection, this);
        m_client->setClock([this] { return m_context.now(); });
        verifyNext();
        return;
    }
    report();
}

void ScanCommand::verifyNext()
{
    if (m_toVerify.isEmpty()) {
        report();
        return;
    }
    const qsizetype index = m_toVerify.takeFirst();
    ApiReply *reply = m_client->verifyKey(m_results.at(index).sighting.secret);
    connect(reply, &ApiReply::finished, this, [this, reply, index] {
        const ApiError &error = reply->error();
        const QString fingerprint = m_results.at(index).sighting.fingerprint;
        if (reply->ok())
            m_verdict.insert(fingerprint, u"live"_s);
        else if (error.kind == ApiError::Kind::Authentication && error.httpStatus != 0)
            m_verdict.insert(fingerprint, u"refused"_s);
        else
            m_context.output.printWarning(
                tr("%1 could not be checked: %2")
                    .arg(m_results.at(index).sighting.masked, m_context.apiErrorMessage(error)));
        verifyNext();
    });
}

QString ScanCommand::verdictOf(const LeakResult &result) const
{
    return m_verdict.value(result.sighting.fingerprint);
}

void ScanCommand::report()
{
    for (LeakResult &result : m_results)
        wipeSecret(result.sighting.secret);
    // The workers finish in any order: the output is sorted, files first, then the history.
    std::stable_sort(m_results.begin(), m_results.end(), [](const LeakResult &a, const LeakResult &b) {
        const LeakSighting &x = a.sighting;
        const LeakSighting &y = b.sighting;
        return std::make_tuple(!x.commit.isEmpty(), x.path, x.commit, x.line, x.column)
               < std::make_tuple(!y.commit.isEmpty(), y.path, y.commit, y.line, y.column);
    });
    const CliInvocation &invocation = m_context.invocation;
    bool liveOrUnknown = false;
    for (const LeakResult &result : std::as_const(m_results)) {
        if (result.match ? result.match->status == KeyStatus::Active : verdictOf(result) != u"refused"_s)
            liveOrUnknown = true;
    }

    if (invocation.json) {
        QJsonArray array;
        for (const LeakResult &result : std::as_const(m_results)) {
            const LeakSighting &s = result.sighting;
            const QString verdict = verdictOf(result);
            array.append(QJsonObject{
                {u"path"_s, s.path},
                {u"line"_s, s.line},
                {u"column"_s, s.column},
                {u"commit"_s, CliOutput::textOrNull(s.commit)},
                {u"format"_s, dialectId(s.dialect)},
                {u"masked"_s, s.masked},
                {u"fingerprint"_s, s.fingerprint},
                {u"match"_s, matchJson(result.match)},
                {u"verified"_s, verdict.isEmpty() ? QJsonValue::Null : QJsonValue(verdict)},
            });
        }
        m_context.output.printJson(array);
    } else if (invocation.sarif) {
        QJsonArray results;
        for (const LeakResult &result : std::as_const(m_results)) {
            const LeakSighting &s = result.sighting;
            const bool live = result.match ? result.match->status == KeyStatus::Active
                                           : verdictOf(result) != u"refused"_s;
            const QString what = result.match ? tr("%1 key %2 (%3 of %4, %5)")
                                                    .arg(dialectDisplayName(s.dialect), s.masked, result.match->keyName,
                                                         result.match->organisation, keyStatusId(result.match->status))
                                              : tr("%1 key %2, not in the inventory")
                                                    .arg(dialectDisplayName(s.dialect), s.masked);
            QJsonObject location{
                {u"physicalLocation"_s,
                 // A URI reference: the path percent-encoded, '/' kept.
                 QJsonObject{{u"artifactLocation"_s,
                              QJsonObject{{u"uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                                         s.path, QByteArrayLiteral("/")))}}},
                             {u"region"_s, QJsonObject{{u"startLine"_s, s.line}, {u"startColumn"_s, s.column}}}}}};
            QJsonObject entry{{u"ruleId"_s, sarifRuleId},
                              {u"level"_s, live ? u"error"_s : u"note"_s},
                              {u"message"_s, QJsonObject{{u"text"_s, what}}},
                              {u"locations"_s, QJsonArray{location}},
                              {u"partialFingerprints"_s, QJsonObject{{u"keydeskKeyFingerprint/v1"_s, s.fingerprint}}}};
            if (!s.commit.isEmpty())
                entry.insert(u"properties"_s, QJsonObject{{u"commit"_s, s.commit}});
            results.append(entry);
        }
        const QJsonObject rule{
            {u"id"_s, sarifRuleId},
            {u"name"_s, u"LeakedApiKey"_s},
            {u"shortDescription"_s, QJsonObject{{u"text"_s, tr("An API key in a file or in the git history")}}},
            {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, u"error"_s}}}};
        const QJsonObject log{
            {u"$schema"_s,
             u"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"_s},
            {u"version"_s, u"2.1.0"_s},
            {u"runs"_s, QJsonArray{QJsonObject{
                            {u"tool"_s, QJsonObject{{u"driver"_s,
                                                     QJsonObject{{u"name"_s, u"KeyDesk"_s},
                                                                 {u"version"_s, QCoreApplication::applicationVersion()},
                                                                 {u"rules"_s, QJsonArray{rule}}}}}},
                            {u"columnKind"_s, u"utf16CodeUnits"_s},
                            {u"results"_s, results}}}}};
        m_context.output.printJson(log);
    } else {
        TextTable table({tr("LOCATION"), tr("FORMAT"), tr("KEY"), tr("INVENTORY"), tr("STATUS")});
        for (const LeakResult &result : std::as_const(m_results)) {
            const LeakSighting &s = result.sighting;
            const QString where = (s.commit.isEmpty() ? QString() : s.commit.left(12) + u' ') + s.path + u':'
                                  + QString::number(s.line) + u':' + QString::number(s.column);
            QString inventory = tr("unknown");
            QString status = verdictOf(result).isEmpty() ? tr("unknown") : verdictOf(result);
            if (result.match) {
                inventory = tr("%1 / %2 (%3)")
                                .arg(result.match->organisation, result.match->keyName, result.match->keyId);
                status = keyStatusId(result.match->status);
                if (result.match->lastUsedAt.isValid())
                    status += tr(", last used %1").arg(result.match->lastUsedAt.toUTC().toString(Qt::ISODate));
            }
            table.addRow({UntrustedText::forDisplay(where), dialectId(s.dialect), s.masked,
                          UntrustedText::forDisplay(inventory), status});
        }
        if (!m_results.isEmpty())
            m_context.output.printResult(table.toString());
    }
    m_context.output.printInfo(
        tr("%1 key(s) found in %2 file(s) and blob(s), %3 bytes; %4 left out by the ignore file.")
            .arg(m_results.size())
            .arg(m_summary.files)
            .arg(m_summary.bytes)
            .arg(m_summary.ignored));
    m_context.finish(liveOrUnknown ? CliExitCode::Findings : CliExitCode::Ok);
}

} // namespace keydesk
