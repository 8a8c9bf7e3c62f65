#pragma once

#include <QCoreApplication>
#include <QObject>

namespace keydesk {

class CommandContext;

// `keydesk-cli profile add|list|remove|set|command`: named connections in the settings, their
// credentials in the keychain (read from KEYDESK_CREDENTIAL, never an argument).
class ProfileCommands final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(ProfileCommands)
public:
    explicit ProfileCommands(CommandContext &context, QObject *parent = nullptr);

    void add();
    void list();
    void remove();
    // `profile command PROFILE [NAME [-- PROGRAM ARG…]] [--remove]` (docs/design.md#delivery).
    void commandTemplate();
    void set(); // profile set NAME --rotate-every-days N: the profile's rotation policy

private:
    void logProfile(const QString &action, const QString &outcome, const QString &detail);

    CommandContext &m_context;
};

} // namespace keydesk
