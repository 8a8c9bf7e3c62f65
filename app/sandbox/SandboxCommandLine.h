#pragma once

#include "Dialect.h"
#include "SandboxFaultPlan.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

struct SandboxOptions final {
    Dialect dialect = Dialect::LeadHql;
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0;
    QString statePath;
    bool seedDemo = false;
    QString tlsCertificate;
    QString tlsKey;
    SandboxFaultPlan faults; // --fault JSON, repeatable
};

// keydesk-sandbox --dialect leadhql|localleads|trustleads [--host 127.0.0.1] [--port 0]
//                 [--state FILE] [--seed-demo] [--tls-cert F --tls-key F] [--fault JSON]...
class SandboxCommandLine final {
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)
public:
    enum class Outcome { Run, ShowedHelp, Invalid };
    struct Result final {
        Outcome outcome = Outcome::Invalid;
        SandboxOptions options;
        QString text; // help text (ShowedHelp) or the error (Invalid)
    };

    static Result parse(const QStringList &arguments);
};

} // namespace keydesk
