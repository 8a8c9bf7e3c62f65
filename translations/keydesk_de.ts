<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About KeyDesk</source>
        <translation>Über KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads organisations, and hands each new key over exactly once through the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is available under the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Listet, erstellt und widerruft die API-Schlüssel von Organisationen bei LeadHQL, LocalLeads und Trust Leads und übergibt jeden neuen Schlüssel genau einmal über den Schlüsselbund des Systems.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Der eingebaute Demo-Server verwendet Qt HTTP Server, der unter der GPL-3.0 verfügbar ist.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation>Befund quittieren</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Why this is fine (optional)</source>
        <translation>Warum das in Ordnung ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Until the end of:</source>
        <translation>&amp;Bis einschließlich:</translation>
    </message>
    <message>
        <source>Acknowledged until</source>
        <translation>Quittiert bis einschließlich</translation>
    </message>
    <message>
        <source>An acknowledged finding stays in the Health view, dimmed, and no longer counts. It comes back when the acknowledgement ends or the finding gets worse.</source>
        <translation>Ein quittierter Befund bleibt abgeblendet in der Ansicht „Zustand“ und zählt nicht mehr mit. Er kehrt zurück, wenn die Quittierung endet oder sich der Befund verschlechtert.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The credential cannot be used: %1.</source>
        <translation>Die Zugangsdaten können nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>The server does not allow this credential to do that%1.</source>
        <translation>Der Server erlaubt diese Aktion mit diesen Zugangsdaten nicht%1.</translation>
    </message>
    <message>
        <source>The server refused the credential%1. Check that it is correct and not expired or revoked.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt%1. Prüfen Sie, ob sie korrekt, nicht abgelaufen und nicht widerrufen sind.</translation>
    </message>
    <message>
        <source>LeadHQL manages keys only with a JWT session token from the dashboard, not with an API key (leadhql_pk_…).</source>
        <translation>LeadHQL verwaltet Schlüssel nur mit einem JWT-Sitzungstoken aus dem Dashboard, nicht mit einem API-Schlüssel (leadhql_pk_…).</translation>
    </message>
    <message>
        <source>The server knows no key with this id%1; it may already have been revoked. Refresh the list.</source>
        <translation>Der Server kennt keinen Schlüssel mit dieser ID%1; vielleicht wurde er bereits widerrufen. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The server rejected the request%1.</source>
        <translation>Der Server hat die Anfrage abgelehnt%1.</translation>
    </message>
    <message>
        <source>The organisation has reached its limit of active keys%1. Revoke a key you no longer need, then try again.</source>
        <translation>Die Organisation hat ihr Limit an aktiven Schlüsseln erreicht%1. Widerrufen Sie einen nicht mehr benötigten Schlüssel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>Der Server begrenzt die Anfragen%1 und bittet, %2 Sekunden zu warten. Versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1. Wait a moment, then try again.</source>
        <translation>Der Server begrenzt die Anfragen%1. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is unavailable%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>Der Server ist nicht verfügbar%1 und bittet, %2 Sekunden zu warten. Versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>The server had a problem%1. Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten%1. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the base URL and the network connection.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). If the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (%1). Verwendet der Server eine private Zertifizierungsstelle, geben Sie im Profil die CA-Datei an.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s response was not understood (%1). Check the profile&apos;s base URL and dialect.</source>
        <translation>Die Antwort des Servers war unverständlich (%1). Prüfen Sie Basis-URL und Dialekt des Profils.</translation>
    </message>
    <message>
        <source>The key may have been created: check the list of keys.</source>
        <translation>Der Schlüssel wurde möglicherweise erstellt: Prüfen Sie die Schlüsselliste.</translation>
    </message>
    <message>
        <source>Refusing to send the credential over an insecure connection (%1): use https://, plain http:// is allowed only for this computer (localhost).</source>
        <translation>Die Zugangsdaten werden nicht über eine unsichere Verbindung gesendet (%1): Verwenden Sie https://; einfaches http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>%1 documents no key-management endpoints: list, create and revoke keys in its dashboard.</source>
        <translation>%1 dokumentiert keine Endpunkte zur Schlüsselverwaltung: Schlüssel werden in dessen Dashboard aufgelistet, erstellt und widerrufen.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent (%1): the key may have been created. Check the list of keys before trying again.</source>
        <translation>Die Verbindung ist nach dem Senden der Anfrage abgebrochen (%1): Der Schlüssel wurde möglicherweise erstellt. Prüfen Sie die Schlüsselliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server answered the request with a redirect to %1 (HTTP %2) instead of a result: the key may have been created. Check the list of keys before trying again, and check the profile&apos;s base URL.</source>
        <translation>Der Server hat die Anfrage mit einer Umleitung auf %1 (HTTP %2) statt mit einem Ergebnis beantwortet: Der Schlüssel wurde möglicherweise erstellt. Prüfen Sie die Schlüsselliste, bevor Sie es erneut versuchen, und prüfen Sie die Basis-URL des Profils.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>Revoke API Keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke several API keys</source>
        <translation>Mehrere API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Zu widerrufende Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Number of keys to revoke</source>
        <translation>Anzahl der zu widerrufenden Schlüssel</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the saved connection NAME (credential from the keychain).</source>
        <translation>Die gespeicherte Verbindung NAME verwenden (Zugangsdaten aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API dialect: leadhql, localleads or trustleads.</source>
        <translation>API-Dialekt: leadhql, localleads oder trustleads.</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>Server base URL (credential from the environment variable KEYDESK_CREDENTIAL).</source>
        <translation>Basis-URL des Servers (Zugangsdaten aus der Umgebungsvariable KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Zusätzlich den CA-Zertifikaten in DATEI vertrauen (PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>create: the key expires after N days.</source>
        <translation>create: Der Schlüssel läuft nach N Tagen ab.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>create: the key expires on this date.</source>
        <translation>create: Der Schlüssel läuft an diesem Datum ab.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>revoke: do not ask for confirmation.</source>
        <translation>revoke: nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>There is no --%1 option: secrets are never passed as arguments; set the environment variable KEYDESK_CREDENTIAL or use --profile.</source>
        <translation>Es gibt keine Option --%1: Geheimnisse werden nie als Argumente übergeben; setzen Sie die Umgebungsvariable KEYDESK_CREDENTIAL oder verwenden Sie --profile.</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>--base-url &apos;%1&apos; ist keine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;; use leadhql, localleads or trustleads.</source>
        <translation>Unbekannter Dialekt &apos;%1&apos;; verwenden Sie leadhql, localleads oder trustleads.</translation>
    </message>
    <message>
        <source>Give either --expires-in-days or --expires-at, not both.</source>
        <translation>Geben Sie entweder --expires-in-days oder --expires-at an, nicht beides.</translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days, not &apos;%1&apos;.</source>
        <translation>--expires-in-days erwartet eine ganze Zahl von Tagen, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--expires-at needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--expires-at erwartet ein Datum im Format JJJJ-MM-TT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use either --profile or --dialect with --base-url, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --dialect mit --base-url, nicht beides.</translation>
    </message>
    <message>
        <source>No server given: use --profile NAME, or --dialect and --base-url (with the credential in KEYDESK_CREDENTIAL).</source>
        <translation>Kein Server angegeben: Verwenden Sie --profile NAME oder --dialect und --base-url (mit den Zugangsdaten in KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>--ca-file &apos;%1&apos; is not a readable file.</source>
        <translation>--ca-file &apos;%1&apos; ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>An argument looks like an API key or session token. Secrets are never accepted on the command line (shell history, process lists): put the credential in KEYDESK_CREDENTIAL, or pipe a key to &apos;verify&apos; on stdin.</source>
        <translation>Ein Argument sieht wie ein API-Schlüssel oder Sitzungstoken aus. Geheimnisse werden auf der Befehlszeile nie angenommen (Shell-Verlauf, Prozesslisten): Legen Sie die Zugangsdaten in KEYDESK_CREDENTIAL ab oder leiten Sie einen Schlüssel über stdin an &apos;verify&apos; weiter.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos; für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 gilt nicht für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;revoke&apos; erwartet eine Schlüssel-ID (siehe &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;profile add&apos; needs --dialect and --base-url.</source>
        <translation>&apos;profile add&apos; erwartet --dialect und --base-url.</translation>
    </message>
    <message>
        <source>With --base-url: record the history under the organisation NAME (without it, nothing is recorded). For history, export and log: the organisation to read.</source>
        <translation>Mit --base-url: den Verlauf unter der Organisation NAME erfassen (ohne diese Option wird nichts erfasst). Für history, export und log: die zu lesende Organisation.</translation>
    </message>
    <message>
        <source>export: csv (default) or json.</source>
        <translation>export: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>log: entries from this day on.</source>
        <translation>log: Einträge ab diesem Tag.</translation>
    </message>
    <message>
        <source>--org needs an organisation name.</source>
        <translation>--org erwartet einen Organisationsnamen.</translation>
    </message>
    <message>
        <source>--org goes with --dialect and --base-url; with --profile the history is recorded under the profile&apos;s name.</source>
        <translation>--org gehört zu --dialect und --base-url; mit --profile wird der Verlauf unter dem Namen des Profils erfasst.</translation>
    </message>
    <message>
        <source>Use either --profile or --org, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --org, nicht beides.</translation>
    </message>
    <message>
        <source>No organisation given: use --profile NAME or --org NAME.</source>
        <translation>Keine Organisation angegeben: Verwenden Sie --profile NAME oder --org NAME.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;list --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 gilt nicht für &apos;list --cached&apos;, das keine Anfrage stellt; geben Sie die Organisation mit --profile oder --org an.</translation>
    </message>
    <message>
        <source>&apos;history&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;history&apos; erwartet eine Schlüssel-ID (siehe &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;; use csv or json.</source>
        <translation>Unbekanntes Exportformat &apos;%1&apos;; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>Use either --all-profiles or one organisation (--profile or --org), not both.</source>
        <translation>Verwenden Sie entweder --all-profiles oder eine einzelne Organisation (--profile oder --org), nicht beides.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --profile NAME, --org NAME or --all-profiles.</source>
        <translation>&apos;export&apos; erwartet --profile NAME, --org NAME oder --all-profiles.</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--since erwartet ein Datum im Format JJJJ-MM-TT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>list, audit: the last listing the inventory knows, without any request.</source>
        <translation>list, audit: die letzte Auflistung, die das Inventar kennt, ohne jede Anfrage.</translation>
    </message>
    <message>
        <source>export, audit: every saved profile.</source>
        <translation>export, audit: alle gespeicherten Profile.</translation>
    </message>
    <message>
        <source>audit: exit 8 when an open finding is at least this severe: info, warning (default) or critical.</source>
        <translation>audit: mit Exit-Code 8 beenden, wenn ein offener Befund mindestens diesen Schweregrad hat: info, warning (Standard) oder critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>acknowledge: why the finding is acceptable.</source>
        <translation>acknowledge: warum der Befund hinnehmbar ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>acknowledge: the last day the acknowledgement holds (default: for good).</source>
        <translation>acknowledge: der letzte Tag, an dem die Quittierung gilt (Standard: unbefristet).</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --all-profiles&apos;, which audits every saved profile.</source>
        <translation>--%1 gilt nicht für &apos;audit --all-profiles&apos;, das alle gespeicherten Profile prüft.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 gilt nicht für &apos;audit --cached&apos;, das keine Anfrage stellt; geben Sie die Organisation mit --profile oder --org an.</translation>
    </message>
    <message>
        <source>Unknown finding &apos;%1&apos;; use one of the rule names &apos;keydesk-cli audit&apos; prints, such as expires-soon, idle or limit-near.</source>
        <translation>Unbekannter Befund &apos;%1&apos;; verwenden Sie einen der Regelnamen, die &apos;keydesk-cli audit&apos; ausgibt, etwa expires-soon, idle oder limit-near.</translation>
    </message>
    <message>
        <source>limit-near is about the organisation, not a key: use &apos;keydesk-cli acknowledge limit-near&apos;.</source>
        <translation>limit-near betrifft die Organisation, nicht einen Schlüssel: Verwenden Sie &apos;keydesk-cli acknowledge limit-near&apos;.</translation>
    </message>
    <message>
        <source>&apos;acknowledge&apos; needs a key ID (see &apos;keydesk-cli audit&apos;).</source>
        <translation>&apos;acknowledge&apos; erwartet eine Schlüssel-ID (siehe &apos;keydesk-cli audit&apos;).</translation>
    </message>
    <message>
        <source>&apos;acknowledge %1&apos; needs the key ID first: &apos;keydesk-cli acknowledge ID %1&apos;.</source>
        <translation>&apos;acknowledge %1&apos; erwartet zuerst die Schlüssel-ID: &apos;keydesk-cli acknowledge ID %1&apos;.</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--until erwartet ein Datum im Format JJJJ-MM-TT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--until %1 has passed; give today or a later day.</source>
        <translation>--until %1 liegt in der Vergangenheit; geben Sie heute oder einen späteren Tag an.</translation>
    </message>
    <message>
        <source>a finding (and the key ID of a key&apos;s finding)</source>
        <translation>einen Befund (bei einem Befund zu einem Schlüssel auch die Schlüssel-ID)</translation>
    </message>
    <message>
        <source>Unknown --fail-on level &apos;%1&apos;; use info, warning or critical.</source>
        <translation>Unbekannte Stufe &apos;%1&apos; für --fail-on; verwenden Sie info, warning oder critical.</translation>
    </message>
    <message>
        <source>create, rotate: hand the new key to DEST instead of printing it: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>create, rotate: den neuen Schlüssel an ZIEL übergeben, statt ihn auszugeben: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY oder command:NAME.</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>profile command: remove the saved command template.</source>
        <translation>profile command: die gespeicherte Befehlsvorlage entfernen.</translation>
    </message>
    <message>
        <source>profile set: the rotation policy, rotate keys every N days (0: no policy).</source>
        <translation>profile set: die Rotationsrichtlinie, Schlüssel alle N Tage rotieren (0: keine Richtlinie).</translation>
    </message>
    <message>
        <source>scan: also the git history of each PATH in a repository.</source>
        <translation>scan: auch den Git-Verlauf jedes PFADS in einem Repository.</translation>
    </message>
    <message>
        <source>scan: the files staged in the index (a pre-commit hook).</source>
        <translation>scan: die im Index vorgemerkten Dateien (ein pre-commit-Hook).</translation>
    </message>
    <message>
        <source>scan: binary files too.</source>
        <translation>scan: auch Binärdateien.</translation>
    </message>
    <message>
        <source>scan --history: read the whole history again, not only what is new.</source>
        <translation>scan --history: den gesamten Verlauf erneut lesen, nicht nur das Neue.</translation>
    </message>
    <message>
        <source>scan: check keys the inventory does not know with the server of --profile.</source>
        <translation>scan: Schlüssel, die das Inventar nicht kennt, beim Server von --profile prüfen.</translation>
    </message>
    <message>
        <source>scan: fingerprints to leave out, one per line with a reason (default: .keydesk-ignore in each folder PATH).</source>
        <translation>scan: auszulassende Fingerabdrücke, einer pro Zeile mit einer Begründung (Standard: .keydesk-ignore in jedem Ordner PFAD).</translation>
    </message>
    <message>
        <source>scan: print SARIF 2.1.0 (for code scanning) instead of text.</source>
        <translation>scan: SARIF 2.1.0 (für Code-Scanning) statt Text ausgeben.</translation>
    </message>
    <message>
        <source>scan: write a pre-commit hook into the repository that runs &apos;scan --staged&apos;.</source>
        <translation>scan: einen pre-commit-Hook in das Repository schreiben, der &apos;scan --staged&apos; ausführt.</translation>
    </message>
    <message>
        <source>rotate: the new key&apos;s name (default: the old key&apos;s).</source>
        <translation>rotate: der Name des neuen Schlüssels (Standard: der des alten).</translation>
    </message>
    <message>
        <source>rotate: how long the old key must be unused after the new one is in use before it is revoked (default 24h).</source>
        <translation>rotate: wie lange der alte Schlüssel unbenutzt sein muss, nachdem der neue verwendet wird, bevor er widerrufen wird (Standard 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>rotate: say when the old key is ready to revoke, do not revoke it.</source>
        <translation>rotate: melden, wenn der alte Schlüssel widerrufen werden kann, ihn aber nicht widerrufen.</translation>
    </message>
    <message>
        <source>rotate: a leaked key; revoke the old key as soon as the new one exists (asks first unless --yes).</source>
        <translation>rotate: ein geleakter Schlüssel; den alten Schlüssel widerrufen, sobald der neue existiert (fragt vorher nach, außer mit --yes).</translation>
    </message>
    <message>
        <source>rotate: keep polling until the rotation ends.</source>
        <translation>rotate: weiter abfragen, bis die Rotation endet.</translation>
    </message>
    <message>
        <source>rotate --wait: give up after DURATION (exit 6).</source>
        <translation>rotate --wait: nach DAUER aufgeben (Exit-Code 6).</translation>
    </message>
    <message>
        <source>rotations cancel: also revoke the new key.</source>
        <translation>rotations cancel: auch den neuen Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;scan --install-hook&apos;.</source>
        <translation>--%1 gilt nicht für &apos;scan --install-hook&apos;.</translation>
    </message>
    <message>
        <source>&apos;scan --install-hook&apos; takes at most one repository.</source>
        <translation>&apos;scan --install-hook&apos; nimmt höchstens ein Repository an.</translation>
    </message>
    <message>
        <source>&apos;scan&apos; needs a file, a folder or - (stdin).</source>
        <translation>&apos;scan&apos; benötigt eine Datei, einen Ordner oder - (stdin).</translation>
    </message>
    <message>
        <source>&apos;scan&apos; reads stdin (-) once.</source>
        <translation>&apos;scan&apos; liest stdin (-) nur einmal.</translation>
    </message>
    <message>
        <source>Give either --json or --sarif, not both.</source>
        <translation>Geben Sie entweder --json oder --sarif an, nicht beides.</translation>
    </message>
    <message>
        <source>--full goes with --history.</source>
        <translation>--full gehört zu --history.</translation>
    </message>
    <message>
        <source>--verify needs --profile NAME: the server that checks the keys.</source>
        <translation>--verify benötigt --profile NAME: den Server, der die Schlüssel prüft.</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;rotate&apos; benötigt eine Schlüssel-ID (siehe &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; records the rotation in the inventory: use --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotate&apos; erfasst die Rotation im Inventar: Verwenden Sie --profile NAME oder --org NAME mit --base-url.</translation>
    </message>
    <message>
        <source>--quiet-for needs a duration such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--quiet-for benötigt eine Dauer wie 90s, 30m, 24h oder 7d, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--yes goes with --emergency (the only rotation that asks first).</source>
        <translation>--yes gehört zu --emergency (der einzigen Rotation, die vorher nachfragt).</translation>
    </message>
    <message>
        <source>--timeout goes with --wait.</source>
        <translation>--timeout gehört zu --wait.</translation>
    </message>
    <message>
        <source>--timeout needs a duration above zero such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--timeout benötigt eine Dauer größer als null wie 90s, 30m, 24h oder 7d, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Command templates are saved per profile: use --to command:NAME with --profile.</source>
        <translation>Befehlsvorlagen werden pro Profil gespeichert: Verwenden Sie --to command:NAME mit --profile.</translation>
    </message>
    <message>
        <source>&apos;profile command PROFILE NAME --remove&apos; takes no program.</source>
        <translation>&apos;profile command PROFILE NAME --remove&apos; nimmt kein Programm an.</translation>
    </message>
    <message>
        <source>The command template needs a program.</source>
        <translation>Die Befehlsvorlage benötigt ein Programm.</translation>
    </message>
    <message>
        <source>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan or profile.</source>
        <translation>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan oder profile.</translation>
    </message>
    <message>
        <source>a rotation ID (see &apos;keydesk-cli rotations&apos;)</source>
        <translation>eine Rotations-ID (siehe &apos;keydesk-cli rotations&apos;)</translation>
    </message>
    <message>
        <source>Unknown rotations subcommand &apos;%1&apos;; use advance or cancel.</source>
        <translation>Unbekannter rotations-Unterbefehl &apos;%1&apos;; verwenden Sie advance oder cancel.</translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs a subcommand: add, list, remove, set or command.</source>
        <translation>&apos;profile&apos; benötigt einen Unterbefehl: add, list, remove, set oder command.</translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation>ein Profilname</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use add, list, remove, set or command.</source>
        <translation>Unbekannter profile-Unterbefehl &apos;%1&apos;; verwenden Sie add, list, remove, set oder command.</translation>
    </message>
    <message>
        <source>&apos;rotations advance&apos; needs the organisation the rotations are recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations advance&apos; benötigt die Organisation, unter der die Rotationen erfasst sind: --profile NAME oder --org NAME mit --base-url.</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs a rotation ID (see &apos;keydesk-cli rotations&apos;).</source>
        <translation>&apos;rotations cancel&apos; benötigt eine Rotations-ID (siehe &apos;keydesk-cli rotations&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs the organisation the rotation is recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations cancel&apos; benötigt die Organisation, unter der die Rotation erfasst ist: --profile NAME oder --org NAME mit --base-url.</translation>
    </message>
    <message>
        <source>&apos;profile set&apos; needs --rotate-every-days N.</source>
        <translation>&apos;profile set&apos; benötigt --rotate-every-days N.</translation>
    </message>
    <message>
        <source>--rotate-every-days needs a whole number of days from 0 (no policy) to 3650, not &apos;%1&apos;.</source>
        <translation>--rotate-every-days benötigt eine ganze Zahl von Tagen von 0 (keine Richtlinie) bis 3650, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]
                   [--org NAME] [--json] [--ca-file FILE] COMMAND

Manage the API keys of a LeadHQL, LocalLeads or Trust Leads organisation.

Commands:
  list                          all keys of the organisation
  create NAME [--expires-in-days N | --expires-at YYYY-MM-DD]
                                create a key; only the key is printed on stdout
  revoke ID [--yes]             revoke a key (asks first unless --yes)
  revoke ID ID... [--yes]       revoke several keys: a preview, then type their number
  verify                        check a key read from stdin
  list --cached                 the last listing in the local inventory (no request)
  history ID [--json]           how a key&apos;s status and use changed, oldest first
  export [--format csv|json] [--all-profiles]
                                every known key, without secrets
  log [--json] [--since YYYY-MM-DD]
                                what KeyDesk did: create, revoke, handoffs, profiles
  audit [--all-profiles] [--cached] [--fail-on info|warning|critical] [--json]
                                what needs doing: expiring, old, idle or unexpectedly
                                used keys (refreshes the organisation first)
  acknowledge [ID] FINDING [--note TEXT] [--until YYYY-MM-DD]
                                leave one finding out of &apos;audit&apos; (limit-near: no ID)
  scan PATH... [--history] [--staged] [--binary] [--full] [--verify]
       [--ignore-file FILE] [--json | --sarif]
                                find API keys in files, folders (- for stdin) and git
                                history, and name the inventory&apos;s key each one is;
                                the keys themselves are never printed
  scan --install-hook [REPO]    write a pre-commit hook that runs &apos;scan --staged&apos;
  rotate ID [--name NAME] [--expires-in-days N | --expires-at YYYY-MM-DD]
         [--quiet-for DURATION] [--no-auto-revoke] [--emergency [--yes]]
         [--wait [--timeout DURATION]]
                                replace a key: the new key on stdout (as &apos;create&apos;),
                                the old one revoked once the new one is in use and
                                the old one was unused for the quiet period (24h)
  rotations [--json]            the rotations and where they stand
  rotations advance             refresh and move the open rotations on (for cron)
  rotations cancel ID [--revoke-new]
                                stop a rotation, keeping both keys
  profile add NAME --dialect D --base-url URL [--ca-file FILE]
                                save a connection; the credential is read from
                                KEYDESK_CREDENTIAL and stored in the keychain
  profile list                  saved connections
  profile remove NAME           delete a connection and its keychain entry
  profile set NAME --rotate-every-days N
                                the rotation policy: &apos;audit&apos; finds keys older than N days
                                (0: no policy)

With --base-url the credential comes from the environment variable
KEYDESK_CREDENTIAL (LeadHQL: a JWT session token from the dashboard; LocalLeads:
an ll_ key; Trust Leads: an lfk_sk_ key). Secrets are never accepted as arguments.

The local inventory records every listing, create and revoke of a profile (or of
--base-url with --org NAME) and never holds a secret; list --cached, history,
export and log read it with --profile NAME or --org NAME.

DURATION is a whole number followed by s, m, h or d (90s, 30m, 24h, 7d).
Rotations are recorded under the profile (or --org NAME with --base-url).

</source>
        <translation>Aufruf: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]
                    [--org NAME] [--json] [--ca-file DATEI] BEFEHL

Verwaltet die API-Schlüssel einer Organisation bei LeadHQL, LocalLeads oder Trust Leads.

Befehle:
  list                          alle Schlüssel der Organisation
  create NAME [--expires-in-days N | --expires-at JJJJ-MM-TT]
                                einen Schlüssel erstellen; nur der Schlüssel wird
                                auf stdout ausgegeben
  revoke ID [--yes]             einen Schlüssel widerrufen (fragt vorher nach,
                                außer mit --yes)
  revoke ID ID... [--yes]       mehrere Schlüssel widerrufen: eine Vorschau, dann
                                ihre Anzahl eintippen
  verify                        einen von stdin gelesenen Schlüssel prüfen
  list --cached                 die letzte Auflistung im lokalen Inventar
                                (ohne Anfrage)
  history ID [--json]           wie sich Status und Nutzung eines Schlüssels
                                geändert haben, älteste Änderung zuerst
  export [--format csv|json] [--all-profiles]
                                alle bekannten Schlüssel, ohne Geheimnisse
  log [--json] [--since JJJJ-MM-TT]
                                was KeyDesk getan hat: Erstellungen, Widerrufe,
                                Übergaben, Profile
  audit [--all-profiles] [--cached] [--fail-on info|warning|critical] [--json]
                                was zu tun ist: ablaufende, alte, länger nicht
                                verwendete oder unerwartet genutzte Schlüssel
                                (aktualisiert zuerst die Organisation)
  acknowledge [ID] BEFUND [--note TEXT] [--until JJJJ-MM-TT]
                                einen Befund aus &apos;audit&apos; herausnehmen
                                (limit-near: ohne ID)
  scan PFAD... [--history] [--staged] [--binary] [--full] [--verify]
       [--ignore-file DATEI] [--json | --sarif]
                                API-Schlüssel in Dateien, Ordnern (- für stdin)
                                und im Git-Verlauf finden und zu jedem den
                                Schlüssel des Inventars nennen; die Schlüssel
                                selbst werden nie ausgegeben
  scan --install-hook [REPO]    einen pre-commit-Hook schreiben, der
                                &apos;scan --staged&apos; ausführt
  rotate ID [--name NAME] [--expires-in-days N | --expires-at JJJJ-MM-TT]
         [--quiet-for DAUER] [--no-auto-revoke] [--emergency [--yes]]
         [--wait [--timeout DAUER]]
                                einen Schlüssel ersetzen: der neue Schlüssel auf
                                stdout (wie bei &apos;create&apos;), der alte wird
                                widerrufen, sobald der neue verwendet wird und der
                                alte während der Ruhezeit (24h) unbenutzt blieb
  rotations [--json]            die Rotationen und ihr Stand
  rotations advance             aktualisieren und die offenen Rotationen
                                fortführen (für cron)
  rotations cancel ID [--revoke-new]
                                eine Rotation abbrechen, beide Schlüssel bleiben
  profile add NAME --dialect D --base-url URL [--ca-file DATEI]
                                eine Verbindung speichern; die Zugangsdaten werden
                                aus KEYDESK_CREDENTIAL gelesen und im
                                Schlüsselbund abgelegt
  profile list                  gespeicherte Verbindungen
  profile remove NAME           eine Verbindung und ihren Eintrag im
                                Schlüsselbund löschen
  profile set NAME --rotate-every-days N
                                die Rotationsrichtlinie: &apos;audit&apos; findet Schlüssel,
                                die älter als N Tage sind (0: keine Richtlinie)

Mit --base-url stammen die Zugangsdaten aus der Umgebungsvariable
KEYDESK_CREDENTIAL (LeadHQL: ein JWT-Sitzungstoken aus dem Dashboard; LocalLeads:
ein ll_-Schlüssel; Trust Leads: ein lfk_sk_-Schlüssel). Geheimnisse werden nie als
Argumente angenommen.

Das lokale Inventar erfasst jede Auflistung, jede Erstellung und jeden Widerruf
eines Profils (oder von --base-url mit --org NAME) und enthält nie ein Geheimnis;
list --cached, history, export und log lesen es mit --profile NAME oder --org NAME.

DAUER ist eine ganze Zahl, gefolgt von s, m, h oder d (90s, 30m, 24h, 7d).
Rotationen werden unter dem Profil erfasst (oder unter --org NAME mit --base-url).

</translation>
    </message>
    <message>
        <source>Delivery (the key goes to its destination on stdin, never argv; read back and
compared before the pending copy in the keychain is deleted):
  create NAME --to DEST, rotate ID --to DEST
                                DEST: keychain:LABEL, pass:NAME,
                                keepassxc:DATABASE:ENTRY (database password from
                                the terminal or stdin) or command:NAME
  profile command PROFILE [NAME [-- PROGRAM ARG...]] [--remove]
                                save, show, remove or list the profile&apos;s command
                                templates (run without a shell, key on stdin)

</source>
        <translation>Zustellung (der Schlüssel geht über stdin an sein Ziel, nie über argv; er wird
zurückgelesen und verglichen, bevor die ausstehende Kopie im Schlüsselbund
gelöscht wird):
  create NAME --to ZIEL, rotate ID --to ZIEL
                                ZIEL: keychain:LABEL, pass:NAME,
                                keepassxc:DATABASE:ENTRY (Datenbankpasswort vom
                                Terminal oder von stdin) oder command:NAME
  profile command PROFILE [NAME [-- PROGRAM ARG...]] [--remove]
                                die Befehlsvorlagen des Profils speichern,
                                anzeigen, entfernen oder auflisten (ohne Shell
                                ausgeführt, Schlüssel auf stdin)

</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other (e.g. not supported by the dialect, declined), 2 usage,
3 authentication (or &apos;verify&apos;: key refused), 4 not found, 5 rejected (by the
server or by the same rules checked locally: name, expiry, key limit),
6 network/TLS/timeout, 7 keychain, 8 &apos;audit&apos; found an open finding at or above
--fail-on, or &apos;scan&apos; found a live or unknown key; &apos;rotate --wait&apos; exits 6 when
--timeout passes.
</source>
        <translation>
Exit-Codes: 0 OK, 1 Sonstiges (z. B. vom Dialekt nicht unterstützt, Rückfrage
verneint), 2 Aufruf, 3 Authentifizierung (bei &apos;verify&apos;: Schlüssel abgelehnt),
4 nicht gefunden, 5 zurückgewiesen (vom Server oder durch dieselben lokal
geprüften Regeln: Name, Ablauf, Schlüssellimit), 6 Netzwerk/TLS/Zeitüberschreitung,
7 Schlüsselbund, 8 &apos;audit&apos; hat einen offenen Befund ab der Stufe von --fail-on
gefunden oder &apos;scan&apos; hat einen gültigen oder unbekannten Schlüssel gefunden;
&apos;rotate --wait&apos; endet mit 6, wenn --timeout verstrichen ist.
</translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>y</source>
        <extracomment>Accepted answers to a [y/N] question, besides the English &quot;y&quot; and &quot;yes&quot;.</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>About the new key</source>
        <translation>Über den neuen Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Required, at most 100 characters. Describes where the key is used.</source>
        <translation>Pflichtfeld, höchstens 100 Zeichen. Beschreibt, wo der Schlüssel verwendet wird.</translation>
    </message>
    <message>
        <source>e.g. Production CRM sync</source>
        <translation>z. B. CRM-Synchronisierung Produktion</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Namenslänge</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problem mit dem Ablauf</translation>
    </message>
    <message>
        <source>Limits of this service</source>
        <translation>Limits dieses Dienstes</translation>
    </message>
    <message>
        <source>Error from the server</source>
        <translation>Fehler vom Server</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Acme Realty (demo)</source>
        <translation>Acme Realty (Demo)</translation>
    </message>
    <message>
        <source>Northwind Leads (demo)</source>
        <translation>Northwind Leads (Demo)</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding</source>
        <translation>
            <numerusform>%n weiterer Befund</numerusform>
            <numerusform>%n weitere Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more findings</source>
        <translation>
            <numerusform>%n weiterer Befund</numerusform>
            <numerusform>%n weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to revoke: %1</source>
        <translation>Bereit zum Widerruf: %1</translation>
    </message>
    <message>
        <source>%1. Its successor “%2” is in use and the old key has gone quiet: revoke it in KeyDesk (automatic revoke is off for this rotation).</source>
        <translation>%1. Sein Nachfolger „%2“ wird verwendet und der alte Schlüssel blieb während der Ruhezeit unbenutzt: Widerrufen Sie ihn in KeyDesk (der automatische Widerruf ist für diese Rotation ausgeschaltet).</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired but active</source>
        <translation>Abgelaufen, aber aktiv</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Old key</source>
        <translation>Alter Schlüssel</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Länger nicht verwendet</translation>
    </message>
    <message>
        <source>Used again after a quiet spell</source>
        <translation>Nach einer Ruhepause wieder verwendet</translation>
    </message>
    <message>
        <source>Usage spike</source>
        <translation>Nutzungsspitze</translation>
    </message>
    <message>
        <source>Key limit nearly reached</source>
        <translation>Schlüssellimit fast erreicht</translation>
    </message>
    <message>
        <source>Expires in less than a day, on %1.</source>
        <translation>Läuft in weniger als einem Tag ab, am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day, on %1.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days, on %1.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1, but the server still lists it as active.</source>
        <translation>Am %1 abgelaufen, aber der Server führt ihn noch als aktiv.</translation>
    </message>
    <message>
        <source>Never expires: a leaked copy would work for good.</source>
        <translation>Läuft nie ab: Eine durchgesickerte Kopie würde für immer funktionieren.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt, am %1: Rotieren Sie Schlüssel regelmäßig.</numerusform>
            <numerusform>Vor %n Tagen erstellt, am %1: Rotieren Sie Schlüssel regelmäßig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt, am %1: Rotieren Sie Schlüssel regelmäßig.</numerusform>
            <numerusform>Vor %n Tagen erstellt, am %1: Rotieren Sie Schlüssel regelmäßig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt und nie verwendet: vielleicht nicht mehr benötigt.</numerusform>
            <numerusform>Vor %n Tagen erstellt und nie verwendet: vielleicht nicht mehr benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt und nie verwendet: vielleicht nicht mehr benötigt.</numerusform>
            <numerusform>Vor %n Tagen erstellt und nie verwendet: vielleicht nicht mehr benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n day ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag verwendet, am %1: vielleicht nicht mehr benötigt.</numerusform>
            <numerusform>Zuletzt vor %n Tagen verwendet, am %1: vielleicht nicht mehr benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n days ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag verwendet, am %1: vielleicht nicht mehr benötigt.</numerusform>
            <numerusform>Zuletzt vor %n Tagen verwendet, am %1: vielleicht nicht mehr benötigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n day without use: check that this use is expected.</source>
        <translation>
            <numerusform>Am %1 nach %n Tag ohne Nutzung verwendet: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>Am %1 nach %n Tagen ohne Nutzung verwendet: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n days without use: check that this use is expected.</source>
        <translation>
            <numerusform>Am %1 nach %n Tag ohne Nutzung verwendet: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>Am %1 nach %n Tagen ohne Nutzung verwendet: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n Anfrage im letzten Intervall, das %1-Fache seiner üblichen Rate: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>%n Anfragen im letzten Intervall, das %1-Fache seiner üblichen Rate: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n Anfrage im letzten Intervall, das %1-Fache seiner üblichen Rate: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>%n Anfragen im letzten Intervall, das %1-Fache seiner üblichen Rate: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n Anfrage im letzten Intervall bei einem Schlüssel, der zuvor nie verwendet wurde: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>%n Anfragen im letzten Intervall bei einem Schlüssel, der zuvor nie verwendet wurde: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n Anfrage im letzten Intervall bei einem Schlüssel, der zuvor nie verwendet wurde: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
            <numerusform>%n Anfragen im letzten Intervall bei einem Schlüssel, der zuvor nie verwendet wurde: Prüfen Sie, ob diese Nutzung zu erwarten ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active keys: revoke keys no longer needed before the next create fails.</source>
        <translation>%1 von %2 aktiven Schlüsseln: Widerrufen Sie nicht mehr benötigte Schlüssel, bevor die nächste Erstellung fehlschlägt.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Set an expiry by rotating</source>
        <translation>Ablauf per Rotation festlegen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
    <message>
        <source>Leaked</source>
        <translation>Geleakt</translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n day</source>
        <translation>
            <numerusform>laut Richtlinie wird jeweils nach %n Tag rotiert</numerusform>
            <numerusform>laut Richtlinie wird jeweils nach %n Tagen rotiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n days</source>
        <translation>
            <numerusform>laut Richtlinie wird jeweils nach %n Tag rotiert</numerusform>
            <numerusform>laut Richtlinie wird jeweils nach %n Tagen rotiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: %2.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt, am %1: %2.</numerusform>
            <numerusform>Vor %n Tagen erstellt, am %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: %2.</source>
        <translation>
            <numerusform>Vor %n Tag erstellt, am %1: %2.</numerusform>
            <numerusform>Vor %n Tagen erstellt, am %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A leak scan found this live key in %1 on %2: rotate it, or revoke it, now.</source>
        <translation>Ein Leak-Scan hat diesen gültigen Schlüssel am %2 in %1 gefunden: Rotieren oder widerrufen Sie ihn jetzt.</translation>
    </message>
</context>
<context>
    <name>InventoryStatus</name>
    <message>
        <source>Opening the inventory…</source>
        <translation>Das Inventar wird geöffnet…</translation>
    </message>
    <message>
        <source>The inventory file was damaged. It was moved to %1 and a new one was started; KeyDesk fills it again from the servers.</source>
        <translation>Die Inventardatei war beschädigt. Sie wurde nach %1 verschoben und eine neue wurde angelegt; KeyDesk füllt sie wieder mit den Daten der Server.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of KeyDesk (format %2; this version knows formats up to %3). It was left untouched: KeyDesk works without history until you update it.</source>
        <translation>Das Inventar %1 wurde von einer neueren Version von KeyDesk geschrieben (Format %2; diese Version kennt Formate bis %3). Es wurde nicht verändert: KeyDesk arbeitet ohne Verlauf, bis Sie KeyDesk aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk inventory. It was left untouched: KeyDesk works without history.</source>
        <translation>%1 ist kein KeyDesk-Inventar. Die Datei wurde nicht verändert: KeyDesk arbeitet ohne Verlauf.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite): KeyDesk works without history.</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite): KeyDesk arbeitet ohne Verlauf.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be written (read-only): KeyDesk works without history.</source>
        <translation>In das Inventar %1 kann nicht geschrieben werden (schreibgeschützt): KeyDesk arbeitet ohne Verlauf.</translation>
    </message>
    <message>
        <source>The disk that holds the inventory %1 is full: KeyDesk works without history until there is space again.</source>
        <translation>Der Datenträger mit dem Inventar %1 ist voll: KeyDesk arbeitet ohne Verlauf, bis wieder Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be used (%2): KeyDesk works without history.</source>
        <translation>Das Inventar %1 kann nicht verwendet werden (%2): KeyDesk arbeitet ohne Verlauf.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged and could not be moved aside (%2): KeyDesk works without history.</source>
        <translation>Das Inventar %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2): KeyDesk arbeitet ohne Verlauf.</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: %n characters, at most %1.</source>
        <translation>
            <numerusform>Der Name ist zu lang: %n Zeichen, höchstens %1.</numerusform>
            <numerusform>Der Name ist zu lang: %n Zeichen, höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key must live at least one day.</source>
        <translation>Ein Schlüssel muss mindestens einen Tag gültig sein.</translation>
    </message>
    <message numerus="yes">
        <source>A key can live at most %n days.</source>
        <translation>
            <numerusform>Ein Schlüssel kann höchstens %n Tag gültig sein.</numerusform>
            <numerusform>Ein Schlüssel kann höchstens %n Tage gültig sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid expiry date.</source>
        <translation>Wählen Sie ein gültiges Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiry date must be after today.</source>
        <translation>Das Ablaufdatum muss nach dem heutigen Tag liegen.</translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days ahead.</source>
        <translation>
            <numerusform>Das Ablaufdatum darf höchstens %n Tag in der Zukunft liegen.</numerusform>
            <numerusform>Das Ablaufdatum darf höchstens %n Tage in der Zukunft liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), such as a line break, a tab or a text-direction mark. Type the name without it.</source>
        <translation>Der Name enthält ein unsichtbares Steuerzeichen (%1), etwa einen Zeilenumbruch, einen Tabulator oder eine Textrichtungsmarke. Geben Sie den Namen ohne dieses Zeichen ein.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Scan for Leaked Keys</source>
        <translation>Nach geleakten Schlüsseln suchen</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Zu durchsuchende Ordner</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Also the &amp;git history (every commit, branch and stash)</source>
        <translation>Auch den &amp;Git-Verlauf (jeden Commit, Branch und Stash)</translation>
    </message>
    <message>
        <source>Also &amp;binary files</source>
        <translation>Auch &amp;Binärdateien</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>Scan &amp;abbrechen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt des Scans</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>Gefundene Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>&amp;Ignorieren…</translation>
    </message>
</context>
<context>
    <name>LostKeyDialog</name>
    <message>
        <source>Key May Exist</source>
        <translation>Schlüssel existiert möglicherweise</translation>
    </message>
    <message>
        <source>Outcome of creating the key is unknown</source>
        <translation>Ergebnis der Schlüsselerstellung unbekannt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Why the key may exist</source>
        <translation>Warum der Schlüssel existieren könnte</translation>
    </message>
    <message>
        <source>Error of the create request</source>
        <translation>Fehler der Erstellungsanfrage</translation>
    </message>
    <message>
        <source>Result of the search</source>
        <translation>Ergebnis der Suche</translation>
    </message>
    <message>
        <source>Keys the lost create may have left</source>
        <translation>Schlüssel, die die verlorene Erstellung hinterlassen haben könnte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API keys table</source>
        <translation>Tabelle der API-Schlüssel</translation>
    </message>
    <message>
        <source>Empty state</source>
        <translation>Leerer Zustand</translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation>Aktion im leeren Zustand</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Hand Off Pending Key…</source>
        <translation>Ausstehenden Schlüssel ü&amp;bergeben…</translation>
    </message>
    <message>
        <source>Hand Off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Copy &amp;Identifier</source>
        <translation>&amp;Kennung kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>Organisation &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>Organisation &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Re&amp;move Organisation…</source>
        <translation>Organisation &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>Ü&amp;ber KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the inventory of every organisation as CSV or JSON (no secrets)</source>
        <translation>Das Inventar aller Organisationen als CSV oder JSON speichern (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>&amp;Scan for Leaked Keys…</source>
        <translation>Nach geleakten &amp;Schlüsseln suchen…</translation>
    </message>
    <message>
        <source>Find API keys in folders and their git history, and which of your keys each one is</source>
        <translation>Findet API-Schlüssel in Ordnern und deren Git-Verlauf und zeigt, welcher Ihrer Schlüssel jeder davon ist</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear a copied &amp;key after:</source>
        <translation>Kopierten &amp;Schlüssel löschen nach:</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Zeitlimit der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh the key list every:</source>
        <translation>Schlüsselliste &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Keep KeyDesk running in the system tray</source>
        <translation>&amp;KeyDesk in der Systemleiste weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Closing the window keeps KeyDesk watching every organisation and notifying you of new findings</source>
        <translation>Nach dem Schließen des Fensters überwacht KeyDesk weiterhin alle Organisationen und benachrichtigt Sie über neue Befunde</translation>
    </message>
    <message>
        <source>&amp;Watch every organisation every:</source>
        <translation>Jede Organisation über&amp;wachen alle:</translation>
    </message>
    <message>
        <source>Background watch interval in minutes</source>
        <translation>Überwachungsintervall im Hintergrund in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Start at login (in the background)</source>
        <translation>&amp;Bei der Anmeldung starten (im Hintergrund)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation>Über diesen Dialog</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>e.g. Acme Realty</source>
        <translation>z. B. Acme Realty</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service (API dialect)</source>
        <translation>Dienst (API-Dialekt)</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private certificate authority</source>
        <translation>Optional: PEM-Datei einer privaten CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication header</source>
        <translation>Authentifizierungs-Header</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Management credential</source>
        <translation>Zugangsdaten für die Verwaltung</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation>Zugangsdaten anzeigen</translation>
    </message>
    <message>
        <source>About the credential</source>
        <translation>Über die Zugangsdaten</translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation>Ablauf des Sitzungstokens</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use the credential for this session only</source>
        <translation>Zugangsdaten nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long (at most %n characters).</source>
        <translation>
            <numerusform>Der Profilname ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Der Profilname ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation>Der Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Der Profilname darf weder &quot;/&quot; noch &quot;\&quot; enthalten.</translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example %1.</source>
        <translation>Geben Sie die Basis-URL der API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only in the &quot;Authorization: Bearer&quot; header.</source>
        <translation>%1 akzeptiert die Zugangsdaten nur im Header &quot;Authorization: Bearer&quot;.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>Die CA-Datei &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; is not a file.</source>
        <translation>Die CA-Datei &quot;%1&quot; ist keine Datei.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read (check its permissions).</source>
        <translation>Die CA-Datei &quot;%1&quot; kann nicht gelesen werden (prüfen Sie ihre Berechtigungen).</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read or written (access denied); profiles cannot be saved. Check the file&apos;s permissions.</source>
        <translation>Die Einstellungsdatei &quot;%1&quot; kann nicht gelesen oder geschrieben werden (Zugriff verweigert); Profile können nicht gespeichert werden. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged and was not read; profiles cannot be saved. Repair or delete the file.</source>
        <translation>Die Einstellungsdatei &quot;%1&quot; ist beschädigt und wurde nicht gelesen; Profile können nicht gespeichert werden. Reparieren oder löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>These profiles in &quot;%1&quot; name no known dialect and are ignored: %2.</source>
        <translation>Diese Profile in &quot;%1&quot; nennen keinen bekannten Dialekt und werden ignoriert: %2.</translation>
    </message>
    <message>
        <source>The profile name must not contain control characters such as line breaks or tabs, or invisible text-direction marks.</source>
        <translation>Der Profilname darf weder Steuerzeichen wie Zeilenumbrüche oder Tabulatoren noch unsichtbare Textrichtungsmarken enthalten.</translation>
    </message>
    <message>
        <source>Another KeyDesk process is changing the profiles in &quot;%1&quot; right now, so nothing was saved. Try again in a moment.</source>
        <translation>Ein anderer KeyDesk-Prozess ändert gerade die Profile in &quot;%1&quot;, daher wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The profiles in &quot;%1&quot; cannot be changed: the lock file &quot;%2&quot; cannot be created. Check the folder&apos;s permissions.</source>
        <translation>Die Profile in &quot;%1&quot; können nicht geändert werden: Die Sperrdatei &quot;%2&quot; kann nicht erstellt werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message numerus="yes">
        <source>A command template&apos;s name is 1 to %n characters, without &quot;/&quot;, &quot;\&quot;, control characters or spaces at either end.</source>
        <translation>
            <numerusform>Der Name einer Befehlsvorlage hat 1 bis %n Zeichen, ohne „/“, „\“, Steuerzeichen oder Leerzeichen am Anfang oder Ende.</numerusform>
            <numerusform>Der Name einer Befehlsvorlage hat 1 bis %n Zeichen, ohne „/“, „\“, Steuerzeichen oder Leerzeichen am Anfang oder Ende.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Keychain warning text</source>
        <translation>Text der Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>The full key, shown only this once. Read-only.</source>
        <translation>Der vollständige Schlüssel, nur dieses eine Mal angezeigt. Schreibgeschützt.</translation>
    </message>
    <message>
        <source>Copy key to clipboard</source>
        <translation>Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Visible identifier</source>
        <translation>Sichtbare Kennung</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Keep a copy in the keychain</source>
        <translation>Eine Kopie im Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>Keep a copy in the &amp;keychain</source>
        <translation>Eine Kopie im &amp;Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Wo der Schlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>Keep for later handoff</source>
        <translation>Für spätere Übergabe behalten</translation>
    </message>
    <message>
        <source>Keep for &amp;Later Handoff</source>
        <translation>Für s&amp;pätere Übergabe behalten</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>Ich habe den Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>I Have &amp;Stored the Key</source>
        <translation>Ich habe den Schlüssel &amp;gespeichert</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Den Schlüssel an einen Passwortmanager oder Geheimnisspeicher senden</translation>
    </message>
    <message>
        <source>Send &amp;To…</source>
        <translation>Senden &amp;an…</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Recent use warning</source>
        <translation>Warnung vor kürzlicher Nutzung</translation>
    </message>
    <message>
        <source>Recent use warning text</source>
        <translation>Text der Warnung vor kürzlicher Nutzung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate Key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>Läuft &amp;ab in:</translation>
    </message>
    <message>
        <source>Days until the new key expires</source>
        <translation>Tage, bis der neue Schlüssel abläuft</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>R&amp;uhezeit:</translation>
    </message>
    <message>
        <source>Hours the old key must go unused before it is revoked</source>
        <translation>Stunden, die der alte Schlüssel unbenutzt bleiben muss, bevor er widerrufen wird</translation>
    </message>
    <message>
        <source>&amp;Revoke the old key automatically when it has gone quiet</source>
        <translation>Den alten Schlüssel automatisch &amp;widerrufen, wenn er während der Ruhezeit unbenutzt blieb</translation>
    </message>
    <message>
        <source>E&amp;mergency: the key has leaked (revoke it as soon as the new key exists)</source>
        <translation>N&amp;otfall: Der Schlüssel ist geleakt (ihn widerrufen, sobald der neue Schlüssel existiert)</translation>
    </message>
    <message>
        <source>Room for the new key</source>
        <translation>Platz für den neuen Schlüssel</translation>
    </message>
    <message>
        <source>Re&amp;voke this key first:</source>
        <translation>Diesen Schlüssel &amp;zuerst widerrufen:</translation>
    </message>
    <message>
        <source>Key to revoke first</source>
        <translation>Zuerst zu widerrufender Schlüssel</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain has no such entry (it may have been removed). Enter the credential again to store it.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag (vielleicht wurde er entfernt). Geben Sie die Zugangsdaten erneut ein, um sie zu speichern.</translation>
    </message>
    <message>
        <source>No D-Bus session bus is running, so the keychain cannot be reached. Start KeyDesk inside your desktop session.</source>
        <translation>Es läuft kein D-Bus-Sitzungsbus, daher ist der Schlüsselbund nicht erreichbar. Starten Sie KeyDesk in Ihrer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>No Secret Service is running (GNOME Keyring or KWallet). Install and start gnome-keyring, or use the credential for this session only.</source>
        <translation>Es läuft kein Secret Service (GNOME Keyring oder KWallet). Installieren und starten Sie gnome-keyring oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again or with Seahorse) and retry.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden oder mit Seahorse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow KeyDesk to use the keychain when asked, then retry.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie KeyDesk bei der Nachfrage, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt. Answer or unlock it and retry.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; vielleicht wartet er auf eine Entsperrabfrage. Beantworten Sie sie oder entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Retry, or use the credential for this session only.</source>
        <translation>Der Schlüsselbund hat einen unerwarteten Fehler gemeldet. Versuchen Sie es erneut oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error (%1). Retry, or use the credential for this session only.</source>
        <translation>Der Schlüsselbund hat einen unerwarteten Fehler gemeldet (%1). Versuchen Sie es erneut oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Send Key To</source>
        <translation>Schlüssel senden an</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Den Schlüssel an einen Passwortmanager oder Geheimnisspeicher senden</translation>
    </message>
    <message>
        <source>KeyDesk hands the key to the destination on its standard input (never on a command line), reads it back where it can, and forgets its pending copy only after a verified delivery.</source>
        <translation>KeyDesk übergibt den Schlüssel dem Ziel über dessen Standardeingabe (nie über eine Befehlszeile), liest ihn zurück, wo das möglich ist, und verwirft seine ausstehende Kopie erst nach einer geprüften Zustellung.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Destination kind</source>
        <translation>Zielart</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Keychain label</source>
        <translation>Bezeichnung im Schlüsselbund</translation>
    </message>
    <message>
        <source>Deploy key</source>
        <translation>Deploy-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account attribute</source>
        <translation>Konto-Attribut</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>pass entry name</source>
        <translation>Name des pass-Eintrags</translation>
    </message>
    <message>
        <source>team/deploy-key</source>
        <translation>team/deploy-key</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>KeePassXC database file</source>
        <translation>KeePassXC-Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Entry in the database</source>
        <translation>Eintrag in der Datenbank</translation>
    </message>
    <message>
        <source>Deploy/leadhql</source>
        <translation>Deploy/leadhql</translation>
    </message>
    <message>
        <source>Data&amp;base password:</source>
        <translation>Datenbank&amp;passwort:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Gespeicherter Befehl</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <source>Command line that will run</source>
        <translation>Befehlszeile, die ausgeführt wird</translation>
    </message>
    <message>
        <source>Whether the tool is installed</source>
        <translation>Ob das Werkzeug installiert ist</translation>
    </message>
    <message>
        <source>Delivery in progress</source>
        <translation>Zustellung läuft</translation>
    </message>
    <message>
        <source>Delivery result</source>
        <translation>Ergebnis der Zustellung</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program, key redacted</source>
        <translation>Ausgabe des Zielprogramms, Schlüssel geschwärzt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>TrackKeyDialog</name>
    <message>
        <source>Track a Key</source>
        <translation>Schlüssel erfassen</translation>
    </message>
    <message>
        <source>Trust Leads does not list its keys. Paste a key made in its dashboard: KeyDesk verifies it and remembers its fingerprint and masked identifier, never the key itself.</source>
        <translation>Trust Leads listet seine Schlüssel nicht auf. Fügen Sie einen in dessen Dashboard erstellten Schlüssel ein: KeyDesk prüft ihn und merkt sich seinen Fingerabdruck und seine maskierte Kennung, niemals den Schlüssel selbst.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Verify it periodically (keeps the key in the keychain)</source>
        <translation>Regelmäßig &amp;prüfen (bewahrt den Schlüssel im Schlüsselbund auf)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Use the language LANG (de, en, es or fr) instead of the system&apos;s.</source>
        <translation>Die Sprache LANG (de, en, es oder fr) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The base URL is not a web address with a host, such as https://api.example.com.</source>
        <translation>Die Basis-URL ist keine Webadresse mit Host, wie etwa https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; store the credential in the keychain instead.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; legen Sie die Zugangsdaten stattdessen im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (the part from &quot;?&quot;): KeyDesk would not send it, and a credential in it would be stored in plain text. Remove it and keep the credential in the keychain.</source>
        <translation>Die Basis-URL darf keinen Abfrageteil enthalten (den Teil ab &quot;?&quot;): KeyDesk würde ihn nicht senden, und Zugangsdaten darin würden im Klartext gespeichert. Entfernen Sie ihn und bewahren Sie die Zugangsdaten im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (the part from &quot;#&quot;); remove it.</source>
        <translation>Die Basis-URL darf kein Fragment enthalten (den Teil ab &quot;#&quot;); entfernen Sie es.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (einfaches http:// ist nur für diesen Computer erlaubt: localhost, 127.0.0.1 oder ::1).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Create a new API key (%1)</source>
        <translation>Einen neuen API-Schlüssel erstellen (%1)</translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation>„%1“ widerrufen</translation>
    </message>
    <message>
        <source>This key is already revoked.</source>
        <translation>Dieser Schlüssel ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Select a key to revoke it.</source>
        <translation>Wählen Sie einen Schlüssel aus, um ihn zu widerrufen.</translation>
    </message>
    <message>
        <source>Show the full key of “%1” once more, from the keychain</source>
        <translation>Den vollständigen Schlüssel von „%1“ noch einmal aus dem Schlüsselbund anzeigen</translation>
    </message>
    <message>
        <source>Select a key marked “pending handoff”.</source>
        <translation>Wählen Sie einen Schlüssel mit der Markierung „Übergabe ausstehend“.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Den %n ausgewählten Schlüssel widerrufen</numerusform>
            <numerusform>Die %n ausgewählten Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected keys are already revoked, or their organisation cannot revoke keys now.</source>
        <translation>Die ausgewählten Schlüssel sind bereits widerrufen, oder ihre Organisation kann gerade keine Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Replaces the selected key by a new one and revokes it once it has gone quiet</source>
        <translation>Ersetzt den ausgewählten Schlüssel durch einen neuen und widerruft ihn, sobald er während der Ruhezeit unbenutzt blieb</translation>
    </message>
    <message>
        <source>Rotating needs the local inventory.</source>
        <translation>Zum Rotieren wird das lokale Inventar benötigt.</translation>
    </message>
    <message>
        <source>Choose the key&apos;s organisation to rotate it.</source>
        <translation>Wählen Sie die Organisation des Schlüssels, um ihn zu rotieren.</translation>
    </message>
    <message>
        <source>Select one key to rotate it.</source>
        <translation>Wählen Sie genau einen Schlüssel aus, um ihn zu rotieren.</translation>
    </message>
    <message>
        <source>Select a key to rotate it.</source>
        <translation>Wählen Sie einen Schlüssel aus, um ihn zu rotieren.</translation>
    </message>
    <message>
        <source>This key is being rotated: see its timeline.</source>
        <translation>Dieser Schlüssel wird gerade rotiert: Siehe seine Zeitleiste.</translation>
    </message>
    <message>
        <source>Rotate “%1”: a new key, the old one revoked once it has gone quiet</source>
        <translation>„%1“ rotieren: ein neuer Schlüssel, der alte wird widerrufen, sobald er während der Ruhezeit unbenutzt blieb</translation>
    </message>
    <message>
        <source>Only an active key can be rotated.</source>
        <translation>Nur ein aktiver Schlüssel kann rotiert werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::AcknowledgeDialog</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogModel</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Handoff: stored</source>
        <translation>Übergabe: gespeichert</translation>
    </message>
    <message>
        <source>Handoff: kept for later</source>
        <translation>Übergabe: für später aufbewahrt</translation>
    </message>
    <message>
        <source>Handoff: expired</source>
        <translation>Übergabe: abgelaufen</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profil hinzugefügt</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>Profil entfernt</translation>
    </message>
    <message>
        <source>Track key</source>
        <translation>Schlüssel erfassen</translation>
    </message>
    <message>
        <source>Verify tracked key</source>
        <translation>Erfassten Schlüssel prüfen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>outcome</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Befund quittieren</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Quittierung zurücknehmen</translation>
    </message>
    <message>
        <source>Rotation started</source>
        <translation>Rotation gestartet</translation>
    </message>
    <message>
        <source>Rotation: new key verified</source>
        <translation>Rotation: neuer Schlüssel geprüft</translation>
    </message>
    <message>
        <source>Rotation: new key in use</source>
        <translation>Rotation: neuer Schlüssel in Verwendung</translation>
    </message>
    <message>
        <source>Rotation: ready to revoke</source>
        <translation>Rotation: bereit zum Widerruf</translation>
    </message>
    <message>
        <source>Rotation: old key revoked</source>
        <translation>Rotation: alter Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Rotation abgebrochen</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deliver key</source>
        <translation>Schlüssel zustellen</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogWindow</name>
    <message>
        <source>KeyDesk — Log</source>
        <translation>KeyDesk — Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Shows the entries that contain every word typed here</source>
        <translation>Zeigt die Einträge, die jedes hier eingegebene Wort enthalten</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Das Aktionsprotokoll wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::AllOrganisations</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no credential is stored; enter it in the organisation&apos;s settings.</source>
        <translation>%1: Es sind keine Zugangsdaten gespeichert; geben Sie sie in den Einstellungen der Organisation ein.</translation>
    </message>
    <message>
        <source>%1: the LeadHQL session token expired on %2; paste a new one in the organisation&apos;s settings.</source>
        <translation>%1: Das LeadHQL-Sitzungstoken ist am %2 abgelaufen; fügen Sie in den Einstellungen der Organisation ein neues ein.</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiCall</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Bytes</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>content type %1 is not JSON</source>
        <translation>Inhaltstyp %1 ist kein JSON</translation>
    </message>
    <message>
        <source>the server did not confirm the revoke</source>
        <translation>der Server hat den Widerruf nicht bestätigt</translation>
    </message>
    <message>
        <source>the answer does not have the documented shape</source>
        <translation>die Antwort hat nicht die dokumentierte Form</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>seit %1 ms keine Daten</translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation>der Netzwerkzugriffsmanager wurde zerstört</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server geantwortet hat</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 announced bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 angekündigten Bytes geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, the last to %1</source>
        <translation>
            <numerusform>mehr als %n Umleitung, die letzte auf %1</numerusform>
            <numerusform>mehr als %n Umleitungen, die letzte auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2</source>
        <translation>HTTP %1, eine Umleitung auf %2</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 instead of an answer to the revoke; the revoke is not confirmed</source>
        <translation>HTTP %1, eine Umleitung auf %2 statt einer Antwort auf den Widerruf; der Widerruf ist nicht bestätigt</translation>
    </message>
    <message>
        <source>the server redirected to %1, another host or plain HTTP</source>
        <translation>der Server hat auf %1 umgeleitet, einen anderen Host oder unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 that cannot be followed</source>
        <translation>HTTP %1, eine Umleitung auf %2, der nicht gefolgt werden kann</translation>
    </message>
    <message>
        <source>no valid address</source>
        <translation>keine gültige Adresse</translation>
    </message>
    <message>
        <source>HTTP %1 does not confirm the revoke</source>
        <translation>HTTP %1 bestätigt den Widerruf nicht</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiClient</name>
    <message>
        <source>&quot;%1&quot; is not a key id</source>
        <translation>&quot;%1&quot; ist keine Schlüssel-ID</translation>
    </message>
    <message>
        <source>it contains control characters such as line breaks</source>
        <translation>es sind Steuerzeichen wie Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation>die CA-Datei %1 existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>keydesk::BannerMessages</name>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the stored credential of “%1”: %2 Paste a valid one.</source>
        <translation>Der Server hat die gespeicherten Zugangsdaten von „%1“ abgelehnt: %2 Fügen Sie gültige ein.</translation>
    </message>
    <message>
        <source>No credential is stored for “%1”. Enter it in the organisation&apos;s settings.</source>
        <translation>Für „%1“ sind keine Zugangsdaten gespeichert. Geben Sie sie in den Einstellungen der Organisation ein.</translation>
    </message>
    <message>
        <source>Enter Credential…</source>
        <translation>Zugangsdaten eingeben…</translation>
    </message>
    <message>
        <source>You can enter the credential again and use it for this session only.</source>
        <translation>Sie können die Zugangsdaten erneut eingeben und nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL dashboard and paste the new session token to continue.</source>
        <translation>Das LeadHQL-Sitzungstoken von „%1“ ist am %2 abgelaufen. Melden Sie sich im LeadHQL-Dashboard an und fügen Sie das neue Sitzungstoken ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter New Token…</source>
        <translation>Neues Token eingeben…</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.</source>
        <translation>Das LeadHQL-Sitzungstoken von „%1“ läuft %2 ab (%3). Fügen Sie vorher ein neues ein.</translation>
    </message>
    <message>
        <source>The table shows the last known keys, listed %1; creating and revoking keys wait until the server answers.</source>
        <translation>Die Tabelle zeigt die zuletzt bekannten Schlüssel, %1 aufgelistet; das Erstellen und Widerrufen von Schlüsseln wartet, bis der Server antwortet.</translation>
    </message>
    <message>
        <source>Their rows, if the inventory knew any, are the last known keys, marked “not refreshed”; the other organisations&apos; keys are current.</source>
        <translation>Ihre Zeilen, sofern das Inventar welche kannte, zeigen die zuletzt bekannten Schlüssel, markiert mit „nicht aktualisiert“; die Schlüssel der anderen Organisationen sind aktuell.</translation>
    </message>
</context>
<context>
    <name>keydesk::BulkRevokeDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key?</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n keys?</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every integration that uses these keys fails at once. Revoking cannot be undone.</source>
        <translation>Jede Integration, die diese Schlüssel verwendet, schlägt sofort fehl. Der Widerruf kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key is already revoked and is skipped.</source>
        <translation>
            <numerusform>%n ausgewählter Schlüssel ist bereits widerrufen und wird übersprungen.</numerusform>
            <numerusform>%n ausgewählte Schlüssel sind bereits widerrufen und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected keys are already revoked and are skipped.</source>
        <translation>
            <numerusform>%n ausgewählter Schlüssel ist bereits widerrufen und wird übersprungen.</numerusform>
            <numerusform>%n ausgewählte Schlüssel sind bereits widerrufen und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them was used in the last 24 hours: something may still depend on it.</source>
        <translation>
            <numerusform>%n davon wurde in den letzten 24 Stunden verwendet: Möglicherweise hängt noch etwas von ihm ab.</numerusform>
            <numerusform>%n davon wurden in den letzten 24 Stunden verwendet: Möglicherweise hängt noch etwas von ihnen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last 24 hours: something may still depend on them.</source>
        <translation>
            <numerusform>%n davon wurde in den letzten 24 Stunden verwendet: Möglicherweise hängt noch etwas von ihm ab.</numerusform>
            <numerusform>%n davon wurden in den letzten 24 Stunden verwendet: Möglicherweise hängt noch etwas von ihnen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Keys</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke keys</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Übersprungen: bereits widerrufen</translation>
    </message>
    <message>
        <source>To revoke (used in the last 24 hours)</source>
        <translation>Zu widerrufen (in den letzten 24 Stunden verwendet)</translation>
    </message>
    <message>
        <source>To revoke</source>
        <translation>Zu widerrufen</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>„%1“ (%2): %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key revoked.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys revoked.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already revoked).</source>
        <translation>
            <numerusform>%n übersprungen (bereits widerrufen).</numerusform>
            <numerusform>%n übersprungen (bereits widerrufen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key could not be revoked:</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht widerrufen werden:</numerusform>
            <numerusform>%n Schlüssel konnten nicht widerrufen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be revoked:</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht widerrufen werden:</numerusform>
            <numerusform>%n Schlüssel konnten nicht widerrufen werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::CloseToBackground</name>
    <message>
        <source>Keep Watching?</source>
        <translation>Weiter überwachen?</translation>
    </message>
    <message>
        <source>KeyDesk can keep watching your organisations in the background and notify you of new findings. There is no system tray here: the Open button of a notification brings the window back.</source>
        <translation>KeyDesk kann Ihre Organisationen im Hintergrund weiter überwachen und Sie über neue Befunde benachrichtigen. Hier gibt es keine Systemleiste: Die Schaltfläche „Öffnen“ einer Benachrichtigung holt das Fenster zurück.</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>&amp;Weiter überwachen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>keydesk::CommandRunner</name>
    <message>
        <source>There is no profile named &apos;%1&apos;; see &apos;keydesk-cli profile list&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;; siehe &apos;keydesk-cli profile list&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported by %2 (no documented key-management API); manage its keys in the %2 dashboard. &apos;verify&apos; works.</source>
        <translation>&apos;%1&apos; wird von %2 nicht unterstützt (keine dokumentierte API zur Schlüsselverwaltung); verwalten Sie die Schlüssel im Dashboard von %2. &apos;verify&apos; funktioniert.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke without asking.</source>
        <translation>&apos;revoke&apos; fragt auf einem Terminal nach Bestätigung, aber stdin ist keines; geben Sie --yes an, um ohne Rückfrage zu widerrufen.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: with --base-url the credential is read only from there (or save a profile with &apos;keydesk-cli profile add&apos;).</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt: Mit --base-url werden die Zugangsdaten nur von dort gelesen (oder speichern Sie ein Profil mit &apos;keydesk-cli profile add&apos;).</translation>
    </message>
    <message>
        <source>The keychain has no credential for profile &apos;%1&apos;; store it again with &apos;keydesk-cli profile add %1 …&apos; and the credential in KEYDESK_CREDENTIAL.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für das Profil &apos;%1&apos;; speichern Sie sie erneut mit &apos;keydesk-cli profile add %1 …&apos; und den Zugangsdaten in KEYDESK_CREDENTIAL.</translation>
    </message>
    <message>
        <source>Cannot read the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>Die Zugangsdaten des Profils &apos;%1&apos; können nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Keine Schlüssel.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2; %3).</source>
        <translation>Schlüssel &apos;%1&apos; erstellt (ID %2; %3).</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2, shown as %3; %4).</source>
        <translation>Schlüssel &apos;%1&apos; erstellt (ID %2, angezeigt als %3; %4).</translation>
    </message>
    <message>
        <source>Store it now: it will not be shown again.</source>
        <translation>Speichern Sie ihn jetzt: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>No key with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli list&apos;.</source>
        <translation>Kein Schlüssel mit der ID &apos;%1&apos; in dieser Organisation; siehe &apos;keydesk-cli list&apos;.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already revoked.</source>
        <translation>Schlüssel &apos;%1&apos; (%2) ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; was used in the last 24 hours (%2); integrations still using it will fail.</source>
        <translation>Schlüssel &apos;%1&apos; wurde in den letzten 24 Stunden verwendet (%2); Integrationen, die ihn noch verwenden, schlagen fehl.</translation>
    </message>
    <message>
        <source>Revoke key &apos;%1&apos; (%2)? Integrations using it fail at once. This cannot be undone. [y/N] </source>
        <translation>Schlüssel &apos;%1&apos; (%2) widerrufen? Integrationen, die ihn verwenden, schlagen sofort fehl. Dies kann nicht rückgängig gemacht werden. [j/N] </translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation>Nicht widerrufen.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (%2).</source>
        <translation>Schlüssel &apos;%1&apos; (%2) widerrufen.</translation>
    </message>
    <message>
        <source>Paste the key to check and press Enter (it is not shown): </source>
        <translation>Fügen Sie den zu prüfenden Schlüssel ein und drücken Sie die Eingabetaste (er wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Cannot read one key from stdin (unreadable, or more than %1 bytes).</source>
        <translation>Von stdin kann kein Schlüssel gelesen werden (nicht lesbar oder mehr als %1 Bytes).</translation>
    </message>
    <message>
        <source>No key on stdin: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>Kein Schlüssel auf stdin: Leiten Sie genau einen Schlüssel an &apos;verify&apos; weiter.</translation>
    </message>
    <message>
        <source>stdin holds more than one word: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>stdin enthält mehr als ein Wort: Leiten Sie genau einen Schlüssel an &apos;verify&apos; weiter.</translation>
    </message>
    <message>
        <source>the input is not in any documented key format; checking it anyway.</source>
        <translation>die Eingabe entspricht keinem dokumentierten Schlüsselformat; sie wird trotzdem geprüft.</translation>
    </message>
    <message>
        <source>this looks like a %1 key, but the server speaks %2; checking it anyway.</source>
        <translation>das sieht wie ein %1-Schlüssel aus, aber der Server spricht %2; er wird trotzdem geprüft.</translation>
    </message>
    <message>
        <source>(unrecognised format)</source>
        <translation>(unbekanntes Format)</translation>
    </message>
    <message>
        <source>Key %1 is refused by the server: revoked, expired or mistyped.</source>
        <translation>Schlüssel %1 wird vom Server abgelehnt: widerrufen, abgelaufen oder falsch eingegeben.</translation>
    </message>
    <message>
        <source>Key %1 is accepted by the server.</source>
        <translation>Schlüssel %1 wird vom Server akzeptiert.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: &apos;profile add&apos; reads the credential from there and stores it in the keychain.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt: &apos;profile add&apos; liest die Zugangsdaten von dort und legt sie im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard; this credential is not a JWT.</source>
        <translation>%1 verwaltet Schlüssel nur mit einem JWT-Sitzungstoken aus dem Dashboard; diese Zugangsdaten sind kein JWT.</translation>
    </message>
    <message>
        <source>Cannot store the credential in the keychain, so the profile was not saved: %1</source>
        <translation>Die Zugangsdaten können nicht im Schlüsselbund abgelegt werden, daher wurde das Profil nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot save the profile settings: %1</source>
        <translation>Die Profileinstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3); its credential is in %4.</source>
        <translation>Profil &apos;%1&apos; gespeichert (%2, %3); seine Zugangsdaten liegen in: %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>No profiles; add one with &apos;keydesk-cli profile add&apos;.</source>
        <translation>Keine Profile; fügen Sie eines mit &apos;keydesk-cli profile add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Cannot remove the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>Die Zugangsdaten des Profils &apos;%1&apos; können nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove profile &apos;%1&apos; from the settings: %2</source>
        <translation>Das Profil &apos;%1&apos; kann nicht aus den Einstellungen entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its keychain entry.</source>
        <translation>Profil &apos;%1&apos; und sein Schlüsselbundeintrag wurden entfernt.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard, not with an API key.</source>
        <translation>%1 verwaltet Schlüssel nur mit einem JWT-Sitzungstoken aus dem Dashboard, nicht mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <source>The session token expired at %1; sign in to the dashboard and copy a new one.</source>
        <translation>Das Sitzungstoken ist am %1 abgelaufen; melden Sie sich im Dashboard an und kopieren Sie ein neues.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Try &apos;keydesk-cli --help&apos;.</source>
        <translation>Siehe &apos;keydesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>The server may have created the key but its response was lost (%1); the secret cannot be recovered.</source>
        <translation>Der Server hat den Schlüssel möglicherweise erstellt, aber seine Antwort ging verloren (%1); das Geheimnis lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The server may have created the key but its response could not be read (%1); the secret cannot be recovered.</source>
        <translation>Der Server hat den Schlüssel möglicherweise erstellt, aber seine Antwort war nicht lesbar (%1); das Geheimnis lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not check the list of keys: %1 Check it with: %2 list</source>
        <translation>Die Schlüsselliste konnte nicht geprüft werden: %1 Prüfen Sie sie mit: %2 list</translation>
    </message>
    <message>
        <source>No new live key named &apos;%1&apos; is in the list, so it was most likely not created; it is safe to try again.</source>
        <translation>Die Liste enthält keinen neuen aktiven Schlüssel namens &apos;%1&apos;, er wurde also höchstwahrscheinlich nicht erstellt; Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named &apos;%1&apos; were created around that time; only one of them is the lost key: compare the creation times before revoking.</source>
        <translation>
            <numerusform>%n Schlüssel namens &apos;%1&apos; wurde um diese Zeit erstellt; nur einer davon ist der verlorene Schlüssel: Vergleichen Sie vor dem Widerrufen die Erstellungszeiten.</numerusform>
            <numerusform>%n Schlüssel namens &apos;%1&apos; wurden um diese Zeit erstellt; nur einer davon ist der verlorene Schlüssel: Vergleichen Sie vor dem Widerrufen die Erstellungszeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found key &apos;%1&apos; (%2) created at %3; revoke it with: %4 revoke %5 --yes</source>
        <translation>Schlüssel &apos;%1&apos; (%2) gefunden, erstellt am %3; widerrufen Sie ihn mit: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Could not write the result to standard output: %1.</source>
        <translation>Das Ergebnis konnte nicht in die Standardausgabe geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so keydesk-cli cannot tell whether &apos;%1&apos; was created; check these keys before trying again:</source>
        <translation>Die Schlüsselliste gibt nicht an, wann die Schlüssel erstellt wurden; daher lässt sich nicht feststellen, ob &apos;%1&apos; erstellt wurde. Prüfen Sie diese Schlüssel, bevor Sie es erneut versuchen:</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2), creation time unknown; if it is the lost key, revoke it with: %3 revoke %4 --yes</source>
        <translation>Schlüssel &apos;%1&apos; (%2), Erstellungszeit unbekannt; falls es der verlorene Schlüssel ist, widerrufen Sie ihn mit: %3 revoke %4 --yes</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>sie ist geschlossen</translation>
    </message>
    <message>
        <source>the program reading it has stopped</source>
        <translation>das Programm, das sie liest, wurde beendet</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (ID %2) was created but could not be written to standard output: %3.</source>
        <translation>Der neue Schlüssel &apos;%1&apos; (ID %2) wurde erstellt, konnte aber nicht in die Standardausgabe geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>It cannot be kept in the keychain for a later handoff: %1</source>
        <translation>Er kann nicht für eine spätere Übergabe im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>No saved profile has this server and credential, so it cannot wait in the keychain for a handoff in KeyDesk.</source>
        <translation>Kein gespeichertes Profil hat diesen Server und diese Zugangsdaten, daher kann er nicht im Schlüsselbund auf eine Übergabe in KeyDesk warten.</translation>
    </message>
    <message>
        <source>%1 The key is in the keychain as &apos;%2&apos;.</source>
        <translation>%1 Der Schlüssel liegt im Schlüsselbund unter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>It is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>Er wird im Schlüsselbund als ausstehende Übergabe des Profils &apos;%1&apos; aufbewahrt: Öffnen Sie dieses Profil in KeyDesk, wählen Sie den Schlüssel &apos;%2&apos; aus und dann „Ausstehenden Schlüssel übergeben“.</translation>
    </message>
    <message>
        <source>Revoking the key, since nobody has its secret.</source>
        <translation>Der Schlüssel wird widerrufen, da niemand sein Geheimnis besitzt.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (ID %2). Create a new key once the output works.</source>
        <translation>Schlüssel &apos;%1&apos; (ID %2) widerrufen. Erstellen Sie einen neuen Schlüssel, sobald die Ausgabe funktioniert.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (ID %2) could not be revoked either: %3 Nobody has its secret: revoke it with: %4 revoke %5 --yes</source>
        <translation>Schlüssel &apos;%1&apos; (ID %2) konnte auch nicht widerrufen werden: %3 Niemand besitzt sein Geheimnis: Widerrufen Sie ihn mit: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Key %1 was refused locally: %2. It was not sent to the server.</source>
        <translation>Schlüssel %1 wurde lokal abgelehnt: %2. Er wurde nicht an den Server gesendet.</translation>
    </message>
    <message>
        <source>history not recorded: %1</source>
        <translation>Verlauf nicht erfasst: %1</translation>
    </message>
    <message>
        <source>written to standard output</source>
        <translation>in die Standardausgabe geschrieben</translation>
    </message>
    <message>
        <source>answer lost; the list of keys could not be checked</source>
        <translation>Antwort verloren; die Schlüsselliste konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>answer lost; the list of keys gives no creation times to tell</source>
        <translation>Antwort verloren; ohne Erstellungszeiten in der Schlüsselliste nicht feststellbar</translation>
    </message>
    <message>
        <source>answer lost; no new key with this name is listed</source>
        <translation>Antwort verloren; die Liste enthält keinen neuen Schlüssel mit diesem Namen</translation>
    </message>
    <message>
        <source>answer lost; the list has one key that may be it</source>
        <translation>Antwort verloren; die Liste enthält einen Schlüssel, der es sein könnte</translation>
    </message>
    <message numerus="yes">
        <source>answer lost; the list has %n keys that may be it</source>
        <translation>
            <numerusform>Antwort verloren; die Liste enthält %n Schlüssel, der es sein könnte</numerusform>
            <numerusform>Antwort verloren; die Liste enthält %n Schlüssel, die es sein könnten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Das Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The inventory has no listing of &apos;%1&apos; yet; list its keys once while the server is reachable.</source>
        <translation>Das Inventar enthält noch keine Auflistung von &apos;%1&apos;; listen Sie die Schlüssel einmal auf, während der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Cached listing of &apos;%1&apos; from %2 (%3); no request was made.</source>
        <translation>Auflistung von &apos;%1&apos; aus dem Inventar vom %2 (%3); es wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <source>The inventory has no history of key &apos;%1&apos; in &apos;%2&apos;.</source>
        <translation>Das Inventar enthält keinen Verlauf des Schlüssels &apos;%1&apos; in &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The action log is empty.</source>
        <translation>Das Aktionsprotokoll ist leer.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>standard output failed; pending handoff of profile &apos;%1&apos; in the keychain</source>
        <translation>Standardausgabe fehlgeschlagen; ausstehende Übergabe des Profils &apos;%1&apos; im Schlüsselbund</translation>
    </message>
    <message>
        <source>nobody has the secret: standard output failed</source>
        <translation>niemand besitzt das Geheimnis: Standardausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>&apos;%1&apos; hat keinen %2-Befund; &apos;keydesk-cli audit&apos; listet die Befunde auf.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; of &apos;%2&apos; has no %3 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>Schlüssel &apos;%1&apos; von &apos;%2&apos; hat keinen %3-Befund; &apos;keydesk-cli audit&apos; listet die Befunde auf.</translation>
    </message>
    <message>
        <source>The acknowledgement was not stored: %1</source>
        <translation>Die Quittierung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; (%2) of &apos;%3&apos;</source>
        <translation>Schlüssel &apos;%1&apos; (%2) von &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 until the end of %3, unless it becomes worse than %4.</source>
        <translation>Quittiert: &apos;audit&apos; lässt den Befund %1 für %2 bis einschließlich %3 aus, sofern er nicht schlimmer als %4 wird.</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 unless it becomes worse than %3.</source>
        <translation>Quittiert: &apos;audit&apos; lässt den Befund %1 für %2 aus, sofern er nicht schlimmer als %3 wird.</translation>
    </message>
    <message>
        <source>There are no saved profiles to audit; see &apos;keydesk-cli profile add&apos;.</source>
        <translation>Es gibt keine gespeicherten Profile zu prüfen; siehe &apos;keydesk-cli profile add&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged finding is not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>%n quittierter Befund wird nicht angezeigt; &apos;keydesk-cli log&apos; listet die Quittierungen auf.</numerusform>
            <numerusform>%n quittierte Befunde werden nicht angezeigt; &apos;keydesk-cli log&apos; listet die Quittierungen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged findings are not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>%n quittierter Befund wird nicht angezeigt; &apos;keydesk-cli log&apos; listet die Quittierungen auf.</numerusform>
            <numerusform>%n quittierte Befunde werden nicht angezeigt; &apos;keydesk-cli log&apos; listet die Quittierungen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;; save one with: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</source>
        <translation>Das Profil &apos;%1&apos; hat keine Befehlsvorlage &apos;%2&apos;; speichern Sie eine mit: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</translation>
    </message>
    <message>
        <source>The new key will go to the standard input of: %1</source>
        <translation>Der neue Schlüssel geht an die Standardeingabe von: %1</translation>
    </message>
    <message>
        <source>Password of the KeePassXC database %1: </source>
        <translation>Passwort der KeePassXC-Datenbank %1: </translation>
    </message>
    <message>
        <source>Cannot read the database password from stdin (unreadable, or more than %1 bytes).</source>
        <translation>Das Datenbankpasswort kann nicht von stdin gelesen werden (nicht lesbar oder mehr als %1 Bytes).</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: %2</source>
        <translation>Zustellung an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: the database file does not exist.</source>
        <translation>Zustellung an %1 nicht möglich: Die Datenbankdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: pass already has this entry, and it is never overwritten.</source>
        <translation>Zustellung an %1 nicht möglich: pass hat diesen Eintrag bereits, und er wird nie überschrieben.</translation>
    </message>
    <message>
        <source>without --profile there is no pending handoff to keep it in the keychain</source>
        <translation>ohne --profile gibt es keine ausstehende Übergabe, die ihn im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program:</source>
        <translation>Ausgabe des Zielprogramms:</translation>
    </message>
    <message>
        <source>Delivered key &apos;%1&apos; (ID %2) to %3: %4.</source>
        <translation>Schlüssel &apos;%1&apos; (ID %2) an %3 zugestellt: %4.</translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation>an %1 zugestellt</translation>
    </message>
    <message>
        <source>The key was delivered, but its pending copy could not be deleted from the keychain: %1</source>
        <translation>Der Schlüssel wurde zugestellt, aber seine ausstehende Kopie konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 failed: %2</source>
        <translation>Zustellung an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>delivery to %1 failed; pending handoff in the keychain</source>
        <translation>Zustellung an %1 fehlgeschlagen; Übergabe im Schlüsselbund ausstehend</translation>
    </message>
    <message>
        <source>The key is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>Der Schlüssel wird im Schlüsselbund als ausstehende Übergabe des Profils &apos;%1&apos; aufbewahrt: Öffnen Sie dieses Profil in KeyDesk, wählen Sie den Schlüssel &apos;%2&apos; aus und wählen Sie „Ausstehenden Schlüssel übergeben“.</translation>
    </message>
    <message>
        <source>No keychain holds the key either (%1), so it is printed on standard output: store it now.</source>
        <translation>Auch kein Schlüsselbund enthält den Schlüssel (%1), daher wird er auf der Standardausgabe ausgegeben: Speichern Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command templates.</source>
        <translation>Das Profil &apos;%1&apos; hat keine Befehlsvorlagen.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;.</source>
        <translation>Das Profil &apos;%1&apos; hat keine Befehlsvorlage &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Removed command template &apos;%1&apos; of profile &apos;%2&apos;.</source>
        <translation>Befehlsvorlage &apos;%1&apos; des Profils &apos;%2&apos; entfernt.</translation>
    </message>
    <message>
        <source>Cannot save the command template: %1</source>
        <translation>Die Befehlsvorlage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved command template &apos;%1&apos; of profile &apos;%2&apos;: %3 (run without a shell; the key goes to its standard input).</source>
        <translation>Befehlsvorlage &apos;%1&apos; des Profils &apos;%2&apos; gespeichert: %3 (ohne Shell ausgeführt; der Schlüssel geht an seine Standardeingabe).</translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n day.</source>
        <translation>
            <numerusform>Das Profil &apos;%1&apos; rotiert Schlüssel jetzt jeweils nach %n Tag.</numerusform>
            <numerusform>Das Profil &apos;%1&apos; rotiert Schlüssel jetzt jeweils nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n days.</source>
        <translation>
            <numerusform>Das Profil &apos;%1&apos; rotiert Schlüssel jetzt jeweils nach %n Tag.</numerusform>
            <numerusform>Das Profil &apos;%1&apos; rotiert Schlüssel jetzt jeweils nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no rotation policy now.</source>
        <translation>Das Profil &apos;%1&apos; hat jetzt keine Rotationsrichtlinie.</translation>
    </message>
    <message>
        <source>No key with ID %1 in this organisation; nothing was revoked (see &apos;keydesk-cli list&apos;).</source>
        <translation>Kein Schlüssel mit der ID %1 in dieser Organisation; es wurde nichts widerrufen (siehe &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>revoke (used in the last 24 hours)</source>
        <translation>widerrufen (in den letzten 24 Stunden verwendet)</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>skip (already revoked)</source>
        <translation>überspringen (bereits widerrufen)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys was used in the last 24 hours; integrations still using it will fail.</source>
        <translation>
            <numerusform>%n dieser Schlüssel wurde in den letzten 24 Stunden verwendet; Integrationen, die ihn noch verwenden, schlagen fehl.</numerusform>
            <numerusform>%n dieser Schlüssel wurden in den letzten 24 Stunden verwendet; Integrationen, die sie noch verwenden, schlagen fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys were used in the last 24 hours; integrations still using them will fail.</source>
        <translation>
            <numerusform>%n dieser Schlüssel wurde in den letzten 24 Stunden verwendet; Integrationen, die ihn noch verwenden, schlagen fehl.</numerusform>
            <numerusform>%n dieser Schlüssel wurden in den letzten 24 Stunden verwendet; Integrationen, die sie noch verwenden, schlagen fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke this key? Integrations using it fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>Diesen Schlüssel widerrufen? Integrationen, die ihn verwenden, schlagen sofort fehl. Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung %1 ein: </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n keys? Integrations using them fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>
            <numerusform>Diesen %n Schlüssel widerrufen? Integrationen, die ihn verwenden, schlagen sofort fehl. Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung %1 ein: </numerusform>
            <numerusform>Diese %n Schlüssel widerrufen? Integrationen, die sie verwenden, schlagen sofort fehl. Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung %1 ein: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Revoked key %1.</source>
        <translation>Schlüssel %1 widerrufen.</translation>
    </message>
    <message>
        <source>Not revoked: key %1: %2</source>
        <translation>Nicht widerrufen: Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>Skipped key %1: already revoked.</source>
        <translation>Schlüssel %1 übersprungen: bereits widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n key.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n keys.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keys not revoked: %3.</source>
        <translation>%1 von %2 Schlüsseln nicht widerrufen: %3.</translation>
    </message>
    <message>
        <source>There is no inventory to hold the rotation.</source>
        <translation>Es gibt kein Inventar, das die Rotation aufnehmen kann.</translation>
    </message>
    <message>
        <source>&apos;rotate --emergency&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke the old key without asking.</source>
        <translation>&apos;rotate --emergency&apos; fragt auf einem Terminal nach Bestätigung, aber stdin ist keines; geben Sie --yes an, um den alten Schlüssel ohne Rückfrage zu widerrufen.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is not active; only an active key can be rotated.</source>
        <translation>Schlüssel &apos;%1&apos; (%2) ist nicht aktiv; nur ein aktiver Schlüssel kann rotiert werden.</translation>
    </message>
    <message>
        <source>The old key&apos;s name cannot be used for the new key (%1); give one with --name.</source>
        <translation>Der Name des alten Schlüssels kann für den neuen Schlüssel nicht verwendet werden (%1); geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>er wurde zuletzt am %1 verwendet</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>es wird keine Verwendung gemeldet</translation>
    </message>
    <message>
        <source>Emergency rotation: key &apos;%1&apos; (%2) is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using &apos;%1&apos; fails at once (%3). Continue? [y/N] </source>
        <translation>Notfallrotation: Schlüssel &apos;%1&apos; (%2) wird widerrufen, sobald sein Nachfolger existiert, ohne abzuwarten, bis der neue Schlüssel verwendet wird. Jede Integration, die &apos;%1&apos; noch verwendet, schlägt sofort fehl (%3). Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>Not rotated.</source>
        <translation>Nicht rotiert.</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>Die Rotation wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Rotation %1 started.</source>
        <translation>Rotation %1 gestartet.</translation>
    </message>
    <message>
        <source>Rotation %1 is still %2 after the --timeout; it goes on: follow it with &apos;keydesk-cli rotations advance&apos;.</source>
        <translation>Rotation %1 ist nach dem --timeout noch %2; sie läuft weiter: Verfolgen Sie sie mit &apos;keydesk-cli rotations advance&apos;.</translation>
    </message>
    <message>
        <source>refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No rotations.</source>
        <translation>Keine Rotationen.</translation>
    </message>
    <message>
        <source>There is no inventory to hold rotations.</source>
        <translation>Es gibt kein Inventar, das Rotationen aufnehmen kann.</translation>
    </message>
    <message>
        <source>No open rotations.</source>
        <translation>Keine offenen Rotationen.</translation>
    </message>
    <message>
        <source>No rotation with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli rotations&apos;.</source>
        <translation>Keine Rotation mit der ID &apos;%1&apos; in dieser Organisation; siehe &apos;keydesk-cli rotations&apos;.</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>ALTER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>NEW KEY</source>
        <translation>NEUER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>REVOKE DUE / ENDED</source>
        <translation>WIDERRUF FÄLLIG / BEENDET</translation>
    </message>
    <message>
        <source>when the new key is in use</source>
        <translation>sobald der neue Schlüssel verwendet wird</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: waiting until the new key is in use.</source>
        <translation>Rotation %1 von &apos;%2&apos;: Warten, bis der neue Schlüssel verwendet wird.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: the new key is in use; the old key is revoked if it stays unused until %3.</source>
        <translation>Rotation %1 von &apos;%2&apos;: Der neue Schlüssel wird verwendet; der alte Schlüssel wird widerrufen, wenn er bis %3 unbenutzt bleibt.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready; the old key is being revoked.</source>
        <translation>Rotation %1 von &apos;%2&apos;: bereit; der alte Schlüssel wird widerrufen.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready to revoke the old key (auto-revoke is off): keydesk-cli revoke %3</source>
        <translation>Rotation %1 von &apos;%2&apos;: bereit zum Widerruf des alten Schlüssels (automatischer Widerruf ist aus): keydesk-cli revoke %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; is done: %3</source>
        <translation>Rotation %1 von &apos;%2&apos; ist abgeschlossen: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; was cancelled: %3</source>
        <translation>Rotation %1 von &apos;%2&apos; wurde abgebrochen: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; failed: %3</source>
        <translation>Rotation %1 von &apos;%2&apos; ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No hook written: %1</source>
        <translation>Kein Hook geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 exists and was not written by KeyDesk: left as it is. Add &apos;keydesk-cli scan --staged .&apos; to it by hand.</source>
        <translation>%1 existiert und wurde nicht von KeyDesk geschrieben: unverändert gelassen. Fügen Sie &apos;keydesk-cli scan --staged .&apos; von Hand hinzu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the pre-commit hook %1.</source>
        <translation>pre-commit-Hook %1 geschrieben.</translation>
    </message>
    <message>
        <source>the inventory could not be read or written (%1): keys are reported as unknown</source>
        <translation>das Inventar konnte nicht gelesen oder geschrieben werden (%1): Schlüssel werden als unbekannt gemeldet</translation>
    </message>
    <message>
        <source>ignore entry %1… matches no key found: it is stale and can be removed</source>
        <translation>Ausschlusseintrag %1… passt zu keinem gefundenen Schlüssel: Er ist veraltet und kann entfernt werden</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 key %2 (%3 of %4, %5)</source>
        <translation>%1-Schlüssel %2 (%3 von %4, %5)</translation>
    </message>
    <message>
        <source>%1 key %2, not in the inventory</source>
        <translation>%1-Schlüssel %2, nicht im Inventar</translation>
    </message>
    <message>
        <source>An API key in a file or in the git history</source>
        <translation>Ein API-Schlüssel in einer Datei oder im Git-Verlauf</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>INVENTORY</source>
        <translation>INVENTAR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>, last used %1</source>
        <translation>, zuletzt verwendet am %1</translation>
    </message>
    <message>
        <source>%1 key(s) found in %2 file(s) and blob(s), %3 bytes; %4 left out by the ignore file.</source>
        <translation>%1 Schlüssel in %2 Datei(en) und Blob(s) gefunden, %3 Bytes; %4 durch die Ausschlussdatei ausgelassen.</translation>
    </message>
</context>
<context>
    <name>keydesk::CreateKeyDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The new %1 key is shown only once. KeyDesk keeps it in the keychain until you confirm that you have stored it.</source>
        <translation>Der neue %1-Schlüssel wird nur einmal angezeigt. KeyDesk bewahrt ihn im Schlüsselbund auf, bis Sie bestätigen, dass Sie ihn gespeichert haben.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>In 60 days</source>
        <translation>In 60 Tagen</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>In 90 Tagen</translation>
    </message>
    <message>
        <source>On date…</source>
        <translation>Am Datum…</translation>
    </message>
    <message>
        <source>%1 of %2 active keys used (the most %3 allows).</source>
        <translation>%1 von %2 aktiven Schlüsseln belegt (das Maximum bei %3).</translation>
    </message>
    <message numerus="yes">
        <source>Names can have up to %n characters.</source>
        <translation>
            <numerusform>Namen dürfen bis zu %n Zeichen lang sein.</numerusform>
            <numerusform>Namen dürfen bis zu %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>keydesk::DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation>Für die Demo kann kein temporäres Verzeichnis erstellt werden: %1</translation>
    </message>
    <message>
        <source>The demo server for %1 could not start: %2</source>
        <translation>Der Demo-Server für %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>The demo profile %1 could not be saved: %2</source>
        <translation>Das Demo-Profil %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The demo keys to plant in the demo project are missing.</source>
        <translation>Die Demo-Schlüssel, die im Demo-Projekt platziert werden sollen, fehlen.</translation>
    </message>
    <message>
        <source>The demo project could not be written in %1.</source>
        <translation>Das Demo-Projekt konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::Destination</name>
    <message>
        <source>The destination &apos;%1&apos; has no kind: use keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>Das Ziel &apos;%1&apos; hat keine Art: Verwenden Sie keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY oder command:NAME.</translation>
    </message>
    <message>
        <source>keychain: needs a label, for example keychain:&quot;Deploy key&quot;.</source>
        <translation>keychain: benötigt eine Bezeichnung, zum Beispiel keychain:&quot;Deploy key&quot;.</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; is KeyDesk&apos;s own keychain service; choose another label for a lasting entry.</source>
        <translation>Die Bezeichnung &apos;%1&apos; ist der eigene Schlüsselbund-Dienst von KeyDesk; wählen Sie für einen dauerhaften Eintrag eine andere Bezeichnung.</translation>
    </message>
    <message>
        <source>pass: needs an entry name such as pass:team/deploy-key (no leading &apos;-&apos; or &apos;/&apos;, no &apos;..&apos;).</source>
        <translation>pass: benötigt einen Eintragsnamen wie pass:team/deploy-key (ohne führendes &apos;-&apos; oder &apos;/&apos;, ohne &apos;..&apos;).</translation>
    </message>
    <message>
        <source>keepassxc: needs a database file and an entry, for example keepassxc:~/keys.kdbx:Deploy/leadhql.</source>
        <translation>keepassxc: benötigt eine Datenbankdatei und einen Eintrag, zum Beispiel keepassxc:~/keys.kdbx:Deploy/leadhql.</translation>
    </message>
    <message>
        <source>command: needs the name of a saved command template (keydesk-cli profile command).</source>
        <translation>command: benötigt den Namen einer gespeicherten Befehlsvorlage (keydesk-cli profile command).</translation>
    </message>
    <message>
        <source>Unknown destination kind &apos;%1&apos;; use keychain, pass, keepassxc or command.</source>
        <translation>Unbekannte Zielart &apos;%1&apos;; verwenden Sie keychain, pass, keepassxc oder command.</translation>
    </message>
</context>
<context>
    <name>keydesk::EmptyStatePage</name>
    <message>
        <source>Add an organisation to start.</source>
        <translation>Fügen Sie eine Organisation hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>Organisation &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: its keys are created and revoked in the %1 dashboard.
KeyDesk can check that a key works: Edit Organisation… → Test connection.</source>
        <translation>%1 dokumentiert keine API zur Schlüsselverwaltung: Die Schlüssel werden im Dashboard von %1 erstellt und widerrufen.
KeyDesk kann prüfen, ob ein Schlüssel funktioniert: Organisation bearbeiten… → Verbindung testen.</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>Organisation &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Loading the keys of “%1”…</source>
        <translation>Die Schlüssel von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be loaded. See the message above.</source>
        <translation>Die Schlüssel von „%1“ konnten nicht geladen werden. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>No API keys yet — press %1 to create one.</source>
        <translation>Noch keine API-Schlüssel — drücken Sie %1, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation>Kein Schlüssel passt zu „%1“.</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Loading the keys of every organisation…</source>
        <translation>Die Schlüssel aller Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>No organisation has any API key yet, or none could be listed.</source>
        <translation>Keine Organisation hat bisher API-Schlüssel, oder bei keiner konnten sie aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Art der Meldung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>keydesk::FileLeakScan</name>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>would block: not read</source>
        <translation>würde blockieren: nicht gelesen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>changed while it was scanned: not read</source>
        <translation>während des Scans geändert: nicht gelesen</translation>
    </message>
    <message>
        <source>changed while it was scanned: the results may be incomplete</source>
        <translation>während des Scans geändert: Die Ergebnisse sind möglicherweise unvollständig</translation>
    </message>
</context>
<context>
    <name>keydesk::FindingRow</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Quittiert.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
    <message>
        <source>Revokes “%1” on the server, after a confirmation</source>
        <translation>Widerruft „%1“ nach einer Rückfrage auf dem Server</translation>
    </message>
    <message>
        <source>Sorts the keys by last use, least used first, to find the keys no longer needed</source>
        <translation>Sortiert die Schlüssel nach letzter Verwendung, am wenigsten genutzte zuerst, um nicht mehr benötigte Schlüssel zu finden</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <source>Keeps this finding out of the counts, with a note, for good or until a date</source>
        <translation>Nimmt diesen Befund mit einer Notiz aus der Zählung heraus, unbefristet oder bis zu einem Datum</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Withdraws the acknowledgement: the finding counts again</source>
        <translation>Nimmt die Quittierung zurück: Der Befund zählt wieder</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (rotiert)</translation>
    </message>
    <message>
        <source>Show least used keys</source>
        <translation>Am wenigsten genutzte Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Set an expiry by rotating…</source>
        <translation>Ablauf per Rotation festlegen…</translation>
    </message>
    <message>
        <source>Rotates “%1”: KeyDesk creates its successor, then revokes this key once the new one is in use and this one has gone quiet.</source>
        <translation>Rotiert „%1“: KeyDesk erstellt seinen Nachfolger und widerruft diesen Schlüssel, sobald der neue verwendet wird und dieser während der Ruhezeit unbenutzt blieb.</translation>
    </message>
</context>
<context>
    <name>keydesk::GitBatchPipe</name>
    <message>
        <source>git could not be started: %1</source>
        <translation>git konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::GitCommand</name>
    <message>
        <source>git is not installed: the history was not scanned</source>
        <translation>git ist nicht installiert: Der Verlauf wurde nicht durchsucht</translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation>git konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>git failed (exit code %1)</source>
        <translation>git ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
</context>
<context>
    <name>keydesk::HandoffStore</name>
    <message>
        <source>The list of pending key handoffs (%1) cannot be read: %2</source>
        <translation>Die Liste der ausstehenden Schlüsselübergaben (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list of pending key handoffs was damaged and has been set aside as %1. Keys created earlier may still be in the keychain.</source>
        <translation>Die Liste der ausstehenden Schlüsselübergaben war beschädigt und wurde als %1 beiseitegelegt. Früher erstellte Schlüssel sind möglicherweise noch im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) is damaged and could not be set aside; it will be replaced when the next key is created.</source>
        <translation>Die Liste der ausstehenden Schlüsselübergaben (%1) ist beschädigt und konnte nicht beiseitegelegt werden; sie wird beim Erstellen des nächsten Schlüssels ersetzt.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) cannot be saved: %2</source>
        <translation>Die Liste der ausstehenden Schlüsselübergaben (%1) kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Another KeyDesk (process %1) is writing the list of pending key handoffs (%2). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Eine andere KeyDesk-Instanz (Prozess %1) schreibt gerade die Liste der ausstehenden Schlüsselübergaben (%2). Es geht nichts verloren: Die Änderung wird aufbewahrt und gespeichert, sobald die Liste frei ist.</translation>
    </message>
    <message>
        <source>Another KeyDesk is writing the list of pending key handoffs (%1). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Eine andere KeyDesk-Instanz schreibt gerade die Liste der ausstehenden Schlüsselübergaben (%1). Es geht nichts verloren: Die Änderung wird aufbewahrt und gespeichert, sobald die Liste frei ist.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>ihre Sperrdatei %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>keydesk::HealthPanel</name>
    <message>
        <source>Critical (%1)</source>
        <translation>Kritisch (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Warnung (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Info (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Quittiert (%1)</translation>
    </message>
    <message>
        <source>No findings: nothing needs doing here.</source>
        <translation>Keine Befunde: Hier ist nichts zu tun.</translation>
    </message>
    <message>
        <source>No open findings: only acknowledged ones.</source>
        <translation>Keine offenen Befunde, nur quittierte.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding needs attention.</source>
        <translation>
            <numerusform>%n Befund erfordert Aufmerksamkeit.</numerusform>
            <numerusform>%n Befunde erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings need attention, worst first.</source>
        <translation>
            <numerusform>%n Befund erfordert Aufmerksamkeit.</numerusform>
            <numerusform>%n Befunde erfordern Aufmerksamkeit, die schwersten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::HistoryLeakScan</name>
    <message>
        <source>not in a git repository: %1</source>
        <translation>nicht in einem Git-Repository: %1</translation>
    </message>
    <message>
        <source>blob %1 (%2) is missing: the repository is damaged</source>
        <translation>Blob %1 (%2) fehlt: Das Repository ist beschädigt</translation>
    </message>
    <message>
        <source>git cat-file stopped before the end: the repository may be damaged</source>
        <translation>git cat-file hat vor dem Ende aufgehört: Das Repository ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>shallow clone: the commits before its cut-off were not scanned</source>
        <translation>flacher Klon: Die Commits vor seiner Schnittgrenze wurden nicht durchsucht</translation>
    </message>
    <message>
        <source>the history cannot be read: %1</source>
        <translation>der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the index cannot be read: %1</source>
        <translation>der Index kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryExportCommand</name>
    <message>
        <source>Export the Inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>Das Inventar konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The inventory could not be written to %1: %2</source>
        <translation>Das Inventar konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryPanels</name>
    <message>
        <source>Key Details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Track a Key…</source>
        <translation>Schlüssel er&amp;fassen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Shows what KeyDesk did: creates, revokes, handoffs, profile changes</source>
        <translation>Zeigt, was KeyDesk getan hat: Erstellen, Widerrufen, Übergaben, Profiländerungen</translation>
    </message>
    <message>
        <source>Adds a key made in the %1 dashboard to the inventory, after verifying it</source>
        <translation>Fügt dem Inventar einen im Dashboard von %1 erstellten Schlüssel hinzu, nachdem er geprüft wurde</translation>
    </message>
    <message>
        <source>Only for Trust Leads organisations, which list no keys</source>
        <translation>Nur für Trust-Leads-Organisationen, die keine Schlüssel auflisten</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryWorker</name>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long. This change was not recorded.</source>
        <translation>Das Inventar ist belegt: Eine andere KeyDesk-Instanz blockiert es schon zu lange. Diese Änderung wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long.</source>
        <translation>Das Inventar ist belegt: Eine andere KeyDesk-Instanz blockiert es schon zu lange.</translation>
    </message>
    <message>
        <source>The inventory refused this request (%1).</source>
        <translation>Das Inventar hat diese Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The inventory could not be read (%1).</source>
        <translation>Das Inventar konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was recorded: the listing names no organisation.</source>
        <translation>Es wurde nichts erfasst: Die Auflistung nennt keine Organisation.</translation>
    </message>
    <message>
        <source>Nothing was logged: the entry names no action.</source>
        <translation>Es wurde nichts protokolliert: Der Eintrag nennt keine Aktion.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the inventory keeps only a key&apos;s SHA-256 fingerprint, masked identifier and last 4 characters, for a named organisation and key.</source>
        <translation>Es wurde nichts erfasst: Das Inventar speichert von einem Schlüssel nur den SHA-256-Fingerabdruck, die maskierte Kennung und die letzten 4 Zeichen, und zwar für eine benannte Organisation und einen benannten Schlüssel.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the acknowledgement names no organisation.</source>
        <translation>Es wurde nichts erfasst: Die Quittierung nennt keine Organisation.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the rotation names no organisation.</source>
        <translation>Es wurde nichts erfasst: Die Rotation nennt keine Organisation.</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyCommands</name>
    <message>
        <source>Add an organisation first.</source>
        <translation>Fügen Sie zuerst eine Organisation hinzu.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API.</source>
        <translation>%1 dokumentiert keine API zur Schlüsselverwaltung.</translation>
    </message>
    <message>
        <source>Copied the identifier %1.</source>
        <translation>Kennung %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the key id %1.</source>
        <translation>Schlüssel-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Choose an organisation to create a key</source>
        <translation>Wählen Sie eine Organisation aus, um einen Schlüssel zu erstellen</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDelivery</name>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The keychain already holds an entry &apos;%1&apos; for &apos;%2&apos;; nothing was overwritten.</source>
        <translation>Der Schlüsselbund enthält bereits einen Eintrag &apos;%1&apos; für &apos;%2&apos;; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Writing to the keychain…</source>
        <translation>In den Schlüsselbund wird geschrieben…</translation>
    </message>
    <message>
        <source>The keychain refused the entry: %1</source>
        <translation>Der Schlüsselbund hat den Eintrag abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Wird zurückgelesen…</translation>
    </message>
    <message>
        <source>The entry was written but could not be read back: %1</source>
        <translation>Der Eintrag wurde geschrieben, konnte aber nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>read back from the keychain</source>
        <translation>aus dem Schlüsselbund zurückgelesen</translation>
    </message>
    <message>
        <source>pass already has an entry &apos;%1&apos;; nothing was overwritten.</source>
        <translation>pass hat bereits einen Eintrag &apos;%1&apos;; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Running pass insert…</source>
        <translation>pass insert wird ausgeführt…</translation>
    </message>
    <message>
        <source>Reading it back with pass show…</source>
        <translation>Wird mit pass show zurückgelesen…</translation>
    </message>
    <message>
        <source>The entry was stored, but %1</source>
        <translation>Der Eintrag wurde gespeichert, aber %1</translation>
    </message>
    <message>
        <source>read back with pass show</source>
        <translation>mit pass show zurückgelesen</translation>
    </message>
    <message>
        <source>The database password must not contain a line break.</source>
        <translation>Das Datenbankpasswort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The KeePassXC database &apos;%1&apos; does not exist.</source>
        <translation>Die KeePassXC-Datenbank &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>Running keepassxc-cli add…</source>
        <translation>keepassxc-cli add wird ausgeführt…</translation>
    </message>
    <message>
        <source>The database password is wrong.</source>
        <translation>Das Datenbankpasswort ist falsch.</translation>
    </message>
    <message>
        <source>The entry already exists (nothing was overwritten) or its group does not.</source>
        <translation>Der Eintrag existiert bereits (es wurde nichts überschrieben) oder seine Gruppe existiert nicht.</translation>
    </message>
    <message>
        <source>Reading it back with keepassxc-cli show…</source>
        <translation>Wird mit keepassxc-cli show zurückgelesen…</translation>
    </message>
    <message>
        <source>read back with keepassxc-cli show</source>
        <translation>mit keepassxc-cli show zurückgelesen</translation>
    </message>
    <message>
        <source>No command template &apos;%1&apos; is saved for this profile.</source>
        <translation>Für dieses Profil ist keine Befehlsvorlage &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>the command exited with status 0; its destination cannot be read back, so delivery counts on that exit status</source>
        <translation>der Befehl wurde mit Status 0 beendet; sein Ziel kann nicht zurückgelesen werden, daher zählt für die Zustellung dieser Exit-Status</translation>
    </message>
    <message>
        <source>What was %1 is not the key (the SHA-256 fingerprints differ).</source>
        <translation>Was %1 wurde, ist nicht der Schlüssel (die SHA-256-Fingerabdrücke unterscheiden sich).</translation>
    </message>
    <message>
        <source>stored and %1: the SHA-256 fingerprints match</source>
        <translation>gespeichert und %1: Die SHA-256-Fingerabdrücke stimmen überein</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n seconds and was stopped.</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunde beendet und wurde gestoppt.</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunden beendet und wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 wurde mit Status %2 beendet.</translation>
    </message>
    <message>
        <source>[key redacted]</source>
        <translation>[Schlüssel geschwärzt]</translation>
    </message>
    <message>
        <source>[password redacted]</source>
        <translation>[Passwort geschwärzt]</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDetailsPane</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Usage count:</source>
        <translation>Anzahl Verwendungen:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Usage over the last:</source>
        <translation>Verwendung im letzten Zeitraum:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All</source>
        <comment>time range</comment>
        <translation>Alles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>%1 does not report this</source>
        <translation>%1 meldet dies nicht</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>not shown by %1</source>
        <translation>von %1 nicht angezeigt</translation>
    </message>
    <message>
        <source>%1, no longer listed since %2</source>
        <translation>%1, seit %2 nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>not in the inventory yet</source>
        <translation>noch nicht im Inventar</translation>
    </message>
    <message>
        <source>Select a key to see its details and usage over time.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details und seine Verwendung im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Der Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>%1 reports no usage per key: KeyDesk can show only whether the key is accepted.</source>
        <translation>%1 meldet keine Verwendung pro Schlüssel: KeyDesk kann nur anzeigen, ob der Schlüssel akzeptiert wird.</translation>
    </message>
    <message>
        <source>No history yet: KeyDesk records this key&apos;s usage at every refresh.</source>
        <translation>Noch kein Verlauf: KeyDesk erfasst die Verwendung dieses Schlüssels bei jeder Aktualisierung.</translation>
    </message>
    <message>
        <source>Uses seen per hour</source>
        <translation>Beobachtete Verwendungen pro Stunde</translation>
    </message>
    <message>
        <source>Uses seen per week</source>
        <translation>Beobachtete Verwendungen pro Woche</translation>
    </message>
    <message>
        <source>Uses seen per day</source>
        <translation>Beobachtete Verwendungen pro Tag</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Anzahl Verwendungen</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyFlows</name>
    <message>
        <source>No connection is selected.</source>
        <translation>Keine Verbindung ausgewählt.</translation>
    </message>
    <message>
        <source>%1 documents no endpoint for creating keys: create them in its dashboard.</source>
        <translation>%1 dokumentiert keinen Endpunkt zum Erstellen von Schlüsseln: Erstellen Sie sie in dessen Dashboard.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.</source>
        <translation>%1 von %2 aktiven Schlüsseln sind belegt, das Maximum bei %3. Widerrufen Sie einen Schlüssel, um einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys in use</source>
        <translation>%1 von %2 aktiven Schlüsseln belegt</translation>
    </message>
    <message>
        <source>Keychain Entry Not Removed</source>
        <translation>Schlüsselbundeintrag nicht entfernt</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending, so you can finish the handoff later.</source>
        <translation>Er bleibt als ausstehend aufgeführt, sodass Sie die Übergabe später abschließen können.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The pending key cannot be read from the keychain: %1</source>
        <translation>Der ausstehende Schlüssel kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending; try again when the keychain is available.</source>
        <translation>Er bleibt als ausstehend aufgeführt; versuchen Sie es erneut, wenn der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>Pending Key Lost</source>
        <translation>Ausstehender Schlüssel verloren</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key “%1” (%2).</source>
        <translation>Der Schlüsselbund enthält den Schlüssel „%1“ (%2) nicht mehr.</translation>
    </message>
    <message>
        <source>Its secret cannot be shown again, so the key should be revoked (and a new one created if you still need it). Remove it from the list of pending keys?</source>
        <translation>Sein Geheimnis kann nicht mehr angezeigt werden, daher sollte der Schlüssel widerrufen werden (und ein neuer erstellt werden, falls Sie ihn noch brauchen). Aus der Liste der ausstehenden Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove from the list of pending keys</source>
        <translation>Aus der Liste der ausstehenden Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Keep Listed</source>
        <translation>In der Liste behalten</translation>
    </message>
    <message>
        <source>Keep listed</source>
        <translation>In der Liste behalten</translation>
    </message>
    <message>
        <source>the connection to this organisation was closed</source>
        <translation>die Verbindung zu dieser Organisation wurde geschlossen</translation>
    </message>
    <message>
        <source>The connection to this organisation was closed.</source>
        <translation>Die Verbindung zu dieser Organisation wurde geschlossen.</translation>
    </message>
    <message>
        <source>“%1” (%2) was not revoked: %3</source>
        <translation>„%1“ (%2) wurde nicht widerrufen: %3</translation>
    </message>
    <message>
        <source>Kept in the keychain for a later handoff.</source>
        <translation>Für eine spätere Übergabe im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>A copy stays in the keychain.</source>
        <translation>Eine Kopie bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Left by a create whose answer was lost.</source>
        <translation>Von einer Erstellung hinterlassen, deren Antwort verloren ging.</translation>
    </message>
    <message>
        <source>Emergency Rotation</source>
        <translation>Notfallrotation</translation>
    </message>
    <message>
        <source>Revoke the leaked key right after its successor exists?</source>
        <translation>Den geleakten Schlüssel widerrufen, sobald sein Nachfolger existiert?</translation>
    </message>
    <message>
        <source>Rotate and Revoke</source>
        <translation>Rotieren und widerrufen</translation>
    </message>
    <message>
        <source>The key to make room was not revoked: %1</source>
        <translation>Der Schlüssel, der Platz schaffen sollte, wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>Die Rotation wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>New Key Not Verified</source>
        <translation>Neuer Schlüssel nicht geprüft</translation>
    </message>
    <message>
        <source>Revoke the Old Key Now</source>
        <translation>Alten Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1” now, before its quiet period has passed?</source>
        <translation>„%1“ jetzt widerrufen, bevor seine Ruhezeit abgelaufen ist?</translation>
    </message>
    <message>
        <source>The new key “%1” is in use. Anything still using “%2” fails at once.</source>
        <translation>Der neue Schlüssel „%1“ wird verwendet. Alles, was „%2“ noch verwendet, schlägt sofort fehl.</translation>
    </message>
    <message>
        <source>The new key “%1” has not been seen in use yet: every integration still using “%2” fails at once, and nothing shows that it has moved to the new key.</source>
        <translation>Der neue Schlüssel „%1“ wurde noch nicht in Verwendung gesehen: Jede Integration, die „%2“ noch verwendet, schlägt sofort fehl, und nichts zeigt, dass sie auf den neuen Schlüssel umgestellt wurde.</translation>
    </message>
    <message>
        <source>Revoke Now</source>
        <translation>Jetzt widerrufen</translation>
    </message>
    <message>
        <source>Revoke Anyway</source>
        <translation>Trotzdem widerrufen</translation>
    </message>
    <message>
        <source>Old Key Not Revoked</source>
        <translation>Alter Schlüssel nicht widerrufen</translation>
    </message>
    <message>
        <source>Cancel Rotation</source>
        <translation>Rotation abbrechen</translation>
    </message>
    <message>
        <source>Stop rotating “%1”?</source>
        <translation>Die Rotation von „%1“ abbrechen?</translation>
    </message>
    <message>
        <source>Both keys stay active; KeyDesk no longer revokes the old one.</source>
        <translation>Beide Schlüssel bleiben aktiv; KeyDesk widerruft den alten nicht mehr.</translation>
    </message>
    <message>
        <source>Also revoke the new key “%1”</source>
        <translation>Auch den neuen Schlüssel „%1“ widerrufen</translation>
    </message>
    <message>
        <source>Keep Rotating</source>
        <translation>Weiter rotieren</translation>
    </message>
    <message>
        <source>Rotation Not Cancelled</source>
        <translation>Rotation nicht abgebrochen</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableLayout</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>%1 (not reported by %2)</source>
        <translation>%1 (von %2 nicht gemeldet)</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableModel</name>
    <message>
        <source>%1 · pending handoff</source>
        <translation>%1 · Übergabe ausstehend</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft %1 ab</translation>
    </message>
    <message>
        <source>Pending handoff: the full key is kept in the keychain until you hand it off (select the key and choose Hand Off Pending Key).</source>
        <translation>Übergabe ausstehend: Der vollständige Schlüssel wird im Schlüsselbund aufbewahrt, bis Sie ihn übergeben (Schlüssel auswählen und „Ausstehenden Schlüssel übergeben“ wählen).</translation>
    </message>
    <message>
        <source>%1 does not show an identifier for keys; the key id is %2.</source>
        <translation>%1 zeigt keine Kennung für Schlüssel an; die Schlüssel-ID ist %2.</translation>
    </message>
    <message>
        <source>%1 does not report this.</source>
        <translation>%1 meldet das nicht.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation>Dieser Schlüssel läuft nicht ab.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Anzahl Verwendungen</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>%1 does not report this column.</source>
        <translation>%1 liefert diese Spalte nicht.</translation>
    </message>
    <message>
        <source>%1 · not refreshed</source>
        <translation>%1 · nicht aktualisiert</translation>
    </message>
    <message>
        <source>%1: the last known record from the inventory; this organisation&apos;s list has not answered or failed (see the message above the table).</source>
        <translation>%1: der zuletzt bekannte Stand aus dem Inventar; die Auflistung dieser Organisation blieb ohne Antwort oder ist fehlgeschlagen (siehe die Meldung über der Tabelle).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainOperation</name>
    <message>
        <source>libsecret-1.so.0 is not installed (Debian/Ubuntu package libsecret-1-0)</source>
        <translation>libsecret-1.so.0 ist nicht installiert (Debian/Ubuntu-Paket libsecret-1-0)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n ms.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n ms geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n ms geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainSecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring oder KWallet)</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakIgnoreList</name>
    <message>
        <source>The ignore file %1 cannot be read: %2</source>
        <translation>Die Ausschlussdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The ignore file %1 is larger than 1 MiB.</source>
        <translation>Die Ausschlussdatei %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file does not start with a fingerprint (64 hex digits, as &apos;scan --json&apos; prints it).</source>
        <translation>Zeile %1 der Ausschlussdatei beginnt nicht mit einem Fingerabdruck (64 Hexadezimalziffern, wie &apos;scan --json&apos; ihn ausgibt).</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file gives no reason after the fingerprint.</source>
        <translation>Zeile %1 der Ausschlussdatei nennt nach dem Fingerabdruck keine Begründung.</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakResultModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt %1 verwendet</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScan</name>
    <message>
        <source>the earlier scans are not known: %1</source>
        <translation>die früheren Scans sind nicht bekannt: %1</translation>
    </message>
    <message>
        <source>the scan could not be remembered: %1</source>
        <translation>der Scan konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScanDialog</name>
    <message>
        <source>Every blob reachable from every branch, tag, stash and reflog entry of each folder&apos;s git repository: a key committed and deleted later is found.</source>
        <translation>Jeder Blob, der von einem Branch, Tag, Stash oder Reflog-Eintrag des Git-Repositorys jedes Ordners aus erreichbar ist: Auch ein Schlüssel, der committet und später gelöscht wurde, wird gefunden.</translation>
    </message>
    <message>
        <source>Files whose first 8 KiB hold a NUL byte are skipped unless this is on.</source>
        <translation>Dateien, deren erste 8 KiB ein NUL-Byte enthalten, werden übersprungen, wenn dies nicht eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Add the folders of your projects, then Start. Nothing is sent anywhere: found keys are matched against this computer&apos;s inventory.</source>
        <translation>Fügen Sie die Ordner Ihrer Projekte hinzu und klicken Sie dann auf „Starten“. Nichts wird irgendwohin gesendet: Gefundene Schlüssel werden mit dem Inventar dieses Computers abgeglichen.</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>Zu durchsuchenden Ordner hinzufügen</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>der Ordner existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>Add a folder to scan first.</source>
        <translation>Fügen Sie zuerst einen zu durchsuchenden Ordner hinzu.</translation>
    </message>
    <message>
        <source>None of the folders exists.</source>
        <translation>Keiner der Ordner existiert.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scan läuft…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n folder(s)…</source>
        <translation>
            <numerusform>%n Ordner wird durchsucht…</numerusform>
            <numerusform>%n Ordner werden durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the scan…</source>
        <translation>Scan wird angehalten…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 at %2/s — %3</source>
        <translation>
            <numerusform>%n Datei, %1 mit %2/s — %3</numerusform>
            <numerusform>%n Dateien, %1 mit %2/s — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and blob(s), %1</source>
        <translation>
            <numerusform>%n Datei bzw. Blob, %1</numerusform>
            <numerusform>%n Dateien und Blobs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n key(s) found before it stopped.</source>
        <translation>
            <numerusform>Abgebrochen: %n Schlüssel vor dem Anhalten gefunden.</numerusform>
            <numerusform>Abgebrochen: %n Schlüssel vor dem Anhalten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key found.</source>
        <translation>Kein Schlüssel gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found, %1 of them live or unknown: revoke or rotate a live key at once.</source>
        <translation>
            <numerusform>%n Schlüssel gefunden, davon %1 gültig oder unbekannt: Widerrufen oder rotieren Sie einen gültigen Schlüssel sofort.</numerusform>
            <numerusform>%n Schlüssel gefunden, davon %1 gültig oder unbekannt: Widerrufen oder rotieren Sie einen gültigen Schlüssel sofort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by .keydesk-ignore.</source>
        <translation>
            <numerusform>%n durch .keydesk-ignore ausgelassen.</numerusform>
            <numerusform>%n durch .keydesk-ignore ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ignore entry %1… matches no key found: it can be removed.</source>
        <translation>Der Ausschlusseintrag %1… passt zu keinem gefundenen Schlüssel: Er kann entfernt werden.</translation>
    </message>
    <message>
        <source>The inventory could not be read or written (%1): keys are shown as unknown.</source>
        <translation>Das Inventar konnte nicht gelesen oder geschrieben werden (%1): Schlüssel werden als unbekannt angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the first: %1: %2</source>
        <translation>
            <numerusform>%n Problem: %1: %2</numerusform>
            <numerusform>%n Probleme, das erste: %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a key found.</source>
        <translation>Wählen Sie einen gefundenen Schlüssel aus.</translation>
    </message>
    <message>
        <source>This key is not in the inventory: revoke it where it was made.</source>
        <translation>Dieser Schlüssel ist nicht im Inventar: Widerrufen Sie ihn dort, wo er erstellt wurde.</translation>
    </message>
    <message>
        <source>This key is no longer active.</source>
        <translation>Dieser Schlüssel ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Needs the inventory.</source>
        <translation>Benötigt das Inventar.</translation>
    </message>
    <message>
        <source>Revoke “%1” (asks first)</source>
        <translation>„%1“ widerrufen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Create a successor of “%1”, then revoke the old key</source>
        <translation>Einen Nachfolger für „%1“ erstellen, dann den alten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Writes the key&apos;s fingerprint and your reason to the folder&apos;s .keydesk-ignore: later scans leave this key out, wherever it moves.</source>
        <translation>Schreibt den Fingerabdruck des Schlüssels und Ihre Begründung in die Datei .keydesk-ignore des Ordners: Spätere Scans lassen diesen Schlüssel aus, wohin er auch wandert.</translation>
    </message>
    <message>
        <source>Ignore This Key</source>
        <translation>Diesen Schlüssel ignorieren</translation>
    </message>
    <message>
        <source>Why may %1 stay where it is? The reason and the key&apos;s fingerprint (never the key) are written to %2.</source>
        <translation>Warum darf %1 bleiben, wo er ist? Die Begründung und der Fingerabdruck des Schlüssels (nie der Schlüssel selbst) werden in %2 geschrieben.</translation>
    </message>
    <message>
        <source>test fixture, not a real key</source>
        <translation>Testdaten, kein echter Schlüssel</translation>
    </message>
    <message>
        <source>Not ignored: a reason is needed.</source>
        <translation>Nicht ignoriert: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Not ignored: cannot write %1: %2</source>
        <translation>Nicht ignoriert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is ignored from now on (%2).</source>
        <translation>%1 wird ab jetzt ignoriert (%2).</translation>
    </message>
</context>
<context>
    <name>keydesk::LostKeyDialog</name>
    <message>
        <source>It is not known whether the key “%1” was created.</source>
        <translation>Es ist nicht bekannt, ob der Schlüssel „%1“ erstellt wurde.</translation>
    </message>
    <message>
        <source>The server may have created the key, but its answer was lost on the way. The key&apos;s secret was in that answer, so it can never be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Der Server hat den Schlüssel möglicherweise erstellt, aber seine Antwort ging unterwegs verloren. Das Geheimnis des Schlüssels stand in dieser Antwort und kann daher nie angezeigt werden. KeyDesk sucht nach dem Schlüssel, damit Sie ihn widerrufen können.</translation>
    </message>
    <message>
        <source>The server answered, but its answer could not be read. It may have created the key; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Der Server hat geantwortet, aber seine Antwort war nicht lesbar. Möglicherweise hat er den Schlüssel erstellt; das Geheimnis des Schlüssels kann nicht angezeigt werden. KeyDesk sucht nach dem Schlüssel, damit Sie ihn widerrufen können.</translation>
    </message>
    <message>
        <source>&amp;Revoke It Now</source>
        <translation>Jetzt &amp;widerrufen</translation>
    </message>
    <message>
        <source>&amp;Leave It</source>
        <translation>&amp;Belassen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Look for the key again</source>
        <translation>Erneut nach dem Schlüssel suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for “%1” in the list of keys…</source>
        <translation>Suche nach „%1“ in der Schlüsselliste…</translation>
    </message>
    <message>
        <source>KeyDesk could not look for the key, so a key nobody can use may still exist.</source>
        <translation>KeyDesk konnte nicht nach dem Schlüssel suchen; möglicherweise existiert also noch ein Schlüssel, den niemand verwenden kann.</translation>
    </message>
    <message>
        <source>The list of keys could not be read: %1</source>
        <translation>Die Schlüsselliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No new key named “%1” was found: the server did not create it. Nothing to do. Refresh the list of keys if it still looks out of date.</source>
        <translation>Es wurde kein neuer Schlüssel namens „%1“ gefunden: Der Server hat ihn nicht erstellt. Es ist nichts zu tun. Aktualisieren Sie die Schlüsselliste, falls sie noch veraltet wirkt.</translation>
    </message>
    <message>
        <source>The server did create the key. Nobody can use it, because its secret is lost: revoke it now, then create a new one if you still need it.</source>
        <translation>Der Server hat den Schlüssel tatsächlich erstellt. Niemand kann ihn verwenden, weil sein Geheimnis verloren ist: Widerrufen Sie ihn jetzt und erstellen Sie dann einen neuen, falls Sie ihn noch brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named “%1” were created around that time. Only one of them is the key whose answer was lost; the others may belong to someone else. Check the ones to revoke.</source>
        <translation>
            <numerusform>%n Schlüssel namens „%1“ wurde um diese Zeit erstellt. Nur einer davon ist der Schlüssel, dessen Antwort verloren ging; die anderen gehören möglicherweise jemand anderem. Markieren Sie die zu widerrufenden.</numerusform>
            <numerusform>%n Schlüssel namens „%1“ wurden um diese Zeit erstellt. Nur einer davon ist der Schlüssel, dessen Antwort verloren ging; die anderen gehören möglicherweise jemand anderem. Markieren Sie die zu widerrufenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected</source>
        <translation>Ausgewählte &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke the checked keys</source>
        <translation>Die markierten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key now</source>
        <translation>Den Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Belassen</translation>
    </message>
    <message>
        <source>Leave the keys active</source>
        <translation>Die Schlüssel aktiv lassen</translation>
    </message>
    <message>
        <source>Leave the key active</source>
        <translation>Den Schlüssel aktiv lassen</translation>
    </message>
    <message>
        <source>%1, %2, created %3</source>
        <translation>%1, %2, erstellt: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation>Ursache: %1.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of the new key. It may have created the key first; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Der Server hat mit einer Umleitung auf %1 statt mit dem neuen Schlüssel geantwortet. Möglicherweise hat er den Schlüssel vorher erstellt; das Geheimnis des Schlüssels kann nicht angezeigt werden. KeyDesk sucht nach dem Schlüssel, damit Sie ihn widerrufen können.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so KeyDesk cannot tell whether the server created “%1”. Any key shown here may be the one whose answer was lost; the others may belong to someone else. Check the ones to revoke, or leave them and check the list of keys yourself.</source>
        <translation>Die Schlüsselliste gibt nicht an, wann die Schlüssel erstellt wurden; daher kann KeyDesk nicht feststellen, ob der Server „%1“ erstellt hat. Jeder hier angezeigte Schlüssel kann der sein, dessen Antwort verloren ging; die anderen gehören möglicherweise jemand anderem. Markieren Sie die zu widerrufenden oder belassen Sie sie und prüfen Sie die Schlüsselliste selbst.</translation>
    </message>
</context>
<context>
    <name>keydesk::MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>KeyDesk — Demo</source>
        <translation>KeyDesk — Demo</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter keys (%1)</source>
        <translation>Filtern (%1)</translation>
    </message>
    <message>
        <source>Shows the keys whose name, identifier or status contain every word typed here</source>
        <translation>Zeigt die Schlüssel, deren Name, Kennung oder Status jedes hier eingegebene Wort enthält</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key to %1.</source>
        <translation>
            <numerusform>%n Schlüssel in %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n keys to %1.</source>
        <translation>
            <numerusform>%n Schlüssel in %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 documents no key-management API: these are the keys KeyDesk tracks for it, as of %2.</source>
        <translation>%1 dokumentiert keine API zur Schlüsselverwaltung: Dies sind die Schlüssel, die KeyDesk dafür erfasst hat (Stand: %2).</translation>
    </message>
    <message>
        <source>The keys could not be listed: the table shows the last known keys (as of %1). Creating and revoking keys need the server.</source>
        <translation>Die Schlüssel konnten nicht aufgelistet werden: Die Tabelle zeigt die zuletzt bekannten Schlüssel (Stand: %1). Zum Erstellen und Widerrufen von Schlüsseln wird der Server benötigt.</translation>
    </message>
    <message>
        <source>The table shows the last known keys (as of %1) until the server answers.</source>
        <translation>Die Tabelle zeigt die zuletzt bekannten Schlüssel (Stand: %1), bis der Server antwortet.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: the keys of “%2” are revoked in its dashboard.</source>
        <translation>%1 dokumentiert keine API zur Schlüsselverwaltung: Die Schlüssel von „%2“ werden in dessen Dashboard widerrufen.</translation>
    </message>
    <message>
        <source>The keys of “%1” are the last known ones until its server answers: revoking needs the server.</source>
        <translation>Die Schlüssel von „%1“ sind die zuletzt bekannten, bis ihr Server antwortet: Zum Widerrufen wird der Server benötigt.</translation>
    </message>
    <message>
        <source>“%1” has gone quiet and can be revoked: select it and use Revoke Now in its rotation timeline.</source>
        <translation>„%1“ blieb während der Ruhezeit unbenutzt und kann widerrufen werden: Wählen Sie ihn aus und verwenden Sie „Jetzt widerrufen“ in der Zeitleiste seiner Rotation.</translation>
    </message>
    <message>
        <source>ready to revoke</source>
        <translation>bereit zum Widerruf</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>wird rotiert</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
</context>
<context>
    <name>keydesk::MemorySecretStore</name>
    <message>
        <source>No entry &quot;%1&quot; in this session&apos;s memory.</source>
        <translation>Kein Eintrag &quot;%1&quot; im Speicher dieser Sitzung.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>keydesk::NotificationService</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze a day</source>
        <translation>Einen Tag zurückstellen</translation>
    </message>
</context>
<context>
    <name>keydesk::PendingBadges</name>
    <message numerus="yes">
        <source>%n key waits for handoff</source>
        <translation>
            <numerusform>%n Schlüssel wartet auf Übergabe</numerusform>
            <numerusform>%n Schlüssel warten auf Übergabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys wait for handoff</source>
        <translation>
            <numerusform>%n Schlüssel wartet auf Übergabe</numerusform>
            <numerusform>%n Schlüssel warten auf Übergabe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::PreferencesDialog</name>
    <message>
        <source>Apply preferences</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <source>KeyDesk connects to one organisation per profile. The credential is kept in the system keychain, never in a file.</source>
        <translation>KeyDesk verbindet sich pro Profil mit einer Organisation. Die Zugangsdaten werden im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Organisation speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation>X-API-Key</translation>
    </message>
    <message>
        <source>Edit Organisation — %1</source>
        <translation>Organisation bearbeiten — %1</translation>
    </message>
    <message>
        <source>The name identifies the keychain entries of this organisation and cannot be changed. Add a new organisation to use another name.</source>
        <translation>Der Name kennzeichnet die Schlüsselbundeinträge dieser Organisation und kann nicht geändert werden. Fügen Sie eine neue Organisation hinzu, um einen anderen Namen zu verwenden.</translation>
    </message>
    <message>
        <source>The JWT session token of a dashboard login. LeadHQL manages keys only with a session token, never with an API key.</source>
        <translation>Das JWT-Sitzungstoken einer Dashboard-Anmeldung. LeadHQL verwaltet Schlüssel nur mit einem Sitzungstoken, nie mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>An API key of the organisation: ll_ followed by 64 hexadecimal characters.</source>
        <translation>Ein API-Schlüssel der Organisation: ll_ gefolgt von 64 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>ll_…</source>
        <translation>ll_…</translation>
    </message>
    <message>
        <source>A Trust Leads API key (lfk_sk_…). Trust Leads documents no key-management API: KeyDesk can check the key but not list, create or revoke keys.</source>
        <translation>Ein API-Schlüssel von Trust Leads (lfk_sk_…). Trust Leads dokumentiert keine API zur Schlüsselverwaltung: KeyDesk kann den Schlüssel prüfen, aber keine Schlüssel auflisten, erstellen oder widerrufen.</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored credential.</source>
        <translation>Leer lassen, um die gespeicherten Zugangsdaten zu behalten.</translation>
    </message>
    <message>
        <source>Trust Leads accepts its keys in either header.</source>
        <translation>Trust Leads akzeptiert seine Schlüssel in beiden Headern.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only as “Authorization: Bearer”.</source>
        <translation>%1 akzeptiert die Zugangsdaten nur als „Authorization: Bearer“.</translation>
    </message>
    <message>
        <source>This is a LeadHQL API key (leadhql_pk_…). LeadHQL lists, creates and revokes keys only for a logged-in user: log in to the LeadHQL dashboard, copy the session token (a JWT) and paste it here.</source>
        <translation>Dies ist ein LeadHQL-API-Schlüssel (leadhql_pk_…). LeadHQL listet, erstellt und widerruft Schlüssel nur für angemeldete Benutzer: Melden Sie sich im LeadHQL-Dashboard an, kopieren Sie das Sitzungstoken (ein JWT) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>This does not look like a session token: a JWT has three parts separated by dots.</source>
        <translation>Das sieht nicht wie ein Sitzungstoken aus: Ein JWT besteht aus drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>The session token carries no expiry date.</source>
        <translation>Das Sitzungstoken enthält kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>This session token expired on %1 (%2). Log in to the LeadHQL dashboard again and paste the new token.</source>
        <translation>Dieses Sitzungstoken ist am %1 abgelaufen (%2). Melden Sie sich erneut im LeadHQL-Dashboard an und fügen Sie das neue Token ein.</translation>
    </message>
    <message>
        <source>Session token expires on %1 (%2).</source>
        <translation>Das Sitzungstoken läuft am %1 ab (%2).</translation>
    </message>
    <message>
        <source>KeyDesk will ask for a new token when it lapses; a fresh login gives a longer-lived one.</source>
        <translation>KeyDesk fragt nach einem neuen Token, wenn es abläuft; eine neue Anmeldung liefert ein länger gültiges.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>This looks like a %1 key, not a %2 credential.</source>
        <translation>Das sieht wie ein %1-Schlüssel aus, nicht wie Zugangsdaten für %2.</translation>
    </message>
    <message>
        <source>An organisation named “%1” already exists.</source>
        <translation>Eine Organisation namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Paste the credential: KeyDesk needs it to list and manage the keys.</source>
        <translation>Fügen Sie die Zugangsdaten ein: KeyDesk braucht sie, um die Schlüssel aufzulisten und zu verwalten.</translation>
    </message>
    <message>
        <source>You can use the credential for this session only: KeyDesk then keeps it in memory until you quit and never writes it to disk.</source>
        <translation>Sie können die Zugangsdaten nur für diese Sitzung verwenden: KeyDesk behält sie dann bis zum Beenden im Arbeitsspeicher und schreibt sie nie auf die Festplatte.</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>Die Organisation konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Paste the credential first.</source>
        <translation>Fügen Sie zuerst die Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>No credential is stored: paste one.</source>
        <translation>Es sind keine Zugangsdaten gespeichert: Fügen Sie welche ein.</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>Verbunden: Der Dienst hat den Schlüssel akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n key listed.</source>
        <translation>
            <numerusform>Verbunden: %n Schlüssel aufgelistet.</numerusform>
            <numerusform>Verbunden: %n Schlüssel aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n keys listed.</source>
        <translation>
            <numerusform>Verbunden: %n Schlüssel aufgelistet.</numerusform>
            <numerusform>Verbunden: %n Schlüssel aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileEditor</name>
    <message>
        <source>Remove Organisation</source>
        <translation>Organisation entfernen</translation>
    </message>
    <message>
        <source>Remove the organisation “%1” from KeyDesk?</source>
        <translation>Die Organisation „%1“ aus KeyDesk entfernen?</translation>
    </message>
    <message>
        <source>Its stored credential is deleted from the keychain. The keys themselves stay on the server.</source>
        <translation>Ihre gespeicherten Zugangsdaten werden aus dem Schlüsselbund gelöscht. Die Schlüssel selbst bleiben auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n new key has not been handed off yet: its full key is deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n neuer Schlüssel wurde noch nicht übergeben: Sein vollständiger Schlüssel wird ebenfalls aus dem Schlüsselbund gelöscht und kann nicht mehr angezeigt werden.</numerusform>
            <numerusform>%n neue Schlüssel wurden noch nicht übergeben: Ihre vollständigen Schlüssel werden ebenfalls aus dem Schlüsselbund gelöscht und können nicht mehr angezeigt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new keys have not been handed off yet: their full keys are deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n neuer Schlüssel wurde noch nicht übergeben: Sein vollständiger Schlüssel wird ebenfalls aus dem Schlüsselbund gelöscht und kann nicht mehr angezeigt werden.</numerusform>
            <numerusform>%n neue Schlüssel wurden noch nicht übergeben: Ihre vollständigen Schlüssel werden ebenfalls aus dem Schlüsselbund gelöscht und können nicht mehr angezeigt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The credential of “%1” could not be deleted from the keychain: %2</source>
        <translation>Die Zugangsdaten von „%1“ konnten nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The organisation “%1” could not be removed.</source>
        <translation>Die Organisation „%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileSelector</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation whose keys are shown</source>
        <translation>Die Organisation, deren Schlüssel angezeigt werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>The keys of every organisation in one table</source>
        <translation>Die Schlüssel aller Organisationen in einer Tabelle</translation>
    </message>
</context>
<context>
    <name>keydesk::RevealKeyDialog</name>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n seconds.</source>
        <translation>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunde in die Zwischenablage.</numerusform>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunden in die Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else.</source>
        <translation>Die Zwischenablage enthält jetzt etwas anderes.</translation>
    </message>
    <message>
        <source>Hand off the pending key</source>
        <translation>Ausstehenden Schlüssel übergeben</translation>
    </message>
    <message>
        <source>Copy your new API key now</source>
        <translation>Kopieren Sie jetzt Ihren neuen API-Schlüssel</translation>
    </message>
    <message>
        <source>This key was kept in the keychain for a later handoff. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>Dieser Schlüssel wurde für eine spätere Übergabe im Schlüsselbund aufbewahrt. Speichern Sie ihn in Ihrem Passwortmanager oder in der Integration, die ihn braucht, und bestätigen Sie dann unten.</translation>
    </message>
    <message>
        <source>This is the only time the full key is shown: the server keeps only a fingerprint. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>Nur jetzt wird der vollständige Schlüssel angezeigt: Der Server speichert nur einen Fingerabdruck. Speichern Sie ihn in Ihrem Passwortmanager oder in der Integration, die ihn braucht, und bestätigen Sie dann unten.</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1 Copy it now — once this dialog is closed it cannot be shown again.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1 Kopieren Sie ihn jetzt — nach dem Schließen dieses Dialogs kann er nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>the keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Not available: the keychain does not hold this key.</source>
        <translation>Nicht verfügbar: Der Schlüsselbund enthält diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Keys are kept in memory for this session only: a key kept for later is lost when KeyDesk quits.</source>
        <translation>Schlüssel werden nur für diese Sitzung im Arbeitsspeicher aufbewahrt: Ein für später aufbewahrter Schlüssel geht verloren, wenn KeyDesk beendet wird.</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The key is not saved anywhere else. Close anyway?</source>
        <translation>Der Schlüssel ist nirgendwo sonst gespeichert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Without a copy, the key must be revoked and a new one created.</source>
        <translation>Ohne Kopie muss der Schlüssel widerrufen und ein neuer erstellt werden.</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second.</source>
        <translation>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunde in die Zwischenablage.</numerusform>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunden in die Zwischenablage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RevokeConfirmation</name>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation>„%1“ (%2) widerrufen?</translation>
    </message>
    <message>
        <source>Every integration that uses this key fails at once. Revoking cannot be undone.</source>
        <translation>Jede Integration, die diesen Schlüssel verwendet, schlägt sofort fehl. Der Widerruf kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 — something may still depend on it.</source>
        <translation>%1 — möglicherweise hängt noch etwas von ihm ab.</translation>
    </message>
    <message>
        <source>&amp;Revoke Key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>It was used less than a minute ago</source>
        <translation>Er wurde vor weniger als einer Minute verwendet</translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minute ago</source>
        <translation>
            <numerusform>Er wurde vor %n Minute verwendet</numerusform>
            <numerusform>Er wurde vor %n Minuten verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minutes ago</source>
        <translation>
            <numerusform>Er wurde vor %n Minute verwendet</numerusform>
            <numerusform>Er wurde vor %n Minuten verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hour ago</source>
        <translation>
            <numerusform>Er wurde vor %n Stunde verwendet</numerusform>
            <numerusform>Er wurde vor %n Stunden verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hours ago</source>
        <translation>
            <numerusform>Er wurde vor %n Stunde verwendet</numerusform>
            <numerusform>Er wurde vor %n Stunden verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RotateKeyDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>KeyDesk creates a successor for %1, shows it once for you to put into your integrations, and revokes the old key only after the new one has been seen in use and the old one has gone quiet.</source>
        <translation>KeyDesk erstellt einen Nachfolger für %1, zeigt ihn einmal an, damit Sie ihn in Ihre Integrationen eintragen, und widerruft den alten Schlüssel erst, wenn der neue in Verwendung gesehen wurde und der alte während der Ruhezeit unbenutzt blieb.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>er wurde zuletzt %1 verwendet</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>es wird keine Verwendung gemeldet</translation>
    </message>
    <message>
        <source>%1 requests so far</source>
        <comment>usage count</comment>
        <translation>bisher %1 Anfragen</translation>
    </message>
    <message>
        <source>its usage is not reported</source>
        <translation>seine Nutzung wird nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using it fails at once (%2; %3).</source>
        <translation>%1 wird widerrufen, sobald sein Nachfolger existiert, ohne abzuwarten, bis der neue Schlüssel verwendet wird. Jede Integration, die ihn noch verwendet, schlägt sofort fehl (%2; %3).</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows, and no key is unused or idle. Revoke a key first to make room for the new one.</source>
        <translation>%1 von %2 aktiven Schlüsseln sind vergeben, mehr erlaubt diese Organisation nicht, und kein Schlüssel ist unbenutzt oder länger nicht verwendet. Widerrufen Sie zuerst einen Schlüssel, um Platz für den neuen zu schaffen.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows. A key that is unused or idle can be revoked first to make room for the new one.</source>
        <translation>%1 von %2 aktiven Schlüsseln sind vergeben, mehr erlaubt diese Organisation nicht. Ein unbenutzter oder länger nicht verwendeter Schlüssel kann zuerst widerrufen werden, um Platz für den neuen zu schaffen.</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationEngine</name>
    <message>
        <source>Key &apos;%1&apos; (%2) is revoked; only an active key can be rotated.</source>
        <translation>Schlüssel &apos;%1&apos; (%2) ist widerrufen; nur ein aktiver Schlüssel kann rotiert werden.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already being rotated (rotation %3); cancel that rotation first.</source>
        <translation>Schlüssel &apos;%1&apos; (%2) wird bereits rotiert (Rotation %3); brechen Sie diese Rotation zuerst ab.</translation>
    </message>
    <message>
        <source>The rotation is not in the inventory.</source>
        <translation>Die Rotation ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2)%3</source>
        <translation>neuer Schlüssel &apos;%1&apos; (%2)%3</translation>
    </message>
    <message>
        <source>; emergency: the old key is revoked at once</source>
        <translation>; Notfall: Der alte Schlüssel wird sofort widerrufen</translation>
    </message>
    <message>
        <source>The new key could not be created: %1</source>
        <translation>Der neue Schlüssel konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The rotation has no new key yet.</source>
        <translation>Die Rotation hat noch keinen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The server refused the new key &apos;%1&apos; (%2) when KeyDesk verified it: %3 The old key was kept.</source>
        <translation>Der Server hat den neuen Schlüssel &apos;%1&apos; (%2) bei der Prüfung durch KeyDesk abgelehnt: %3 Der alte Schlüssel wurde behalten.</translation>
    </message>
    <message>
        <source>emergency rotation: revoked as soon as the new key existed</source>
        <translation>Notfallrotation: widerrufen, sobald der neue Schlüssel existierte</translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>baseline: usage count %1, last used %2</source>
        <translation>Ausgangswerte: Nutzungszähler %1, zuletzt verwendet am %2</translation>
    </message>
    <message>
        <source>the baseline comes from the next listing</source>
        <translation>die Ausgangswerte stammen aus der nächsten Auflistung</translation>
    </message>
    <message>
        <source>not verified by KeyDesk; the baseline is this listing&apos;s figures</source>
        <translation>nicht von KeyDesk geprüft; die Ausgangswerte sind die Zahlen dieser Auflistung</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2) first seen in use at %3</source>
        <translation>neuer Schlüssel &apos;%1&apos; (%2) erstmals am %3 in Verwendung gesehen</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period</source>
        <translation>der alte Schlüssel war während der Ruhezeit unbenutzt</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period; revoke it when you are ready</source>
        <translation>der alte Schlüssel war während der Ruhezeit unbenutzt; widerrufen Sie ihn, wenn Sie bereit sind</translation>
    </message>
    <message>
        <source>revoked automatically: the new key is in use and the old one was quiet</source>
        <translation>automatisch widerrufen: Der neue Schlüssel wird verwendet und der alte war unbenutzt</translation>
    </message>
    <message>
        <source>Revoking the old key &apos;%1&apos; (%2) failed: %3 Both keys are still active; revoke the old one when you can.</source>
        <translation>Der Widerruf des alten Schlüssels &apos;%1&apos; (%2) ist fehlgeschlagen: %3 Beide Schlüssel sind noch aktiv; widerrufen Sie den alten, sobald Sie können.</translation>
    </message>
    <message>
        <source>There is no such rotation.</source>
        <translation>Diese Rotation gibt es nicht.</translation>
    </message>
    <message>
        <source>Rotation %1 has already ended (%2).</source>
        <translation>Rotation %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>cancelled; both keys were kept</source>
        <translation>abgebrochen; beide Schlüssel wurden behalten</translation>
    </message>
    <message>
        <source>cancelled; the new key &apos;%1&apos; (%2) was revoked, the old key kept</source>
        <translation>abgebrochen; der neue Schlüssel &apos;%1&apos; (%2) wurde widerrufen, der alte behalten</translation>
    </message>
    <message>
        <source>cancelled; revoking the new key &apos;%1&apos; (%2) failed: %3</source>
        <translation>abgebrochen; der Widerruf des neuen Schlüssels &apos;%1&apos; (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Rotation %1 has no new key or has ended.</source>
        <translation>Rotation %1 hat keinen neuen Schlüssel oder ist beendet.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; has not been seen in use: revoking the old key now breaks every integration still on it. Force it to revoke anyway.</source>
        <translation>Der neue Schlüssel &apos;%1&apos; wurde noch nicht in Verwendung gesehen: Ein Widerruf des alten Schlüssels jetzt legt jede Integration lahm, die ihn noch verwendet. Erzwingen Sie ihn, um trotzdem zu widerrufen.</translation>
    </message>
    <message>
        <source>revoked by hand</source>
        <translation>von Hand widerrufen</translation>
    </message>
    <message>
        <source>revoked by hand, forced, before the new key was seen in use</source>
        <translation>von Hand widerrufen, erzwungen, bevor der neue Schlüssel in Verwendung gesehen wurde</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationRules</name>
    <message>
        <source>The new key&apos;s create never finished (KeyDesk stopped, or its answer was lost); look for a key named &apos;%1&apos; in the list before starting again.</source>
        <translation>Die Erstellung des neuen Schlüssels wurde nie abgeschlossen (KeyDesk wurde beendet oder die Antwort ging verloren); suchen Sie in der Liste nach einem Schlüssel namens &apos;%1&apos;, bevor Sie neu beginnen.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) was revoked outside the rotation; the old key was kept.</source>
        <translation>Der neue Schlüssel &apos;%1&apos; (%2) wurde außerhalb der Rotation widerrufen; der alte Schlüssel wurde behalten.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) is no longer listed; the old key was kept.</source>
        <translation>Der neue Schlüssel &apos;%1&apos; (%2) wird nicht mehr aufgelistet; der alte Schlüssel wurde behalten.</translation>
    </message>
    <message>
        <source>The old key is revoked.</source>
        <translation>Der alte Schlüssel ist widerrufen.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) was revoked outside the rotation.</source>
        <translation>Der alte Schlüssel &apos;%1&apos; (%2) wurde außerhalb der Rotation widerrufen.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) is no longer listed: it was revoked or deleted outside the rotation.</source>
        <translation>Der alte Schlüssel &apos;%1&apos; (%2) wird nicht mehr aufgelistet: Er wurde außerhalb der Rotation widerrufen oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationTimeline</name>
    <message>
        <source>%1 h</source>
        <comment>quiet period in hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>quiet period in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Revoke Now…</source>
        <translation>Jetzt widerrufen…</translation>
    </message>
    <message>
        <source>Cancel Rotation…</source>
        <translation>Rotation abbrechen…</translation>
    </message>
    <message>
        <source>Emergency rotation: “%1” → “%2”</source>
        <translation>Notfallrotation: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Rotation: “%1” → “%2”</source>
        <translation>Rotation: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>New key created</source>
        <translation>Neuer Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Waiting for the new key</source>
        <translation>Warten auf den neuen Schlüssel</translation>
    </message>
    <message>
        <source>Verified by KeyDesk</source>
        <translation>Von KeyDesk geprüft</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>KeyDesk&apos;s own call does not count as use.</source>
        <translation>Der Aufruf durch KeyDesk selbst zählt nicht als Verwendung.</translation>
    </message>
    <message>
        <source>New key in use</source>
        <translation>Neuer Schlüssel in Verwendung</translation>
    </message>
    <message>
        <source>New key not seen in use yet</source>
        <translation>Neuer Schlüssel noch nicht in Verwendung gesehen</translation>
    </message>
    <message>
        <source>Put the new key into your integrations.</source>
        <translation>Tragen Sie den neuen Schlüssel in Ihre Integrationen ein.</translation>
    </message>
    <message>
        <source>Old key last used %1</source>
        <translation>Alter Schlüssel zuletzt %1 verwendet</translation>
    </message>
    <message>
        <source>No use of the old key reported</source>
        <translation>Keine Verwendung des alten Schlüssels gemeldet</translation>
    </message>
    <message>
        <source>Quiet for %1.</source>
        <translation>Seit %1 unbenutzt.</translation>
    </message>
    <message>
        <source>Revoked once it has been quiet for %1.</source>
        <translation>Wird widerrufen, sobald er %1 lang unbenutzt war.</translation>
    </message>
    <message>
        <source>Revoke due once the new key is in use</source>
        <translation>Widerruf fällig, sobald der neue Schlüssel verwendet wird</translation>
    </message>
    <message>
        <source>Revoke due %1</source>
        <translation>Widerruf fällig %1</translation>
    </message>
    <message>
        <source>Revoke due later</source>
        <translation>Widerruf später fällig</translation>
    </message>
    <message>
        <source>KeyDesk revokes the old key then.</source>
        <translation>KeyDesk widerruft dann den alten Schlüssel.</translation>
    </message>
    <message>
        <source>Automatic revoke is off: KeyDesk says when it is ready.</source>
        <translation>Der automatische Widerruf ist ausgeschaltet: KeyDesk meldet, wann es so weit ist.</translation>
    </message>
    <message>
        <source>Revoking the old key</source>
        <translation>Alter Schlüssel wird widerrufen</translation>
    </message>
    <message>
        <source>Ready to revoke</source>
        <translation>Bereit zum Widerruf</translation>
    </message>
    <message>
        <source>The old key has gone quiet: revoke it now.</source>
        <translation>Der alte Schlüssel blieb während der Ruhezeit unbenutzt: Widerrufen Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>Old key revoked</source>
        <translation>Alter Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Rotation abgebrochen</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for the new key to be used.</source>
        <translation>Warten, bis der neue Schlüssel verwendet wird.</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Der neue Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The new key is in use; waiting for the old key to go quiet.</source>
        <translation>Der neue Schlüssel wird verwendet; warten, bis der alte während der Ruhezeit unbenutzt bleibt.</translation>
    </message>
    <message>
        <source>The old key has gone quiet and is being revoked.</source>
        <translation>Der alte Schlüssel blieb während der Ruhezeit unbenutzt und wird widerrufen.</translation>
    </message>
    <message>
        <source>Ready to revoke: the new key is in use and the old key has gone quiet.</source>
        <translation>Bereit zum Widerruf: Der neue Schlüssel wird verwendet und der alte blieb während der Ruhezeit unbenutzt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled; both keys were kept.</source>
        <translation>Abgebrochen; beide Schlüssel wurden behalten.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceDiagnosis</name>
    <message>
        <source>The keychain diagnosis did not finish in time.</source>
        <translation>Die Diagnose des Schlüsselbunds wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus.</source>
        <translation>Nichts stellt %1 auf dem Sitzungsbus bereit.</translation>
    </message>
    <message>
        <source>The default collection of the Secret Service is locked.</source>
        <translation>Die Standardsammlung des Secret Service ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceSearch</name>
    <message numerus="yes">
        <source>The keychain did not list its entries within %n ms.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat seine Einträge nicht innerhalb von %n ms aufgelistet.</numerusform>
            <numerusform>Der Schlüsselbund hat seine Einträge nicht innerhalb von %n ms aufgelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::SecretStore</name>
    <message>
        <source>%1 cannot list its entries.</source>
        <translation>%1: Die Einträge können nicht aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::SelectorBadges</name>
    <message numerus="yes">
        <source>%1 — %n finding</source>
        <translation>
            <numerusform>%1 — %n Befund</numerusform>
            <numerusform>%1 — %n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n findings</source>
        <translation>
            <numerusform>%1 — %n Befund</numerusform>
            <numerusform>%1 — %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: %1, warning: %2, info: %3 (the Health view lists them)</source>
        <translation>Kritisch: %1, Warnung: %2, Info: %3 (die Ansicht „Zustand“ listet sie auf)</translation>
    </message>
