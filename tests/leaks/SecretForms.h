#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk::test {

// One encoding of a secret to search for; `form` names it ("base64url, no padding").
struct SecretForm {
    QString form;
    QByteArray bytes;
};

// The secret as it could end up in a file or stream: plain UTF-8, UTF-16 (both byte
// orders, as QDataStream and in-memory strings hold it), base64 and base64url with and
// without padding (also at the two other byte alignments inside a longer base64 text),
// percent-encoded (Qt's minimal form and every byte escaped, both cases) and hex.
QList<SecretForm> formsOf(const QByteArray &secret);

// A named secret and where hits were found, without ever holding the hit text.
struct KnownSecret {
    QString label; // "LeadHQL session token", never the secret
    QByteArray value;
    QList<SecretForm> forms;
};

class LeakSearch final {
public:
    void addSecret(const QString &label, const QByteArray &value);
    // Records "<label> as <form> in <where>" for every secret form found in `data`.
    void search(const QString &where, const QByteArray &data);
    // Every regular file below `root` (recursively, hidden ones too).
    int searchFiles(const QString &root);
    QStringList hits() const { return m_hits; }
    int secretCount() const { return int(m_secrets.size()); }
    int searchedCount() const { return m_searched; }
    QStringList searchedFiles() const { return m_files; }

private:
    QList<KnownSecret> m_secrets;
    QStringList m_hits;
    int m_searched = 0;
    QStringList m_files;
};

} // namespace keydesk::test
