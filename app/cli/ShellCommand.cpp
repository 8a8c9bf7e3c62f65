#include "ShellCommand.h"

#include "CommandContext.h"
#include "UntrustedText.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

QString ShellCommand::quoted(const QString &argument)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,"_s;
    if (!argument.isEmpty()
        && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) { return plain.contains(c); }))
        return argument;
    if (UntrustedText::hasControlCharacters(argument)) {
        // Raw, a control character would act on the terminal. $'…' quoting (bash, zsh, ksh,
        // busybox sh; not dash) reads forDisplay()'s \xHH, \uHHHH and \\ as the very
        // characters they stand for, so the command stays one visible line and still works.
        QString escaped = UntrustedText::forDisplay(argument);
        escaped.replace(u'\'', u"\\'"_s);
        return u"$'"_s + escaped + u'\'';
    }
    QString quoted = argument;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString ShellCommand::prefix(const CommandContext &context)
{
    QStringList words{u"keydesk-cli"_s};
    if (context.invocation.target == CliInvocation::Target::Profile) {
        words << u"--profile"_s << quoted(context.invocation.profileName);
    } else {
        words << u"--dialect"_s << dialectId(context.connection.dialect) << u"--base-url"_s
              << quoted(context.connection.baseUrl.toString());
    }
    if (!context.invocation.caFile.isEmpty())
        words << u"--ca-file"_s << quoted(context.invocation.caFile);
    return words.join(u' ');
}

} // namespace keydesk
