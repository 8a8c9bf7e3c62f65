#include "SandboxTraffic.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QString countKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}

} // namespace

void SandboxTraffic::record(Entry entry)
{
    ++m_counts[countKey(entry.method, entry.path)];
    if (m_log.size() >= maxLogEntries)
        m_log.removeFirst();
    m_log.append(std::move(entry));
}

void SandboxTraffic::clear()
{
    m_counts.clear();
    m_log.clear();
}

int SandboxTraffic::count(const QByteArray &method, const QString &path) const
{
    return m_counts.value(countKey(method, path));
}

QJsonObject SandboxTraffic::toJson() const
{
    QJsonObject requests;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        requests.insert(it.key(), it.value());
    QJsonArray log;
    for (const Entry &entry : m_log) {
        log.append(QJsonObject{{u"method"_s, QString::fromLatin1(entry.method)},
                               {u"path"_s, entry.path},
                               {u"query"_s, entry.query},
                               {u"fault"_s, entry.fault}});
    }
    return QJsonObject{{u"requests"_s, requests}, {u"log"_s, log}};
}

} // namespace keydesk
