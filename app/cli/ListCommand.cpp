#include "ListCommand.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "KeyTable.h"
#include "NormalisedJson.h"

#include <QJsonArray>

namespace keydesk {

ListCommand::ListCommand(CommandContext &context, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
{
}

void ListCommand::start()
{
    ApiReply *reply = m_client->listKeys();
    connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
}

void ListCommand::onListed(ApiReply *reply)
{
    if (!reply->ok()) {
        m_context.failWithApiError(reply->error());
        return;
    }
    m_context.recordListing(reply->keys());
    const QDateTime current = m_context.now();
    if (m_context.invocation.json) {
        QJsonArray array;
        for (const ApiKey &key : reply->keys())
            array.append(toNormalisedJson(key, current));
        m_context.output.printJson(array);
    } else {
        m_context.output.printResult(KeyTable::format(reply->keys(), current, m_context.services.locale));
        if (reply->keys().isEmpty())
            m_context.output.printInfo(tr("No keys."));
    }
    m_context.finish(CliExitCode::Ok);
}

} // namespace keydesk
