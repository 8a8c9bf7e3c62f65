#include "CommandLine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace keydesk {

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString options = parser.helpText();
    // Qt's text starts with a usage line naming the running binary and lists no
    // commands; keep only its option table.
    const qsizetype optionsStart = options.indexOf(u"\n\n"_s);
    options = optionsStart >= 0 ? options.mid(optionsStart + 2) : options;

    return tr("Usage: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]\n"
              "                   [--org NAME] [--json] [--ca-file FILE] COMMAND\n"
              "\n"
              "Manage the API keys of a LeadHQL, LocalLeads or Trust Leads organisation.\n"
              "\n"
              "Commands:\n"
              "  list                          all keys of the organisation\n"
              "  create NAME [--expires-in-days N | --expires-at YYYY-MM-DD]\n"
              "                                create a key; only the key is printed on stdout\n"
              "  revoke ID [--yes]             revoke a key (asks first unless --yes)\n"
              "  revoke ID ID... [--yes]       revoke several keys: a preview, then type their number\n"
              "  verify                        check a key read from stdin\n"
              "  list --cached                 the last listing in the local inventory (no request)\n"
              "  history ID [--json]           how a key's status and use changed, oldest first\n"
              "  export [--format csv|json] [--all-profiles]\n"
              "                                every known key, without secrets\n"
              "  log [--json] [--since YYYY-MM-DD]\n"
              "                                what KeyDesk did: create, revoke, handoffs, profiles\n"
              "  audit [--all-profiles] [--cached] [--fail-on info|warning|critical] [--json]\n"
              "                                what needs doing: expiring, old, idle or unexpectedly\n"
              "                                used keys (refreshes the organisation first)\n"
              "  acknowledge [ID] FINDING [--note TEXT] [--until YYYY-MM-DD]\n"
              "                                leave one finding out of 'audit' (limit-near: no ID)\n"
              "  scan PATH... [--history] [--staged] [--binary] [--full] [--verify]\n"
              "       [--ignore-file FILE] [--json | --sarif]\n"
              "                                find API keys in files, folders (- for stdin) and git\n"
              "                                history, and name the inventory's key each one is;\n"
              "                                the keys themselves are never printed\n"
              "  scan --install-hook [REPO]    write a pre-commit hook that runs 'scan --staged'\n"
              "  rotate ID [--name NAME] [--expires-in-days N | --expires-at YYYY-MM-DD]\n"
              "         [--quiet-for DURATION] [--no-auto-revoke] [--emergency [--yes]]\n"
              "         [--wait [--timeout DURATION]]\n"
              "                                replace a key: the new key on stdout (as 'create'),\n"
              "                                the old one revoked once the new one is in use and\n"
              "                                the old one was unused for the quiet period (24h)\n"
              "  rotations [--json]            the rotations and where they stand\n"
              "  rotations advance             refresh and move the open rotations on (for cron)\n"
              "  rotations cancel ID [--revoke-new]\n"
              "                                stop a rotation, keeping both keys\n"
              "  profile add NAME --dialect D --base-url URL [--ca-file FILE]\n"
              "                                save a connection; the credential is read from\n"
              "                                KEYDESK_CREDENTIAL and stored in the keychain\n"
              "  profile list                  saved connections\n"
              "  profile remove NAME           delete a connection and its keychain entry\n"
              "  profile set NAME --rotate-every-days N\n"
              "                                the rotation policy: 'audit' finds keys older than N days\n"
              "                                (0: no policy)\n"
              "\n"
              "With --base-url the credential comes from the environment variable\n"
              "KEYDESK_CREDENTIAL (LeadHQL: a JWT session token from the dashboard; LocalLeads:\n"
              "an ll_ key; Trust Leads: an lfk_sk_ key). Secrets are never accepted as arguments.\n"
              "\n"
              "The local inventory records every listing, create and revoke of a profile (or of\n"
              "--base-url with --org NAME) and never holds a secret; list --cached, history,\n"
              "export and log read it with --profile NAME or --org NAME.\n"
              "\n"
              "DURATION is a whole number followed by s, m, h or d (90s, 30m, 24h, 7d).\n"
              "Rotations are recorded under the profile (or --org NAME with --base-url).\n"
              "\n")
           + tr("Delivery (the key goes to its destination on stdin, never argv; read back and\n"
                "compared before the pending copy in the keychain is deleted):\n"
                "  create NAME --to DEST, rotate ID --to DEST\n"
                "                                DEST: keychain:LABEL, pass:NAME,\n"
                "                                keepassxc:DATABASE:ENTRY (database password from\n"
                "                                the terminal or stdin) or command:NAME\n"
                "  profile command PROFILE [NAME [-- PROGRAM ARG...]] [--remove]\n"
                "                                save, show, remove or list the profile's command\n"
                "                                templates (run without a shell, key on stdin)\n"
                "\n")
           + options
           + tr("\n"
                "Exit codes: 0 ok, 1 other (e.g. not supported by the dialect, declined), 2 usage,\n"
                "3 authentication (or 'verify': key refused), 4 not found, 5 rejected (by the\n"
                "server or by the same rules checked locally: name, expiry, key limit),\n"
                "6 network/TLS/timeout, 7 keychain, 8 'audit' found an open finding at or above\n"
                "--fail-on, or 'scan' found a live or unknown key; 'rotate --wait' exits 6 when\n"
                "--timeout passes.\n");
}

} // namespace keydesk