</context>
<context>
    <name>keydesk::SendToDialog</name>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>OS keychain (a lasting entry)</source>
        <translation>Schlüsselbund des Systems (ein dauerhafter Eintrag)</translation>
    </message>
    <message>
        <source>pass (password store)</source>
        <translation>pass (Passwortspeicher)</translation>
    </message>
    <message>
        <source>KeePassXC database</source>
        <translation>KeePassXC-Datenbank</translation>
    </message>
    <message>
        <source>Saved command (none saved for this profile)</source>
        <translation>Gespeicherter Befehl (für dieses Profil ist keiner gespeichert)</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Gespeicherter Befehl</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>KeePassXC Database</source>
        <translation>KeePassXC-Datenbank</translation>
    </message>
    <message>
        <source>KeePass databases (*.kdbx);;All files (*)</source>
        <translation>KeePass-Datenbanken (*.kdbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Install the package &quot;pass&quot; to use it.</source>
        <translation>Installieren Sie das Paket „pass“, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Install the package &quot;keepassxc&quot; to use it.</source>
        <translation>Installieren Sie das Paket „keepassxc“, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Save a command template first: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</source>
        <translation>Speichern Sie zuerst eine Befehlsvorlage: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</translation>
    </message>
    <message>
        <source>The command runs without a shell and gets the key on its standard input. It cannot be read back: its exit status decides.</source>
        <translation>Der Befehl läuft ohne Shell und erhält den Schlüssel über seine Standardeingabe. Er kann nicht zurückgelesen werden: Sein Exit-Status entscheidet.</translation>
    </message>
    <message>
        <source>Read back from the keychain and compared before KeyDesk forgets its pending copy.</source>
        <translation>Wird aus dem Schlüsselbund zurückgelesen und verglichen, bevor KeyDesk seine ausstehende Kopie verwirft.</translation>
    </message>
    <message>
        <source>Read back and compared before KeyDesk forgets its pending copy.</source>
        <translation>Wird zurückgelesen und verglichen, bevor KeyDesk seine ausstehende Kopie verwirft.</translation>
    </message>
    <message>
        <source>(no command)</source>
        <translation>(kein Befehl)</translation>
    </message>
    <message>
        <source>Enter the account the keychain entry is filed under.</source>
        <translation>Geben Sie das Konto ein, unter dem der Schlüsselbund-Eintrag abgelegt wird.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Delivered to %1: %2.</source>
        <translation>An %1 zugestellt: %2.</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <translation>An %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2 The key stays pending in the keychain and on screen.</source>
        <translation>Nicht an %1 zugestellt: %2 Der Schlüssel bleibt im Schlüsselbund und auf dem Bildschirm ausstehend.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackKeyDialog</name>
    <message>
        <source>Track a Key — %1</source>
        <translation>Schlüssel erfassen — %1</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Key to track</source>
        <translation>Zu erfassender Schlüssel</translation>
    </message>
    <message>
        <source>KeyDesk checks the key again at every refresh, and marks it revoked once Trust Leads refuses it. The key itself is kept in the keychain for that.</source>
        <translation>KeyDesk prüft den Schlüssel bei jeder Aktualisierung erneut und markiert ihn als widerrufen, sobald Trust Leads ihn ablehnt. Dafür wird der Schlüssel selbst im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>This is not a %1 key: it starts with lfk_sk_ followed by 40 letters and digits.</source>
        <translation>Dies ist kein %1-Schlüssel: Er beginnt mit lfk_sk_, gefolgt von 40 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Verifying the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>%1 refused the key %2: it is revoked, expired or mistyped. Nothing was tracked.</source>
        <translation>%1 hat den Schlüssel %2 abgelehnt: Er ist widerrufen, abgelaufen oder falsch eingegeben. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>The key could not be verified: %1 Nothing was tracked.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden: %1 Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The key is valid, but the inventory could not record it: %1</source>
        <translation>Der Schlüssel ist gültig, aber das Inventar konnte ihn nicht speichern: %1</translation>
    </message>
    <message>
        <source>verified; verified again at every refresh</source>
        <translation>geprüft; wird bei jeder Aktualisierung erneut geprüft</translation>
    </message>
    <message>
        <source>verified once</source>
        <translation>einmal geprüft</translation>
    </message>
    <message>
        <source>The key is valid, but the keychain could not keep it for periodic verification: %1 Untick &quot;Verify it periodically&quot; to track it without.</source>
        <translation>Der Schlüssel ist gültig, aber der Schlüsselbund konnte ihn nicht für die regelmäßige Prüfung aufbewahren: %1 Deaktivieren Sie „Regelmäßig prüfen“, um ihn ohne diese Prüfung zu erfassen.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackedKeyVerifier</name>
    <message>
        <source>The key %1 (%2) was not verified: %3</source>
        <translation>Der Schlüssel %1 (%2) wurde nicht geprüft: %3</translation>
    </message>
    <message>
        <source>refused by the server: now shown as revoked</source>
        <translation>vom Server abgelehnt: wird jetzt als widerrufen angezeigt</translation>
    </message>
    <message>
        <source>accepted again by the server</source>
        <translation>vom Server wieder akzeptiert</translation>
    </message>
</context>
<context>
    <name>keydesk::TrayIcon</name>
    <message>
        <source>&amp;Open KeyDesk</source>
        <translation>KeyDesk &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Snooze All for a Day</source>
        <translation>Alle für einen Tag &amp;zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>KeyDesk — watching your organisations</source>
        <translation>KeyDesk — überwacht Ihre Organisationen</translation>
    </message>
    <message>
        <source>KeyDesk — No findings</source>
        <translation>KeyDesk — Keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open finding</source>
        <translation>
            <numerusform>KeyDesk — %n offener Befund</numerusform>
            <numerusform>KeyDesk — %n offene Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open findings</source>
        <translation>
            <numerusform>KeyDesk — %n offener Befund</numerusform>
            <numerusform>KeyDesk — %n offene Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4)</source>
        <translation>%1: %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>keydesk::TreeLeakScan</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>symlink loop, not followed</source>
        <translation>Symlink-Schleife, nicht verfolgt</translation>
    </message>
    <message>
        <source>broken symlink: %1</source>
        <translation>defekter Symlink: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowInventory</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowStatusBar</name>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Why creating keys is not possible</source>
        <translation>Warum keine Schlüssel erstellt werden können</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Keys waiting for handoff</source>
        <translation>Schlüssel, die auf Übergabe warten</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Zuletzt aktualisiert um %1</translation>
    </message>
    <message>
        <source>Keys as of %1 (from the inventory)</source>
        <translation>Stand der Schlüssel: %1 (aus dem Inventar)</translation>
    </message>
    <message>
        <source>The last known keys, listed %1. KeyDesk lists them again from the server.</source>
        <translation>Die zuletzt bekannten Schlüssel, aufgelistet am %1. KeyDesk ruft sie erneut vom Server ab.</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowWatch</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (quittiert)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Shows what needs doing: keys expiring, old, idle or used unexpectedly</source>
        <translation>Zeigt, was zu tun ist: ablaufende, alte, länger nicht verwendete oder unerwartet genutzte Schlüssel</translation>
    </message>
    <message>
        <source>The key is no longer listed.</source>
        <translation>Der Schlüssel wird nicht mehr aufgelistet.</translation>
    </message>
    <message>
        <source>Cannot revoke now: %1</source>
        <translation>Widerrufen ist gerade nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot create the new key now: %1</source>
        <translation>Der neue Schlüssel kann gerade nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot rotate now: %1</source>
        <translation>Rotieren ist jetzt nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations.</source>
        <translation>Verwaltet die API-Schlüssel von Organisationen bei LeadHQL, LocalLeads und Trust Leads.</translation>
    </message>
    <message>
        <source>Open on built-in demo data: two sample organisations served on this computer. No profile, setting or keychain entry of yours is used.</source>
        <translation>Mit eingebauten Demodaten öffnen: zwei Beispielorganisationen, die auf diesem Computer bereitgestellt werden. Keines Ihrer Profile, keine Einstellung und kein Schlüsselbundeintrag wird verwendet.</translation>
    </message>
    <message>
        <source>With --demo: quit after &lt;seconds&gt;; the exit code is 0 if the key table was populated.</source>
        <translation>Mit --demo: nach &lt;Sekunden&gt; beenden; der Exit-Code ist 0, wenn die Schlüsseltabelle gefüllt wurde.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--smoke-test needs a number of seconds (at least 1).</source>
        <translation>--smoke-test erwartet eine Anzahl Sekunden (mindestens 1).</translation>
    </message>
    <message>
        <source>--smoke-test and --screenshot-dir work only with --demo.</source>
        <translation>--smoke-test und --screenshot-dir funktionieren nur mit --demo.</translation>
    </message>
    <message>
        <source>keydesk-cli: warning: no translation for the language &apos;%1&apos;; available: de, en, es, fr.</source>
        <translation>keydesk-cli: Warnung: keine Übersetzung für die Sprache &apos;%1&apos;; verfügbar: de, en, es, fr.</translation>
    </message>
    <message>
        <source>Start without a window: watch every organisation from the system tray and notify new findings (what &quot;Start at login&quot; runs).</source>
        <translation>Ohne Fenster starten: alle Organisationen aus der Systemleiste überwachen und über neue Befunde benachrichtigen (das, was „Bei der Anmeldung starten“ ausführt).</translation>
    </message>
</context>
</TS>
