#pragma once

#include "ApiKey.h"
#include "CommandLine.h"
#include "Connection.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QSettings;
class QTextStream;

namespace keydesk {

class ApiClient;
class ApiReply;
class LostKeyFinder;
class SecretStore;
struct ApiError;

// Everything keydesk-cli touches outside itself, injected by main().
struct CliServices final {
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    QSettings *settings = nullptr;     // profiles (never a secret)
    QTextStream *out = nullptr;        // results only: tables, JSON, the new key
    QTextStream *err = nullptr;        // messages, prompts, warnings; never a secret
    int inputFd = 0;                   // stdin: `verify` reads the key, `revoke` the answer
    QProcessEnvironment environment;   // KEYDESK_CREDENTIAL
    std::function<QDateTime()> now;    // UTC
    QLocale locale;
};

// Runs one keydesk-cli command line asynchronously on the caller's event loop and
// reports its exit code once through finished().
class CommandRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)
public:
    static constexpr const char *credentialVariable = "KEYDESK_CREDENTIAL";
    static constexpr qsizetype maxKeyInputBytes = 16 * 1024;

    explicit CommandRunner(CliServices services, QObject *parent = nullptr);
    ~CommandRunner() override;

    // `arguments` includes the program name first.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Server commands: resolve the target, then the credential, then the request.
    void startServerCommand();
    void connectWithCredential(const QString &credential);
    void runRequest();
    void onListed(ApiReply *reply);
    void onCreated(ApiReply *reply);
    // A create that failed after the request may have arrived: look for the key it may
    // have left, and say how to revoke it (never revoked automatically).
    void findLostKey(const ApiError &createError);
    void reportLostKey(const LostKeyFinder &finder, const ApiError &createError);
    QString commandPrefix() const; // "keydesk-cli --profile P" / "… --dialect D --base-url U"
    void onRevokeLookup(ApiReply *reply);
    void confirmRevoke(const ApiKey &key);
    void revoke(const ApiKey &key);
    void onRevoked(ApiReply *reply, const ApiKey &key);
    void onVerified(ApiReply *reply);
    bool readKeyToVerify();

    void profileAdd();
    void profileList();
    void profileRemove();

    void failWithApiError(const ApiError &error);
    QString credentialHint(const ApiError &error) const;

    void printResult(const QString &text);
    void printJson(const QJsonValue &value);
    void printInfo(const QString &text);
    void printWarning(const QString &text);
    void fail(int exitCode, const QString &message, bool suggestHelp = false);
    void finish(int exitCode);
    QString redacted(QString text) const;
    void rememberSecret(const QString &secret);

    QDateTime now() const;
    QDate today() const;

    CliServices m_services;
    CliInvocation m_invocation;
    Connection m_connection;
    ApiClient *m_client = nullptr;
    QString m_keyToVerify;
    QDateTime m_createSentAt;
    QStringList m_knownSecrets; // redacted from every message
    bool m_finished = false;
};

} // namespace keydesk
