#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace keydesk {

// What reached the sandbox, for tests that must prove how often a request was sent
// (a POST exactly once) and exactly which path arrived (still percent-encoded). Holds
// methods, paths and the faults applied: never headers or bodies, so never a secret.
class SandboxTraffic final {
public:
    struct Entry final {
        QByteArray method;
        QString path;  // as received, percent-encoding intact, without the query
        QString query; // as received; empty when none
        QString fault; // the fault applied, empty when none
    };

    static constexpr qsizetype maxLogEntries = 1000;

    void record(Entry entry);
    void clear();

    int count(const QByteArray &method, const QString &path) const;
    const QList<Entry> &log() const { return m_log; }

    // {"requests":{"POST /api-keys":1,...},"log":[{"method","path","query","fault"},...]}
    QJsonObject toJson() const;

private:
    QMap<QString, int> m_counts; // "METHOD path"
    QList<Entry> m_log;          // the latest maxLogEntries requests
};

} // namespace keydesk
