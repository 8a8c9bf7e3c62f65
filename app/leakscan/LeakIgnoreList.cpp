#include "LeakIgnoreList.h"

#include <QFile>

namespace keydesk {

namespace {

bool isFingerprint(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace

bool LeakIgnoreList::load(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("The ignore file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    // An ignore file is a few lines; a huge one is a mistake, not a list.
    constexpr qint64 largestIgnoreFile = 1 << 20;
    if (file.size() > largestIgnoreFile) {
        error = tr("The ignore file %1 is larger than 1 MiB.").arg(path);
        return false;
    }
    return parse(file.readAll(), error);
}

bool LeakIgnoreList::parse(const QByteArray &text, QString &error)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype space = line.indexOf(u' ');
        const QString fingerprint = (space < 0 ? line : line.left(space)).toLower();
        const QString reason = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (!isFingerprint(fingerprint)) {
            error = tr("Line %1 of the ignore file does not start with a fingerprint (64 hex digits, as 'scan --json' "
                       "prints it).")
                        .arg(i + 1);
            return false;
        }
        if (reason.isEmpty()) {
            error = tr("Line %1 of the ignore file gives no reason after the fingerprint.").arg(i + 1);
            return false;
        }
        if (!m_reasons.contains(fingerprint))
            m_order.append(fingerprint);
        m_reasons.insert(fingerprint, reason);
    }
    return true;
}

bool LeakIgnoreList::ignores(const QString &fingerprint)
{
    if (!m_reasons.contains(fingerprint))
        return false;
    m_used.insert(fingerprint, true);
    return true;
}

QStringList LeakIgnoreList::staleEntries() const
{
    QStringList stale;
    for (const QString &fingerprint : m_order) {
        if (!m_used.value(fingerprint))
            stale.append(fingerprint);
    }
    return stale;
}

} // namespace keydesk
