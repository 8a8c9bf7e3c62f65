#include "Destination.h"

#include "UntrustedText.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

// An argument a tool could read as an option, or a path that climbs out of its store.
bool isSafeToolArgument(const QString &value)
{
    if (value.isEmpty() || value.startsWith(u'-') || UntrustedText::hasControlCharacters(value))
        return false;
    const QStringList parts = value.split(u'/');
    return !parts.contains(u".."_s);
}

} // namespace

QString Destination::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return u"keychain"_s;
    case Kind::Pass:
        return u"pass"_s;
    case Kind::KeePassXc:
        return u"keepassxc"_s;
    case Kind::Command:
        return u"command"_s;
    }
    return {};
}

QString Destination::spec() const
{
    if (kind == Kind::KeePassXc)
        return kindId() + u':' + database + u':' + entry;
    return kindId() + u':' + name;
}

QString Destination::toolName() const
{
    switch (kind) {
    case Kind::Pass:
        return u"pass"_s;
    case Kind::KeePassXc:
        return u"keepassxc-cli"_s;
    case Kind::Keychain:
    case Kind::Command:
        break;
    }
    return {};
}

std::optional<Destination> Destination::parse(const QString &spec, const QString &ownKeychainService, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Destination> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qsizetype colon = spec.indexOf(u':');
    if (colon < 0)
        return fail(tr("The destination '%1' has no kind: use keychain:LABEL, pass:NAME, "
                       "keepassxc:DATABASE:ENTRY or command:NAME.")
                        .arg(UntrustedText::forDisplay(spec)));
    const QString kind = spec.left(colon);
    const QString rest = spec.mid(colon + 1);
    Destination destination;
    if (kind == u"keychain"_s) {
        destination.kind = Kind::Keychain;
        destination.name = rest.trimmed();
        if (destination.name.isEmpty() || UntrustedText::hasControlCharacters(destination.name))
            return fail(tr("keychain: needs a label, for example keychain:\"Deploy key\"."));
        if (destination.name.compare(ownKeychainService, Qt::CaseInsensitive) == 0)
            return fail(tr("The label '%1' is KeyDesk's own keychain service; choose another label for a lasting "
                           "entry.")
                            .arg(UntrustedText::forDisplay(destination.name)));
    } else if (kind == u"pass"_s) {
        destination.kind = Kind::Pass;
        destination.name = rest;
        if (!isSafeToolArgument(rest) || rest.startsWith(u'/') || rest.endsWith(u'/'))
            return fail(tr("pass: needs an entry name such as pass:team/deploy-key (no leading '-' or '/', no "
                           "'..')."));
    } else if (kind == u"keepassxc"_s) {
        destination.kind = Kind::KeePassXc;
        // The entry is after the last ':', so a database path may hold one.
        const qsizetype last = rest.lastIndexOf(u':');
        destination.database = last < 0 ? QString() : rest.left(last);
        destination.entry = last < 0 ? QString() : rest.mid(last + 1);
        if (destination.database.startsWith(u"~/"_s))
            destination.database = QDir::homePath() + destination.database.mid(1);
        if (!isSafeToolArgument(destination.entry) || destination.database.isEmpty()
            || destination.database.startsWith(u'-') || UntrustedText::hasControlCharacters(destination.database))
            return fail(tr("keepassxc: needs a database file and an entry, for example "
                           "keepassxc:~/keys.kdbx:Deploy/leadhql."));
    } else if (kind == u"command"_s) {
        destination.kind = Kind::Command;
        destination.name = rest.trimmed();
        if (destination.name.isEmpty() || UntrustedText::hasControlCharacters(destination.name))
            return fail(tr("command: needs the name of a saved command template (keydesk-cli profile command)."));
    } else {
        return fail(tr("Unknown destination kind '%1'; use keychain, pass, keepassxc or command.")
                        .arg(UntrustedText::forDisplay(kind)));
    }
    return destination;
}

} // namespace keydesk
