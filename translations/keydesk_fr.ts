<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The credential cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this credential to do that%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credential%1. Check that it is correct and not expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadHQL manages keys only with a JWT session token from the dashboard, not with an API key (leadhql_pk_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows no key with this id%1; it may already have been revoked. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has reached its limit of active keys%1. Revoke a key you no longer need, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests%1. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem%1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). If the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response was not understood (%1). Check the profile&apos;s base URL and dialect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may have been created: check the list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the credential over an insecure connection (%1): use https://, plain http:// is allowed only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents no key-management endpoints: list, create and revoke keys in its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent (%1): the key may have been created. Check the list of keys before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the saved connection NAME (credential from the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API dialect: leadhql, localleads or trustleads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server base URL (credential from the environment variable KEYDESK_CREDENTIAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the key expires after N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the key expires on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke: do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no --%1 option: secrets are never passed as arguments; set the environment variable KEYDESK_CREDENTIAL or use --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must use https:// (plain http:// is allowed only for localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;; use leadhql, localleads or trustleads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --expires-in-days or --expires-at, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-at needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --profile or --dialect with --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given: use --profile NAME, or --dialect and --base-url (with the credential in KEYDESK_CREDENTIAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file &apos;%1&apos; is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument looks like an API key or session token. Secrets are never accepted on the command line (shell history, process lists): put the credential in KEYDESK_CREDENTIAL, or pipe a key to &apos;verify&apos; on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create, revoke, verify or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs a subcommand: add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;revoke&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;profile add&apos; needs --dialect and --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]
                   [--json] [--ca-file FILE] COMMAND

Manage the API keys of a LeadHQL, LocalLeads or Trust Leads organisation.

Commands:
  list                          all keys of the organisation
  create NAME [--expires-in-days N | --expires-at YYYY-MM-DD]
                                create a key; only the key is printed on stdout
  revoke ID [--yes]             revoke a key (asks first unless --yes)
  verify                        check a key read from stdin
  profile add NAME --dialect D --base-url URL [--ca-file FILE]
                                save a connection; the credential is read from
                                KEYDESK_CREDENTIAL and stored in the keychain
  profile list                  saved connections
  profile remove NAME           delete a connection and its keychain entry

