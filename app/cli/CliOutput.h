#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonValue;
class QTextStream;

namespace keydesk {

// What one keydesk-cli run prints: results on stdout, messages on stderr. Every
// message is one line (except info, which may be several), and no secret the run
// knows ever reaches stderr.
class CliOutput final {
    // The CLI's messages share one translation context (they were written there).
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
public:
    CliOutput(QTextStream *out, QTextStream *err);
    ~CliOutput();
    CliOutput(const CliOutput &) = delete;
    CliOutput &operator=(const CliOutput &) = delete;

    // stdout
    void printResult(const QString &text);
    void printJson(const QJsonValue &value);
    // stderr
    void printInfo(const QString &text);
    void printWarning(const QString &text);  // "keydesk-cli: warning: …"
    void printError(const QString &text);    // "keydesk-cli: error: …"
    void printPrompt(const QString &text);   // no line end: the answer follows

    // Secrets shorter than 8 characters are not worth redacting (and would mangle text).
    void rememberSecret(const QString &secret);
    QString redacted(QString text) const;

    static QString singleLine(QString text);

    // Raw access for the few outputs that must not be copied around (the new key).
    QTextStream *out() const { return m_out; }

private:
    QTextStream *m_out;
    QTextStream *m_err;
    QStringList m_knownSecrets; // redacted from every message
};

} // namespace keydesk
