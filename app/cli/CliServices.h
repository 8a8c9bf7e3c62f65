#pragma once

#include <QDateTime>
#include <QLocale>
#include <QProcessEnvironment>

#include <functional>

class QNetworkAccessManager;
class QSettings;
class QTextStream;

namespace keydesk {

class SecretStore;

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

} // namespace keydesk
