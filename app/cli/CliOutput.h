#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace keydesk {

class OutputStream;

// What one keydesk-cli run prints: results on stdout, messages on stderr. Every
// message is one line (except info, which may be several), and no secret the run
// knows ever reaches stderr. A result that could not be written is remembered, so the
// run cannot end as a success (CommandContext::finish).
class CliOutput final {
    // The CLI's messages share one translation context (they were written there).
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
public:
    CliOutput(OutputStream *out, OutputStream *err);
    ~CliOutput();
    CliOutput(const CliOutput &) = delete;
    CliOutput &operator=(const CliOutput &) = delete;

    // stdout. False when it (or an earlier result) could not be written.
    bool printResult(const QString &text);
    bool printJson(const QJsonValue &value);
    // A result that holds a secret: written, then `bytes` is wiped whatever happened.
    bool printSecretResult(QByteArray &bytes);
    bool resultFailed() const;
    QString resultError() const; // why, in words: "it is closed", …
    // The command has said what the failure means for it; the generic message is not needed.
    void setResultFailureReported() { m_resultFailureReported = true; }
    bool resultFailureReported() const { return m_resultFailureReported; }

    // stderr (a failure here has nowhere to be reported)
    void printInfo(const QString &text);
    void printWarning(const QString &text); // "keydesk-cli: warning: …"
    void printError(const QString &text);   // "keydesk-cli: error: …"
    void printPrompt(const QString &text);  // no line end: the answer follows

    // Secrets shorter than 8 characters are not worth redacting (and would mangle text).
    void rememberSecret(const QString &secret);
    QString redacted(QString text) const;

    static QString singleLine(QString text);
    // Indented JSON whose bytes cannot drive a terminal; parsed, every value is exact.
    static QByteArray toJson(const QJsonValue &value);
    // JSON output: an empty text is null.
    static QJsonValue textOrNull(const QString &text);

private:
    OutputStream *m_out;
    OutputStream *m_err;
    QStringList m_knownSecrets; // redacted from every message
    bool m_resultFailureReported = false;
};

} // namespace keydesk
