#pragma once

#include <QDateTime>
#include <QLocale>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace keydesk {

class OutputStream;
class SecretStore;

// Everything keydesk-cli touches outside itself, injected by main().
struct CliServices final {
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    QSettings *settings = nullptr;   // profiles (never a secret)
    OutputStream *out = nullptr;     // results only: tables, JSON, the new key
    OutputStream *err = nullptr;     // messages, prompts, warnings; never a secret
    QString handoffIndexPath;        // the window's list of pending handoffs (HandoffStore)
    QString inventoryPath;           // the window's inventory (Inventory); empty: none at all
    int inputFd = 0;                 // stdin: `verify` reads the key, `revoke` the answer
    QProcessEnvironment environment; // KEYDESK_CREDENTIAL
    std::function<QDateTime()> now;  // UTC
    QLocale locale;
};

} // namespace keydesk
