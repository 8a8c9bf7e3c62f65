#include "SandboxFaultPlan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace keydesk {

std::optional<SandboxFaultPlan> SandboxFaultPlan::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SandboxFaultPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("the fault plan must be a JSON object: {\"faults\":[...]} or one fault"));
    const QJsonObject object = document.object();

    QJsonArray rules;
    if (object.contains(QLatin1StringView("faults"))) {
        if (object.size() != 1 || !object.value(QLatin1StringView("faults")).isArray())
            return fail(tr("\"faults\" must be the only member, an array of faults"));
        rules = object.value(QLatin1StringView("faults")).toArray();
    } else {
        rules.append(object);
    }

    SandboxFaultPlan plan;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!rules.at(i).isObject())
            return fail(tr("fault %1 is not an object").arg(i + 1));
        QString problem;
        const std::optional<SandboxFault> fault = SandboxFault::fromJson(rules.at(i).toObject(), &problem);
        if (!fault)
            return fail(tr("fault %1: %2").arg(i + 1).arg(problem));
        plan.add(*fault);
    }
    return plan;
}

std::optional<SandboxFault> SandboxFaultPlan::take(const QByteArray &method, const QString &path)
{
    for (SandboxFault &fault : m_faults) {
        if (!fault.matches(method, path))
            continue;
        if (fault.remaining > 0)
            --fault.remaining;
        return fault;
    }
    return std::nullopt;
}

QJsonArray SandboxFaultPlan::toJson() const
{
    QJsonArray array;
    for (const SandboxFault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

} // namespace keydesk
