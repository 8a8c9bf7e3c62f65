#include "SandboxCommandLine.h"

#include <QCommandLineParser>

namespace keydesk {

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reference server for the LeadHQL, LocalLeads and Trust Leads API-key dialects. "
           "Prints one JSON line {\"url\", \"dialect\", \"credential\"} and serves until stopped."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           tr("API dialect: leadhql, localleads or trustleads."), tr("dialect"));
    const QCommandLineOption hostOption(QStringLiteral("host"), tr("Loopback address to listen on."), tr("address"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port (0 picks a free one)."), tr("port"),
                                        QStringLiteral("0"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         tr("JSON file that keeps the organisation across restarts."), tr("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed-demo"), tr("Add realistic demo keys."));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS."), tr("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."), tr("file"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        tr("Inject a fault from the start, e.g. {\"fault\":\"status\",\"status\":503,\"method\":\"GET\"} "
           "(repeatable; see README.md, \"Fault injection\")."),
        tr("json"));
    parser.addOptions(
        {dialectOption, hostOption, portOption, stateOption, seedOption, certOption, keyOption, faultOption});

    Result result;
    const auto invalid = [&result](const QString &message) {
        result.outcome = Outcome::Invalid;
        result.text = message;
        return result;
    };
    if (!parser.parse(arguments))
        return invalid(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.outcome = Outcome::ShowedHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = Outcome::ShowedHelp;
        result.text = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                      + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return invalid(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    SandboxOptions &options = result.options;
    if (!parser.isSet(dialectOption))
        return invalid(tr("--dialect is required (leadhql, localleads or trustleads)"));
    const auto dialect = dialectFromId(parser.value(dialectOption));
    if (!dialect) {
        return invalid(
            tr("unknown dialect \"%1\" (expected leadhql, localleads or trustleads)").arg(parser.value(dialectOption)));
    }
    options.dialect = *dialect;

    const QString host = parser.value(hostOption);
    options.host = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (options.host.isNull())
        return invalid(tr("--host \"%1\" is not an IP address").arg(host));
    if (!options.host.isLoopback())
        return invalid(tr("--host %1 is not a loopback address; the sandbox only listens on loopback").arg(host));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return invalid(tr("--port \"%1\" is not a port number (0-65535)").arg(parser.value(portOption)));
    options.port = static_cast<quint16>(port);

    options.statePath = parser.value(stateOption);
    if (parser.isSet(stateOption) && options.statePath.isEmpty())
        return invalid(tr("--state needs a file name"));
    options.seedDemo = parser.isSet(seedOption);

    options.tlsCertificate = parser.value(certOption);
    options.tlsKey = parser.value(keyOption);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return invalid(tr("--tls-cert and --tls-key go together"));

    for (const QString &faultJson : parser.values(faultOption)) {
        QString problem;
        const std::optional<SandboxFaultPlan> plan = SandboxFaultPlan::fromJson(faultJson.toUtf8(), &problem);
        if (!plan)
            return invalid(tr("--fault: %1").arg(problem));
        for (const SandboxFault &fault : plan->faults())
            options.faults.add(fault);
    }

    result.outcome = Outcome::Run;
    return result;
}

} // namespace keydesk