With --base-url the credential comes from the environment variable
KEYDESK_CREDENTIAL (LeadHQL: a JWT session token from the dashboard; LocalLeads:
an ll_ key; Trust Leads: an lfk_sk_ key). Secrets are never accepted as arguments.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other (e.g. not supported by the dialect, declined), 2 usage,
3 authentication (or &apos;verify&apos;: key refused), 4 not found, 5 rejected (by the
server or by the same rules checked locally: name, expiry, key limit),
6 network/TLS/timeout, 7 keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>y</source>
        <extracomment>Accepted answers to a [y/N] question, besides the English &quot;y&quot; and &quot;yes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, at most 100 characters. Describes where the key is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production CRM sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Acme Realty (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwind Leads (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: %n characters, at most %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A key must live at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A key can live at most %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days ahead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Off Pending Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied &amp;key after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the key list every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Realty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (API dialect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file of a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the credential for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long (at most %n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; store the credential in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the credential only in the &quot;Authorization: Bearer&quot; header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read or written (access denied); profiles cannot be saved. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged and was not read; profiles cannot be saved. Repair or delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These profiles in &quot;%1&quot; name no known dialect and are ignored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain warning text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full key, shown only this once. Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for &amp;Later Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Have &amp;Stored the Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent use warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent use warning text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain has no such entry (it may have been removed). Enter the credential again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No D-Bus session bus is running, so the keychain cannot be reached. Start KeyDesk inside your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is running (GNOME Keyring or KWallet). Install and start gnome-keyring, or use the credential for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again or with Seahorse) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow KeyDesk to use the keychain when asked, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt. Answer or unlock it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Retry, or use the credential for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error (%1). Retry, or use the credential for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Use the language LANG (de, en, es or fr) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::ApiCall</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type %1 is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not confirm the revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not have the documented shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to another host or to plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::ApiClient</name>
    <message>
        <source>&quot;%1&quot; is not a key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains control characters such as line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::CommandRunner</name>
    <message>
        <source>There is no profile named &apos;%1&apos;; see &apos;keydesk-cli profile list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported by %2 (no documented key-management API); manage its keys in the %2 dashboard. &apos;verify&apos; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;revoke&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: with --base-url the credential is read only from there (or save a profile with &apos;keydesk-cli profile add&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no credential for profile &apos;%1&apos;; store it again with &apos;keydesk-cli profile add %1 …&apos; and the credential in KEYDESK_CREDENTIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2, shown as %3; %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it now: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; was used in the last 24 hours (%2); integrations still using it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key &apos;%1&apos; (%2)? Integrations using it fail at once. This cannot be undone. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key to check and press Enter (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read one key from stdin (unreadable, or more than %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key on stdin: pipe exactly one key into &apos;verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin holds more than one word: pipe exactly one key into &apos;verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is not in any documented key format; checking it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a %1 key, but the server speaks %2; checking it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unrecognised format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is refused by the server: revoked, expired or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: &apos;profile add&apos; reads the credential from there and stores it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard; this credential is not a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the credential in the keychain, so the profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3); its credential is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles; add one with &apos;keydesk-cli profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove profile &apos;%1&apos; from the settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard, not with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token expired at %1; sign in to the dashboard and copy a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;keydesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have created the key but its response was lost (%1); the secret cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have created the key but its response could not be read (%1); the secret cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the list of keys: %1 Check it with: %2 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new live key named &apos;%1&apos; is in the list, so it was most likely not created; it is safe to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys named &apos;%1&apos; were created around that time; only one of them is the lost key: compare the creation times before revoking.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found key &apos;%1&apos; (%2) created at %3; revoke it with: %4 revoke %5 --yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::CreateKeyDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1 key is shown only once. KeyDesk keeps it in the keychain until you confirm that you have stored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active keys used (the most %3 allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Names can have up to %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server for %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::HandoffStore</name>
    <message>
        <source>The list of pending key handoffs (%1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pending key handoffs was damaged and has been set aside as %1. Keys created earlier may still be in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) is damaged and could not be set aside; it will be replaced when the next key is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::KeyFlows</name>
    <message>
        <source>No connection is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents no endpoint for creating keys: create them in its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active keys in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key May Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of keys. If a key named “%1” appears, its secret cannot be shown again: revoke it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Entry Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays listed as pending, so you can finish the handoff later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending key cannot be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays listed as pending; try again when the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Key Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the key “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret cannot be shown again, so the key should be revoked (and a new one created if you still need it). Remove it from the list of pending keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list of pending keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableModel</name>
    <message>
        <source>%1 · pending handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending handoff: the full key is kept in the keychain until you hand it off (select the key and choose Hand Off Pending Key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not show an identifier for keys; the key id is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainOperation</name>
    <message>
        <source>libsecret-1.so.0 is not installed (Debian/Ubuntu package libsecret-1-0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainSecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation whose keys are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why creating keys is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys waiting for handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for “%1”. Enter it in the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can enter the credential again and use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored credential of “%1”: %2 Paste a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL dashboard and paste the new session token to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter New Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the organisation “%1” from KeyDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored credential is deleted from the keychain. The keys themselves stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new key has not been handed off yet: its full key is deleted from the keychain too and cannot be shown again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new keys have not been handed off yet: their full keys are deleted from the keychain too and cannot be shown again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential of “%1” could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation “%1” could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads organisations, and hands each new key over exactly once through the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is available under the GPL-3.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents no key-management API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the key id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key waits for handoff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys wait for handoff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new API key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full key of “%1” once more, from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key marked “pending handoff”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents no key-management API: its keys are created and revoked in the %1 dashboard.
KeyDesk can check that a key works: Edit Organisation… → Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the keys of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of “%1” could not be loaded. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API keys yet — press %1 to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not reported by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the keys whose name, identifier or status contain every word typed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::MemorySecretStore</name>
    <message>
        <source>No entry &quot;%1&quot; in this session&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::PreferencesDialog</name>
    <message>
        <source>Apply preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDesk connects to one organisation per profile. The credential is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Organisation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name identifies the keychain entries of this organisation and cannot be changed. Add a new organisation to use another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT session token of a dashboard login. LeadHQL manages keys only with a session token, never with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key of the organisation: ll_ followed by 64 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ll_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Trust Leads API key (lfk_sk_…). Trust Leads documents no key-management API: KeyDesk can check the key but not list, create or revoke keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Leads accepts its keys in either header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the credential only as “Authorization: Bearer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a LeadHQL API key (leadhql_pk_…). LeadHQL lists, creates and revokes keys only for a logged-in user: log in to the LeadHQL dashboard, copy the session token (a JWT) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a session token: a JWT has three parts separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token carries no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session token expired on %1 (%2). Log in to the LeadHQL dashboard again and paste the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token expires on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDesk will ask for a new token when it lapses; a fresh login gives a longer-lived one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a %1 key, not a %2 credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the credential: KeyDesk needs it to list and manage the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use the credential for this session only: KeyDesk then keeps it in memory until you quit and never writes it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the credential first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored: paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n key listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n keys listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::RevealKeyDialog</name>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard now holds something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off the pending key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your new API key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was kept in the keychain for a later handoff. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the full key is shown: the server keeps only a fingerprint. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1 Copy it now — once this dialog is closed it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the keychain does not hold this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in memory for this session only: a key kept for later is lost when KeyDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not saved anywhere else. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a copy, the key must be revoked and a new one created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RevokeConfirmation</name>
    <message>
        <source>Unnamed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every integration that uses this key fails at once. Revoking cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — something may still depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was used less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minute ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hour ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceDiagnosis</name>
    <message>
        <source>The keychain diagnosis did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default collection of the Secret Service is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on built-in demo data: two sample organisations served on this computer. No profile, setting or keychain entry of yours is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: quit after &lt;seconds&gt;; the exit code is 0 if the key table was populated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke-test needs a number of seconds (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke-test and --screenshot-dir work only with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keydesk-cli: warning: no translation for the language &apos;%1&apos;; available: de, en, es, fr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
