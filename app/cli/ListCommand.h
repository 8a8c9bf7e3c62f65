#pragma once

#include <QCoreApplication>
#include <QObject>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;

// `keydesk-cli list`: every key of the organisation, as a table or JSON.
class ListCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(ListCommand)
public:
    ListCommand(CommandContext &context, ApiClient *client, QObject *parent = nullptr);

    void start();

private:
    void onListed(ApiReply *reply);

    CommandContext &m_context;
    ApiClient *m_client;
};

} // namespace keydesk
