#include "InventoryCommands.h"

#include "ActionLogText.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "Inventory.h"
#include "InventoryExporter.h"
#include "KeyTable.h"
#include "NormalisedJson.h"
#include "OutputStream.h"
#include "ProfileStore.h"
#include "RelativeTime.h"
#include "TextTable.h"
#include "UntrustedText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

QJsonValue timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

InventoryCommands::InventoryCommands(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_organisation(context.invocation.namedOrganisation())
{
}

bool InventoryCommands::inventoryExists() const
{
    return !m_context.services.inventoryPath.isEmpty() && QFileInfo::exists(m_context.services.inventoryPath);
}

void InventoryCommands::start()
{
    switch (m_context.invocation.command) {
    case CliCommand::List:
        listCached();
        return;
    case CliCommand::History:
        history();
        return;
    case CliCommand::Export:
        exportKeys();
        return;
    case CliCommand::Log:
        log();
        return;
    default:
        break;
    }
    m_context.finish(CliExitCode::Other);
}

void InventoryCommands::failRead(const QString &error)
{
    m_context.fail(CliExitCode::Other,
                   tr("Cannot read the inventory: %1").arg(UntrustedText::forDisplay(CliOutput::singleLine(error))));
}

void InventoryCommands::listCached()
{
    const QString name = UntrustedText::forDisplay(m_organisation);
    const auto none = [this, name] {
        m_context.fail(CliExitCode::NotFound,
                       tr("The inventory has no listing of '%1' yet; list its keys once while the server is "
                          "reachable.")
                           .arg(name));
    };
    if (!inventoryExists()) {
        none();
        return;
    }
    m_context.inventory()->lastKnown(
        m_organisation, this, [this, none, name](const InventoryResult<std::optional<InventorySnapshot>> &result) {
            if (!result.ok()) {
                failRead(result.error);
                return;
            }
            if (!result.value || !result.value->organisation.listedAt.isValid()) {
                none();
                return;
            }
            const InventorySnapshot &snapshot = *result.value;
            // What the last listing showed: keys that had gone from it are not listed.
            QList<ApiKey> keys;
            for (const InventoryKey &row : snapshot.keys) {
                if (!row.isGone())
                    keys.append(row.key);
            }
            const QDateTime current = m_context.now();
            const QDateTime listedAt = snapshot.organisation.listedAt;
            if (m_context.invocation.json) {
                QJsonArray array;
                for (const ApiKey &key : std::as_const(keys))
                    array.append(toNormalisedJson(key, current));
                m_context.output.printJson(array);
            } else {
                m_context.output.printResult(KeyTable::format(keys, current, m_context.services.locale));
            }
            m_context.output.printInfo(tr("Cached listing of '%1' from %2 (%3); no request was made.")
                                           .arg(name, KeyTable::formatDateTime(listedAt, m_context.services.locale),
                                                relativeTime(listedAt, current)));
            if (keys.isEmpty())
                m_context.output.printInfo(tr("No keys."));
            m_context.finish(CliExitCode::Ok);
        });
}

void InventoryCommands::history()
{
    const QString keyId = m_context.invocation.keyId;
    const auto none = [this, keyId] {
        m_context.fail(CliExitCode::NotFound,
                       tr("The inventory has no history of key '%1' in '%2'.")
                           .arg(UntrustedText::forDisplay(keyId), UntrustedText::forDisplay(m_organisation)));
    };
    if (!inventoryExists()) {
        none();
        return;
    }
    m_context.inventory()->history(
        m_organisation, keyId, this, [this, none](const InventoryResult<QList<Observation>> &result) {
            if (!result.ok()) {
                failRead(result.error);
                return;
            }
            if (result.value.isEmpty()) {
                none();
                return;
            }
            const QLocale &locale = m_context.services.locale;
            if (m_context.invocation.json) {
                QJsonArray array;
                for (const Observation &point : result.value)
                    array.append(QJsonObject{
                        {u"observedAt"_s, timeOrNull(point.observedAt)},
                        {u"status"_s, keyStatusId(point.status)},
                        {u"usageCount"_s,
                         point.usageCount ? QJsonValue(double(*point.usageCount)) : QJsonValue(QJsonValue::Null)},
                        {u"lastUsedAt"_s, timeOrNull(point.lastUsedAt)},
                    });
                m_context.output.printJson(array);
            } else {
                TextTable table({tr("Observed"), tr("Status"), tr("Usage"), tr("Last used")});
                for (const Observation &point : result.value)
                    table.addRow({KeyTable::formatDateTime(point.observedAt, locale), keyStatusLabel(point.status),
                                  point.usageCount ? locale.toString(*point.usageCount) : KeyTable::notReported(),
                                  point.lastUsedAt.isValid() ? KeyTable::formatDateTime(point.lastUsedAt, locale)
                                                             : tr("never")});
                m_context.output.printResult(table.toString());
            }
            m_context.finish(CliExitCode::Ok);
        });
}

void InventoryCommands::exportKeys()
{
    QStringList organisations;
    if (m_context.invocation.allProfiles) {
        ProfileStore store(m_context.services.settings);
        if (!store.problem().isEmpty())
            m_context.output.printWarning(UntrustedText::forDisplay(store.problem()));
        const QList<Profile> profiles = store.profiles();
        for (const Profile &profile : profiles)
            organisations.append(profile.name);
    } else {
        organisations.append(m_organisation);
    }
    // An empty list would mean every organisation to the inventory, not none.
    if (organisations.isEmpty() || !inventoryExists()) {
        printExport({});
        return;
    }
    m_context.inventory()->exportRows(organisations, this, [this](const InventoryResult<QList<InventoryKey>> &result) {
        if (!result.ok()) {
            failRead(result.error);
            return;
        }
        printExport(result.value);
    });
}

void InventoryCommands::printExport(const QList<InventoryKey> &rows)
{
    const QDateTime current = m_context.now();
    if (m_context.invocation.exportJson) {
        // Through the CLI's JSON writer, whose bytes cannot drive a terminal.
        m_context.output.printJson(QJsonDocument::fromJson(InventoryExporter::toJson(rows, current)).array());
    } else {
        QString csv = QString::fromUtf8(InventoryExporter::toCsv(rows, current));
        // The exact bytes for a file or a pipe; on a terminal a name could hold ESC [2J.
        if (m_context.services.out->isTerminal()) {
            QStringList lines = csv.split(u"\r\n"_s);
            for (QString &line : lines)
                line = UntrustedText::forDisplay(line);
            csv = lines.join(u'\n');
        }
        m_context.output.printResult(csv);
    }
    m_context.finish(CliExitCode::Ok);
}

void InventoryCommands::log()
{
    if (!inventoryExists()) {
        if (m_context.invocation.json)
            m_context.output.printJson(QJsonArray());
        else
            m_context.output.printInfo(tr("The action log is empty."));
        m_context.finish(CliExitCode::Ok);
        return;
    }
    ActionLogFilter filter;
    filter.organisation = m_organisation;
    if (m_context.invocation.since.isValid())
        filter.since = m_context.invocation.since.startOfDay().toUTC(); // a local day
    m_context.inventory()->actionLog(filter, this, [this](const InventoryResult<QList<ActionLogEntry>> &result) {
        if (!result.ok()) {
            failRead(result.error);
            return;
        }
        if (m_context.invocation.json) {
            QJsonArray array;
            for (const ActionLogEntry &entry : result.value)
                array.append(QJsonObject{
                    {u"at"_s, timeOrNull(entry.at)},
                    {u"organisation"_s, entry.organisation},
                    {u"action"_s, entry.action},
                    {u"keyId"_s, CliOutput::textOrNull(entry.keyId)},
                    {u"keyName"_s, CliOutput::textOrNull(entry.keyName)},
                    {u"outcome"_s, entry.outcome},
                    {u"detail"_s, CliOutput::textOrNull(entry.detail)},
                });
            m_context.output.printJson(array);
        } else {
            TextTable table(
                {tr("Time"), tr("Organisation"), tr("Action"), tr("Key ID"), tr("Name"), tr("Outcome"), tr("Detail")});
            const auto shown = [](const QString &text) {
                return text.isEmpty() ? KeyTable::notReported() : UntrustedText::forDisplay(text);
            };
            for (const ActionLogEntry &entry : result.value)
                table.addRow({KeyTable::formatDateTime(entry.at, m_context.services.locale), shown(entry.organisation),
                              ActionLogText::actionLabel(entry.action), shown(entry.keyId), shown(entry.keyName),
                              ActionLogText::outcomeLabel(entry.outcome), shown(entry.detail)});
            m_context.output.printResult(table.toString());
            if (result.value.isEmpty())
                m_context.output.printInfo(tr("The action log is empty."));
        }
        m_context.finish(CliExitCode::Ok);
    });
}

} // namespace keydesk
