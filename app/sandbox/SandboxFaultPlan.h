#pragma once

#include "SandboxFault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

// The faults the sandbox currently injects, in order: a request gets the first rule
// that matches it and still has requests left (that rule's count goes down by one).
class SandboxFaultPlan final {
    Q_DECLARE_TR_FUNCTIONS(SandboxFaultPlan)
public:
    // {"faults":[rule, ...]} or a single rule object (see SandboxFault).
    static std::optional<SandboxFaultPlan> fromJson(const QByteArray &json, QString *error);

    void add(const SandboxFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    const QList<SandboxFault> &faults() const { return m_faults; }

    // The fault for this request, if any, counting it against the rule's limit.
    std::optional<SandboxFault> take(const QByteArray &method, const QString &path);

    QJsonArray toJson() const;

private:
    QList<SandboxFault> m_faults;
};

} // namespace keydesk
