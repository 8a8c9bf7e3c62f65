#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace keydesk::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage final {
    QString context;
    QString source;
    QString comment; // disambiguation, part of the message's identity
    bool numerus = false;
    QString translationType; // "" (finished), "unfinished", "vanished" or "obsolete"
    QString translation;     // for numerus messages: empty, see numerusForms
    QStringList numerusForms;

    // "context | source | comment", for failure messages and set comparisons.
    QString identity() const;
};

struct TsCatalogue final {
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; // empty when the file was read completely
};

TsCatalogue readTsFile(const QString &path);

// The identities of the messages lupdate would keep (not vanished or obsolete).
QSet<QString> currentIdentities(const TsCatalogue &catalogue);

// Placeholder sets: "%1".."%99" (also written %L1) and "%n" (also %Ln), as "1", "n".
QStringList placeholders(const QString &text);

// True when `text` has a keyboard accelerator: a single '&' before a character ("&&"
// is a literal ampersand).
bool hasAccelerator(const QString &text);

} // namespace keydesk::test
