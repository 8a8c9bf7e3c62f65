<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About KeyDesk</source>
        <translation>À propos de KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads organisations, and hands each new key over exactly once through the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is available under the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Liste, crée et révoque les clés API des organisations LeadHQL, LocalLeads et Trust Leads, et remet chaque nouvelle clé une seule fois par le trousseau du système.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Le serveur de démo intégré utilise Qt HTTP Server, disponible sous GPL-3.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation>Acquitter le constat</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Why this is fine (optional)</source>
        <translation>Pourquoi ce n’est pas un problème (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Until the end of:</source>
        <translation>&amp;Jusqu’à la fin du&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged until</source>
        <translation>Acquitté jusqu’au</translation>
    </message>
    <message>
        <source>An acknowledged finding stays in the Health view, dimmed, and no longer counts. It comes back when the acknowledgement ends or the finding gets worse.</source>
        <translation>Un constat acquitté reste dans la vue Santé, estompé, et n’est plus compté. Il réapparaît quand l’acquittement prend fin ou que le constat s’aggrave.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The credential cannot be used: %1.</source>
        <translation>Les identifiants ne peuvent pas être utilisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server does not allow this credential to do that%1.</source>
        <translation>Le serveur n’autorise pas cette action avec ces identifiants%1.</translation>
    </message>
    <message>
        <source>The server refused the credential%1. Check that it is correct and not expired or revoked.</source>
        <translation>Le serveur a refusé les identifiants%1. Vérifiez qu’ils sont corrects, ni expirés ni révoqués.</translation>
    </message>
    <message>
        <source>LeadHQL manages keys only with a JWT session token from the dashboard, not with an API key (leadhql_pk_…).</source>
        <translation>LeadHQL ne gère les clés qu’avec un jeton de session JWT issu du tableau de bord, pas avec une clé API (leadhql_pk_…).</translation>
    </message>
    <message>
        <source>The server knows no key with this id%1; it may already have been revoked. Refresh the list.</source>
        <translation>Le serveur ne connaît aucune clé avec cet ID%1&#xa0;; elle a peut-être déjà été révoquée. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The server rejected the request%1.</source>
        <translation>Le serveur a rejeté la requête%1.</translation>
    </message>
    <message>
        <source>The organisation has reached its limit of active keys%1. Revoke a key you no longer need, then try again.</source>
        <translation>L’organisation a atteint sa limite de clés actives%1. Révoquez une clé dont vous n’avez plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>Le serveur limite les requêtes%1 et demande d’attendre %2 secondes. Réessayez ensuite.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1. Wait a moment, then try again.</source>
        <translation>Le serveur limite les requêtes%1. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The server is unavailable%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>Le serveur est indisponible%1 et demande d’attendre %2 secondes. Réessayez ensuite.</translation>
    </message>
    <message>
        <source>The server had a problem%1. Try again later.</source>
        <translation>Le serveur a rencontré un problème%1. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the base URL and the network connection.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez l’URL de base et la connexion réseau.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). If the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation>La connexion sécurisée au serveur a échoué (%1). Si le serveur utilise une autorité de certification privée, indiquez le fichier CA du profil.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Try again later.</source>
        <translation>Le serveur n’a pas répondu à temps (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s response was not understood (%1). Check the profile&apos;s base URL and dialect.</source>
        <translation>La réponse du serveur n’a pas été comprise (%1). Vérifiez l’URL de base et le dialecte du profil.</translation>
    </message>
    <message>
        <source>The key may have been created: check the list of keys.</source>
        <translation>La clé a peut-être été créée&#xa0;: vérifiez la liste des clés.</translation>
    </message>
    <message>
        <source>Refusing to send the credential over an insecure connection (%1): use https://, plain http:// is allowed only for this computer (localhost).</source>
        <translation>Refus d’envoyer les identifiants sur une connexion non sécurisée (%1)&#xa0;: utilisez https://&#xa0;; le simple http:// n’est autorisé que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>%1 documents no key-management endpoints: list, create and revoke keys in its dashboard.</source>
        <translation>%1 ne documente aucun point d’accès de gestion des clés&#xa0;: listez, créez et révoquez les clés dans son tableau de bord.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent (%1): the key may have been created. Check the list of keys before trying again.</source>
        <translation>La connexion a été perdue après l’envoi de la requête (%1)&#xa0;: la clé a peut-être été créée. Vérifiez la liste des clés avant de réessayer.</translation>
    </message>
    <message>
        <source>The server answered the request with a redirect to %1 (HTTP %2) instead of a result: the key may have been created. Check the list of keys before trying again, and check the profile&apos;s base URL.</source>
        <translation>Le serveur a répondu à la requête par une redirection vers %1 (HTTP %2) au lieu d’un résultat&#xa0;: la clé a peut-être été créée. Vérifiez la liste des clés avant de réessayer, ainsi que l’URL de base du profil.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>Revoke API Keys</source>
        <translation>Révoquer des clés API</translation>
    </message>
    <message>
        <source>Revoke several API keys</source>
        <translation>Révoquer plusieurs clés API</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Clés à révoquer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Number of keys to revoke</source>
        <translation>Nombre de clés à révoquer</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the saved connection NAME (credential from the keychain).</source>
        <translation>Utiliser la connexion enregistrée NAME (identifiants tirés du trousseau).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API dialect: leadhql, localleads or trustleads.</source>
        <translation>Dialecte de l’API&#xa0;: leadhql, localleads ou trustleads.</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECTE</translation>
    </message>
    <message>
        <source>Server base URL (credential from the environment variable KEYDESK_CREDENTIAL).</source>
        <translation>URL de base du serveur (identifiants tirés de la variable d’environnement KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Faire aussi confiance aux certificats CA de FICHIER (PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>create: the key expires after N days.</source>
        <translation>create&#xa0;: la clé expire après N jours.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>create: the key expires on this date.</source>
        <translation>create&#xa0;: la clé expire à cette date.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>revoke: do not ask for confirmation.</source>
        <translation>revoke&#xa0;: ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plus d’une fois.</translation>
    </message>
    <message>
        <source>There is no --%1 option: secrets are never passed as arguments; set the environment variable KEYDESK_CREDENTIAL or use --profile.</source>
        <translation>Il n’existe pas d’option --%1&#xa0;: les secrets ne sont jamais passés en argument&#xa0;; définissez la variable d’environnement KEYDESK_CREDENTIAL ou utilisez --profile.</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>--base-url &apos;%1&apos; n’est pas une URL http(s) avec un hôte.</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;; use leadhql, localleads or trustleads.</source>
        <translation>Dialecte inconnu &apos;%1&apos;&#xa0;; utilisez leadhql, localleads ou trustleads.</translation>
    </message>
    <message>
        <source>Give either --expires-in-days or --expires-at, not both.</source>
        <translation>Indiquez soit --expires-in-days, soit --expires-at, pas les deux.</translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days, not &apos;%1&apos;.</source>
        <translation>--expires-in-days attend un nombre entier de jours, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--expires-at needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--expires-at attend une date au format AAAA-MM-JJ, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use either --profile or --dialect with --base-url, not both.</source>
        <translation>Utilisez soit --profile, soit --dialect avec --base-url, pas les deux.</translation>
    </message>
    <message>
        <source>No server given: use --profile NAME, or --dialect and --base-url (with the credential in KEYDESK_CREDENTIAL).</source>
        <translation>Aucun serveur indiqué&#xa0;: utilisez --profile NAME, ou --dialect et --base-url (avec les identifiants dans KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>--ca-file &apos;%1&apos; is not a readable file.</source>
        <translation>--ca-file &apos;%1&apos; n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>An argument looks like an API key or session token. Secrets are never accepted on the command line (shell history, process lists): put the credential in KEYDESK_CREDENTIAL, or pipe a key to &apos;verify&apos; on stdin.</source>
        <translation>Un argument ressemble à une clé API ou à un jeton de session. Les secrets ne sont jamais acceptés sur la ligne de commande (historique du shell, listes de processus)&#xa0;: placez les identifiants dans KEYDESK_CREDENTIAL, ou transmettez une clé à &apos;verify&apos; sur stdin.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; attend %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos; pour &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 ne s’applique pas à &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;revoke&apos; attend un ID de clé (voir &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;profile add&apos; needs --dialect and --base-url.</source>
        <translation>&apos;profile add&apos; attend --dialect et --base-url.</translation>
    </message>
    <message>
        <source>With --base-url: record the history under the organisation NAME (without it, nothing is recorded). For history, export and log: the organisation to read.</source>
        <translation>Avec --base-url&#xa0;: enregistrer l’historique sous l’organisation NAME (sans cette option, rien n’est enregistré). Pour history, export et log&#xa0;: l’organisation à lire.</translation>
    </message>
    <message>
        <source>export: csv (default) or json.</source>
        <translation>export&#xa0;: csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>log: entries from this day on.</source>
        <translation>log&#xa0;: les entrées à partir de ce jour.</translation>
    </message>
    <message>
        <source>--org needs an organisation name.</source>
        <translation>--org attend un nom d’organisation.</translation>
    </message>
    <message>
        <source>--org goes with --dialect and --base-url; with --profile the history is recorded under the profile&apos;s name.</source>
        <translation>--org s’utilise avec --dialect et --base-url&#xa0;; avec --profile, l’historique est enregistré sous le nom du profil.</translation>
    </message>
    <message>
        <source>Use either --profile or --org, not both.</source>
        <translation>Utilisez soit --profile, soit --org, pas les deux.</translation>
    </message>
    <message>
        <source>No organisation given: use --profile NAME or --org NAME.</source>
        <translation>Aucune organisation indiquée&#xa0;: utilisez --profile NAME ou --org NAME.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;list --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 ne s’applique pas à &apos;list --cached&apos;, qui n’envoie aucune requête&#xa0;; indiquez l’organisation avec --profile ou --org.</translation>
    </message>
    <message>
        <source>&apos;history&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;history&apos; attend un ID de clé (voir &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;; use csv or json.</source>
        <translation>Format d’export inconnu &apos;%1&apos;&#xa0;; utilisez csv ou json.</translation>
    </message>
    <message>
        <source>Use either --all-profiles or one organisation (--profile or --org), not both.</source>
        <translation>Utilisez soit --all-profiles, soit une seule organisation (--profile ou --org), pas les deux.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --profile NAME, --org NAME or --all-profiles.</source>
        <translation>&apos;export&apos; attend --profile NAME, --org NAME ou --all-profiles.</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--since attend une date au format AAAA-MM-JJ, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>list, audit: the last listing the inventory knows, without any request.</source>
        <translation>list, audit&#xa0;: la dernière liste connue de l’inventaire, sans aucune requête.</translation>
    </message>
    <message>
        <source>export, audit: every saved profile.</source>
        <translation>export, audit&#xa0;: tous les profils enregistrés.</translation>
    </message>
    <message>
        <source>audit: exit 8 when an open finding is at least this severe: info, warning (default) or critical.</source>
        <translation>audit&#xa0;: quitter avec le code 8 si un constat ouvert atteint au moins cette gravité&#xa0;: info, warning (par défaut) ou critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>acknowledge: why the finding is acceptable.</source>
        <translation>acknowledge&#xa0;: pourquoi le constat est acceptable.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>acknowledge: the last day the acknowledgement holds (default: for good).</source>
        <translation>acknowledge&#xa0;: le dernier jour de validité de l’acquittement (par défaut&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --all-profiles&apos;, which audits every saved profile.</source>
        <translation>--%1 ne s’applique pas à &apos;audit --all-profiles&apos;, qui audite tous les profils enregistrés.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 ne s’applique pas à &apos;audit --cached&apos;, qui n’envoie aucune requête&#xa0;; indiquez l’organisation avec --profile ou --org.</translation>
    </message>
    <message>
        <source>Unknown finding &apos;%1&apos;; use one of the rule names &apos;keydesk-cli audit&apos; prints, such as expires-soon, idle or limit-near.</source>
        <translation>Constat inconnu &apos;%1&apos;&#xa0;; utilisez l’un des noms de règle qu’affiche &apos;keydesk-cli audit&apos;, comme expires-soon, idle ou limit-near.</translation>
    </message>
    <message>
        <source>limit-near is about the organisation, not a key: use &apos;keydesk-cli acknowledge limit-near&apos;.</source>
        <translation>limit-near concerne l’organisation, pas une clé&#xa0;: utilisez &apos;keydesk-cli acknowledge limit-near&apos;.</translation>
    </message>
    <message>
        <source>&apos;acknowledge&apos; needs a key ID (see &apos;keydesk-cli audit&apos;).</source>
        <translation>&apos;acknowledge&apos; attend un ID de clé (voir &apos;keydesk-cli audit&apos;).</translation>
    </message>
    <message>
        <source>&apos;acknowledge %1&apos; needs the key ID first: &apos;keydesk-cli acknowledge ID %1&apos;.</source>
        <translation>&apos;acknowledge %1&apos; attend d’abord l’ID de la clé&#xa0;: &apos;keydesk-cli acknowledge ID %1&apos;.</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--until attend une date au format AAAA-MM-JJ, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--until %1 has passed; give today or a later day.</source>
        <translation>--until %1&#xa0;: cette date est passée&#xa0;; indiquez aujourd’hui ou une date ultérieure.</translation>
    </message>
    <message>
        <source>a finding (and the key ID of a key&apos;s finding)</source>
        <translation>un constat (et l’ID de la clé pour le constat d’une clé)</translation>
    </message>
    <message>
        <source>Unknown --fail-on level &apos;%1&apos;; use info, warning or critical.</source>
        <translation>Niveau --fail-on inconnu &apos;%1&apos;&#xa0;; utilisez info, warning ou critical.</translation>
    </message>
    <message>
        <source>create, rotate: hand the new key to DEST instead of printing it: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>create, rotate&#xa0;: transmettre la nouvelle clé à DEST au lieu de l’afficher&#xa0;: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY ou command:NAME.</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>DEST</translation>
    </message>
    <message>
        <source>profile command: remove the saved command template.</source>
        <translation>profile command&#xa0;: supprimer le modèle de commande enregistré.</translation>
    </message>
    <message>
        <source>profile set: the rotation policy, rotate keys every N days (0: no policy).</source>
        <translation>profile set&#xa0;: la politique de renouvellement, renouveler les clés tous les N jours (0&#xa0;: aucune politique).</translation>
    </message>
    <message>
        <source>scan: also the git history of each PATH in a repository.</source>
        <translation>scan&#xa0;: analyser aussi l’historique git de chaque CHEMIN situé dans un dépôt.</translation>
    </message>
    <message>
        <source>scan: the files staged in the index (a pre-commit hook).</source>
        <translation>scan&#xa0;: les fichiers indexés (pour un hook pre-commit).</translation>
    </message>
    <message>
        <source>scan: binary files too.</source>
        <translation>scan&#xa0;: les fichiers binaires aussi.</translation>
    </message>
    <message>
        <source>scan --history: read the whole history again, not only what is new.</source>
        <translation>scan --history&#xa0;: relire tout l’historique, pas seulement ce qui est nouveau.</translation>
    </message>
    <message>
        <source>scan: check keys the inventory does not know with the server of --profile.</source>
        <translation>scan&#xa0;: vérifier auprès du serveur de --profile les clés que l’inventaire ne connaît pas.</translation>
    </message>
    <message>
        <source>scan: fingerprints to leave out, one per line with a reason (default: .keydesk-ignore in each folder PATH).</source>
        <translation>scan&#xa0;: empreintes à exclure, une par ligne avec une raison (par défaut&#xa0;: .keydesk-ignore dans chaque dossier CHEMIN).</translation>
    </message>
    <message>
        <source>scan: print SARIF 2.1.0 (for code scanning) instead of text.</source>
        <translation>scan&#xa0;: écrire du SARIF 2.1.0 (pour le code scanning) au lieu de texte.</translation>
    </message>
    <message>
        <source>scan: write a pre-commit hook into the repository that runs &apos;scan --staged&apos;.</source>
        <translation>scan&#xa0;: écrire dans le dépôt un hook pre-commit qui exécute &apos;scan --staged&apos;.</translation>
    </message>
    <message>
        <source>rotate: the new key&apos;s name (default: the old key&apos;s).</source>
        <translation>rotate&#xa0;: le nom de la nouvelle clé (par défaut&#xa0;: celui de l’ancienne).</translation>
    </message>
    <message>
        <source>rotate: how long the old key must be unused after the new one is in use before it is revoked (default 24h).</source>
        <translation>rotate&#xa0;: combien de temps l’ancienne clé doit rester inutilisée après la mise en service de la nouvelle avant d’être révoquée (24h par défaut).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>rotate: say when the old key is ready to revoke, do not revoke it.</source>
        <translation>rotate&#xa0;: signaler quand l’ancienne clé peut être révoquée, sans la révoquer.</translation>
    </message>
    <message>
        <source>rotate: a leaked key; revoke the old key as soon as the new one exists (asks first unless --yes).</source>
        <translation>rotate&#xa0;: une clé divulguée&#xa0;; révoquer l’ancienne clé dès que la nouvelle existe (demande confirmation, sauf avec --yes).</translation>
    </message>
    <message>
        <source>rotate: keep polling until the rotation ends.</source>
        <translation>rotate&#xa0;: continuer à interroger jusqu’à la fin du renouvellement.</translation>
    </message>
    <message>
        <source>rotate --wait: give up after DURATION (exit 6).</source>
        <translation>rotate --wait&#xa0;: abandonner après DURÉE (code de sortie 6).</translation>
    </message>
    <message>
        <source>rotations cancel: also revoke the new key.</source>
        <translation>rotations cancel&#xa0;: révoquer aussi la nouvelle clé.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;scan --install-hook&apos;.</source>
        <translation>--%1 ne s’applique pas à &apos;scan --install-hook&apos;.</translation>
    </message>
    <message>
        <source>&apos;scan --install-hook&apos; takes at most one repository.</source>
        <translation>&apos;scan --install-hook&apos; accepte au plus un dépôt.</translation>
    </message>
    <message>
        <source>&apos;scan&apos; needs a file, a folder or - (stdin).</source>
        <translation>&apos;scan&apos; attend un fichier, un dossier ou - (stdin).</translation>
    </message>
    <message>
        <source>&apos;scan&apos; reads stdin (-) once.</source>
        <translation>&apos;scan&apos; ne lit stdin (-) qu’une seule fois.</translation>
    </message>
    <message>
        <source>Give either --json or --sarif, not both.</source>
        <translation>Indiquez soit --json, soit --sarif, pas les deux.</translation>
    </message>
    <message>
        <source>--full goes with --history.</source>
        <translation>--full s’utilise avec --history.</translation>
    </message>
    <message>
        <source>--verify needs --profile NAME: the server that checks the keys.</source>
        <translation>--verify attend --profile NAME&#xa0;: le serveur qui vérifie les clés.</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;rotate&apos; attend un ID de clé (voir &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; records the rotation in the inventory: use --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotate&apos; enregistre le renouvellement dans l’inventaire&#xa0;: utilisez --profile NAME, ou --org NAME avec --base-url.</translation>
    </message>
    <message>
        <source>--quiet-for needs a duration such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--quiet-for attend une durée telle que 90s, 30m, 24h ou 7d, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--yes goes with --emergency (the only rotation that asks first).</source>
        <translation>--yes s’utilise avec --emergency (le seul renouvellement qui demande confirmation).</translation>
    </message>
    <message>
        <source>--timeout goes with --wait.</source>
        <translation>--timeout s’utilise avec --wait.</translation>
    </message>
    <message>
        <source>--timeout needs a duration above zero such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--timeout attend une durée supérieure à zéro telle que 90s, 30m, 24h ou 7d, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Command templates are saved per profile: use --to command:NAME with --profile.</source>
        <translation>Les modèles de commande sont enregistrés par profil&#xa0;: utilisez --to command:NAME avec --profile.</translation>
    </message>
    <message>
        <source>&apos;profile command PROFILE NAME --remove&apos; takes no program.</source>
        <translation>&apos;profile command PROFILE NAME --remove&apos; n’accepte aucun programme.</translation>
    </message>
    <message>
        <source>The command template needs a program.</source>
        <translation>Le modèle de commande attend un programme.</translation>
    </message>
    <message>
        <source>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan or profile.</source>
        <translation>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan ou profile.</translation>
    </message>
    <message>
        <source>a rotation ID (see &apos;keydesk-cli rotations&apos;)</source>
        <translation>un ID de renouvellement (voir &apos;keydesk-cli rotations&apos;)</translation>
    </message>
    <message>
        <source>Unknown rotations subcommand &apos;%1&apos;; use advance or cancel.</source>
        <translation>Sous-commande de rotations inconnue &apos;%1&apos;&#xa0;; utilisez advance ou cancel.</translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs a subcommand: add, list, remove, set or command.</source>
        <translation>&apos;profile&apos; attend une sous-commande&#xa0;: add, list, remove, set ou command.</translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation>un nom de profil</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use add, list, remove, set or command.</source>
        <translation>Sous-commande de profile inconnue &apos;%1&apos;&#xa0;; utilisez add, list, remove, set ou command.</translation>
    </message>
    <message>
        <source>&apos;rotations advance&apos; needs the organisation the rotations are recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations advance&apos; attend l’organisation sous laquelle les renouvellements sont enregistrés&#xa0;: --profile NAME, ou --org NAME avec --base-url.</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs a rotation ID (see &apos;keydesk-cli rotations&apos;).</source>
        <translation>&apos;rotations cancel&apos; attend un ID de renouvellement (voir &apos;keydesk-cli rotations&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs the organisation the rotation is recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations cancel&apos; attend l’organisation sous laquelle le renouvellement est enregistré&#xa0;: --profile NAME, ou --org NAME avec --base-url.</translation>
    </message>
    <message>
        <source>&apos;profile set&apos; needs --rotate-every-days N.</source>
        <translation>&apos;profile set&apos; attend --rotate-every-days N.</translation>
    </message>
    <message>
        <source>--rotate-every-days needs a whole number of days from 0 (no policy) to 3650, not &apos;%1&apos;.</source>
        <translation>--rotate-every-days attend un nombre entier de jours de 0 (aucune politique) à 3650, pas &apos;%1&apos;.</translation>
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
        <translation>Utilisation&#xa0;: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]
                          [--org NAME] [--json] [--ca-file FICHIER] COMMANDE

Gère les clés API d’une organisation LeadHQL, LocalLeads ou Trust Leads.

Commandes&#xa0;:
  list                          toutes les clés de l’organisation
  create NAME [--expires-in-days N | --expires-at AAAA-MM-JJ]
                                créer une clé&#xa0;; seule la clé est écrite sur stdout
  revoke ID [--yes]             révoquer une clé (demande confirmation, sauf
                                avec --yes)
  revoke ID ID... [--yes]       révoquer plusieurs clés&#xa0;: un aperçu, puis saisir
                                leur nombre
  verify                        vérifier une clé lue sur stdin
  list --cached                 la dernière liste de l’inventaire local (sans
                                requête)
  history ID [--json]           l’évolution de l’état et de l’utilisation d’une
                                clé, dans l’ordre chronologique
  export [--format csv|json] [--all-profiles]
                                toutes les clés connues, sans les secrets
  log [--json] [--since AAAA-MM-JJ]
                                ce que KeyDesk a fait&#xa0;: créations, révocations,
                                remises, profils
  audit [--all-profiles] [--cached] [--fail-on info|warning|critical] [--json]
                                ce qui est à faire&#xa0;: clés qui expirent,
                                anciennes, inactives ou utilisées de façon
                                inattendue (actualise d’abord l’organisation)
  acknowledge [ID] CONSTAT [--note TEXTE] [--until AAAA-MM-JJ]
                                exclure un constat de &apos;audit&apos;
                                (limit-near&#xa0;: sans ID)
  scan CHEMIN... [--history] [--staged] [--binary] [--full] [--verify]
       [--ignore-file FICHIER] [--json | --sarif]
                                rechercher des clés API dans des fichiers, des
                                dossiers (- pour stdin) et l’historique git, et
                                nommer la clé de l’inventaire à laquelle chacune
                                correspond&#xa0;; les clés elles-mêmes ne sont
                                jamais affichées
  scan --install-hook [DÉPÔT]   écrire un hook pre-commit qui exécute
                                &apos;scan --staged&apos;
  rotate ID [--name NAME] [--expires-in-days N | --expires-at AAAA-MM-JJ]
         [--quiet-for DURÉE] [--no-auto-revoke] [--emergency [--yes]]
         [--wait [--timeout DURÉE]]
                                remplacer une clé&#xa0;: la nouvelle clé sur stdout
                                (comme &apos;create&apos;), l’ancienne révoquée une fois
                                la nouvelle en service et l’ancienne inutilisée
                                pendant la période d’inactivité (24h)
  rotations [--json]            les renouvellements et leur état d’avancement
  rotations advance             actualiser et faire avancer les renouvellements
                                en cours (pour cron)
  rotations cancel ID [--revoke-new]
                                arrêter un renouvellement en gardant les deux
                                clés
  profile add NAME --dialect D --base-url URL [--ca-file FICHIER]
                                enregistrer une connexion&#xa0;; les identifiants sont
                                lus dans KEYDESK_CREDENTIAL et stockés dans le
                                trousseau
  profile list                  connexions enregistrées
  profile remove NAME           supprimer une connexion et son entrée du trousseau
  profile set NAME --rotate-every-days N
                                la politique de renouvellement&#xa0;: &apos;audit&apos; signale
                                les clés de plus de N jours (0&#xa0;: aucune
                                politique)

Avec --base-url, les identifiants proviennent de la variable d’environnement
KEYDESK_CREDENTIAL (LeadHQL&#xa0;: un jeton de session JWT issu du tableau de bord&#xa0;;
LocalLeads&#xa0;: une clé ll_&#xa0;; Trust Leads&#xa0;: une clé lfk_sk_). Les secrets ne sont
jamais acceptés en argument.

L’inventaire local enregistre chaque liste, création et révocation d’un profil
(ou de --base-url avec --org NAME) et ne contient jamais de secret&#xa0;;
list --cached, history, export et log le lisent avec --profile NAME ou
--org NAME.

DURÉE est un nombre entier suivi de s, m, h ou d (90s, 30m, 24h, 7d).
Les renouvellements sont enregistrés sous le profil (ou sous --org NAME avec
--base-url).

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
        <translation>Transmission (la clé est passée à sa destination sur stdin, jamais dans argv&#xa0;;
relue et comparée avant que la copie en attente dans le trousseau soit
supprimée)&#xa0;:
  create NAME --to DEST, rotate ID --to DEST
                                DEST&#xa0;: keychain:LABEL, pass:NAME,
                                keepassxc:DATABASE:ENTRY (mot de passe de la
                                base lu sur le terminal ou stdin) ou
                                command:NAME
  profile command PROFILE [NAME [-- PROGRAM ARG...]] [--remove]
                                enregistrer, afficher, supprimer ou lister les
                                modèles de commande du profil (exécutés sans
                                shell, clé sur stdin)

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
Codes de sortie&#xa0;: 0 succès, 1 autre (p. ex. non pris en charge par le dialecte,
refus de confirmation), 2 utilisation, 3 authentification (pour &apos;verify&apos;&#xa0;: clé
refusée), 4 introuvable, 5 rejeté (par le serveur ou par les mêmes règles
vérifiées localement&#xa0;: nom, expiration, limite de clés), 6 réseau/TLS/délai
dépassé, 7 trousseau, 8 &apos;audit&apos; a trouvé un constat ouvert de gravité au moins
égale à --fail-on, ou &apos;scan&apos; a trouvé une clé active ou inconnue&#xa0;;
&apos;rotate --wait&apos; quitte avec le code 6 une fois le délai --timeout dépassé.
</translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>y</source>
        <extracomment>Accepted answers to a [y/N] question, besides the English &quot;y&quot; and &quot;yes&quot;.</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>About the new key</source>
        <translation>À propos de la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Required, at most 100 characters. Describes where the key is used.</source>
        <translation>Obligatoire, 100 caractères au maximum. Indique où la clé est utilisée.</translation>
    </message>
    <message>
        <source>e.g. Production CRM sync</source>
        <translation>p. ex. Synchro CRM production</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Longueur du nom</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problème d’expiration</translation>
    </message>
    <message>
        <source>Limits of this service</source>
        <translation>Limites de ce service</translation>
    </message>
    <message>
        <source>Error from the server</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Acme Realty (demo)</source>
        <translation>Acme Realty (démo)</translation>
    </message>
    <message>
        <source>Northwind Leads (demo)</source>
        <translation>Northwind Leads (démo)</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding</source>
        <translation>
            <numerusform>%n constat de plus</numerusform>
            <numerusform>%n constats de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more findings</source>
        <translation>
            <numerusform>%n constat de plus</numerusform>
            <numerusform>%n constats de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to revoke: %1</source>
        <translation>Prêt pour la révocation : %1</translation>
    </message>
    <message>
        <source>%1. Its successor “%2” is in use and the old key has gone quiet: revoke it in KeyDesk (automatic revoke is off for this rotation).</source>
        <translation>%1. Sa remplaçante « %2 » est en service et l’ancienne clé n’est plus utilisée : révoquez-la dans KeyDesk (la révocation automatique est désactivée pour ce renouvellement).</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired but active</source>
        <translation>Expirée mais active</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message>
        <source>Old key</source>
        <translation>Clé ancienne</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Used again after a quiet spell</source>
        <translation>De nouveau utilisée après une période d’inactivité</translation>
    </message>
    <message>
        <source>Usage spike</source>
        <translation>Pic d’utilisation</translation>
    </message>
    <message>
        <source>Key limit nearly reached</source>
        <translation>Limite de clés presque atteinte</translation>
    </message>
    <message>
        <source>Expires in less than a day, on %1.</source>
        <translation>Expire dans moins d’un jour, le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day, on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days, on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1, but the server still lists it as active.</source>
        <translation>Expirée le %1, mais le serveur la liste toujours comme active.</translation>
    </message>
    <message>
        <source>Never expires: a leaked copy would work for good.</source>
        <translation>N’expire jamais&#xa0;: une copie divulguée fonctionnerait indéfiniment.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Créée il y a %n jour, le %1&#xa0;: renouvelez régulièrement les clés.</numerusform>
            <numerusform>Créée il y a %n jours, le %1&#xa0;: renouvelez régulièrement les clés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Créée il y a %n jour, le %1&#xa0;: renouvelez régulièrement les clés.</numerusform>
            <numerusform>Créée il y a %n jours, le %1&#xa0;: renouvelez régulièrement les clés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Créée il y a %n jour et jamais utilisée&#xa0;: peut-être plus nécessaire.</numerusform>
            <numerusform>Créée il y a %n jours et jamais utilisée&#xa0;: peut-être plus nécessaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Créée il y a %n jour et jamais utilisée&#xa0;: peut-être plus nécessaire.</numerusform>
            <numerusform>Créée il y a %n jours et jamais utilisée&#xa0;: peut-être plus nécessaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n day ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Dernière utilisation il y a %n jour, le %1&#xa0;: peut-être plus nécessaire.</numerusform>
            <numerusform>Dernière utilisation il y a %n jours, le %1&#xa0;: peut-être plus nécessaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n days ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Dernière utilisation il y a %n jour, le %1&#xa0;: peut-être plus nécessaire.</numerusform>
            <numerusform>Dernière utilisation il y a %n jours, le %1&#xa0;: peut-être plus nécessaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n day without use: check that this use is expected.</source>
        <translation>
            <numerusform>Utilisée le %1 après %n jour sans utilisation&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>Utilisée le %1 après %n jours sans utilisation&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n days without use: check that this use is expected.</source>
        <translation>
            <numerusform>Utilisée le %1 après %n jour sans utilisation&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>Utilisée le %1 après %n jours sans utilisation&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n requête dans le dernier intervalle, %1 fois son rythme habituel&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>%n requêtes dans le dernier intervalle, %1 fois son rythme habituel&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n requête dans le dernier intervalle, %1 fois son rythme habituel&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>%n requêtes dans le dernier intervalle, %1 fois son rythme habituel&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n requête dans le dernier intervalle pour une clé jamais utilisée auparavant&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>%n requêtes dans le dernier intervalle pour une clé jamais utilisée auparavant&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n requête dans le dernier intervalle pour une clé jamais utilisée auparavant&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
            <numerusform>%n requêtes dans le dernier intervalle pour une clé jamais utilisée auparavant&#xa0;: vérifiez que cette utilisation est attendue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active keys: revoke keys no longer needed before the next create fails.</source>
        <translation>%1 clés actives sur %2&#xa0;: révoquez les clés devenues inutiles avant que la prochaine création n’échoue.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Set an expiry by rotating</source>
        <translation>Fixer une expiration en renouvelant</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Renouvellement dû</translation>
    </message>
    <message>
        <source>Leaked</source>
        <translation>Divulguée</translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n day</source>
        <translation>
            <numerusform>la politique est de renouveler tous les %n jour</numerusform>
            <numerusform>la politique est de renouveler tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n days</source>
        <translation>
            <numerusform>la politique est de renouveler tous les %n jour</numerusform>
            <numerusform>la politique est de renouveler tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: %2.</source>
        <translation>
            <numerusform>Créée il y a %n jour, le %1&#xa0;: %2.</numerusform>
            <numerusform>Créée il y a %n jours, le %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: %2.</source>
        <translation>
            <numerusform>Créée il y a %n jour, le %1&#xa0;: %2.</numerusform>
            <numerusform>Créée il y a %n jours, le %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A leak scan found this live key in %1 on %2: rotate it, or revoke it, now.</source>
        <translation>Une analyse de fuites a trouvé cette clé active dans %1 le %2&#xa0;: renouvelez-la ou révoquez-la, maintenant.</translation>
    </message>
</context>
<context>
    <name>InventoryStatus</name>
    <message>
        <source>Opening the inventory…</source>
        <translation>Ouverture de l’inventaire…</translation>
    </message>
    <message>
        <source>The inventory file was damaged. It was moved to %1 and a new one was started; KeyDesk fills it again from the servers.</source>
        <translation>Le fichier d’inventaire était endommagé. Il a été déplacé vers %1 et un nouveau fichier a été créé&#xa0;; KeyDesk le remplit à nouveau à partir des serveurs.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of KeyDesk (format %2; this version knows formats up to %3). It was left untouched: KeyDesk works without history until you update it.</source>
        <translation>L’inventaire %1 a été écrit par une version plus récente de KeyDesk (format %2&#xa0;; cette version connaît les formats jusqu’à %3). Il n’a pas été modifié&#xa0;: KeyDesk fonctionne sans historique jusqu’à ce que vous mettiez KeyDesk à jour.</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk inventory. It was left untouched: KeyDesk works without history.</source>
        <translation>%1 n’est pas un inventaire KeyDesk. Le fichier n’a pas été modifié&#xa0;: KeyDesk fonctionne sans historique.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite): KeyDesk works without history.</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet Debian libqt6sql6-sqlite)&#xa0;: KeyDesk fonctionne sans historique.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be written (read-only): KeyDesk works without history.</source>
        <translation>L’inventaire %1 ne peut pas être écrit (lecture seule)&#xa0;: KeyDesk fonctionne sans historique.</translation>
    </message>
    <message>
        <source>The disk that holds the inventory %1 is full: KeyDesk works without history until there is space again.</source>
        <translation>Le disque qui contient l’inventaire %1 est plein&#xa0;: KeyDesk fonctionne sans historique jusqu’à ce que de l’espace soit de nouveau disponible.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be used (%2): KeyDesk works without history.</source>
        <translation>L’inventaire %1 ne peut pas être utilisé (%2)&#xa0;: KeyDesk fonctionne sans historique.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged and could not be moved aside (%2): KeyDesk works without history.</source>
        <translation>L’inventaire %1 est endommagé et n’a pas pu être mis de côté (%2)&#xa0;: KeyDesk fonctionne sans historique.</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Saisissez un nom pour la clé.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: %n characters, at most %1.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: %n caractère, %1 au maximum.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: %n caractères, %1 au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key must live at least one day.</source>
        <translation>Une clé doit être valable au moins un jour.</translation>
    </message>
    <message numerus="yes">
        <source>A key can live at most %n days.</source>
        <translation>
            <numerusform>Une clé peut être valable %n jour au maximum.</numerusform>
            <numerusform>Une clé peut être valable %n jours au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid expiry date.</source>
        <translation>Choisissez une date d’expiration valide.</translation>
    </message>
    <message>
        <source>The expiry date must be after today.</source>
        <translation>La date d’expiration doit être postérieure à aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days ahead.</source>
        <translation>
            <numerusform>La date d’expiration peut être au plus dans %n jour.</numerusform>
            <numerusform>La date d’expiration peut être au plus dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), such as a line break, a tab or a text-direction mark. Type the name without it.</source>
        <translation>Le nom contient un caractère de contrôle invisible (%1), comme un saut de ligne, une tabulation ou une marque de direction du texte. Saisissez le nom sans ce caractère.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Scan for Leaked Keys</source>
        <translation>Rechercher les clés divulguées</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Dossiers à analyser</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Also the &amp;git history (every commit, branch and stash)</source>
        <translation>Aussi l’historique &amp;git (chaque commit, branche et stash)</translation>
    </message>
    <message>
        <source>Also &amp;binary files</source>
        <translation>Aussi les fichiers &amp;binaires</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>A&amp;nnuler l’analyse</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>Clés trouvées</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Renou&amp;veler…</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Afficher dans le gestionnaire de &amp;fichiers</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
</context>
<context>
    <name>LostKeyDialog</name>
    <message>
        <source>Key May Exist</source>
        <translation>La clé existe peut-être</translation>
    </message>
    <message>
        <source>Outcome of creating the key is unknown</source>
        <translation>Résultat de la création de la clé inconnu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Why the key may exist</source>
        <translation>Pourquoi la clé existe peut-être</translation>
    </message>
    <message>
        <source>Error of the create request</source>
        <translation>Erreur de la requête de création</translation>
    </message>
    <message>
        <source>Result of the search</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Keys the lost create may have left</source>
        <translation>Clés que la création perdue a pu laisser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
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
        <translation>Clés API</translation>
    </message>
    <message>
        <source>API keys table</source>
        <translation>Tableau des clés API</translation>
    </message>
    <message>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation>Action de l’état vide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Hand Off Pending Key…</source>
        <translation>Remettre la clé en a&amp;ttente…</translation>
    </message>
    <message>
        <source>Hand Off</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Copy &amp;Identifier</source>
        <translation>Copier l’&amp;identificateur</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Ajouter une organisation…</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Modifier l’organisation…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profils…</translation>
    </message>
    <message>
        <source>Re&amp;move Organisation…</source>
        <translation>&amp;Supprimer l’organisation…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>À &amp;propos de KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the inventory of every organisation as CSV or JSON (no secrets)</source>
        <translation>Enregistrer l’inventaire de toutes les organisations au format CSV ou JSON (sans les secrets)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>&amp;Scan for Leaked Keys…</source>
        <translation>Rechercher les clés &amp;divulguées…</translation>
    </message>
    <message>
        <source>Find API keys in folders and their git history, and which of your keys each one is</source>
        <translation>Trouver les clés API dans des dossiers et leur historique git, et à laquelle de vos clés chacune correspond</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clear a copied &amp;key after:</source>
        <translation>Effacer une &amp;clé copiée après&#xa0;:</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Délai du presse-papiers en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh the key list every:</source>
        <translation>&amp;Actualiser la liste des clés toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d’actualisation en secondes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Keep KeyDesk running in the system tray</source>
        <translation>&amp;Garder KeyDesk actif dans la barre d’état système</translation>
    </message>
    <message>
        <source>Closing the window keeps KeyDesk watching every organisation and notifying you of new findings</source>
        <translation>Fermer la fenêtre laisse KeyDesk surveiller toutes les organisations et vous signaler les nouveaux constats</translation>
    </message>
    <message>
        <source>&amp;Watch every organisation every:</source>
        <translation>&amp;Surveiller toutes les organisations toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Background watch interval in minutes</source>
        <translation>Intervalle de surveillance en arrière-plan, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Start at login (in the background)</source>
        <translation>&amp;Démarrer à l’ouverture de session (en arrière-plan)</translation>
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
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation>À propos de cette boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>e.g. Acme Realty</source>
        <translation>p. ex. Acme Realty</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Service (API dialect)</source>
        <translation>Service (dialecte de l’API)</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier &amp;CA supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat CA supplémentaire</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private certificate authority</source>
        <translation>Facultatif&#xa0;: PEM d’une CA privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Rechercher un fichier CA</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication header</source>
        <translation>En-tête d’authentification</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>&amp;Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Management credential</source>
        <translation>Identifiants de gestion</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation>Afficher les identifiants</translation>
    </message>
    <message>
        <source>About the credential</source>
        <translation>À propos des identifiants</translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation>Expiration du jeton de session</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Utiliser uniquement pour cette s&amp;ession</translation>
    </message>
    <message>
        <source>Use the credential for this session only</source>
        <translation>Utiliser les identifiants uniquement pour cette session</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long (at most %n characters).</source>
        <translation>
            <numerusform>Le nom du profil est trop long (%n caractère au maximum).</numerusform>
            <numerusform>Le nom du profil est trop long (%n caractères au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation>Le nom du profil ne doit pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Le nom du profil ne doit contenir ni &quot;/&quot; ni &quot;\&quot;.</translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example %1.</source>
        <translation>Saisissez l’URL de base de l’API, par exemple %1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>L’URL de base &quot;%1&quot; n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only in the &quot;Authorization: Bearer&quot; header.</source>
        <translation>%1 n’accepte les identifiants que dans l’en-tête &quot;Authorization: Bearer&quot;.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier CA &quot;%1&quot; n’existe pas.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; is not a file.</source>
        <translation>Le fichier CA &quot;%1&quot; n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read (check its permissions).</source>
        <translation>Le fichier CA &quot;%1&quot; ne peut pas être lu (vérifiez ses droits d’accès).</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read or written (access denied); profiles cannot be saved. Check the file&apos;s permissions.</source>
        <translation>Le fichier de paramètres &quot;%1&quot; ne peut être ni lu ni écrit (accès refusé)&#xa0;; les profils ne peuvent pas être enregistrés. Vérifiez les droits d’accès du fichier.</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged and was not read; profiles cannot be saved. Repair or delete the file.</source>
        <translation>Le fichier de paramètres &quot;%1&quot; est endommagé et n’a pas été lu&#xa0;; les profils ne peuvent pas être enregistrés. Réparez ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>These profiles in &quot;%1&quot; name no known dialect and are ignored: %2.</source>
        <translation>Ces profils de &quot;%1&quot; n’indiquent aucun dialecte connu et sont ignorés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The profile name must not contain control characters such as line breaks or tabs, or invisible text-direction marks.</source>
        <translation>Le nom du profil ne doit contenir ni caractères de contrôle, comme des sauts de ligne ou des tabulations, ni marques invisibles de direction du texte.</translation>
    </message>
    <message>
        <source>Another KeyDesk process is changing the profiles in &quot;%1&quot; right now, so nothing was saved. Try again in a moment.</source>
        <translation>Un autre processus KeyDesk est en train de modifier les profils de &quot;%1&quot;&#xa0;; rien n’a donc été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The profiles in &quot;%1&quot; cannot be changed: the lock file &quot;%2&quot; cannot be created. Check the folder&apos;s permissions.</source>
        <translation>Les profils de &quot;%1&quot; ne peuvent pas être modifiés&#xa0;: le fichier de verrou &quot;%2&quot; ne peut pas être créé. Vérifiez les droits d’accès du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>A command template&apos;s name is 1 to %n characters, without &quot;/&quot;, &quot;\&quot;, control characters or spaces at either end.</source>
        <translation>
            <numerusform>Le nom d’un modèle de commande compte de 1 à %n caractère, sans &quot;/&quot;, &quot;\&quot;, caractères de contrôle ni espaces au début ou à la fin.</numerusform>
            <numerusform>Le nom d’un modèle de commande compte de 1 à %n caractères, sans &quot;/&quot;, &quot;\&quot;, caractères de contrôle ni espaces au début ou à la fin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Keychain warning text</source>
        <translation>Texte de l’avertissement du trousseau</translation>
    </message>
    <message>
        <source>The full key, shown only this once. Read-only.</source>
        <translation>La clé complète, affichée cette seule fois. Lecture seule.</translation>
    </message>
    <message>
        <source>Copy key to clipboard</source>
        <translation>Copier la clé dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificateur&#xa0;:</translation>
    </message>
    <message>
        <source>Visible identifier</source>
        <translation>Identificateur visible</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Keep a copy in the keychain</source>
        <translation>Conserver une copie dans le trousseau</translation>
    </message>
    <message>
        <source>Keep a copy in the &amp;keychain</source>
        <translation>Conserver une copie dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Où la clé est conservée</translation>
    </message>
    <message>
        <source>Keep for later handoff</source>
        <translation>Conserver pour une remise ultérieure</translation>
    </message>
    <message>
        <source>Keep for &amp;Later Handoff</source>
        <translation>Conserver pour une remise &amp;ultérieure</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>J’ai enregistré la clé</translation>
    </message>
    <message>
        <source>I Have &amp;Stored the Key</source>
        <translation>J’ai &amp;enregistré la clé</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Envoyer la clé à un gestionnaire de mots de passe ou à un coffre de secrets</translation>
    </message>
    <message>
        <source>Send &amp;To…</source>
        <translation>En&amp;voyer vers…</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke API Key</source>
        <translation>Révoquer la clé API</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé API</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Recent use warning</source>
        <translation>Avertissement d’utilisation récente</translation>
    </message>
    <message>
        <source>Recent use warning text</source>
        <translation>Texte de l’avertissement d’utilisation récente</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate Key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Nom de la nouvelle clé :</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Nom de la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>&amp;Expire dans :</translation>
    </message>
    <message>
        <source>Days until the new key expires</source>
        <translation>Jours avant l’expiration de la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>&amp;Période d’inactivité :</translation>
    </message>
    <message>
        <source>Hours the old key must go unused before it is revoked</source>
        <translation>Heures pendant lesquelles l’ancienne clé doit rester inutilisée avant d’être révoquée</translation>
    </message>
    <message>
        <source>&amp;Revoke the old key automatically when it has gone quiet</source>
        <translation>Révoquer &amp;automatiquement l’ancienne clé quand elle n’est plus utilisée</translation>
    </message>
    <message>
        <source>E&amp;mergency: the key has leaked (revoke it as soon as the new key exists)</source>
        <translation>&amp;Urgence : la clé a été divulguée (la révoquer dès que la nouvelle clé existe)</translation>
    </message>
    <message>
        <source>Room for the new key</source>
        <translation>Place pour la nouvelle clé</translation>
    </message>
    <message>
        <source>Re&amp;voke this key first:</source>
        <translation>Ré&amp;voquer d’abord cette clé :</translation>
    </message>
    <message>
        <source>Key to revoke first</source>
        <translation>Clé à révoquer d’abord</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain has no such entry (it may have been removed). Enter the credential again to store it.</source>
        <translation>Le trousseau ne contient pas cette entrée (elle a peut-être été supprimée). Saisissez à nouveau les identifiants pour les stocker.</translation>
    </message>
    <message>
        <source>No D-Bus session bus is running, so the keychain cannot be reached. Start KeyDesk inside your desktop session.</source>
        <translation>Aucun bus de session D-Bus n’est en cours d’exécution, le trousseau est donc inaccessible. Lancez KeyDesk dans votre session de bureau.</translation>
    </message>
    <message>
        <source>No Secret Service is running (GNOME Keyring or KWallet). Install and start gnome-keyring, or use the credential for this session only.</source>
        <translation>Aucun Secret Service n’est en cours d’exécution (GNOME Keyring ou KWallet). Installez et lancez gnome-keyring, ou utilisez les identifiants uniquement pour cette session.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again or with Seahorse) and retry.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant ou avec Seahorse), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow KeyDesk to use the keychain when asked, then retry.</source>
        <translation>L’accès au trousseau a été refusé. Autorisez KeyDesk à utiliser le trousseau lorsque cela vous est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt. Answer or unlock it and retry.</source>
        <translation>Le trousseau n’a pas répondu à temps&#xa0;; il attend peut-être une demande de déverrouillage. Répondez-y ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Retry, or use the credential for this session only.</source>
        <translation>Le trousseau a signalé une erreur inattendue. Réessayez, ou utilisez les identifiants uniquement pour cette session.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error (%1). Retry, or use the credential for this session only.</source>
        <translation>Le trousseau a signalé une erreur inattendue (%1). Réessayez, ou utilisez les identifiants uniquement pour cette session.</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Send Key To</source>
        <translation>Envoyer la clé vers</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Envoyer la clé à un gestionnaire de mots de passe ou à un coffre de secrets</translation>
    </message>
    <message>
        <source>KeyDesk hands the key to the destination on its standard input (never on a command line), reads it back where it can, and forgets its pending copy only after a verified delivery.</source>
        <translation>KeyDesk transmet la clé à la destination sur son entrée standard (jamais sur une ligne de commande), la relit quand c’est possible et n’oublie sa copie en attente qu’après une transmission vérifiée.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Destination kind</source>
        <translation>Type de destination</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain label</source>
        <translation>Libellé dans le trousseau</translation>
    </message>
    <message>
        <source>Deploy key</source>
        <translation>Clé de déploiement</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account attribute</source>
        <translation>Attribut de compte</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>E&amp;ntrée&#xa0;:</translation>
    </message>
    <message>
        <source>pass entry name</source>
        <translation>Nom de l’entrée pass</translation>
    </message>
    <message>
        <source>team/deploy-key</source>
        <translation>team/deploy-key</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>KeePassXC database file</source>
        <translation>Fichier de base de données KeePassXC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Entry in the database</source>
        <translation>Entrée dans la base de données</translation>
    </message>
    <message>
        <source>Deploy/leadhql</source>
        <translation>Deploy/leadhql</translation>
    </message>
    <message>
        <source>Data&amp;base password:</source>
        <translation>&amp;Mot de passe de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>C&amp;ommande&#xa0;:</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Commande enregistrée</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécute&#xa0;:</translation>
    </message>
    <message>
        <source>Command line that will run</source>
        <translation>Ligne de commande qui sera exécutée</translation>
    </message>
    <message>
        <source>Whether the tool is installed</source>
        <translation>Si l’outil est installé</translation>
    </message>
    <message>
        <source>Delivery in progress</source>
        <translation>Transmission en cours</translation>
    </message>
    <message>
        <source>Delivery result</source>
        <translation>Résultat de la transmission</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program, key redacted</source>
        <translation>Sortie du programme de la destination, clé masquée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>TrackKeyDialog</name>
    <message>
        <source>Track a Key</source>
        <translation>Suivre une clé</translation>
    </message>
    <message>
        <source>Trust Leads does not list its keys. Paste a key made in its dashboard: KeyDesk verifies it and remembers its fingerprint and masked identifier, never the key itself.</source>
        <translation>Trust Leads ne liste pas ses clés. Collez une clé créée dans son tableau de bord&#xa0;: KeyDesk la vérifie et retient son empreinte et son identificateur masqué, jamais la clé elle-même.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verify it periodically (keeps the key in the keychain)</source>
        <translation>&amp;Vérifier régulièrement (conserve la clé dans le trousseau)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Use the language LANG (de, en, es or fr) instead of the system&apos;s.</source>
        <translation>Utiliser la langue LANG (de, en, es ou fr) au lieu de celle du système.</translation>
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
        <translation>L’URL de base n’est pas une adresse web avec un hôte, comme https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; store the credential in the keychain instead.</source>
        <translation>L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; stockez plutôt les identifiants dans le trousseau.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (the part from &quot;?&quot;): KeyDesk would not send it, and a credential in it would be stored in plain text. Remove it and keep the credential in the keychain.</source>
        <translation>L’URL de base ne doit pas contenir de chaîne de requête (la partie à partir de &quot;?&quot;)&#xa0;: KeyDesk ne l’enverrait pas, et des identifiants qui s’y trouveraient seraient stockés en clair. Supprimez-la et conservez les identifiants dans le trousseau.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (the part from &quot;#&quot;); remove it.</source>
        <translation>L’URL de base ne doit pas contenir de fragment (la partie à partir de &quot;#&quot;)&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>L’URL de base doit commencer par https:// (le simple http:// n’est autorisé que pour cet ordinateur&#xa0;: localhost, 127.0.0.1 ou&#xa0;::1).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Create a new API key (%1)</source>
        <translation>Créer une nouvelle clé API (%1)</translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This key is already revoked.</source>
        <translation>Cette clé est déjà révoquée.</translation>
    </message>
    <message>
        <source>Select a key to revoke it.</source>
        <translation>Sélectionnez une clé pour la révoquer.</translation>
    </message>
    <message>
        <source>Show the full key of “%1” once more, from the keychain</source>
        <translation>Afficher encore une fois la clé complète de «&#xa0;%1&#xa0;», depuis le trousseau</translation>
    </message>
    <message>
        <source>Select a key marked “pending handoff”.</source>
        <translation>Sélectionnez une clé marquée «&#xa0;remise en attente&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Révoquer %n clé sélectionnée</numerusform>
            <numerusform>Révoquer les %n clés sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected keys are already revoked, or their organisation cannot revoke keys now.</source>
        <translation>Les clés sélectionnées sont déjà révoquées, ou leur organisation ne peut pas révoquer de clés pour le moment.</translation>
    </message>
    <message>
        <source>Replaces the selected key by a new one and revokes it once it has gone quiet</source>
        <translation>Remplace la clé sélectionnée par une nouvelle et la révoque une fois qu’elle n’est plus utilisée</translation>
    </message>
    <message>
        <source>Rotating needs the local inventory.</source>
        <translation>Le renouvellement nécessite l’inventaire local.</translation>
    </message>
    <message>
        <source>Choose the key&apos;s organisation to rotate it.</source>
        <translation>Choisissez l’organisation de la clé pour la renouveler.</translation>
    </message>
    <message>
        <source>Select one key to rotate it.</source>
        <translation>Sélectionnez une seule clé pour la renouveler.</translation>
    </message>
    <message>
        <source>Select a key to rotate it.</source>
        <translation>Sélectionnez une clé pour la renouveler.</translation>
    </message>
    <message>
        <source>This key is being rotated: see its timeline.</source>
        <translation>Cette clé est en cours de renouvellement : consultez sa chronologie.</translation>
    </message>
    <message>
        <source>Rotate “%1”: a new key, the old one revoked once it has gone quiet</source>
        <translation>Renouveler « %1 » : une nouvelle clé, l’ancienne révoquée une fois qu’elle n’est plus utilisée</translation>
    </message>
    <message>
        <source>Only an active key can be rotated.</source>
        <translation>Seule une clé active peut être renouvelée.</translation>
    </message>
</context>
<context>
    <name>keydesk::AcknowledgeDialog</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogModel</name>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Handoff: stored</source>
        <translation>Remise&#xa0;: enregistrée</translation>
    </message>
    <message>
        <source>Handoff: kept for later</source>
        <translation>Remise&#xa0;: conservée pour plus tard</translation>
    </message>
    <message>
        <source>Handoff: expired</source>
        <translation>Remise&#xa0;: expirée</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profil ajouté</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>Profil supprimé</translation>
    </message>
    <message>
        <source>Track key</source>
        <translation>Suivi d’une clé</translation>
    </message>
    <message>
        <source>Verify tracked key</source>
        <translation>Vérification d’une clé suivie</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>outcome</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Acquittement d’un constat</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Retrait d’un acquittement</translation>
    </message>
    <message>
        <source>Rotation started</source>
        <translation>Renouvellement commencé</translation>
    </message>
    <message>
        <source>Rotation: new key verified</source>
        <translation>Renouvellement&#xa0;: nouvelle clé vérifiée</translation>
    </message>
    <message>
        <source>Rotation: new key in use</source>
        <translation>Renouvellement&#xa0;: nouvelle clé en service</translation>
    </message>
    <message>
        <source>Rotation: ready to revoke</source>
        <translation>Renouvellement&#xa0;: prêt pour la révocation</translation>
    </message>
    <message>
        <source>Rotation: old key revoked</source>
        <translation>Renouvellement&#xa0;: ancienne clé révoquée</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Renouvellement annulé</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Échec du renouvellement</translation>
    </message>
    <message>
        <source>Deliver key</source>
        <translation>Transmettre la clé</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogWindow</name>
    <message>
        <source>KeyDesk — Log</source>
        <translation>KeyDesk — Journal</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Shows the entries that contain every word typed here</source>
        <translation>Affiche les entrées qui contiennent chaque mot saisi ici</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::AllOrganisations</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no credential is stored; enter it in the organisation&apos;s settings.</source>
        <translation>%1&#xa0;: aucun identifiant n’est stocké&#xa0;; saisissez-les dans les paramètres de l’organisation.</translation>
    </message>
    <message>
        <source>%1: the LeadHQL session token expired on %2; paste a new one in the organisation&apos;s settings.</source>
        <translation>%1&#xa0;: le jeton de session LeadHQL a expiré le %2&#xa0;; collez-en un nouveau dans les paramètres de l’organisation.</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiCall</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>réponse de plus de %1 octets</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <source>content type %1 is not JSON</source>
        <translation>le type de contenu %1 n’est pas du JSON</translation>
    </message>
    <message>
        <source>the server did not confirm the revoke</source>
        <translation>le serveur n’a pas confirmé la révocation</translation>
    </message>
    <message>
        <source>the answer does not have the documented shape</source>
        <translation>la réponse n’a pas la forme documentée</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>aucune donnée depuis %1 ms</translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation>le gestionnaire d’accès réseau a été détruit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>la connexion a été fermée avant la réponse du serveur</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 announced bytes</source>
        <translation>la connexion a été fermée après %1 des %2 octets annoncés</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, the last to %1</source>
        <translation>
            <numerusform>plus de %n redirection, la dernière vers %1</numerusform>
            <numerusform>plus de %n redirections, la dernière vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2</source>
        <translation>HTTP %1, une redirection vers %2</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 instead of an answer to the revoke; the revoke is not confirmed</source>
        <translation>HTTP %1, une redirection vers %2 au lieu d’une réponse à la révocation&#xa0;; la révocation n’est pas confirmée</translation>
    </message>
    <message>
        <source>the server redirected to %1, another host or plain HTTP</source>
        <translation>le serveur a redirigé vers %1, un autre hôte ou du HTTP non chiffré</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 that cannot be followed</source>
        <translation>HTTP %1, une redirection vers %2 qui ne peut pas être suivie</translation>
    </message>
    <message>
        <source>no valid address</source>
        <translation>aucune adresse valide</translation>
    </message>
    <message>
        <source>HTTP %1 does not confirm the revoke</source>
        <translation>HTTP %1 ne confirme pas la révocation</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiClient</name>
    <message>
        <source>&quot;%1&quot; is not a key id</source>
        <translation>&quot;%1&quot; n’est pas un ID de clé</translation>
    </message>
    <message>
        <source>it contains control characters such as line breaks</source>
        <translation>présence de caractères de contrôle, comme des sauts de ligne</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation>le fichier CA %1 n’existe pas ou ne peut pas être lu</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>keydesk::BannerMessages</name>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused the stored credential of “%1”: %2 Paste a valid one.</source>
        <translation>Le serveur a refusé les identifiants stockés de «&#xa0;%1&#xa0;»&#xa0;: %2 Collez des identifiants valides.</translation>
    </message>
    <message>
        <source>No credential is stored for “%1”. Enter it in the organisation&apos;s settings.</source>
        <translation>Aucun identifiant n’est stocké pour «&#xa0;%1&#xa0;». Saisissez-les dans les paramètres de l’organisation.</translation>
    </message>
    <message>
        <source>Enter Credential…</source>
        <translation>Saisir les identifiants…</translation>
    </message>
    <message>
        <source>You can enter the credential again and use it for this session only.</source>
        <translation>Vous pouvez saisir à nouveau les identifiants et les utiliser uniquement pour cette session.</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL dashboard and paste the new session token to continue.</source>
        <translation>Le jeton de session LeadHQL de «&#xa0;%1&#xa0;» a expiré le %2. Connectez-vous au tableau de bord LeadHQL et collez le nouveau jeton de session pour continuer.</translation>
    </message>
    <message>
        <source>Enter New Token…</source>
        <translation>Saisir un nouveau jeton…</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.</source>
        <translation>Le jeton de session LeadHQL de «&#xa0;%1&#xa0;» expire %2 (%3). Collez-en un nouveau avant son expiration.</translation>
    </message>
    <message>
        <source>The table shows the last known keys, listed %1; creating and revoking keys wait until the server answers.</source>
        <translation>Le tableau affiche les dernières clés connues, listées %1&#xa0;; la création et la révocation de clés attendent la réponse du serveur.</translation>
    </message>
    <message>
        <source>Their rows, if the inventory knew any, are the last known keys, marked “not refreshed”; the other organisations&apos; keys are current.</source>
        <translation>Leurs lignes, si l’inventaire en connaissait, montrent les dernières clés connues, marquées «&#xa0;non actualisée&#xa0;»&#xa0;; les clés des autres organisations sont à jour.</translation>
    </message>
</context>
<context>
    <name>keydesk::BulkRevokeDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clé sans nom</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key?</source>
        <translation>
            <numerusform>Révoquer %n clé&#xa0;?</numerusform>
            <numerusform>Révoquer %n clés&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n keys?</source>
        <translation>
            <numerusform>Révoquer %n clé&#xa0;?</numerusform>
            <numerusform>Révoquer %n clés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every integration that uses these keys fails at once. Revoking cannot be undone.</source>
        <translation>Toutes les intégrations qui utilisent ces clés échoueront immédiatement. La révocation est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key is already revoked and is skipped.</source>
        <translation>
            <numerusform>%n clé sélectionnée est déjà révoquée et sera ignorée.</numerusform>
            <numerusform>%n clés sélectionnées sont déjà révoquées et seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected keys are already revoked and are skipped.</source>
        <translation>
            <numerusform>%n clé sélectionnée est déjà révoquée et sera ignorée.</numerusform>
            <numerusform>%n clés sélectionnées sont déjà révoquées et seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them was used in the last 24 hours: something may still depend on it.</source>
        <translation>
            <numerusform>%n d’entre elles a été utilisée au cours des dernières 24 heures&#xa0;: quelque chose peut encore en dépendre.</numerusform>
            <numerusform>%n d’entre elles ont été utilisées au cours des dernières 24 heures&#xa0;: quelque chose peut encore en dépendre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last 24 hours: something may still depend on them.</source>
        <translation>
            <numerusform>%n d’entre elles a été utilisée au cours des dernières 24 heures&#xa0;: quelque chose peut encore en dépendre.</numerusform>
            <numerusform>%n d’entre elles ont été utilisées au cours des dernières 24 heures&#xa0;: quelque chose peut encore en dépendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Saisissez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key</source>
        <translation>
            <numerusform>&amp;Révoquer %n clé</numerusform>
            <numerusform>&amp;Révoquer %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Keys</source>
        <translation>
            <numerusform>&amp;Révoquer %n clé</numerusform>
            <numerusform>&amp;Révoquer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke keys</source>
        <translation>Révoquer les clés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Ignorée&#xa0;: déjà révoquée</translation>
    </message>
    <message>
        <source>To revoke (used in the last 24 hours)</source>
        <translation>À révoquer (utilisée au cours des dernières 24 heures)</translation>
    </message>
    <message>
        <source>To revoke</source>
        <translation>À révoquer</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key revoked.</source>
        <translation>
            <numerusform>%n clé révoquée.</numerusform>
            <numerusform>%n clés révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys revoked.</source>
        <translation>
            <numerusform>%n clé révoquée.</numerusform>
            <numerusform>%n clés révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already revoked).</source>
        <translation>
            <numerusform>%n ignorée (déjà révoquée).</numerusform>
            <numerusform>%n ignorées (déjà révoquées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key could not be revoked:</source>
        <translation>
            <numerusform>%n clé n’a pas pu être révoquée&#xa0;:</numerusform>
            <numerusform>%n clés n’ont pas pu être révoquées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be revoked:</source>
        <translation>
            <numerusform>%n clé n’a pas pu être révoquée&#xa0;:</numerusform>
            <numerusform>%n clés n’ont pas pu être révoquées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::CloseToBackground</name>
    <message>
        <source>Keep Watching?</source>
        <translation>Continuer la surveillance&#xa0;?</translation>
    </message>
    <message>
        <source>KeyDesk can keep watching your organisations in the background and notify you of new findings. There is no system tray here: the Open button of a notification brings the window back.</source>
        <translation>KeyDesk peut continuer à surveiller vos organisations en arrière-plan et vous signaler les nouveaux constats. Il n’y a pas de barre d’état système ici&#xa0;: le bouton «&#xa0;Ouvrir&#xa0;» d’une notification fait réapparaître la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>&amp;Continuer la surveillance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>keydesk::CommandRunner</name>
    <message>
        <source>There is no profile named &apos;%1&apos;; see &apos;keydesk-cli profile list&apos;.</source>
        <translation>Aucun profil ne s’appelle &apos;%1&apos;&#xa0;; voir &apos;keydesk-cli profile list&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported by %2 (no documented key-management API); manage its keys in the %2 dashboard. &apos;verify&apos; works.</source>
        <translation>&apos;%1&apos; n’est pas pris en charge par %2 (aucune API de gestion des clés documentée)&#xa0;; gérez ses clés dans le tableau de bord de %2. &apos;verify&apos; fonctionne.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke without asking.</source>
        <translation>&apos;revoke&apos; demande une confirmation dans un terminal, mais stdin n’en est pas un&#xa0;; passez --yes pour révoquer sans confirmation.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: with --base-url the credential is read only from there (or save a profile with &apos;keydesk-cli profile add&apos;).</source>
        <translation>La variable d’environnement %1 n’est pas définie&#xa0;: avec --base-url, les identifiants ne sont lus que depuis celle-ci (ou enregistrez un profil avec &apos;keydesk-cli profile add&apos;).</translation>
    </message>
    <message>
        <source>The keychain has no credential for profile &apos;%1&apos;; store it again with &apos;keydesk-cli profile add %1 …&apos; and the credential in KEYDESK_CREDENTIAL.</source>
        <translation>Le trousseau ne contient pas d’identifiants pour le profil &apos;%1&apos;&#xa0;; stockez-les à nouveau avec &apos;keydesk-cli profile add %1 …&apos; et les identifiants dans KEYDESK_CREDENTIAL.</translation>
    </message>
    <message>
        <source>Cannot read the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>Impossible de lire les identifiants du profil &apos;%1&apos; dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2; %3).</source>
        <translation>Clé &apos;%1&apos; créée (ID %2&#xa0;; %3).</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2, shown as %3; %4).</source>
        <translation>Clé &apos;%1&apos; créée (ID %2, affichée comme %3&#xa0;; %4).</translation>
    </message>
    <message>
        <source>Store it now: it will not be shown again.</source>
        <translation>Enregistrez-la maintenant&#xa0;: elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>No key with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli list&apos;.</source>
        <translation>Aucune clé avec l’ID &apos;%1&apos; dans cette organisation&#xa0;; voir &apos;keydesk-cli list&apos;.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already revoked.</source>
        <translation>La clé &apos;%1&apos; (%2) est déjà révoquée.</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; was used in the last 24 hours (%2); integrations still using it will fail.</source>
        <translation>la clé &apos;%1&apos; a été utilisée au cours des dernières 24 heures (%2)&#xa0;; les intégrations qui l’utilisent encore échoueront.</translation>
    </message>
    <message>
        <source>Revoke key &apos;%1&apos; (%2)? Integrations using it fail at once. This cannot be undone. [y/N] </source>
        <translation>Révoquer la clé &apos;%1&apos; (%2)&#xa0;? Les intégrations qui l’utilisent échoueront immédiatement. Cette action est irréversible. [o/N] </translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation>Non révoquée.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (%2).</source>
        <translation>Clé &apos;%1&apos; (%2) révoquée.</translation>
    </message>
    <message>
        <source>Paste the key to check and press Enter (it is not shown): </source>
        <translation>Collez la clé à vérifier et appuyez sur Entrée (elle n’est pas affichée)&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot read one key from stdin (unreadable, or more than %1 bytes).</source>
        <translation>Impossible de lire une clé sur stdin (illisible, ou plus de %1 octets).</translation>
    </message>
    <message>
        <source>No key on stdin: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>Aucune clé sur stdin&#xa0;: transmettez exactement une clé à &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>stdin holds more than one word: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>stdin contient plus d’un mot&#xa0;: transmettez exactement une clé à &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>the input is not in any documented key format; checking it anyway.</source>
        <translation>l’entrée ne correspond à aucun format de clé documenté&#xa0;; vérification quand même.</translation>
    </message>
    <message>
        <source>this looks like a %1 key, but the server speaks %2; checking it anyway.</source>
        <translation>ceci ressemble à une clé %1, mais le serveur parle %2&#xa0;; vérification quand même.</translation>
    </message>
    <message>
        <source>(unrecognised format)</source>
        <translation>(format non reconnu)</translation>
    </message>
    <message>
        <source>Key %1 is refused by the server: revoked, expired or mistyped.</source>
        <translation>La clé %1 est refusée par le serveur&#xa0;: révoquée, expirée ou mal saisie.</translation>
    </message>
    <message>
        <source>Key %1 is accepted by the server.</source>
        <translation>La clé %1 est acceptée par le serveur.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: &apos;profile add&apos; reads the credential from there and stores it in the keychain.</source>
        <translation>La variable d’environnement %1 n’est pas définie&#xa0;: &apos;profile add&apos; y lit les identifiants et les stocke dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard; this credential is not a JWT.</source>
        <translation>%1 ne gère les clés qu’avec un jeton de session JWT issu du tableau de bord&#xa0;; ces identifiants ne sont pas un JWT.</translation>
    </message>
    <message>
        <source>Cannot store the credential in the keychain, so the profile was not saved: %1</source>
        <translation>Impossible de stocker les identifiants dans le trousseau, le profil n’a donc pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the profile settings: %1</source>
        <translation>Impossible d’enregistrer les paramètres du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3); its credential is in %4.</source>
        <translation>Profil &apos;%1&apos; enregistré (%2, %3)&#xa0;; ses identifiants sont dans&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>No profiles; add one with &apos;keydesk-cli profile add&apos;.</source>
        <translation>Aucun profil&#xa0;; ajoutez-en un avec &apos;keydesk-cli profile add&apos;.</translation>
    </message>
    <message>
        <source>Cannot remove the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>Impossible de supprimer les identifiants du profil &apos;%1&apos; du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove profile &apos;%1&apos; from the settings: %2</source>
        <translation>Impossible de supprimer le profil &apos;%1&apos; des paramètres&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its keychain entry.</source>
        <translation>Profil &apos;%1&apos; et son entrée du trousseau supprimés.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard, not with an API key.</source>
        <translation>%1 ne gère les clés qu’avec un jeton de session JWT issu du tableau de bord, pas avec une clé API.</translation>
    </message>
    <message>
        <source>The session token expired at %1; sign in to the dashboard and copy a new one.</source>
        <translation>Le jeton de session a expiré le %1&#xa0;; connectez-vous au tableau de bord et copiez-en un nouveau.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Try &apos;keydesk-cli --help&apos;.</source>
        <translation>Essayez &apos;keydesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <source>The server may have created the key but its response was lost (%1); the secret cannot be recovered.</source>
        <translation>Le serveur a peut-être créé la clé, mais sa réponse a été perdue (%1)&#xa0;; le secret ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>The server may have created the key but its response could not be read (%1); the secret cannot be recovered.</source>
        <translation>Le serveur a peut-être créé la clé, mais sa réponse n’a pas pu être lue (%1)&#xa0;; le secret ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>Could not check the list of keys: %1 Check it with: %2 list</source>
        <translation>Impossible de vérifier la liste des clés&#xa0;: %1 Vérifiez-la avec&#xa0;: %2 list</translation>
    </message>
    <message>
        <source>No new live key named &apos;%1&apos; is in the list, so it was most likely not created; it is safe to try again.</source>
        <translation>Aucune nouvelle clé active nommée &apos;%1&apos; ne figure dans la liste&#xa0;: elle n’a donc très probablement pas été créée&#xa0;; vous pouvez réessayer sans risque.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named &apos;%1&apos; were created around that time; only one of them is the lost key: compare the creation times before revoking.</source>
        <translation>
            <numerusform>%n clé nommée &apos;%1&apos; a été créée vers cette heure-là&#xa0;; une seule d’entre elles est la clé perdue&#xa0;: comparez les dates de création avant de révoquer.</numerusform>
            <numerusform>%n clés nommées &apos;%1&apos; ont été créées vers cette heure-là&#xa0;; une seule d’entre elles est la clé perdue&#xa0;: comparez les dates de création avant de révoquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found key &apos;%1&apos; (%2) created at %3; revoke it with: %4 revoke %5 --yes</source>
        <translation>Clé &apos;%1&apos; (%2) trouvée, créée le %3&#xa0;; révoquez-la avec&#xa0;: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Could not write the result to standard output: %1.</source>
        <translation>Impossible d’écrire le résultat sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so keydesk-cli cannot tell whether &apos;%1&apos; was created; check these keys before trying again:</source>
        <translation>La liste des clés n’indique pas quand les clés ont été créées&#xa0;: il est donc impossible de savoir si &apos;%1&apos; a été créée. Vérifiez ces clés avant de réessayer&#xa0;:</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2), creation time unknown; if it is the lost key, revoke it with: %3 revoke %4 --yes</source>
        <translation>Clé &apos;%1&apos; (%2), date de création inconnue&#xa0;; si c’est la clé perdue, révoquez-la avec&#xa0;: %3 revoke %4 --yes</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>elle est fermée</translation>
    </message>
    <message>
        <source>the program reading it has stopped</source>
        <translation>le programme qui la lit s’est arrêté</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>plus d’espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (ID %2) was created but could not be written to standard output: %3.</source>
        <translation>La nouvelle clé &apos;%1&apos; (ID %2) a été créée, mais n’a pas pu être écrite sur la sortie standard&#xa0;: %3.</translation>
    </message>
    <message>
        <source>It cannot be kept in the keychain for a later handoff: %1</source>
        <translation>Elle ne peut pas être conservée dans le trousseau pour une remise ultérieure&#xa0;: %1</translation>
    </message>
    <message>
        <source>No saved profile has this server and credential, so it cannot wait in the keychain for a handoff in KeyDesk.</source>
        <translation>Aucun profil enregistré n’a ce serveur et ces identifiants&#xa0;: elle ne peut donc pas attendre dans le trousseau d’être remise dans KeyDesk.</translation>
    </message>
    <message>
        <source>%1 The key is in the keychain as &apos;%2&apos;.</source>
        <translation>%1 La clé se trouve dans le trousseau sous le nom &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>It is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>Elle est conservée dans le trousseau comme remise en attente du profil &apos;%1&apos;&#xa0;: ouvrez ce profil dans KeyDesk, sélectionnez la clé &apos;%2&apos; et choisissez «&#xa0;Remettre la clé en attente&#xa0;».</translation>
    </message>
    <message>
        <source>Revoking the key, since nobody has its secret.</source>
        <translation>Révocation de la clé, puisque personne ne détient son secret.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (ID %2). Create a new key once the output works.</source>
        <translation>Clé &apos;%1&apos; (ID %2) révoquée. Créez une nouvelle clé lorsque la sortie fonctionnera de nouveau.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (ID %2) could not be revoked either: %3 Nobody has its secret: revoke it with: %4 revoke %5 --yes</source>
        <translation>La clé &apos;%1&apos; (ID %2) n’a pas pu être révoquée non plus&#xa0;: %3 Personne ne détient son secret&#xa0;: révoquez-la avec&#xa0;: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Key %1 was refused locally: %2. It was not sent to the server.</source>
        <translation>La clé %1 a été refusée localement&#xa0;: %2. Elle n’a pas été envoyée au serveur.</translation>
    </message>
    <message>
        <source>history not recorded: %1</source>
        <translation>historique non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>written to standard output</source>
        <translation>écrite sur la sortie standard</translation>
    </message>
    <message>
        <source>answer lost; the list of keys could not be checked</source>
        <translation>réponse perdue&#xa0;; la liste des clés n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>answer lost; the list of keys gives no creation times to tell</source>
        <translation>réponse perdue&#xa0;; sans dates de création, la liste des clés ne permet pas de trancher</translation>
    </message>
    <message>
        <source>answer lost; no new key with this name is listed</source>
        <translation>réponse perdue&#xa0;; aucune nouvelle clé de ce nom ne figure dans la liste</translation>
    </message>
    <message>
        <source>answer lost; the list has one key that may be it</source>
        <translation>réponse perdue&#xa0;; la liste contient une clé qui pourrait être la clé perdue</translation>
    </message>
    <message numerus="yes">
        <source>answer lost; the list has %n keys that may be it</source>
        <translation>
            <numerusform>réponse perdue&#xa0;; la liste contient %n clé qui pourrait être la clé perdue</numerusform>
            <numerusform>réponse perdue&#xa0;; la liste contient %n clés qui pourraient être la clé perdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Impossible de lire l’inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory has no listing of &apos;%1&apos; yet; list its keys once while the server is reachable.</source>
        <translation>L’inventaire ne contient encore aucune liste de &apos;%1&apos;&#xa0;; listez ses clés une fois pendant que le serveur est joignable.</translation>
    </message>
    <message>
        <source>Cached listing of &apos;%1&apos; from %2 (%3); no request was made.</source>
        <translation>Liste en cache de &apos;%1&apos; datant du %2 (%3)&#xa0;; aucune requête n’a été envoyée.</translation>
    </message>
    <message>
        <source>The inventory has no history of key &apos;%1&apos; in &apos;%2&apos;.</source>
        <translation>L’inventaire ne contient aucun historique de la clé &apos;%1&apos; dans &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The action log is empty.</source>
        <translation>Le journal des actions est vide.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>standard output failed; pending handoff of profile &apos;%1&apos; in the keychain</source>
        <translation>échec de la sortie standard&#xa0;; remise en attente du profil &apos;%1&apos; dans le trousseau</translation>
    </message>
    <message>
        <source>nobody has the secret: standard output failed</source>
        <translation>personne ne détient le secret&#xa0;: échec de la sortie standard</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>&apos;%1&apos; n’a aucun constat %2&#xa0;; &apos;keydesk-cli audit&apos; liste les constats.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; of &apos;%2&apos; has no %3 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>La clé &apos;%1&apos; de &apos;%2&apos; n’a aucun constat %3&#xa0;; &apos;keydesk-cli audit&apos; liste les constats.</translation>
    </message>
    <message>
        <source>The acknowledgement was not stored: %1</source>
        <translation>L’acquittement n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; (%2) of &apos;%3&apos;</source>
        <translation>la clé &apos;%1&apos; (%2) de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 until the end of %3, unless it becomes worse than %4.</source>
        <translation>Acquitté&#xa0;: &apos;audit&apos; omet le constat %1 concernant %2 jusqu’au %3 inclus, sauf s’il devient plus grave que %4.</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 unless it becomes worse than %3.</source>
        <translation>Acquitté&#xa0;: &apos;audit&apos; omet le constat %1 concernant %2, sauf s’il devient plus grave que %3.</translation>
    </message>
    <message>
        <source>There are no saved profiles to audit; see &apos;keydesk-cli profile add&apos;.</source>
        <translation>Aucun profil enregistré à auditer&#xa0;; voir &apos;keydesk-cli profile add&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun constat ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged finding is not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>%n constat acquitté n’est pas affiché&#xa0;; &apos;keydesk-cli log&apos; liste les acquittements.</numerusform>
            <numerusform>%n constats acquittés ne sont pas affichés&#xa0;; &apos;keydesk-cli log&apos; liste les acquittements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged findings are not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>%n constat acquitté n’est pas affiché&#xa0;; &apos;keydesk-cli log&apos; liste les acquittements.</numerusform>
            <numerusform>%n constats acquittés ne sont pas affichés&#xa0;; &apos;keydesk-cli log&apos; liste les acquittements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;; save one with: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</source>
        <translation>Le profil &apos;%1&apos; n’a pas de modèle de commande &apos;%2&apos;&#xa0;; enregistrez-en un avec&#xa0;: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</translation>
    </message>
    <message>
        <source>The new key will go to the standard input of: %1</source>
        <translation>La nouvelle clé sera passée sur l’entrée standard de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password of the KeePassXC database %1: </source>
        <translation>Mot de passe de la base de données KeePassXC %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot read the database password from stdin (unreadable, or more than %1 bytes).</source>
        <translation>Impossible de lire le mot de passe de la base de données sur stdin (illisible, ou plus de %1 octets).</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: %2</source>
        <translation>Impossible de transmettre à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: the database file does not exist.</source>
        <translation>Impossible de transmettre à %1&#xa0;: le fichier de base de données n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: pass already has this entry, and it is never overwritten.</source>
        <translation>Impossible de transmettre à %1&#xa0;: pass contient déjà cette entrée, et elle n’est jamais écrasée.</translation>
    </message>
    <message>
        <source>without --profile there is no pending handoff to keep it in the keychain</source>
        <translation>sans --profile, il n’y a pas de remise en attente pour la conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program:</source>
        <translation>Sortie du programme de la destination&#xa0;:</translation>
    </message>
    <message>
        <source>Delivered key &apos;%1&apos; (ID %2) to %3: %4.</source>
        <translation>Clé &apos;%1&apos; (ID %2) transmise à %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation>transmise à %1</translation>
    </message>
    <message>
        <source>The key was delivered, but its pending copy could not be deleted from the keychain: %1</source>
        <translation>La clé a été transmise, mais sa copie en attente n’a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 failed: %2</source>
        <translation>Échec de la transmission à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>delivery to %1 failed; pending handoff in the keychain</source>
        <translation>échec de la transmission à %1&#xa0;; remise en attente dans le trousseau</translation>
    </message>
    <message>
        <source>The key is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>La clé est conservée dans le trousseau comme remise en attente du profil &apos;%1&apos;&#xa0;: ouvrez ce profil dans KeyDesk, sélectionnez la clé &apos;%2&apos; et choisissez «&#xa0;Remettre la clé en attente&#xa0;».</translation>
    </message>
    <message>
        <source>No keychain holds the key either (%1), so it is printed on standard output: store it now.</source>
        <translation>Aucun trousseau ne contient non plus la clé (%1)&#xa0;: elle est donc écrite sur la sortie standard. Enregistrez-la maintenant.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command templates.</source>
        <translation>Le profil &apos;%1&apos; n’a aucun modèle de commande.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;.</source>
        <translation>Le profil &apos;%1&apos; n’a pas de modèle de commande &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Removed command template &apos;%1&apos; of profile &apos;%2&apos;.</source>
        <translation>Modèle de commande &apos;%1&apos; du profil &apos;%2&apos; supprimé.</translation>
    </message>
    <message>
        <source>Cannot save the command template: %1</source>
        <translation>Impossible d’enregistrer le modèle de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved command template &apos;%1&apos; of profile &apos;%2&apos;: %3 (run without a shell; the key goes to its standard input).</source>
        <translation>Modèle de commande &apos;%1&apos; du profil &apos;%2&apos; enregistré&#xa0;: %3 (exécuté sans shell&#xa0;; la clé est passée sur son entrée standard).</translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n day.</source>
        <translation>
            <numerusform>Le profil &apos;%1&apos; renouvelle désormais les clés tous les %n jour.</numerusform>
            <numerusform>Le profil &apos;%1&apos; renouvelle désormais les clés tous les %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n days.</source>
        <translation>
            <numerusform>Le profil &apos;%1&apos; renouvelle désormais les clés tous les %n jour.</numerusform>
            <numerusform>Le profil &apos;%1&apos; renouvelle désormais les clés tous les %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no rotation policy now.</source>
        <translation>Le profil &apos;%1&apos; n’a plus de politique de renouvellement.</translation>
    </message>
    <message>
        <source>No key with ID %1 in this organisation; nothing was revoked (see &apos;keydesk-cli list&apos;).</source>
        <translation>Aucune clé d’ID %1 dans cette organisation&#xa0;; rien n’a été révoqué (voir &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>revoke (used in the last 24 hours)</source>
        <translation>révoquer (utilisée au cours des dernières 24 heures)</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>révoquer</translation>
    </message>
    <message>
        <source>skip (already revoked)</source>
        <translation>ignorer (déjà révoquée)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys was used in the last 24 hours; integrations still using it will fail.</source>
        <translation>
            <numerusform>%n de ces clés a été utilisée au cours des dernières 24 heures&#xa0;; les intégrations qui l’utilisent encore échoueront.</numerusform>
            <numerusform>%n de ces clés ont été utilisées au cours des dernières 24 heures&#xa0;; les intégrations qui les utilisent encore échoueront.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys were used in the last 24 hours; integrations still using them will fail.</source>
        <translation>
            <numerusform>%n de ces clés a été utilisée au cours des dernières 24 heures&#xa0;; les intégrations qui l’utilisent encore échoueront.</numerusform>
            <numerusform>%n de ces clés ont été utilisées au cours des dernières 24 heures&#xa0;; les intégrations qui les utilisent encore échoueront.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke this key? Integrations using it fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>Révoquer cette clé&#xa0;? Les intégrations qui l’utilisent échoueront immédiatement. Cette action est irréversible. Saisissez %1 pour confirmer&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n keys? Integrations using them fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>
            <numerusform>Révoquer cette clé (%n)&#xa0;? Les intégrations qui l’utilisent échoueront immédiatement. Cette action est irréversible. Saisissez %1 pour confirmer&#xa0;: </numerusform>
            <numerusform>Révoquer ces %n clés&#xa0;? Les intégrations qui les utilisent échoueront immédiatement. Cette action est irréversible. Saisissez %1 pour confirmer&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>Revoked key %1.</source>
        <translation>Clé %1 révoquée.</translation>
    </message>
    <message>
        <source>Not revoked: key %1: %2</source>
        <translation>Non révoquée&#xa0;: clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped key %1: already revoked.</source>
        <translation>Clé %1 ignorée&#xa0;: déjà révoquée.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n key.</source>
        <translation>
            <numerusform>%n clé révoquée.</numerusform>
            <numerusform>%n clés révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n keys.</source>
        <translation>
            <numerusform>%n clé révoquée.</numerusform>
            <numerusform>%n clés révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keys not revoked: %3.</source>
        <translation>%1 clés sur %2 non révoquées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>There is no inventory to hold the rotation.</source>
        <translation>Il n’y a pas d’inventaire pour enregistrer le renouvellement.</translation>
    </message>
    <message>
        <source>&apos;rotate --emergency&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke the old key without asking.</source>
        <translation>&apos;rotate --emergency&apos; demande confirmation sur un terminal, mais stdin n’en est pas un&#xa0;; passez --yes pour révoquer l’ancienne clé sans confirmation.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is not active; only an active key can be rotated.</source>
        <translation>La clé &apos;%1&apos; (%2) n’est pas active&#xa0;; seule une clé active peut être renouvelée.</translation>
    </message>
    <message>
        <source>The old key&apos;s name cannot be used for the new key (%1); give one with --name.</source>
        <translation>Le nom de l’ancienne clé ne peut pas servir pour la nouvelle (%1)&#xa0;; indiquez-en un avec --name.</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>elle a été utilisée pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>aucune utilisation n’est signalée</translation>
    </message>
    <message>
        <source>Emergency rotation: key &apos;%1&apos; (%2) is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using &apos;%1&apos; fails at once (%3). Continue? [y/N] </source>
        <translation>Renouvellement d’urgence&#xa0;: la clé &apos;%1&apos; (%2) est révoquée dès que sa remplaçante existe, sans attendre que la nouvelle clé soit en service. Toutes les intégrations qui utilisent encore &apos;%1&apos; échoueront immédiatement (%3). Continuer&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>Not rotated.</source>
        <translation>Non renouvelée.</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>Le renouvellement n’a pas été lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rotation %1 started.</source>
        <translation>Renouvellement %1 lancé.</translation>
    </message>
    <message>
        <source>Rotation %1 is still %2 after the --timeout; it goes on: follow it with &apos;keydesk-cli rotations advance&apos;.</source>
        <translation>Le renouvellement %1 est toujours à l’état %2 après le délai --timeout&#xa0;; il se poursuit&#xa0;: suivez-le avec &apos;keydesk-cli rotations advance&apos;.</translation>
    </message>
    <message>
        <source>refresh failed: %1</source>
        <translation>échec de l’actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rotations.</source>
        <translation>Aucun renouvellement.</translation>
    </message>
    <message>
        <source>There is no inventory to hold rotations.</source>
        <translation>Il n’y a pas d’inventaire pour enregistrer les renouvellements.</translation>
    </message>
    <message>
        <source>No open rotations.</source>
        <translation>Aucun renouvellement en cours.</translation>
    </message>
    <message>
        <source>No rotation with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli rotations&apos;.</source>
        <translation>Aucun renouvellement d’ID &apos;%1&apos; dans cette organisation&#xa0;; voir &apos;keydesk-cli rotations&apos;.</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>ANCIENNE CLÉ</translation>
    </message>
    <message>
        <source>NEW KEY</source>
        <translation>NOUVELLE CLÉ</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>COMMENCÉ</translation>
    </message>
    <message>
        <source>REVOKE DUE / ENDED</source>
        <translation>RÉVOCATION PRÉVUE / FIN</translation>
    </message>
    <message>
        <source>when the new key is in use</source>
        <translation>quand la nouvelle clé sera en service</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: waiting until the new key is in use.</source>
        <translation>Renouvellement %1 de &apos;%2&apos;&#xa0;: en attente de la mise en service de la nouvelle clé.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: the new key is in use; the old key is revoked if it stays unused until %3.</source>
        <translation>Renouvellement %1 de &apos;%2&apos;&#xa0;: la nouvelle clé est en service&#xa0;; l’ancienne clé sera révoquée si elle reste inutilisée jusqu’au %3.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready; the old key is being revoked.</source>
        <translation>Renouvellement %1 de &apos;%2&apos;&#xa0;: prêt&#xa0;; l’ancienne clé est en cours de révocation.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready to revoke the old key (auto-revoke is off): keydesk-cli revoke %3</source>
        <translation>Renouvellement %1 de &apos;%2&apos;&#xa0;: prêt à révoquer l’ancienne clé (révocation automatique désactivée)&#xa0;: keydesk-cli revoke %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; is done: %3</source>
        <translation>Le renouvellement %1 de &apos;%2&apos; est terminé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; was cancelled: %3</source>
        <translation>Le renouvellement %1 de &apos;%2&apos; a été annulé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; failed: %3</source>
        <translation>Le renouvellement %1 de &apos;%2&apos; a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; n’existe pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No hook written: %1</source>
        <translation>Aucun hook écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists and was not written by KeyDesk: left as it is. Add &apos;keydesk-cli scan --staged .&apos; to it by hand.</source>
        <translation>%1 existe et n’a pas été écrit par KeyDesk&#xa0;: il est laissé tel quel. Ajoutez-y à la main &apos;keydesk-cli scan --staged .&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the pre-commit hook %1.</source>
        <translation>Hook pre-commit %1 écrit.</translation>
    </message>
    <message>
        <source>the inventory could not be read or written (%1): keys are reported as unknown</source>
        <translation>l’inventaire n’a pas pu être lu ou écrit (%1)&#xa0;: les clés sont signalées comme inconnues</translation>
    </message>
    <message>
        <source>ignore entry %1… matches no key found: it is stale and can be removed</source>
        <translation>l’entrée d’exclusion %1… ne correspond à aucune clé trouvée&#xa0;: elle est obsolète et peut être supprimée</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 n’a pas pu être vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 key %2 (%3 of %4, %5)</source>
        <translation>clé %1 %2 (%3 de %4, %5)</translation>
    </message>
    <message>
        <source>%1 key %2, not in the inventory</source>
        <translation>clé %1 %2, absente de l’inventaire</translation>
    </message>
    <message>
        <source>An API key in a file or in the git history</source>
        <translation>Une clé API dans un fichier ou dans l’historique git</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>INVENTORY</source>
        <translation>INVENTAIRE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>, last used %1</source>
        <translation>, dernière utilisation le %1</translation>
    </message>
    <message>
        <source>%1 key(s) found in %2 file(s) and blob(s), %3 bytes; %4 left out by the ignore file.</source>
        <translation>%1 clé(s) trouvée(s) dans %2 fichier(s) et blob(s), %3 octets&#xa0;; %4 exclue(s) par le fichier d’exclusion.</translation>
    </message>
</context>
<context>
    <name>keydesk::CreateKeyDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The new %1 key is shown only once. KeyDesk keeps it in the keychain until you confirm that you have stored it.</source>
        <translation>La nouvelle clé %1 n’est affichée qu’une seule fois. KeyDesk la conserve dans le trousseau jusqu’à ce que vous confirmiez l’avoir enregistrée.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Dans 30 jours</translation>
    </message>
    <message>
        <source>In 60 days</source>
        <translation>Dans 60 jours</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>Dans 90 jours</translation>
    </message>
    <message>
        <source>On date…</source>
        <translation>À la date…</translation>
    </message>
    <message>
        <source>%1 of %2 active keys used (the most %3 allows).</source>
        <translation>%1 clés actives sur %2 utilisées (le maximum autorisé par %3).</translation>
    </message>
    <message numerus="yes">
        <source>Names can have up to %n characters.</source>
        <translation>
            <numerusform>Les noms peuvent comporter jusqu’à %n caractère.</numerusform>
            <numerusform>Les noms peuvent comporter jusqu’à %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
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
        <translation>Impossible de créer un répertoire temporaire pour la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server for %1 could not start: %2</source>
        <translation>Le serveur de démo pour %1 n’a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo profile %1 could not be saved: %2</source>
        <translation>Le profil de démo %1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo keys to plant in the demo project are missing.</source>
        <translation>Les clés de démonstration à placer dans le projet de démonstration sont manquantes.</translation>
    </message>
    <message>
        <source>The demo project could not be written in %1.</source>
        <translation>Le projet de démonstration n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>keydesk::Destination</name>
    <message>
        <source>The destination &apos;%1&apos; has no kind: use keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>La destination &apos;%1&apos; n’a pas de type&#xa0;: utilisez keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY ou command:NAME.</translation>
    </message>
    <message>
        <source>keychain: needs a label, for example keychain:&quot;Deploy key&quot;.</source>
        <translation>keychain: attend un libellé, par exemple keychain:&quot;Deploy key&quot;.</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; is KeyDesk&apos;s own keychain service; choose another label for a lasting entry.</source>
        <translation>Le libellé &apos;%1&apos; est le service de trousseau propre à KeyDesk&#xa0;; choisissez un autre libellé pour une entrée durable.</translation>
    </message>
    <message>
        <source>pass: needs an entry name such as pass:team/deploy-key (no leading &apos;-&apos; or &apos;/&apos;, no &apos;..&apos;).</source>
        <translation>pass: attend un nom d’entrée tel que pass:team/deploy-key (sans &apos;-&apos; ni &apos;/&apos; au début, sans &apos;..&apos;).</translation>
    </message>
    <message>
        <source>keepassxc: needs a database file and an entry, for example keepassxc:~/keys.kdbx:Deploy/leadhql.</source>
        <translation>keepassxc: attend un fichier de base de données et une entrée, par exemple keepassxc:~/keys.kdbx:Deploy/leadhql.</translation>
    </message>
    <message>
        <source>command: needs the name of a saved command template (keydesk-cli profile command).</source>
        <translation>command: attend le nom d’un modèle de commande enregistré (keydesk-cli profile command).</translation>
    </message>
    <message>
        <source>Unknown destination kind &apos;%1&apos;; use keychain, pass, keepassxc or command.</source>
        <translation>Type de destination inconnu &apos;%1&apos;&#xa0;; utilisez keychain, pass, keepassxc ou command.</translation>
    </message>
</context>
<context>
    <name>keydesk::EmptyStatePage</name>
    <message>
        <source>Add an organisation to start.</source>
        <translation>Ajoutez une organisation pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Ajouter une organisation…</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: its keys are created and revoked in the %1 dashboard.
KeyDesk can check that a key works: Edit Organisation… → Test connection.</source>
        <translation>%1 ne documente aucune API de gestion des clés&#xa0;: ses clés sont créées et révoquées dans le tableau de bord de %1.
KeyDesk peut vérifier qu’une clé fonctionne&#xa0;: Modifier l’organisation… → Tester la connexion.</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Modifier l’organisation…</translation>
    </message>
    <message>
        <source>Loading the keys of “%1”…</source>
        <translation>Chargement des clés de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be loaded. See the message above.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» n’ont pas pu être chargées. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>No API keys yet — press %1 to create one.</source>
        <translation>Aucune clé API pour l’instant — appuyez sur %1 pour en créer une.</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation>Aucune clé ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>Loading the keys of every organisation…</source>
        <translation>Chargement des clés de toutes les organisations…</translation>
    </message>
    <message>
        <source>No organisation has any API key yet, or none could be listed.</source>
        <translation>Aucune organisation n’a encore de clé API, ou leurs clés n’ont pas pu être listées.</translation>
    </message>
</context>
<context>
    <name>keydesk::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>keydesk::FileLeakScan</name>
    <message>
        <source>a FIFO</source>
        <translation>une FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>would block: not read</source>
        <translation>bloquerait&#xa0;: non lu</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, non ouvert</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible à ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed while it was scanned: not read</source>
        <translation>modifié pendant l’analyse&#xa0;: non lu</translation>
    </message>
    <message>
        <source>changed while it was scanned: the results may be incomplete</source>
        <translation>modifié pendant l’analyse&#xa0;: les résultats peuvent être incomplets</translation>
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
        <translation>Acquitté.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Acquitté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revokes “%1” on the server, after a confirmation</source>
        <translation>Révoque «&#xa0;%1&#xa0;» sur le serveur, après confirmation</translation>
    </message>
    <message>
        <source>Sorts the keys by last use, least used first, to find the keys no longer needed</source>
        <translation>Trie les clés par dernière utilisation, les moins utilisées d’abord, pour trouver celles qui ne servent plus</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Keeps this finding out of the counts, with a note, for good or until a date</source>
        <translation>Exclut ce constat des décomptes, avec une note, définitivement ou jusqu’à une date</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraws the acknowledgement: the finding counts again</source>
        <translation>Retire l’acquittement&#xa0;: le constat compte de nouveau</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (renouvelée)</translation>
    </message>
    <message>
        <source>Show least used keys</source>
        <translation>Afficher les clés les moins utilisées</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Set an expiry by rotating…</source>
        <translation>Fixer une expiration en renouvelant…</translation>
    </message>
    <message>
        <source>Rotates “%1”: KeyDesk creates its successor, then revokes this key once the new one is in use and this one has gone quiet.</source>
        <translation>Renouvelle « %1 » : KeyDesk crée sa remplaçante, puis révoque cette clé une fois que la nouvelle est en service et que celle-ci n’est plus utilisée.</translation>
    </message>
</context>
<context>
    <name>keydesk::GitBatchPipe</name>
    <message>
        <source>git could not be started: %1</source>
        <translation>git n’a pas pu être lancé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::GitCommand</name>
    <message>
        <source>git is not installed: the history was not scanned</source>
        <translation>git n’est pas installé&#xa0;: l’historique n’a pas été analysé</translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation>git n’a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>git failed (exit code %1)</source>
        <translation>git a échoué (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>keydesk::HandoffStore</name>
    <message>
        <source>The list of pending key handoffs (%1) cannot be read: %2</source>
        <translation>La liste des remises de clés en attente (%1) ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The list of pending key handoffs was damaged and has been set aside as %1. Keys created earlier may still be in the keychain.</source>
        <translation>La liste des remises de clés en attente était endommagée et a été mise de côté sous %1. Les clés créées auparavant sont peut-être encore dans le trousseau.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) is damaged and could not be set aside; it will be replaced when the next key is created.</source>
        <translation>La liste des remises de clés en attente (%1) est endommagée et n’a pas pu être mise de côté&#xa0;; elle sera remplacée à la création de la prochaine clé.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) cannot be saved: %2</source>
        <translation>La liste des remises de clés en attente (%1) ne peut pas être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another KeyDesk (process %1) is writing the list of pending key handoffs (%2). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Une autre instance de KeyDesk (processus %1) est en train d’écrire la liste des remises de clés en attente (%2). Rien n’est perdu&#xa0;: la modification est conservée et sera enregistrée dès que la liste sera libre.</translation>
    </message>
    <message>
        <source>Another KeyDesk is writing the list of pending key handoffs (%1). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Une autre instance de KeyDesk est en train d’écrire la liste des remises de clés en attente (%1). Rien n’est perdu&#xa0;: la modification est conservée et sera enregistrée dès que la liste sera libre.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>son fichier de verrou %1 ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>keydesk::HealthPanel</name>
    <message>
        <source>Critical (%1)</source>
        <translation>Critique (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Avertissement (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Info (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Acquittés (%1)</translation>
    </message>
    <message>
        <source>No findings: nothing needs doing here.</source>
        <translation>Aucun constat&#xa0;: rien à faire ici.</translation>
    </message>
    <message>
        <source>No open findings: only acknowledged ones.</source>
        <translation>Aucun constat ouvert&#xa0;: uniquement des constats acquittés.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding needs attention.</source>
        <translation>
            <numerusform>%n constat demande votre attention.</numerusform>
            <numerusform>%n constats demandent votre attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings need attention, worst first.</source>
        <translation>
            <numerusform>%n constat demande votre attention.</numerusform>
            <numerusform>%n constats demandent votre attention, les plus graves d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::HistoryLeakScan</name>
    <message>
        <source>not in a git repository: %1</source>
        <translation>pas dans un dépôt git&#xa0;: %1</translation>
    </message>
    <message>
        <source>blob %1 (%2) is missing: the repository is damaged</source>
        <translation>le blob %1 (%2) est manquant&#xa0;: le dépôt est endommagé</translation>
    </message>
    <message>
        <source>git cat-file stopped before the end: the repository may be damaged</source>
        <translation>git cat-file s’est arrêté avant la fin&#xa0;: le dépôt est peut-être endommagé</translation>
    </message>
    <message>
        <source>shallow clone: the commits before its cut-off were not scanned</source>
        <translation>clone superficiel&#xa0;: les commits antérieurs à sa limite n’ont pas été analysés</translation>
    </message>
    <message>
        <source>the history cannot be read: %1</source>
        <translation>l’historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the index cannot be read: %1</source>
        <translation>l’index ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryExportCommand</name>
    <message>
        <source>Export the Inventory</source>
        <translation>Exporter l’inventaire</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>L’inventaire n’a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory could not be written to %1: %2</source>
        <translation>L’inventaire n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryPanels</name>
    <message>
        <source>Key Details</source>
        <translation>Détails de la clé</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <source>&amp;Track a Key…</source>
        <translation>&amp;Suivre une clé…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Shows what KeyDesk did: creates, revokes, handoffs, profile changes</source>
        <translation>Affiche ce que KeyDesk a fait&#xa0;: créations, révocations, remises, modifications de profils</translation>
    </message>
    <message>
        <source>Adds a key made in the %1 dashboard to the inventory, after verifying it</source>
        <translation>Ajoute à l’inventaire une clé créée dans le tableau de bord de %1, après l’avoir vérifiée</translation>
    </message>
    <message>
        <source>Only for Trust Leads organisations, which list no keys</source>
        <translation>Uniquement pour les organisations Trust Leads, qui ne listent pas leurs clés</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryWorker</name>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long. This change was not recorded.</source>
        <translation>L’inventaire est occupé&#xa0;: une autre instance de KeyDesk le bloque depuis trop longtemps. Cette modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long.</source>
        <translation>L’inventaire est occupé&#xa0;: une autre instance de KeyDesk le bloque depuis trop longtemps.</translation>
    </message>
    <message>
        <source>The inventory refused this request (%1).</source>
        <translation>L’inventaire a refusé cette requête (%1).</translation>
    </message>
    <message>
        <source>The inventory could not be read (%1).</source>
        <translation>L’inventaire n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>Nothing was recorded: the listing names no organisation.</source>
        <translation>Rien n’a été enregistré&#xa0;: la liste n’indique aucune organisation.</translation>
    </message>
    <message>
        <source>Nothing was logged: the entry names no action.</source>
        <translation>Rien n’a été journalisé&#xa0;: l’entrée n’indique aucune action.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the inventory keeps only a key&apos;s SHA-256 fingerprint, masked identifier and last 4 characters, for a named organisation and key.</source>
        <translation>Rien n’a été enregistré&#xa0;: l’inventaire ne conserve d’une clé que son empreinte SHA-256, son identificateur masqué et ses 4 derniers caractères, pour une organisation et une clé nommées.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the acknowledgement names no organisation.</source>
        <translation>Rien n’a été enregistré&#xa0;: l’acquittement n’indique aucune organisation.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the rotation names no organisation.</source>
        <translation>Rien n’a été enregistré&#xa0;: le renouvellement n’indique aucune organisation.</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyCommands</name>
    <message>
        <source>Add an organisation first.</source>
        <translation>Ajoutez d’abord une organisation.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API.</source>
        <translation>%1 ne documente aucune API de gestion des clés.</translation>
    </message>
    <message>
        <source>Copied the identifier %1.</source>
        <translation>Identificateur %1 copié.</translation>
    </message>
    <message>
        <source>Copied the key id %1.</source>
        <translation>ID de clé %1 copié.</translation>
    </message>
    <message>
        <source>Choose an organisation to create a key</source>
        <translation>Choisissez une organisation pour créer une clé</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDelivery</name>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 n’est pas installé (introuvable dans le PATH).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>The keychain already holds an entry &apos;%1&apos; for &apos;%2&apos;; nothing was overwritten.</source>
        <translation>Le trousseau contient déjà une entrée &apos;%1&apos; pour &apos;%2&apos;&#xa0;; rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing to the keychain…</source>
        <translation>Écriture dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain refused the entry: %1</source>
        <translation>Le trousseau a refusé l’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Relecture…</translation>
    </message>
    <message>
        <source>The entry was written but could not be read back: %1</source>
        <translation>L’entrée a été écrite mais n’a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>read back from the keychain</source>
        <translation>relue dans le trousseau</translation>
    </message>
    <message>
        <source>pass already has an entry &apos;%1&apos;; nothing was overwritten.</source>
        <translation>pass contient déjà une entrée &apos;%1&apos;&#xa0;; rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Running pass insert…</source>
        <translation>Exécution de pass insert…</translation>
    </message>
    <message>
        <source>Reading it back with pass show…</source>
        <translation>Relecture avec pass show…</translation>
    </message>
    <message>
        <source>The entry was stored, but %1</source>
        <translation>L’entrée a été stockée, mais %1</translation>
    </message>
    <message>
        <source>read back with pass show</source>
        <translation>relue avec pass show</translation>
    </message>
    <message>
        <source>The database password must not contain a line break.</source>
        <translation>Le mot de passe de la base de données ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The KeePassXC database &apos;%1&apos; does not exist.</source>
        <translation>La base de données KeePassXC &apos;%1&apos; n’existe pas.</translation>
    </message>
    <message>
        <source>Running keepassxc-cli add…</source>
        <translation>Exécution de keepassxc-cli add…</translation>
    </message>
    <message>
        <source>The database password is wrong.</source>
        <translation>Le mot de passe de la base de données est incorrect.</translation>
    </message>
    <message>
        <source>The entry already exists (nothing was overwritten) or its group does not.</source>
        <translation>L’entrée existe déjà (rien n’a été écrasé) ou son groupe n’existe pas.</translation>
    </message>
    <message>
        <source>Reading it back with keepassxc-cli show…</source>
        <translation>Relecture avec keepassxc-cli show…</translation>
    </message>
    <message>
        <source>read back with keepassxc-cli show</source>
        <translation>relue avec keepassxc-cli show</translation>
    </message>
    <message>
        <source>No command template &apos;%1&apos; is saved for this profile.</source>
        <translation>Aucun modèle de commande &apos;%1&apos; n’est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>the command exited with status 0; its destination cannot be read back, so delivery counts on that exit status</source>
        <translation>la commande s’est terminée avec le statut 0&#xa0;; sa destination ne peut pas être relue, la transmission repose donc sur ce statut de sortie</translation>
    </message>
    <message>
        <source>What was %1 is not the key (the SHA-256 fingerprints differ).</source>
        <translation>Ce qui a été %1 n’est pas la clé (les empreintes SHA-256 diffèrent).</translation>
    </message>
    <message>
        <source>stored and %1: the SHA-256 fingerprints match</source>
        <translation>stockée et %1&#xa0;: les empreintes SHA-256 correspondent</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n seconds and was stopped.</source>
        <translation>
            <numerusform>%1 ne s’est pas terminé en %n seconde et a été arrêté.</numerusform>
            <numerusform>%1 ne s’est pas terminé en %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 s’est terminé avec le statut %2.</translation>
    </message>
    <message>
        <source>[key redacted]</source>
        <translation>[clé masquée]</translation>
    </message>
    <message>
        <source>[password redacted]</source>
        <translation>[mot de passe masqué]</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDetailsPane</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificateur&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créée par&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Usage count:</source>
        <translation>Nombre d’utilisations&#xa0;:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Première observation&#xa0;:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Dernière observation&#xa0;:</translation>
    </message>
    <message>
        <source>Usage over the last:</source>
        <translation>Utilisation sur la période&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>All</source>
        <comment>time range</comment>
        <translation>Tout l’historique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Aucune clé sélectionnée</translation>
    </message>
    <message>
        <source>%1 does not report this</source>
        <translation>%1 ne fournit pas cette information</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>not shown by %1</source>
        <translation>non communiqué par %1</translation>
    </message>
    <message>
        <source>%1, no longer listed since %2</source>
        <translation>%1, absente de la liste depuis le %2</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not in the inventory yet</source>
        <translation>pas encore dans l’inventaire</translation>
    </message>
    <message>
        <source>Select a key to see its details and usage over time.</source>
        <translation>Sélectionnez une clé pour voir ses détails et l’évolution de son utilisation.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <source>%1 reports no usage per key: KeyDesk can show only whether the key is accepted.</source>
        <translation>%1 ne fournit pas d’utilisation par clé&#xa0;: KeyDesk peut seulement indiquer si la clé est acceptée.</translation>
    </message>
    <message>
        <source>No history yet: KeyDesk records this key&apos;s usage at every refresh.</source>
        <translation>Pas encore d’historique&#xa0;: KeyDesk enregistre l’utilisation de cette clé à chaque actualisation.</translation>
    </message>
    <message>
        <source>Uses seen per hour</source>
        <translation>Utilisations constatées par heure</translation>
    </message>
    <message>
        <source>Uses seen per week</source>
        <translation>Utilisations constatées par semaine</translation>
    </message>
    <message>
        <source>Uses seen per day</source>
        <translation>Utilisations constatées par jour</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Nombre d’utilisations</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyFlows</name>
    <message>
        <source>No connection is selected.</source>
        <translation>Aucune connexion n’est sélectionnée.</translation>
    </message>
    <message>
        <source>%1 documents no endpoint for creating keys: create them in its dashboard.</source>
        <translation>%1 ne documente aucun point d’accès pour créer des clés&#xa0;: créez-les dans son tableau de bord.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.</source>
        <translation>%1 clés actives sur %2 sont utilisées, le maximum autorisé par %3. Révoquez une clé pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys in use</source>
        <translation>%1 clés actives sur %2 utilisées</translation>
    </message>
    <message>
        <source>Keychain Entry Not Removed</source>
        <translation>Entrée du trousseau non supprimée</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>La clé n’a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending, so you can finish the handoff later.</source>
        <translation>Elle reste listée comme en attente&#xa0;: vous pourrez terminer la remise plus tard.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>The pending key cannot be read from the keychain: %1</source>
        <translation>La clé en attente ne peut pas être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending; try again when the keychain is available.</source>
        <translation>Elle reste listée comme en attente&#xa0;; réessayez quand le trousseau sera disponible.</translation>
    </message>
    <message>
        <source>Pending Key Lost</source>
        <translation>Clé en attente perdue</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key “%1” (%2).</source>
        <translation>Le trousseau ne contient plus la clé «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Its secret cannot be shown again, so the key should be revoked (and a new one created if you still need it). Remove it from the list of pending keys?</source>
        <translation>Son secret ne peut plus être affiché&#xa0;: il faut donc révoquer la clé (et en créer une nouvelle si vous en avez encore besoin). La retirer de la liste des clés en attente&#xa0;?</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove from the list of pending keys</source>
        <translation>Retirer de la liste des clés en attente</translation>
    </message>
    <message>
        <source>Keep Listed</source>
        <translation>Garder dans la liste</translation>
    </message>
    <message>
        <source>Keep listed</source>
        <translation>Garder dans la liste</translation>
    </message>
    <message>
        <source>the connection to this organisation was closed</source>
        <translation>la connexion à cette organisation a été fermée</translation>
    </message>
    <message>
        <source>The connection to this organisation was closed.</source>
        <translation>La connexion à cette organisation a été fermée.</translation>
    </message>
    <message>
        <source>“%1” (%2) was not revoked: %3</source>
        <translation>«&#xa0;%1&#xa0;» (%2) n’a pas été révoquée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Kept in the keychain for a later handoff.</source>
        <translation>Conservée dans le trousseau pour une remise ultérieure.</translation>
    </message>
    <message>
        <source>A copy stays in the keychain.</source>
        <translation>Une copie reste dans le trousseau.</translation>
    </message>
    <message>
        <source>Left by a create whose answer was lost.</source>
        <translation>Laissée par une création dont la réponse a été perdue.</translation>
    </message>
    <message>
        <source>Emergency Rotation</source>
        <translation>Renouvellement d’urgence</translation>
    </message>
    <message>
        <source>Revoke the leaked key right after its successor exists?</source>
        <translation>Révoquer la clé divulguée dès que sa remplaçante existe ?</translation>
    </message>
    <message>
        <source>Rotate and Revoke</source>
        <translation>Renouveler et révoquer</translation>
    </message>
    <message>
        <source>The key to make room was not revoked: %1</source>
        <translation>La clé qui devait libérer de la place n’a pas été révoquée : %1</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>Le renouvellement n’a pas été lancé : %1</translation>
    </message>
    <message>
        <source>New Key Not Verified</source>
        <translation>Nouvelle clé non vérifiée</translation>
    </message>
    <message>
        <source>Revoke the Old Key Now</source>
        <translation>Révoquer l’ancienne clé maintenant</translation>
    </message>
    <message>
        <source>Revoke “%1” now, before its quiet period has passed?</source>
        <translation>Révoquer « %1 » maintenant, avant la fin de sa période d’inactivité ?</translation>
    </message>
    <message>
        <source>The new key “%1” is in use. Anything still using “%2” fails at once.</source>
        <translation>La nouvelle clé « %1 » est en service. Tout ce qui utilise encore « %2 » échouera immédiatement.</translation>
    </message>
    <message>
        <source>The new key “%1” has not been seen in use yet: every integration still using “%2” fails at once, and nothing shows that it has moved to the new key.</source>
        <translation>La nouvelle clé « %1 » n’a pas encore été vue en service : toutes les intégrations qui utilisent encore « %2 » échoueront immédiatement, et rien n’indique qu’elles soient passées à la nouvelle clé.</translation>
    </message>
    <message>
        <source>Revoke Now</source>
        <translation>Révoquer maintenant</translation>
    </message>
    <message>
        <source>Revoke Anyway</source>
        <translation>Révoquer quand même</translation>
    </message>
    <message>
        <source>Old Key Not Revoked</source>
        <translation>Ancienne clé non révoquée</translation>
    </message>
    <message>
        <source>Cancel Rotation</source>
        <translation>Annuler le renouvellement</translation>
    </message>
    <message>
        <source>Stop rotating “%1”?</source>
        <translation>Arrêter le renouvellement de « %1 » ?</translation>
    </message>
    <message>
        <source>Both keys stay active; KeyDesk no longer revokes the old one.</source>
        <translation>Les deux clés restent actives ; KeyDesk ne révoquera plus l’ancienne.</translation>
    </message>
    <message>
        <source>Also revoke the new key “%1”</source>
        <translation>Révoquer aussi la nouvelle clé « %1 »</translation>
    </message>
    <message>
        <source>Keep Rotating</source>
        <translation>Poursuivre le renouvellement</translation>
    </message>
    <message>
        <source>Rotation Not Cancelled</source>
        <translation>Renouvellement non annulé</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableLayout</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>%1 (not reported by %2)</source>
        <translation>%1 (non communiqué par %2)</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableModel</name>
    <message>
        <source>%1 · pending handoff</source>
        <translation>%1 · remise en attente</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
    <message>
        <source>Pending handoff: the full key is kept in the keychain until you hand it off (select the key and choose Hand Off Pending Key).</source>
        <translation>Remise en attente&#xa0;: la clé complète est conservée dans le trousseau jusqu’à ce que vous la remettiez (sélectionnez la clé et choisissez «&#xa0;Remettre la clé en attente&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 does not show an identifier for keys; the key id is %2.</source>
        <translation>%1 n’affiche pas d’identificateur pour les clés&#xa0;; l’ID de la clé est %2.</translation>
    </message>
    <message>
        <source>%1 does not report this.</source>
        <translation>%1 ne communique pas cette information.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation>Cette clé n’expire pas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Nombre d’utilisations</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>%1 does not report this column.</source>
        <translation>%1 ne fournit pas cette colonne.</translation>
    </message>
    <message>
        <source>%1 · not refreshed</source>
        <translation>%1 · non actualisée</translation>
    </message>
    <message>
        <source>%1: the last known record from the inventory; this organisation&apos;s list has not answered or failed (see the message above the table).</source>
        <translation>%1&#xa0;: le dernier enregistrement connu de l’inventaire&#xa0;; la demande de liste de cette organisation est restée sans réponse ou a échoué (voir le message au-dessus du tableau).</translation>
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
        <translation>libsecret-1.so.0 n’est pas installé (paquet Debian/Ubuntu libsecret-1-0)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n ms.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n ms.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainSecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakIgnoreList</name>
    <message>
        <source>The ignore file %1 cannot be read: %2</source>
        <translation>Le fichier d’exclusion %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The ignore file %1 is larger than 1 MiB.</source>
        <translation>Le fichier d’exclusion %1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file does not start with a fingerprint (64 hex digits, as &apos;scan --json&apos; prints it).</source>
        <translation>La ligne %1 du fichier d’exclusion ne commence pas par une empreinte (64 chiffres hexadécimaux, comme l’affiche &apos;scan --json&apos;).</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file gives no reason after the fingerprint.</source>
        <translation>La ligne %1 du fichier d’exclusion n’indique aucune raison après l’empreinte.</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakResultModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScan</name>
    <message>
        <source>the earlier scans are not known: %1</source>
        <translation>les analyses précédentes ne sont pas connues&#xa0;: %1</translation>
    </message>
    <message>
        <source>the scan could not be remembered: %1</source>
        <translation>l’analyse n’a pas pu être mémorisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScanDialog</name>
    <message>
        <source>Every blob reachable from every branch, tag, stash and reflog entry of each folder&apos;s git repository: a key committed and deleted later is found.</source>
        <translation>Chaque blob accessible depuis chaque branche, tag, stash et entrée du reflog du dépôt git de chaque dossier : une clé commitée puis supprimée est trouvée.</translation>
    </message>
    <message>
        <source>Files whose first 8 KiB hold a NUL byte are skipped unless this is on.</source>
        <translation>Les fichiers dont les 8 premiers Kio contiennent un octet NUL sont ignorés, sauf si cette option est activée.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non lancée</translation>
    </message>
    <message>
        <source>Add the folders of your projects, then Start. Nothing is sent anywhere: found keys are matched against this computer&apos;s inventory.</source>
        <translation>Ajoutez les dossiers de vos projets, puis Démarrer. Rien n’est envoyé nulle part : les clés trouvées sont comparées à l’inventaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>Ajouter un dossier à analyser</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>le dossier n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>Add a folder to scan first.</source>
        <translation>Ajoutez d’abord un dossier à analyser.</translation>
    </message>
    <message>
        <source>None of the folders exists.</source>
        <translation>Aucun des dossiers n’existe.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non lancée : %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n folder(s)…</source>
        <translation>
            <numerusform>Analyse de %n dossier…</numerusform>
            <numerusform>Analyse de %n dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the scan…</source>
        <translation>Arrêt de l’analyse…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 at %2/s — %3</source>
        <translation>
            <numerusform>%n fichier, %1 à %2/s — %3</numerusform>
            <numerusform>%n fichiers, %1 à %2/s — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and blob(s), %1</source>
        <translation>
            <numerusform>%n fichier ou blob, %1</numerusform>
            <numerusform>%n fichiers et blobs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n key(s) found before it stopped.</source>
        <translation>
            <numerusform>Annulée : %n clé trouvée avant l’arrêt.</numerusform>
            <numerusform>Annulée : %n clés trouvées avant l’arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key found.</source>
        <translation>Aucune clé trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found, %1 of them live or unknown: revoke or rotate a live key at once.</source>
        <translation>
            <numerusform>%n clé trouvée, dont %1 active ou inconnue : révoquez ou renouvelez immédiatement une clé active.</numerusform>
            <numerusform>%n clés trouvées, dont %1 actives ou inconnues : révoquez ou renouvelez immédiatement une clé active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by .keydesk-ignore.</source>
        <translation>
            <numerusform>%n exclue par .keydesk-ignore.</numerusform>
            <numerusform>%n exclues par .keydesk-ignore.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ignore entry %1… matches no key found: it can be removed.</source>
        <translation>L’entrée d’exclusion %1… ne correspond à aucune clé trouvée : elle peut être supprimée.</translation>
    </message>
    <message>
        <source>The inventory could not be read or written (%1): keys are shown as unknown.</source>
        <translation>L’inventaire n’a pas pu être lu ou écrit (%1) : les clés sont affichées comme inconnues.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the first: %1: %2</source>
        <translation>
            <numerusform>%n problème : %1 : %2</numerusform>
            <numerusform>%n problèmes, le premier : %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Select a key found.</source>
        <translation>Sélectionnez une clé trouvée.</translation>
    </message>
    <message>
        <source>This key is not in the inventory: revoke it where it was made.</source>
        <translation>Cette clé n’est pas dans l’inventaire : révoquez-la là où elle a été créée.</translation>
    </message>
    <message>
        <source>This key is no longer active.</source>
        <translation>Cette clé n’est plus active.</translation>
    </message>
    <message>
        <source>Needs the inventory.</source>
        <translation>Nécessite l’inventaire.</translation>
    </message>
    <message>
        <source>Revoke “%1” (asks first)</source>
        <translation>Révoquer « %1 » (après confirmation)</translation>
    </message>
    <message>
        <source>Create a successor of “%1”, then revoke the old key</source>
        <translation>Créer une remplaçante de « %1 », puis révoquer l’ancienne clé</translation>
    </message>
    <message>
        <source>Writes the key&apos;s fingerprint and your reason to the folder&apos;s .keydesk-ignore: later scans leave this key out, wherever it moves.</source>
        <translation>Écrit l’empreinte de la clé et votre raison dans le fichier .keydesk-ignore du dossier : les analyses suivantes excluent cette clé, où qu’elle se déplace.</translation>
    </message>
    <message>
        <source>Ignore This Key</source>
        <translation>Ignorer cette clé</translation>
    </message>
    <message>
        <source>Why may %1 stay where it is? The reason and the key&apos;s fingerprint (never the key) are written to %2.</source>
        <translation>Pourquoi %1 peut-elle rester où elle est ? La raison et l’empreinte de la clé (jamais la clé) sont écrites dans %2.</translation>
    </message>
    <message>
        <source>test fixture, not a real key</source>
        <translation>donnée de test, pas une vraie clé</translation>
    </message>
    <message>
        <source>Not ignored: a reason is needed.</source>
        <translation>Non ignorée : une raison est nécessaire.</translation>
    </message>
    <message>
        <source>Not ignored: cannot write %1: %2</source>
        <translation>Non ignorée : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is ignored from now on (%2).</source>
        <translation>%1 est désormais ignorée (%2).</translation>
    </message>
</context>
<context>
    <name>keydesk::LostKeyDialog</name>
    <message>
        <source>It is not known whether the key “%1” was created.</source>
        <translation>On ne sait pas si la clé «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>The server may have created the key, but its answer was lost on the way. The key&apos;s secret was in that answer, so it can never be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Le serveur a peut-être créé la clé, mais sa réponse s’est perdue en route. Le secret de la clé figurait dans cette réponse&#xa0;: il ne pourra donc jamais être affiché. KeyDesk recherche la clé pour que vous puissiez la révoquer.</translation>
    </message>
    <message>
        <source>The server answered, but its answer could not be read. It may have created the key; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Le serveur a répondu, mais sa réponse n’a pas pu être lue. Il a peut-être créé la clé&#xa0;; le secret de la clé ne peut pas être affiché. KeyDesk recherche la clé pour que vous puissiez la révoquer.</translation>
    </message>
    <message>
        <source>&amp;Revoke It Now</source>
        <translation>&amp;Révoquer maintenant</translation>
    </message>
    <message>
        <source>&amp;Leave It</source>
        <translation>&amp;Laisser</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Look for the key again</source>
        <translation>Rechercher à nouveau la clé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for “%1” in the list of keys…</source>
        <translation>Recherche de «&#xa0;%1&#xa0;» dans la liste des clés…</translation>
    </message>
    <message>
        <source>KeyDesk could not look for the key, so a key nobody can use may still exist.</source>
        <translation>KeyDesk n’a pas pu rechercher la clé&#xa0;: une clé que personne ne peut utiliser existe donc peut-être encore.</translation>
    </message>
    <message>
        <source>The list of keys could not be read: %1</source>
        <translation>La liste des clés n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No new key named “%1” was found: the server did not create it. Nothing to do. Refresh the list of keys if it still looks out of date.</source>
        <translation>Aucune nouvelle clé nommée «&#xa0;%1&#xa0;» n’a été trouvée&#xa0;: le serveur ne l’a pas créée. Rien à faire. Actualisez la liste des clés si elle semble encore obsolète.</translation>
    </message>
    <message>
        <source>The server did create the key. Nobody can use it, because its secret is lost: revoke it now, then create a new one if you still need it.</source>
        <translation>Le serveur a bien créé la clé. Personne ne peut l’utiliser, car son secret est perdu&#xa0;: révoquez-la maintenant, puis créez-en une nouvelle si vous en avez encore besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named “%1” were created around that time. Only one of them is the key whose answer was lost; the others may belong to someone else. Check the ones to revoke.</source>
        <translation>
            <numerusform>%n clé nommée «&#xa0;%1&#xa0;» a été créée vers cette heure-là. Une seule d’entre elles est la clé dont la réponse s’est perdue&#xa0;; les autres appartiennent peut-être à quelqu’un d’autre. Cochez celles à révoquer.</numerusform>
            <numerusform>%n clés nommées «&#xa0;%1&#xa0;» ont été créées vers cette heure-là. Une seule d’entre elles est la clé dont la réponse s’est perdue&#xa0;; les autres appartiennent peut-être à quelqu’un d’autre. Cochez celles à révoquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected</source>
        <translation>&amp;Révoquer la sélection</translation>
    </message>
    <message>
        <source>Revoke the checked keys</source>
        <translation>Révoquer les clés cochées</translation>
    </message>
    <message>
        <source>Revoke the key now</source>
        <translation>Révoquer la clé maintenant</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Les laisser</translation>
    </message>
    <message>
        <source>Leave the keys active</source>
        <translation>Laisser les clés actives</translation>
    </message>
    <message>
        <source>Leave the key active</source>
        <translation>Laisser la clé active</translation>
    </message>
    <message>
        <source>%1, %2, created %3</source>
        <translation>%1, %2, création&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation>Cause&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of the new key. It may have created the key first; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Le serveur a répondu par une redirection vers %1 au lieu de la nouvelle clé. Il a peut-être d’abord créé la clé&#xa0;; le secret de la clé ne peut pas être affiché. KeyDesk recherche la clé pour que vous puissiez la révoquer.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so KeyDesk cannot tell whether the server created “%1”. Any key shown here may be the one whose answer was lost; the others may belong to someone else. Check the ones to revoke, or leave them and check the list of keys yourself.</source>
        <translation>La liste des clés n’indique pas quand les clés ont été créées&#xa0;: KeyDesk ne peut donc pas savoir si le serveur a créé «&#xa0;%1&#xa0;». Chacune des clés affichées ici peut être celle dont la réponse s’est perdue&#xa0;; les autres appartiennent peut-être à quelqu’un d’autre. Cochez celles à révoquer, ou laissez-les et vérifiez vous-même la liste des clés.</translation>
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
        <translation>KeyDesk — Démo</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <source>Filter keys (%1)</source>
        <translation>Filtrer (%1)</translation>
    </message>
    <message>
        <source>Shows the keys whose name, identifier or status contain every word typed here</source>
        <translation>Affiche les clés dont le nom, l’identificateur ou l’état contient chaque mot saisi ici</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key to %1.</source>
        <translation>
            <numerusform>%n clé exportée vers %1.</numerusform>
            <numerusform>%n clés exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n keys to %1.</source>
        <translation>
            <numerusform>%n clé exportée vers %1.</numerusform>
            <numerusform>%n clés exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 documents no key-management API: these are the keys KeyDesk tracks for it, as of %2.</source>
        <translation>%1 ne documente aucune API de gestion des clés&#xa0;: voici les clés que KeyDesk suit pour ce service, telles qu’elles étaient %2.</translation>
    </message>
    <message>
        <source>The keys could not be listed: the table shows the last known keys (as of %1). Creating and revoking keys need the server.</source>
        <translation>Les clés n’ont pas pu être listées&#xa0;: le tableau affiche les dernières clés connues (listées %1). La création et la révocation de clés nécessitent le serveur.</translation>
    </message>
    <message>
        <source>The table shows the last known keys (as of %1) until the server answers.</source>
        <translation>Le tableau affiche les dernières clés connues (listées %1) jusqu’à ce que le serveur réponde.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: the keys of “%2” are revoked in its dashboard.</source>
        <translation>%1 ne documente aucune API de gestion des clés&#xa0;: les clés de «&#xa0;%2&#xa0;» se révoquent dans son tableau de bord.</translation>
    </message>
    <message>
        <source>The keys of “%1” are the last known ones until its server answers: revoking needs the server.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» sont les dernières connues jusqu’à ce que son serveur réponde&#xa0;: la révocation nécessite le serveur.</translation>
    </message>
    <message>
        <source>“%1” has gone quiet and can be revoked: select it and use Revoke Now in its rotation timeline.</source>
        <translation>« %1 » n’est plus utilisée et peut être révoquée : sélectionnez-la et utilisez Révoquer maintenant dans la chronologie de son renouvellement.</translation>
    </message>
    <message>
        <source>ready to revoke</source>
        <translation>prête pour la révocation</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>en renouvellement</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>nouvelle clé</translation>
    </message>
</context>
<context>
    <name>keydesk::MemorySecretStore</name>
    <message>
        <source>No entry &quot;%1&quot; in this session&apos;s memory.</source>
        <translation>Aucune entrée &quot;%1&quot; dans la mémoire de cette session.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>keydesk::NotificationService</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Snooze a day</source>
        <translation>Reporter d’un jour</translation>
    </message>
</context>
<context>
    <name>keydesk::PendingBadges</name>
    <message numerus="yes">
        <source>%n key waits for handoff</source>
        <translation>
            <numerusform>%n clé en attente de remise</numerusform>
            <numerusform>%n clés en attente de remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys wait for handoff</source>
        <translation>
            <numerusform>%n clé en attente de remise</numerusform>
            <numerusform>%n clés en attente de remise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::PreferencesDialog</name>
    <message>
        <source>Apply preferences</source>
        <translation>Appliquer les préférences</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>KeyDesk connects to one organisation per profile. The credential is kept in the system keychain, never in a file.</source>
        <translation>KeyDesk se connecte à une organisation par profil. Les identifiants sont conservés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Enregistrer l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Modifier l’organisation — %1</translation>
    </message>
    <message>
        <source>The name identifies the keychain entries of this organisation and cannot be changed. Add a new organisation to use another name.</source>
        <translation>Le nom identifie les entrées du trousseau de cette organisation et ne peut pas être modifié. Ajoutez une nouvelle organisation pour utiliser un autre nom.</translation>
    </message>
    <message>
        <source>The JWT session token of a dashboard login. LeadHQL manages keys only with a session token, never with an API key.</source>
        <translation>Le jeton de session JWT d’une connexion au tableau de bord. LeadHQL ne gère les clés qu’avec un jeton de session, jamais avec une clé API.</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>An API key of the organisation: ll_ followed by 64 hexadecimal characters.</source>
        <translation>Une clé API de l’organisation&#xa0;: ll_ suivi de 64 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>ll_…</source>
        <translation>ll_…</translation>
    </message>
    <message>
        <source>A Trust Leads API key (lfk_sk_…). Trust Leads documents no key-management API: KeyDesk can check the key but not list, create or revoke keys.</source>
        <translation>Une clé API Trust Leads (lfk_sk_…). Trust Leads ne documente aucune API de gestion des clés&#xa0;: KeyDesk peut vérifier la clé, mais pas lister, créer ni révoquer de clés.</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored credential.</source>
        <translation>Laissez vide pour conserver les identifiants stockés.</translation>
    </message>
    <message>
        <source>Trust Leads accepts its keys in either header.</source>
        <translation>Trust Leads accepte ses clés dans l’un ou l’autre en-tête.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only as “Authorization: Bearer”.</source>
        <translation>%1 n’accepte les identifiants que sous la forme «&#xa0;Authorization: Bearer&#xa0;».</translation>
    </message>
    <message>
        <source>This is a LeadHQL API key (leadhql_pk_…). LeadHQL lists, creates and revokes keys only for a logged-in user: log in to the LeadHQL dashboard, copy the session token (a JWT) and paste it here.</source>
        <translation>Ceci est une clé API LeadHQL (leadhql_pk_…). LeadHQL ne liste, ne crée et ne révoque des clés que pour un utilisateur connecté&#xa0;: connectez-vous au tableau de bord LeadHQL, copiez le jeton de session (un JWT) et collez-le ici.</translation>
    </message>
    <message>
        <source>This does not look like a session token: a JWT has three parts separated by dots.</source>
        <translation>Ceci ne ressemble pas à un jeton de session&#xa0;: un JWT comporte trois parties séparées par des points.</translation>
    </message>
    <message>
        <source>The session token carries no expiry date.</source>
        <translation>Le jeton de session ne comporte pas de date d’expiration.</translation>
    </message>
    <message>
        <source>This session token expired on %1 (%2). Log in to the LeadHQL dashboard again and paste the new token.</source>
        <translation>Ce jeton de session a expiré le %1 (%2). Reconnectez-vous au tableau de bord LeadHQL et collez le nouveau jeton.</translation>
    </message>
    <message>
        <source>Session token expires on %1 (%2).</source>
        <translation>Le jeton de session expire le %1 (%2).</translation>
    </message>
    <message>
        <source>KeyDesk will ask for a new token when it lapses; a fresh login gives a longer-lived one.</source>
        <translation>KeyDesk demandera un nouveau jeton à son expiration&#xa0;; une nouvelle connexion en fournit un valable plus longtemps.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>This looks like a %1 key, not a %2 credential.</source>
        <translation>Ceci ressemble à une clé %1, pas à des identifiants %2.</translation>
    </message>
    <message>
        <source>An organisation named “%1” already exists.</source>
        <translation>Une organisation nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Paste the credential: KeyDesk needs it to list and manage the keys.</source>
        <translation>Collez les identifiants&#xa0;: KeyDesk en a besoin pour lister et gérer les clés.</translation>
    </message>
    <message>
        <source>You can use the credential for this session only: KeyDesk then keeps it in memory until you quit and never writes it to disk.</source>
        <translation>Vous pouvez utiliser les identifiants uniquement pour cette session&#xa0;: KeyDesk les garde alors en mémoire jusqu’à ce que vous quittiez et ne les écrit jamais sur le disque.</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>L’organisation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Paste the credential first.</source>
        <translation>Collez d’abord les identifiants.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>No credential is stored: paste one.</source>
        <translation>Aucun identifiant n’est stocké&#xa0;: collez-en.</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>Connecté&#xa0;: le service a accepté la clé.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n key listed.</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n clé listée.</numerusform>
            <numerusform>Connecté&#xa0;: %n clés listées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n keys listed.</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n clé listée.</numerusform>
            <numerusform>Connecté&#xa0;: %n clés listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation>Choisir un fichier de certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileEditor</name>
    <message>
        <source>Remove Organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Remove the organisation “%1” from KeyDesk?</source>
        <translation>Supprimer l’organisation «&#xa0;%1&#xa0;» de KeyDesk&#xa0;?</translation>
    </message>
    <message>
        <source>Its stored credential is deleted from the keychain. The keys themselves stay on the server.</source>
        <translation>Ses identifiants stockés sont supprimés du trousseau. Les clés elles-mêmes restent sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n new key has not been handed off yet: its full key is deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n nouvelle clé n’a pas encore été remise&#xa0;: sa clé complète est elle aussi supprimée du trousseau et ne pourra plus être affichée.</numerusform>
            <numerusform>%n nouvelles clés n’ont pas encore été remises&#xa0;: leurs clés complètes sont elles aussi supprimées du trousseau et ne pourront plus être affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new keys have not been handed off yet: their full keys are deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n nouvelle clé n’a pas encore été remise&#xa0;: sa clé complète est elle aussi supprimée du trousseau et ne pourra plus être affichée.</numerusform>
            <numerusform>%n nouvelles clés n’ont pas encore été remises&#xa0;: leurs clés complètes sont elles aussi supprimées du trousseau et ne pourront plus être affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The credential of “%1” could not be deleted from the keychain: %2</source>
        <translation>Les identifiants de «&#xa0;%1&#xa0;» n’ont pas pu être supprimés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The organisation “%1” could not be removed.</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être supprimée.</translation>
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
        <translation>L’organisation dont les clés sont affichées</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>The keys of every organisation in one table</source>
        <translation>Les clés de toutes les organisations dans un seul tableau</translation>
    </message>
</context>
<context>
    <name>keydesk::RevealKeyDialog</name>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n seconds.</source>
        <translation>
            <numerusform>«&#xa0;Copier&#xa0;» place la clé dans le presse-papiers pendant %n seconde.</numerusform>
            <numerusform>«&#xa0;Copier&#xa0;» place la clé dans le presse-papiers pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else.</source>
        <translation>Le presse-papiers contient maintenant autre chose.</translation>
    </message>
    <message>
        <source>Hand off the pending key</source>
        <translation>Remettre la clé en attente</translation>
    </message>
    <message>
        <source>Copy your new API key now</source>
        <translation>Copiez maintenant votre nouvelle clé API</translation>
    </message>
    <message>
        <source>This key was kept in the keychain for a later handoff. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>Cette clé a été conservée dans le trousseau pour une remise ultérieure. Enregistrez-la dans votre gestionnaire de mots de passe ou dans l’intégration qui en a besoin, puis confirmez ci-dessous.</translation>
    </message>
    <message>
        <source>This is the only time the full key is shown: the server keeps only a fingerprint. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>C’est la seule fois que la clé complète est affichée&#xa0;: le serveur n’en conserve qu’une empreinte. Enregistrez-la dans votre gestionnaire de mots de passe ou dans l’intégration qui en a besoin, puis confirmez ci-dessous.</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non communiqué)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1 Copy it now — once this dialog is closed it cannot be shown again.</source>
        <translation>La clé n’a pas pu être enregistrée dans le trousseau&#xa0;: %1 Copiez-la maintenant — une fois cette boîte de dialogue fermée, elle ne pourra plus être affichée.</translation>
    </message>
    <message>
        <source>the keychain reported an error.</source>
        <translation>le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>Not available: the keychain does not hold this key.</source>
        <translation>Indisponible&#xa0;: le trousseau ne contient pas cette clé.</translation>
    </message>
    <message>
        <source>Keys are kept in memory for this session only: a key kept for later is lost when KeyDesk quits.</source>
        <translation>Les clés ne sont conservées en mémoire que pour cette session&#xa0;: une clé conservée pour plus tard est perdue à la fermeture de KeyDesk.</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>The key is not saved anywhere else. Close anyway?</source>
        <translation>La clé n’est enregistrée nulle part ailleurs. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Without a copy, the key must be revoked and a new one created.</source>
        <translation>Sans copie, la clé devra être révoquée et une nouvelle créée.</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n s.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second.</source>
        <translation>
            <numerusform>«&#xa0;Copier&#xa0;» place la clé dans le presse-papiers pendant %n seconde.</numerusform>
            <numerusform>«&#xa0;Copier&#xa0;» place la clé dans le presse-papiers pendant %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RevokeConfirmation</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clé sans nom</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation>Révoquer «&#xa0;%1&#xa0;» (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Every integration that uses this key fails at once. Revoking cannot be undone.</source>
        <translation>Toutes les intégrations qui utilisent cette clé échoueront immédiatement. La révocation est irréversible.</translation>
    </message>
    <message>
        <source>%1 — something may still depend on it.</source>
        <translation>%1 — quelque chose en dépend peut-être encore.</translation>
    </message>
    <message>
        <source>&amp;Revoke Key</source>
        <translation>&amp;Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>It was used less than a minute ago</source>
        <translation>Elle a été utilisée il y a moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minute ago</source>
        <translation>
            <numerusform>Elle a été utilisée il y a %n minute</numerusform>
            <numerusform>Elle a été utilisée il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minutes ago</source>
        <translation>
            <numerusform>Elle a été utilisée il y a %n minute</numerusform>
            <numerusform>Elle a été utilisée il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hour ago</source>
        <translation>
            <numerusform>Elle a été utilisée il y a %n heure</numerusform>
            <numerusform>Elle a été utilisée il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hours ago</source>
        <translation>
            <numerusform>Elle a été utilisée il y a %n heure</numerusform>
            <numerusform>Elle a été utilisée il y a %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RotateKeyDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clé sans nom</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>KeyDesk creates a successor for %1, shows it once for you to put into your integrations, and revokes the old key only after the new one has been seen in use and the old one has gone quiet.</source>
        <translation>KeyDesk crée une remplaçante pour %1, l’affiche une seule fois pour que vous la placiez dans vos intégrations, et ne révoque l’ancienne clé qu’une fois la nouvelle vue en service et l’ancienne devenue inutilisée.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>elle a été utilisée pour la dernière fois %1</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>aucune utilisation n’est signalée</translation>
    </message>
    <message>
        <source>%1 requests so far</source>
        <comment>usage count</comment>
        <translation>%1 requêtes jusqu’ici</translation>
    </message>
    <message>
        <source>its usage is not reported</source>
        <translation>son utilisation n’est pas signalée</translation>
    </message>
    <message>
        <source>%1 is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using it fails at once (%2; %3).</source>
        <translation>%1 est révoquée dès que sa remplaçante existe, sans attendre que la nouvelle clé soit en service. Toutes les intégrations qui l’utilisent encore échoueront immédiatement (%2 ; %3).</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows, and no key is unused or idle. Revoke a key first to make room for the new one.</source>
        <translation>%1 clés actives sur %2 sont utilisées, le maximum autorisé par cette organisation, et aucune clé n’est inutilisée ou inactive. Révoquez d’abord une clé pour faire de la place à la nouvelle.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows. A key that is unused or idle can be revoked first to make room for the new one.</source>
        <translation>%1 clés actives sur %2 sont utilisées, le maximum autorisé par cette organisation. Une clé inutilisée ou inactive peut d’abord être révoquée pour faire de la place à la nouvelle.</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationEngine</name>
    <message>
        <source>Key &apos;%1&apos; (%2) is revoked; only an active key can be rotated.</source>
        <translation>La clé &apos;%1&apos; (%2) est révoquée&#xa0;; seule une clé active peut être renouvelée.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already being rotated (rotation %3); cancel that rotation first.</source>
        <translation>La clé &apos;%1&apos; (%2) est déjà en cours de renouvellement (renouvellement %3)&#xa0;; annulez d’abord ce renouvellement.</translation>
    </message>
    <message>
        <source>The rotation is not in the inventory.</source>
        <translation>Le renouvellement n’est pas dans l’inventaire.</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2)%3</source>
        <translation>nouvelle clé &apos;%1&apos; (%2)%3</translation>
    </message>
    <message>
        <source>; emergency: the old key is revoked at once</source>
        <translation>&#xa0;; urgence&#xa0;: l’ancienne clé est révoquée immédiatement</translation>
    </message>
    <message>
        <source>The new key could not be created: %1</source>
        <translation>La nouvelle clé n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rotation has no new key yet.</source>
        <translation>Le renouvellement n’a pas encore de nouvelle clé.</translation>
    </message>
    <message>
        <source>The server refused the new key &apos;%1&apos; (%2) when KeyDesk verified it: %3 The old key was kept.</source>
        <translation>Le serveur a refusé la nouvelle clé &apos;%1&apos; (%2) lorsque KeyDesk l’a vérifiée&#xa0;: %3 L’ancienne clé a été conservée.</translation>
    </message>
    <message>
        <source>emergency rotation: revoked as soon as the new key existed</source>
        <translation>renouvellement d’urgence&#xa0;: révoquée dès que la nouvelle clé a existé</translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>vérifiée le %1</translation>
    </message>
    <message>
        <source>baseline: usage count %1, last used %2</source>
        <translation>référence&#xa0;: nombre d’utilisations %1, dernière utilisation %2</translation>
    </message>
    <message>
        <source>the baseline comes from the next listing</source>
        <translation>la référence proviendra de la prochaine liste</translation>
    </message>
    <message>
        <source>not verified by KeyDesk; the baseline is this listing&apos;s figures</source>
        <translation>non vérifiée par KeyDesk&#xa0;; la référence est constituée des chiffres de cette liste</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2) first seen in use at %3</source>
        <translation>nouvelle clé &apos;%1&apos; (%2) vue en service pour la première fois le %3</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period</source>
        <translation>l’ancienne clé est restée inutilisée pendant toute la période d’inactivité</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period; revoke it when you are ready</source>
        <translation>l’ancienne clé est restée inutilisée pendant toute la période d’inactivité&#xa0;; révoquez-la quand vous serez prêt</translation>
    </message>
    <message>
        <source>revoked automatically: the new key is in use and the old one was quiet</source>
        <translation>révoquée automatiquement&#xa0;: la nouvelle clé est en service et l’ancienne était inutilisée</translation>
    </message>
    <message>
        <source>Revoking the old key &apos;%1&apos; (%2) failed: %3 Both keys are still active; revoke the old one when you can.</source>
        <translation>La révocation de l’ancienne clé &apos;%1&apos; (%2) a échoué&#xa0;: %3 Les deux clés sont toujours actives&#xa0;; révoquez l’ancienne dès que possible.</translation>
    </message>
    <message>
        <source>There is no such rotation.</source>
        <translation>Ce renouvellement n’existe pas.</translation>
    </message>
    <message>
        <source>Rotation %1 has already ended (%2).</source>
        <translation>Le renouvellement %1 est déjà terminé (%2).</translation>
    </message>
    <message>
        <source>cancelled; both keys were kept</source>
        <translation>annulé&#xa0;; les deux clés ont été conservées</translation>
    </message>
    <message>
        <source>cancelled; the new key &apos;%1&apos; (%2) was revoked, the old key kept</source>
        <translation>annulé&#xa0;; la nouvelle clé &apos;%1&apos; (%2) a été révoquée, l’ancienne conservée</translation>
    </message>
    <message>
        <source>cancelled; revoking the new key &apos;%1&apos; (%2) failed: %3</source>
        <translation>annulé&#xa0;; la révocation de la nouvelle clé &apos;%1&apos; (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rotation %1 has no new key or has ended.</source>
        <translation>Le renouvellement %1 n’a pas de nouvelle clé ou est terminé.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; has not been seen in use: revoking the old key now breaks every integration still on it. Force it to revoke anyway.</source>
        <translation>La nouvelle clé &apos;%1&apos; n’a pas été vue en service&#xa0;: révoquer l’ancienne clé maintenant casse toutes les intégrations qui l’utilisent encore. Forcez la révocation pour la révoquer quand même.</translation>
    </message>
    <message>
        <source>revoked by hand</source>
        <translation>révoquée manuellement</translation>
    </message>
    <message>
        <source>revoked by hand, forced, before the new key was seen in use</source>
        <translation>révoquée manuellement, de force, avant que la nouvelle clé soit vue en service</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationRules</name>
    <message>
        <source>The new key&apos;s create never finished (KeyDesk stopped, or its answer was lost); look for a key named &apos;%1&apos; in the list before starting again.</source>
        <translation>La création de la nouvelle clé ne s’est jamais terminée (KeyDesk s’est arrêté, ou sa réponse a été perdue)&#xa0;; cherchez une clé nommée &apos;%1&apos; dans la liste avant de recommencer.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) was revoked outside the rotation; the old key was kept.</source>
        <translation>La nouvelle clé &apos;%1&apos; (%2) a été révoquée en dehors du renouvellement&#xa0;; l’ancienne clé a été conservée.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) is no longer listed; the old key was kept.</source>
        <translation>La nouvelle clé &apos;%1&apos; (%2) n’est plus listée&#xa0;; l’ancienne clé a été conservée.</translation>
    </message>
    <message>
        <source>The old key is revoked.</source>
        <translation>L’ancienne clé est révoquée.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) was revoked outside the rotation.</source>
        <translation>L’ancienne clé &apos;%1&apos; (%2) a été révoquée en dehors du renouvellement.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) is no longer listed: it was revoked or deleted outside the rotation.</source>
        <translation>L’ancienne clé &apos;%1&apos; (%2) n’est plus listée&#xa0;: elle a été révoquée ou supprimée en dehors du renouvellement.</translation>
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
        <translation>Révoquer maintenant…</translation>
    </message>
    <message>
        <source>Cancel Rotation…</source>
        <translation>Annuler le renouvellement…</translation>
    </message>
    <message>
        <source>Emergency rotation: “%1” → “%2”</source>
        <translation>Renouvellement d’urgence : « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>Rotation: “%1” → “%2”</source>
        <translation>Renouvellement : « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>New key created</source>
        <translation>Nouvelle clé créée</translation>
    </message>
    <message>
        <source>Waiting for the new key</source>
        <translation>En attente de la nouvelle clé</translation>
    </message>
    <message>
        <source>Verified by KeyDesk</source>
        <translation>Vérifiée par KeyDesk</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>KeyDesk&apos;s own call does not count as use.</source>
        <translation>L’appel de KeyDesk lui-même ne compte pas comme utilisation.</translation>
    </message>
    <message>
        <source>New key in use</source>
        <translation>Nouvelle clé en service</translation>
    </message>
    <message>
        <source>New key not seen in use yet</source>
        <translation>Nouvelle clé pas encore vue en service</translation>
    </message>
    <message>
        <source>Put the new key into your integrations.</source>
        <translation>Placez la nouvelle clé dans vos intégrations.</translation>
    </message>
    <message>
        <source>Old key last used %1</source>
        <translation>Ancienne clé utilisée pour la dernière fois %1</translation>
    </message>
    <message>
        <source>No use of the old key reported</source>
        <translation>Aucune utilisation de l’ancienne clé signalée</translation>
    </message>
    <message>
        <source>Quiet for %1.</source>
        <translation>Inutilisée depuis %1.</translation>
    </message>
    <message>
        <source>Revoked once it has been quiet for %1.</source>
        <translation>Révoquée une fois restée inutilisée pendant %1.</translation>
    </message>
    <message>
        <source>Revoke due once the new key is in use</source>
        <translation>Révocation prévue dès que la nouvelle clé sera en service</translation>
    </message>
    <message>
        <source>Revoke due %1</source>
        <translation>Révocation prévue %1</translation>
    </message>
    <message>
        <source>Revoke due later</source>
        <translation>Révocation prévue plus tard</translation>
    </message>
    <message>
        <source>KeyDesk revokes the old key then.</source>
        <translation>KeyDesk révoquera alors l’ancienne clé.</translation>
    </message>
    <message>
        <source>Automatic revoke is off: KeyDesk says when it is ready.</source>
        <translation>La révocation automatique est désactivée : KeyDesk indiquera quand elle sera prête.</translation>
    </message>
    <message>
        <source>Revoking the old key</source>
        <translation>Révocation de l’ancienne clé</translation>
    </message>
    <message>
        <source>Ready to revoke</source>
        <translation>Prête pour la révocation</translation>
    </message>
    <message>
        <source>The old key has gone quiet: revoke it now.</source>
        <translation>L’ancienne clé n’est plus utilisée : révoquez-la maintenant.</translation>
    </message>
    <message>
        <source>Old key revoked</source>
        <translation>Ancienne clé révoquée</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Renouvellement annulé</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Échec du renouvellement</translation>
    </message>
    <message>
        <source>Waiting for the new key to be used.</source>
        <translation>En attente de l’utilisation de la nouvelle clé.</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
    <message>
        <source>The new key is in use; waiting for the old key to go quiet.</source>
        <translation>La nouvelle clé est en service ; en attente que l’ancienne clé ne soit plus utilisée.</translation>
    </message>
    <message>
        <source>The old key has gone quiet and is being revoked.</source>
        <translation>L’ancienne clé n’est plus utilisée et est en cours de révocation.</translation>
    </message>
    <message>
        <source>Ready to revoke: the new key is in use and the old key has gone quiet.</source>
        <translation>Prête pour la révocation : la nouvelle clé est en service et l’ancienne clé n’est plus utilisée.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled; both keys were kept.</source>
        <translation>Annulé ; les deux clés ont été conservées.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceDiagnosis</name>
    <message>
        <source>The keychain diagnosis did not finish in time.</source>
        <translation>Le diagnostic du trousseau ne s’est pas terminé à temps.</translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus.</source>
        <translation>Rien ne fournit %1 sur le bus de session.</translation>
    </message>
    <message>
        <source>The default collection of the Secret Service is locked.</source>
        <translation>La collection par défaut du Secret Service est verrouillée.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceSearch</name>
    <message numerus="yes">
        <source>The keychain did not list its entries within %n ms.</source>
        <translation>
            <numerusform>Le trousseau n’a pas listé ses entrées en %n ms.</numerusform>
            <numerusform>Le trousseau n’a pas listé ses entrées en %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::SecretStore</name>
    <message>
        <source>%1 cannot list its entries.</source>
        <translation>%1 ne peut pas lister ses entrées.</translation>
    </message>
</context>
<context>
    <name>keydesk::SelectorBadges</name>
    <message numerus="yes">
        <source>%1 — %n finding</source>
        <translation>
            <numerusform>%1 — %n constat</numerusform>
            <numerusform>%1 — %n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n findings</source>
        <translation>
            <numerusform>%1 — %n constat</numerusform>
            <numerusform>%1 — %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: %1, warning: %2, info: %3 (the Health view lists them)</source>
        <translation>Critiques&#xa0;: %1, avertissements&#xa0;: %2, infos&#xa0;: %3 (la vue Santé les liste)</translation>
    </message>
</context>
<context>
    <name>keydesk::SendToDialog</name>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <source>OS keychain (a lasting entry)</source>
        <translation>Trousseau du système (entrée durable)</translation>
    </message>
    <message>
        <source>pass (password store)</source>
        <translation>pass (gestionnaire de mots de passe)</translation>
    </message>
    <message>
        <source>KeePassXC database</source>
        <translation>Base de données KeePassXC</translation>
    </message>
    <message>
        <source>Saved command (none saved for this profile)</source>
        <translation>Commande enregistrée (aucune pour ce profil)</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Commande enregistrée</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clé API&#xa0;: %1</translation>
    </message>
    <message>
        <source>KeePassXC Database</source>
        <translation>Base de données KeePassXC</translation>
    </message>
    <message>
        <source>KeePass databases (*.kdbx);;All files (*)</source>
        <translation>Bases de données KeePass (*.kdbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Install the package &quot;pass&quot; to use it.</source>
        <translation>Installez le paquet «&#xa0;pass&#xa0;» pour l’utiliser.</translation>
    </message>
    <message>
        <source>Install the package &quot;keepassxc&quot; to use it.</source>
        <translation>Installez le paquet «&#xa0;keepassxc&#xa0;» pour l’utiliser.</translation>
    </message>
    <message>
        <source>Save a command template first: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</source>
        <translation>Enregistrez d’abord un modèle de commande&#xa0;: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</translation>
    </message>
    <message>
        <source>The command runs without a shell and gets the key on its standard input. It cannot be read back: its exit status decides.</source>
        <translation>La commande s’exécute sans shell et reçoit la clé sur son entrée standard. Elle ne peut pas être relue&#xa0;: son statut de sortie fait foi.</translation>
    </message>
    <message>
        <source>Read back from the keychain and compared before KeyDesk forgets its pending copy.</source>
        <translation>Relue dans le trousseau et comparée avant que KeyDesk oublie sa copie en attente.</translation>
    </message>
    <message>
        <source>Read back and compared before KeyDesk forgets its pending copy.</source>
        <translation>Relue et comparée avant que KeyDesk oublie sa copie en attente.</translation>
    </message>
    <message>
        <source>(no command)</source>
        <translation>(aucune commande)</translation>
    </message>
    <message>
        <source>Enter the account the keychain entry is filed under.</source>
        <translation>Saisissez le compte sous lequel l’entrée du trousseau est classée.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Delivered to %1: %2.</source>
        <translation>Transmise à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <translation>Envoyée à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2 The key stays pending in the keychain and on screen.</source>
        <translation>Non transmise à %1&#xa0;: %2 La clé reste en attente dans le trousseau et à l’écran.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackKeyDialog</name>
    <message>
        <source>Track a Key — %1</source>
        <translation>Suivre une clé — %1</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Key to track</source>
        <translation>Clé à suivre</translation>
    </message>
    <message>
        <source>KeyDesk checks the key again at every refresh, and marks it revoked once Trust Leads refuses it. The key itself is kept in the keychain for that.</source>
        <translation>KeyDesk vérifie de nouveau la clé à chaque actualisation et la marque comme révoquée dès que Trust Leads la refuse. Pour cela, la clé elle-même est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>This is not a %1 key: it starts with lfk_sk_ followed by 40 letters and digits.</source>
        <translation>Ce n’est pas une clé %1&#xa0;: une telle clé commence par lfk_sk_, suivi de 40 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Verifying the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>%1 refused the key %2: it is revoked, expired or mistyped. Nothing was tracked.</source>
        <translation>%1 a refusé la clé %2&#xa0;: elle est révoquée, expirée ou mal saisie. Elle n’est pas suivie.</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
    <message>
        <source>The key could not be verified: %1 Nothing was tracked.</source>
        <translation>La clé n’a pas pu être vérifiée&#xa0;: %1 Elle n’est pas suivie.</translation>
    </message>
    <message>
        <source>The key is valid, but the inventory could not record it: %1</source>
        <translation>La clé est valide, mais l’inventaire n’a pas pu l’enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>verified; verified again at every refresh</source>
        <translation>vérifiée&#xa0;; vérifiée de nouveau à chaque actualisation</translation>
    </message>
    <message>
        <source>verified once</source>
        <translation>vérifiée une fois</translation>
    </message>
    <message>
        <source>The key is valid, but the keychain could not keep it for periodic verification: %1 Untick &quot;Verify it periodically&quot; to track it without.</source>
        <translation>La clé est valide, mais le trousseau n’a pas pu la conserver pour la vérification régulière&#xa0;: %1 Décochez «&#xa0;Vérifier régulièrement&#xa0;» pour la suivre sans cette vérification.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackedKeyVerifier</name>
    <message>
        <source>The key %1 (%2) was not verified: %3</source>
        <translation>La clé %1 (%2) n’a pas été vérifiée&#xa0;: %3</translation>
    </message>
    <message>
        <source>refused by the server: now shown as revoked</source>
        <translation>refusée par le serveur&#xa0;: désormais affichée comme révoquée</translation>
    </message>
    <message>
        <source>accepted again by the server</source>
        <translation>de nouveau acceptée par le serveur</translation>
    </message>
</context>
<context>
    <name>keydesk::TrayIcon</name>
    <message>
        <source>&amp;Open KeyDesk</source>
        <translation>&amp;Ouvrir KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Snooze All for a Day</source>
        <translation>&amp;Tout reporter d’un jour</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>KeyDesk — watching your organisations</source>
        <translation>KeyDesk — surveillance de vos organisations</translation>
    </message>
    <message>
        <source>KeyDesk — No findings</source>
        <translation>KeyDesk — Aucun constat</translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open finding</source>
        <translation>
            <numerusform>KeyDesk — %n constat ouvert</numerusform>
            <numerusform>KeyDesk — %n constats ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open findings</source>
        <translation>
            <numerusform>KeyDesk — %n constat ouvert</numerusform>
            <numerusform>KeyDesk — %n constats ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4)</source>
        <translation>%1&#xa0;: %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>keydesk::TreeLeakScan</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>symlink loop, not followed</source>
        <translation>boucle de liens symboliques, non suivie</translation>
    </message>
    <message>
        <source>broken symlink: %1</source>
        <translation>lien symbolique cassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, non ouvert</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowInventory</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowStatusBar</name>
    <message>
        <source>Last refreshed</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Why creating keys is not possible</source>
        <translation>Pourquoi il est impossible de créer des clés</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Keys waiting for handoff</source>
        <translation>Clés en attente de remise</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Dernière actualisation à %1</translation>
    </message>
    <message>
        <source>Keys as of %1 (from the inventory)</source>
        <translation>Clés listées %1 (d’après l’inventaire)</translation>
    </message>
    <message>
        <source>The last known keys, listed %1. KeyDesk lists them again from the server.</source>
        <translation>Les dernières clés connues, listées le %1. KeyDesk les redemande au serveur.</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowWatch</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (acquitté)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Shows what needs doing: keys expiring, old, idle or used unexpectedly</source>
        <translation>Affiche ce qui est à faire&#xa0;: clés qui expirent, anciennes, inactives ou utilisées de façon inattendue</translation>
    </message>
    <message>
        <source>The key is no longer listed.</source>
        <translation>La clé ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Cannot revoke now: %1</source>
        <translation>Révocation impossible pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the new key now: %1</source>
        <translation>Impossible de créer la nouvelle clé pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot rotate now: %1</source>
        <translation>Impossible de renouveler maintenant : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations.</source>
        <translation>Gère les clés API des organisations LeadHQL, LocalLeads et Trust Leads.</translation>
    </message>
    <message>
        <source>Open on built-in demo data: two sample organisations served on this computer. No profile, setting or keychain entry of yours is used.</source>
        <translation>Ouvrir avec les données de démonstration intégrées&#xa0;: deux organisations d’exemple servies sur cet ordinateur. Aucun de vos profils, paramètres ou entrées du trousseau n’est utilisé.</translation>
    </message>
    <message>
        <source>With --demo: quit after &lt;seconds&gt;; the exit code is 0 if the key table was populated.</source>
        <translation>Avec --demo&#xa0;: quitter après &lt;secondes&gt;&#xa0;; le code de sortie est 0 si le tableau des clés a été rempli.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--smoke-test needs a number of seconds (at least 1).</source>
        <translation>--smoke-test attend un nombre de secondes (au moins 1).</translation>
    </message>
    <message>
        <source>--smoke-test and --screenshot-dir work only with --demo.</source>
        <translation>--smoke-test et --screenshot-dir ne fonctionnent qu’avec --demo.</translation>
    </message>
    <message>
        <source>keydesk-cli: warning: no translation for the language &apos;%1&apos;; available: de, en, es, fr.</source>
        <translation>keydesk-cli&#xa0;: avertissement&#xa0;: aucune traduction pour la langue &apos;%1&apos;&#xa0;; disponibles&#xa0;: de, en, es, fr.</translation>
    </message>
    <message>
        <source>Start without a window: watch every organisation from the system tray and notify new findings (what &quot;Start at login&quot; runs).</source>
        <translation>Démarrer sans fenêtre&#xa0;: surveiller toutes les organisations depuis la barre d’état système et signaler les nouveaux constats (ce que lance «&#xa0;Démarrer à l’ouverture de session&#xa0;»).</translation>
    </message>
</context>
</TS>
