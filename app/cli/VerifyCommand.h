#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace keydesk {

class ApiClient;
class ApiReply;
class CommandContext;

// `keydesk-cli verify`: reads one key from stdin (never from an argument) and asks
// the server whether it authenticates. Needs no management credential.
class VerifyCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(VerifyCommand)
public:
    static constexpr qsizetype maxKeyInputBytes = 16 * 1024;

    explicit VerifyCommand(CommandContext &context, QObject *parent = nullptr);
    ~VerifyCommand() override; // wipes the key

    // Blocking read of stdin: call it before any request is in flight. False when the
    // run has already failed (usage error).
    bool readKey();
    void start(ApiClient *client);

private:
    void onVerified(ApiReply *reply);

    CommandContext &m_context;
    QString m_key;
};

} // namespace keydesk
