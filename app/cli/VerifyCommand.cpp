#include "VerifyCommand.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CliExitCode.h"
#include "CommandContext.h"
#include "CreatedKey.h"
#include "KeyFormat.h"
#include "Terminal.h"
#include "UntrustedText.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

VerifyCommand::VerifyCommand(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

VerifyCommand::~VerifyCommand()
{
    wipeSecret(m_key);
}

bool VerifyCommand::readKey()
{
    CliOutput &output = m_context.output;
    const int inputFd = m_context.services.inputFd;
    const bool interactive = Terminal::isTerminal(inputFd);
    if (interactive)
        output.printPrompt(tr("Paste the key to check and press Enter (it is not shown): "));
    std::optional<QByteArray> input = Terminal::readSecret(inputFd, maxKeyInputBytes);
    if (interactive) {
        // Echo was off, so the Enter the user typed did not end the prompt's line.
        output.printPrompt(u"\n"_s);
    }
    if (!input) {
        m_context.fail(CliExitCode::Usage,
                       tr("Cannot read one key from stdin (unreadable, or more than %1 bytes).").arg(maxKeyInputBytes));
        return false;
    }
    m_key = QString::fromUtf8(*input).trimmed();
    input->fill('\0');
    output.rememberSecret(m_key);
    if (m_key.isEmpty()) {
        m_context.fail(CliExitCode::Usage, tr("No key on stdin: pipe exactly one key into 'verify'."));
        return false;
    }
    if (std::any_of(m_key.cbegin(), m_key.cend(), [](QChar c) { return c.isSpace(); })) {
        m_context.fail(CliExitCode::Usage, tr("stdin holds more than one word: pipe exactly one key into 'verify'."));
        return false;
    }
    const Dialect dialect = m_context.connection.dialect;
    const std::optional<Dialect> format = KeyFormat::recognise(m_key);
    if (!format)
        output.printWarning(tr("the input is not in any documented key format; checking it anyway."));
    else if (*format != dialect)
        output.printWarning(tr("this looks like a %1 key, but the server speaks %2; checking it anyway.")
                                .arg(dialectDisplayName(*format), dialectDisplayName(dialect)));
    return true;
}

void VerifyCommand::start(ApiClient *client)
{
    ApiReply *reply = client->verifyKey(m_key);
    connect(reply, &ApiReply::finished, this, [this, reply] { onVerified(reply); });
}

void VerifyCommand::onVerified(ApiReply *reply)
{
    CliOutput &output = m_context.output;
    const QString identifier = KeyFormat::maskedIdentifier(m_key);
    const QString shown = identifier.isEmpty() ? tr("(unrecognised format)") : UntrustedText::forDisplay(identifier);
    const ApiError &error = reply->error();
    const bool refused = error.kind == ApiError::Kind::Authentication;
    // No HTTP status: ApiClient refused to put this key in a header (control characters),
    // so no request was made and the server has not judged it.
    const bool refusedLocally = refused && error.httpStatus == 0;
    if (!reply->ok() && !refused) {
        m_context.failWithApiError(error);
        return;
    }
    const QString result = refused ? u"refused"_s : u"valid"_s;
    if (m_context.invocation.json) {
        const QJsonObject object{{u"result"_s, result},
                                 {u"dialect"_s, dialectId(m_context.connection.dialect)},
                                 {u"keyIdentifier"_s, identifier.isEmpty() ? QJsonValue() : QJsonValue(identifier)}};
        output.printJson(object);
    } else {
        output.printResult(result + u'\n');
    }
    if (refusedLocally) {
        output.printInfo(tr("Key %1 was refused locally: %2. It was not sent to the server.")
                             .arg(shown, UntrustedText::forDisplay(error.detail)));
        m_context.finish(CliExitCode::Authentication);
    } else if (refused) {
        output.printInfo(tr("Key %1 is refused by the server: revoked, expired or mistyped.").arg(shown));
        m_context.finish(CliExitCode::Authentication);
    } else {
        output.printInfo(tr("Key %1 is accepted by the server.").arg(shown));
        m_context.finish(CliExitCode::Ok);
    }
}

} // namespace keydesk
