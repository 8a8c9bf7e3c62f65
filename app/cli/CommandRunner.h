#pragma once

#include "CliServices.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace keydesk {

class ApiClient;
class CommandContext;
class CreateCommand;
class ListCommand;
class ProfileCommands;
class RevokeCommand;
class VerifyCommand;

// Runs one keydesk-cli command line asynchronously on the caller's event loop and
// reports its exit code once through finished(). It parses the command line, resolves
// the server commands' target and credential, and hands over to the command.
class CommandRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)
public:
    explicit CommandRunner(CliServices services, QObject *parent = nullptr);
    ~CommandRunner() override;

    // `arguments` includes the program name first.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // list --cached, history, export, log: the inventory only.
    void startInventoryCommand();
    // Server commands: resolve the target, then the credential, then the request.
    void startServerCommand();
    void connectWithCredential(const QString &credential);
    void runRequest();

    std::unique_ptr<CommandContext> m_context;
    ApiClient *m_client = nullptr;
    VerifyCommand *m_verify = nullptr;
};

} // namespace keydesk
