#pragma once

#include "SandboxProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace keydesk::test {

// What a test does to the CLI's stdout (tests of output that cannot be written).
enum class BrokenStdout {
    Full,              // /dev/full: every write fails with ENOSPC
    Closed,            // `>&-`
    PipeWithoutReader, // a pipe whose read end was closed before the CLI started
};
void PrintTo(BrokenStdout how, std::ostream *os);

// Runs the real keydesk-cli with a throwaway HOME / XDG_CONFIG_HOME / XDG_DATA_HOME,
// so no test reads or writes the user's settings or handoff list, and without an
// inherited KEYDESK_CREDENTIAL.
class CliRunner final {
public:
    CliRunner();

    QString configDir() const { return m_home.path() + QStringLiteral("/config"); }
    QString dataDir() const { return m_home.path() + QStringLiteral("/data"); }
    // The settings file QSettings("KeyDesk", "KeyDesk") writes on Linux.
    QString settingsFile() const { return configDir() + QStringLiteral("/KeyDesk/KeyDesk.conf"); }
    // KeyDesk's data folder, shared with the window (app/platform/DataDirectory.h).
    QString keydeskDataDir() const { return dataDir() + QStringLiteral("/KeyDesk/KeyDesk"); }
    // The window's list of pending handoffs.
    QString handoffIndexFile() const { return keydeskDataDir() + QStringLiteral("/pending-handoffs.json"); }
    // The inventory (Inventory::defaultPath()).
    QString inventoryFile() const { return keydeskDataDir() + QStringLiteral("/inventory.sqlite"); }

    // `credential` empty: KEYDESK_CREDENTIAL is not set at all.
    ProcessResult run(const QStringList &arguments, const QString &credential = {}, const QByteArray &input = {}) const;
    // The same with stdout broken as `how` says (the result's `out` stays empty); the
    // CLI starts with SIGPIPE at its default action, as from a shell.
    ProcessResult runWithBrokenStdout(BrokenStdout how, const QStringList &arguments,
                                      const QProcessEnvironment &environment, const QByteArray &input = {}) const;
    QProcessEnvironment environment(const QString &credential) const;

private:
    QTemporaryDir m_home;
};

// --dialect D --base-url URL of a running sandbox.
QStringList targetOf(const SandboxProcess &sandbox);

// The whole stdout must be one JSON array / object.
std::optional<QJsonArray> jsonArray(const QByteArray &out);
std::optional<QJsonObject> jsonObject(const QByteArray &out);
std::optional<QJsonObject> findByName(const QJsonArray &keys, const QString &name);
std::optional<QJsonObject> findById(const QJsonArray &keys, const QString &id);

// Installs a fault rule through the sandbox's control endpoint (app/sandbox/README.md).
bool installSandboxFault(const QUrl &sandboxUrl, const QByteArray &rule);
// How many requests of that kind ("GET /v1/usage") the sandbox has answered; -1 on failure.
int sandboxRequestCount(const QUrl &sandboxUrl, const QString &methodAndPath);

// A key control of the sandbox (app/sandbox/README.md, "Key controls"): "POST"
// /__sandbox/keys/ID/use or "PATCH" /__sandbox/keys/ID with `body`; the HTTP status.
int sandboxKeyControl(const QUrl &sandboxUrl, const QByteArray &method, const QString &path, const QByteArray &body);

// HTTP status of GET base+path with `Authorization: Bearer key` (real QNetworkAccessManager).
int dataEndpointStatus(const QUrl &baseUrl, const QString &path, const QString &key);

// A readable account of a run for assertion messages; never includes stdout, which
// may hold a key.
QString describe(const ProcessResult &result);

} // namespace keydesk::test
