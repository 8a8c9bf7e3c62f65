#include "ShellCommand.h"

#include "CommandContext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {

QString ShellCommand::quoted(const QString &argument)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,"_s;
    if (!argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) { return plain.contains(c); }))
        return argument;
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
