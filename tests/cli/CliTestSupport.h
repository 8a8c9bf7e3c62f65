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

// Runs the real keydesk-cli with a throwaway HOME / XDG_CONFIG_HOME, so no test
// reads or writes the user's settings, and without an inherited KEYDESK_CREDENTIAL.
class CliRunner final {
public:
    CliRunner();

    QString configDir() const { return m_home.path() + QStringLiteral("/config"); }
    // The settings file QSettings("KeyDesk", "KeyDesk") writes on Linux.
    QString settingsFile() const { return configDir() + QStringLiteral("/KeyDesk/KeyDesk.conf"); }

    // `credential` empty: KEYDESK_CREDENTIAL is not set at all.
    ProcessResult run(const QStringList &arguments, const QString &credential = {},
                      const QByteArray &input = {}) const;
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

// HTTP status of GET base+path with `Authorization: Bearer key` (real QNetworkAccessManager).
int dataEndpointStatus(const QUrl &baseUrl, const QString &path, const QString &key);

// A readable account of a run for assertion messages; never includes stdout, which
// may hold a key.
QString describe(const ProcessResult &result);

} // namespace keydesk::test
