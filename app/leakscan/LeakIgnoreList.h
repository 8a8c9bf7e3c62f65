#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace keydesk {

// `.keydesk-ignore` (docs/design.md#leak-scan): one SHA-256 fingerprint and a reason per
// line ("<64 hex> reason…"), '#' comments and blank lines allowed. It ignores a key by
// what it is, not where it is: it survives rebases, squashes and moved lines, and a
// different key on the same line is still reported. Entries no scan result used are
// stale and reported as such.
class LeakIgnoreList final {
    Q_DECLARE_TR_FUNCTIONS(keydesk::LeakIgnoreList)

public:
    // False with `error` (one line, naming the line number) when the file cannot be read
    // or a line is not "<fingerprint> <reason>".
    bool load(const QString &path, QString &error);
    bool parse(const QByteArray &text, QString &error);

    // True when `fingerprint` is listed; marks the entry used.
    bool ignores(const QString &fingerprint);
    qsizetype size() const { return m_reasons.size(); }
    // The entries no ignores() call matched, in file order.
    QStringList staleEntries() const;
    QString reason(const QString &fingerprint) const { return m_reasons.value(fingerprint); }

private:
    QStringList m_order;
    QHash<QString, QString> m_reasons;
    QHash<QString, bool> m_used;
};

} // namespace keydesk
