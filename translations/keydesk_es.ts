<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About KeyDesk</source>
        <translation>Acerca de KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads organisations, and hands each new key over exactly once through the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is available under the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Lista, crea y revoca las claves de API de organizaciones de LeadHQL, LocalLeads y Trust Leads, y entrega cada clave nueva exactamente una vez a través del llavero del sistema.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). El servidor de demostración integrado usa Qt HTTP Server, disponible bajo la GPL-3.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation>Aceptar hallazgo</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why this is fine (optional)</source>
        <translation>Por qué no es un problema (opcional)</translation>
    </message>
    <message>
        <source>&amp;Until the end of:</source>
        <translation>&amp;Hasta el final del día:</translation>
    </message>
    <message>
        <source>Acknowledged until</source>
        <translation>Aceptado hasta</translation>
    </message>
    <message>
        <source>An acknowledged finding stays in the Health view, dimmed, and no longer counts. It comes back when the acknowledgement ends or the finding gets worse.</source>
        <translation>Un hallazgo aceptado sigue en la vista Salud, atenuado, y ya no cuenta. Vuelve cuando termina la aceptación o cuando el hallazgo empeora.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The credential cannot be used: %1.</source>
        <translation>La credencial no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The server does not allow this credential to do that%1.</source>
        <translation>El servidor no permite esta acción con esta credencial%1.</translation>
    </message>
    <message>
        <source>The server refused the credential%1. Check that it is correct and not expired or revoked.</source>
        <translation>El servidor rechazó la credencial%1. Compruebe que sea correcta y que no haya caducado ni esté revocada.</translation>
    </message>
    <message>
        <source>LeadHQL manages keys only with a JWT session token from the dashboard, not with an API key (leadhql_pk_…).</source>
        <translation>LeadHQL solo gestiona claves con un token de sesión JWT del panel de control, no con una clave de API (leadhql_pk_…).</translation>
    </message>
    <message>
        <source>The server knows no key with this id%1; it may already have been revoked. Refresh the list.</source>
        <translation>El servidor no conoce ninguna clave con este ID%1; es posible que ya se haya revocado. Actualice la lista.</translation>
    </message>
    <message>
        <source>The server rejected the request%1.</source>
        <translation>El servidor rechazó la solicitud%1.</translation>
    </message>
    <message>
        <source>The organisation has reached its limit of active keys%1. Revoke a key you no longer need, then try again.</source>
        <translation>La organización ha alcanzado su límite de claves activas%1. Revoque una clave que ya no necesite y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>El servidor está limitando las solicitudes%1 y pide esperar %2 segundos. Vuelva a intentarlo después.</translation>
    </message>
    <message>
        <source>The server is limiting requests%1. Wait a moment, then try again.</source>
        <translation>El servidor está limitando las solicitudes%1. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is unavailable%1 and asks to wait %2 seconds. Try again after that.</source>
        <translation>El servidor no está disponible%1 y pide esperar %2 segundos. Vuelva a intentarlo después.</translation>
    </message>
    <message>
        <source>The server had a problem%1. Try again later.</source>
        <translation>El servidor tuvo un problema%1. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the base URL and the network connection.</source>
        <translation>No se pudo conectar con el servidor (%1). Compruebe la URL base y la conexión de red.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). If the server uses a private certificate authority, set the profile&apos;s CA file.</source>
        <translation>La conexión segura con el servidor falló (%1). Si el servidor usa una autoridad de certificación privada, indique el archivo de CA del perfil.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Try again later.</source>
        <translation>El servidor no respondió a tiempo (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s response was not understood (%1). Check the profile&apos;s base URL and dialect.</source>
        <translation>No se entendió la respuesta del servidor (%1). Compruebe la URL base y el dialecto del perfil.</translation>
    </message>
    <message>
        <source>The key may have been created: check the list of keys.</source>
        <translation>Es posible que la clave se haya creado: compruebe la lista de claves.</translation>
    </message>
    <message>
        <source>Refusing to send the credential over an insecure connection (%1): use https://, plain http:// is allowed only for this computer (localhost).</source>
        <translation>No se envía la credencial por una conexión no segura (%1): use https://; http:// sin cifrar solo se permite para este equipo (localhost).</translation>
    </message>
    <message>
        <source>%1 documents no key-management endpoints: list, create and revoke keys in its dashboard.</source>
        <translation>%1 no documenta ningún endpoint de gestión de claves: liste, cree y revoque las claves en su panel de control.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent (%1): the key may have been created. Check the list of keys before trying again.</source>
        <translation>La conexión se perdió después de enviar la solicitud (%1): es posible que la clave se haya creado. Compruebe la lista de claves antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server answered the request with a redirect to %1 (HTTP %2) instead of a result: the key may have been created. Check the list of keys before trying again, and check the profile&apos;s base URL.</source>
        <translation>El servidor respondió a la solicitud con una redirección a %1 (HTTP %2) en lugar de un resultado: es posible que la clave se haya creado. Compruebe la lista de claves antes de volver a intentarlo, y compruebe también la URL base del perfil.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revocar claves de API</translation>
    </message>
    <message>
        <source>Revoke several API keys</source>
        <translation>Revocar varias claves de API</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Claves que se revocarán</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Number of keys to revoke</source>
        <translation>Número de claves que se revocarán</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the saved connection NAME (credential from the keychain).</source>
        <translation>Usar la conexión guardada NAME (credencial del llavero).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API dialect: leadhql, localleads or trustleads.</source>
        <translation>Dialecto de la API: leadhql, localleads o trustleads.</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECTO</translation>
    </message>
    <message>
        <source>Server base URL (credential from the environment variable KEYDESK_CREDENTIAL).</source>
        <translation>URL base del servidor (credencial de la variable de entorno KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Confiar también en los certificados de CA de ARCHIVO (PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>create: the key expires after N days.</source>
        <translation>create: la clave caduca al cabo de N días.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>create: the key expires on this date.</source>
        <translation>create: la clave caduca en esta fecha.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>revoke: do not ask for confirmation.</source>
        <translation>revoke: no pedir confirmación.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se ha indicado más de una vez.</translation>
    </message>
    <message>
        <source>There is no --%1 option: secrets are never passed as arguments; set the environment variable KEYDESK_CREDENTIAL or use --profile.</source>
        <translation>No existe la opción --%1: los secretos nunca se pasan como argumentos; defina la variable de entorno KEYDESK_CREDENTIAL o use --profile.</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>--base-url &apos;%1&apos; no es una URL http(s) con un host.</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;; use leadhql, localleads or trustleads.</source>
        <translation>Dialecto desconocido &apos;%1&apos;; use leadhql, localleads o trustleads.</translation>
    </message>
    <message>
        <source>Give either --expires-in-days or --expires-at, not both.</source>
        <translation>Indique --expires-in-days o --expires-at, no ambos.</translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days, not &apos;%1&apos;.</source>
        <translation>--expires-in-days necesita un número entero de días, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--expires-at needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--expires-at necesita una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use either --profile or --dialect with --base-url, not both.</source>
        <translation>Use --profile o --dialect con --base-url, no ambos.</translation>
    </message>
    <message>
        <source>No server given: use --profile NAME, or --dialect and --base-url (with the credential in KEYDESK_CREDENTIAL).</source>
        <translation>No se ha indicado ningún servidor: use --profile NAME, o --dialect y --base-url (con la credencial en KEYDESK_CREDENTIAL).</translation>
    </message>
    <message>
        <source>--ca-file &apos;%1&apos; is not a readable file.</source>
        <translation>--ca-file &apos;%1&apos; no es un archivo legible.</translation>
    </message>
    <message>
        <source>An argument looks like an API key or session token. Secrets are never accepted on the command line (shell history, process lists): put the credential in KEYDESK_CREDENTIAL, or pipe a key to &apos;verify&apos; on stdin.</source>
        <translation>Un argumento parece una clave de API o un token de sesión. Los secretos nunca se aceptan en la línea de comandos (historial del shell, listas de procesos): ponga la credencial en KEYDESK_CREDENTIAL o pase una clave a &apos;verify&apos; por stdin.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; necesita %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos; para &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 no se aplica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;revoke&apos; necesita un ID de clave (consulte &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;profile add&apos; needs --dialect and --base-url.</source>
        <translation>&apos;profile add&apos; necesita --dialect y --base-url.</translation>
    </message>
    <message>
        <source>With --base-url: record the history under the organisation NAME (without it, nothing is recorded). For history, export and log: the organisation to read.</source>
        <translation>Con --base-url: registrar el historial con el nombre de organización NAME (sin esta opción no se registra nada). Para history, export y log: la organización que se lee.</translation>
    </message>
    <message>
        <source>export: csv (default) or json.</source>
        <translation>export: csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>log: entries from this day on.</source>
        <translation>log: las entradas a partir de este día.</translation>
    </message>
    <message>
        <source>--org needs an organisation name.</source>
        <translation>--org necesita un nombre de organización.</translation>
    </message>
    <message>
        <source>--org goes with --dialect and --base-url; with --profile the history is recorded under the profile&apos;s name.</source>
        <translation>--org se usa con --dialect y --base-url; con --profile, el historial se registra con el nombre del perfil.</translation>
    </message>
    <message>
        <source>Use either --profile or --org, not both.</source>
        <translation>Use --profile o --org, no ambos.</translation>
    </message>
    <message>
        <source>No organisation given: use --profile NAME or --org NAME.</source>
        <translation>No se ha indicado ninguna organización: use --profile NAME o --org NAME.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;list --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 no se aplica a &apos;list --cached&apos;, que no hace ninguna solicitud; indique la organización con --profile o --org.</translation>
    </message>
    <message>
        <source>&apos;history&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;history&apos; necesita un ID de clave (consulte &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;; use csv or json.</source>
        <translation>Formato de exportación desconocido &apos;%1&apos;; use csv o json.</translation>
    </message>
    <message>
        <source>Use either --all-profiles or one organisation (--profile or --org), not both.</source>
        <translation>Use --all-profiles o una sola organización (--profile o --org), no ambas cosas.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --profile NAME, --org NAME or --all-profiles.</source>
        <translation>&apos;export&apos; necesita --profile NAME, --org NAME o --all-profiles.</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--since necesita una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>list, audit: the last listing the inventory knows, without any request.</source>
        <translation>list, audit: el último listado que conoce el inventario, sin ninguna solicitud.</translation>
    </message>
    <message>
        <source>export, audit: every saved profile.</source>
        <translation>export, audit: todos los perfiles guardados.</translation>
    </message>
    <message>
        <source>audit: exit 8 when an open finding is at least this severe: info, warning (default) or critical.</source>
        <translation>audit: salir con el código 8 si un hallazgo abierto tiene al menos esta gravedad: info, warning (predeterminado) o critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>acknowledge: why the finding is acceptable.</source>
        <translation>acknowledge: por qué el hallazgo es aceptable.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>acknowledge: the last day the acknowledgement holds (default: for good).</source>
        <translation>acknowledge: el último día en que vale la aceptación (predeterminado: para siempre).</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --all-profiles&apos;, which audits every saved profile.</source>
        <translation>--%1 no se aplica a &apos;audit --all-profiles&apos;, que audita todos los perfiles guardados.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;audit --cached&apos;, which makes no request; name the organisation with --profile or --org.</source>
        <translation>--%1 no se aplica a &apos;audit --cached&apos;, que no hace ninguna solicitud; indique la organización con --profile o --org.</translation>
    </message>
    <message>
        <source>Unknown finding &apos;%1&apos;; use one of the rule names &apos;keydesk-cli audit&apos; prints, such as expires-soon, idle or limit-near.</source>
        <translation>Hallazgo desconocido &apos;%1&apos;; use uno de los nombres de regla que muestra &apos;keydesk-cli audit&apos;, como expires-soon, idle o limit-near.</translation>
    </message>
    <message>
        <source>limit-near is about the organisation, not a key: use &apos;keydesk-cli acknowledge limit-near&apos;.</source>
        <translation>limit-near se refiere a la organización, no a una clave: use &apos;keydesk-cli acknowledge limit-near&apos;.</translation>
    </message>
    <message>
        <source>&apos;acknowledge&apos; needs a key ID (see &apos;keydesk-cli audit&apos;).</source>
        <translation>&apos;acknowledge&apos; necesita un ID de clave (consulte &apos;keydesk-cli audit&apos;).</translation>
    </message>
    <message>
        <source>&apos;acknowledge %1&apos; needs the key ID first: &apos;keydesk-cli acknowledge ID %1&apos;.</source>
        <translation>&apos;acknowledge %1&apos; necesita primero el ID de clave: &apos;keydesk-cli acknowledge ID %1&apos;.</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--until necesita una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--until %1 has passed; give today or a later day.</source>
        <translation>--until %1 ya ha pasado; indique hoy o un día posterior.</translation>
    </message>
    <message>
        <source>a finding (and the key ID of a key&apos;s finding)</source>
        <translation>un hallazgo (y el ID de la clave si el hallazgo es de una clave)</translation>
    </message>
    <message>
        <source>Unknown --fail-on level &apos;%1&apos;; use info, warning or critical.</source>
        <translation>Nivel de --fail-on desconocido &apos;%1&apos;; use info, warning o critical.</translation>
    </message>
    <message>
        <source>create, rotate: hand the new key to DEST instead of printing it: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>create, rotate: entregar la clave nueva a DESTINO en lugar de mostrarla: keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY o command:NAME.</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>profile command: remove the saved command template.</source>
        <translation>profile command: eliminar la plantilla de comando guardada.</translation>
    </message>
    <message>
        <source>profile set: the rotation policy, rotate keys every N days (0: no policy).</source>
        <translation>profile set: la política de rotación, rotar las claves cada N días (0: sin política).</translation>
    </message>
    <message>
        <source>scan: also the git history of each PATH in a repository.</source>
        <translation>scan: también el historial de git de cada PATH que esté en un repositorio.</translation>
    </message>
    <message>
        <source>scan: the files staged in the index (a pre-commit hook).</source>
        <translation>scan: los archivos preparados en el índice (un hook pre-commit).</translation>
    </message>
    <message>
        <source>scan: binary files too.</source>
        <translation>scan: también los archivos binarios.</translation>
    </message>
    <message>
        <source>scan --history: read the whole history again, not only what is new.</source>
        <translation>scan --history: volver a leer todo el historial, no solo lo nuevo.</translation>
    </message>
    <message>
        <source>scan: check keys the inventory does not know with the server of --profile.</source>
        <translation>scan: comprobar con el servidor de --profile las claves que el inventario no conoce.</translation>
    </message>
    <message>
        <source>scan: fingerprints to leave out, one per line with a reason (default: .keydesk-ignore in each folder PATH).</source>
        <translation>scan: huellas que se omiten, una por línea con un motivo (predeterminado: .keydesk-ignore en cada carpeta PATH).</translation>
    </message>
    <message>
        <source>scan: print SARIF 2.1.0 (for code scanning) instead of text.</source>
        <translation>scan: mostrar SARIF 2.1.0 (para code scanning) en lugar de texto.</translation>
    </message>
    <message>
        <source>scan: write a pre-commit hook into the repository that runs &apos;scan --staged&apos;.</source>
        <translation>scan: escribir en el repositorio un hook pre-commit que ejecute &apos;scan --staged&apos;.</translation>
    </message>
    <message>
        <source>rotate: the new key&apos;s name (default: the old key&apos;s).</source>
        <translation>rotate: el nombre de la clave nueva (predeterminado: el de la clave antigua).</translation>
    </message>
    <message>
        <source>rotate: how long the old key must be unused after the new one is in use before it is revoked (default 24h).</source>
        <translation>rotate: cuánto tiempo debe seguir sin usarse la clave antigua, una vez en uso la nueva, antes de revocarla (predeterminado: 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>rotate: say when the old key is ready to revoke, do not revoke it.</source>
        <translation>rotate: avisar cuando la clave antigua esté lista para revocarse, sin revocarla.</translation>
    </message>
    <message>
        <source>rotate: a leaked key; revoke the old key as soon as the new one exists (asks first unless --yes).</source>
        <translation>rotate: una clave filtrada; revocar la clave antigua en cuanto exista la nueva (pide confirmación, salvo con --yes).</translation>
    </message>
    <message>
        <source>rotate: keep polling until the rotation ends.</source>
        <translation>rotate: seguir consultando hasta que termine la rotación.</translation>
    </message>
    <message>
        <source>rotate --wait: give up after DURATION (exit 6).</source>
        <translation>rotate --wait: desistir al cabo de DURACIÓN (salida 6).</translation>
    </message>
    <message>
        <source>rotations cancel: also revoke the new key.</source>
        <translation>rotations cancel: revocar también la clave nueva.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;scan --install-hook&apos;.</source>
        <translation>--%1 no se aplica a &apos;scan --install-hook&apos;.</translation>
    </message>
    <message>
        <source>&apos;scan --install-hook&apos; takes at most one repository.</source>
        <translation>&apos;scan --install-hook&apos; admite como máximo un repositorio.</translation>
    </message>
    <message>
        <source>&apos;scan&apos; needs a file, a folder or - (stdin).</source>
        <translation>&apos;scan&apos; necesita un archivo, una carpeta o - (stdin).</translation>
    </message>
    <message>
        <source>&apos;scan&apos; reads stdin (-) once.</source>
        <translation>&apos;scan&apos; lee stdin (-) una sola vez.</translation>
    </message>
    <message>
        <source>Give either --json or --sarif, not both.</source>
        <translation>Indique --json o --sarif, no ambos.</translation>
    </message>
    <message>
        <source>--full goes with --history.</source>
        <translation>--full se usa con --history.</translation>
    </message>
    <message>
        <source>--verify needs --profile NAME: the server that checks the keys.</source>
        <translation>--verify necesita --profile NAME: el servidor que comprueba las claves.</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; needs a key ID (see &apos;keydesk-cli list&apos;).</source>
        <translation>&apos;rotate&apos; necesita un ID de clave (consulte &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotate&apos; records the rotation in the inventory: use --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotate&apos; registra la rotación en el inventario: use --profile NAME, o --org NAME con --base-url.</translation>
    </message>
    <message>
        <source>--quiet-for needs a duration such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--quiet-for necesita una duración como 90s, 30m, 24h o 7d, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--yes goes with --emergency (the only rotation that asks first).</source>
        <translation>--yes se usa con --emergency (la única rotación que pide confirmación).</translation>
    </message>
    <message>
        <source>--timeout goes with --wait.</source>
        <translation>--timeout se usa con --wait.</translation>
    </message>
    <message>
        <source>--timeout needs a duration above zero such as 90s, 30m, 24h or 7d, not &apos;%1&apos;.</source>
        <translation>--timeout necesita una duración mayor que cero, como 90s, 30m, 24h o 7d, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Command templates are saved per profile: use --to command:NAME with --profile.</source>
        <translation>Las plantillas de comando se guardan por perfil: use --to command:NAME con --profile.</translation>
    </message>
    <message>
        <source>&apos;profile command PROFILE NAME --remove&apos; takes no program.</source>
        <translation>&apos;profile command PROFILE NAME --remove&apos; no admite ningún programa.</translation>
    </message>
    <message>
        <source>The command template needs a program.</source>
        <translation>La plantilla de comando necesita un programa.</translation>
    </message>
    <message>
        <source>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan or profile.</source>
        <translation>list, create, revoke, verify, history, export, log, audit, acknowledge, rotate, rotations, scan o profile.</translation>
    </message>
    <message>
        <source>a rotation ID (see &apos;keydesk-cli rotations&apos;)</source>
        <translation>un ID de rotación (consulte &apos;keydesk-cli rotations&apos;)</translation>
    </message>
    <message>
        <source>Unknown rotations subcommand &apos;%1&apos;; use advance or cancel.</source>
        <translation>Subcomando de rotations desconocido &apos;%1&apos;; use advance o cancel.</translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs a subcommand: add, list, remove, set or command.</source>
        <translation>&apos;profile&apos; necesita un subcomando: add, list, remove, set o command.</translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation>un nombre de perfil</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use add, list, remove, set or command.</source>
        <translation>Subcomando de profile desconocido &apos;%1&apos;; use add, list, remove, set o command.</translation>
    </message>
    <message>
        <source>&apos;rotations advance&apos; needs the organisation the rotations are recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations advance&apos; necesita la organización con la que están registradas las rotaciones: --profile NAME, o --org NAME con --base-url.</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs a rotation ID (see &apos;keydesk-cli rotations&apos;).</source>
        <translation>&apos;rotations cancel&apos; necesita un ID de rotación (consulte &apos;keydesk-cli rotations&apos;).</translation>
    </message>
    <message>
        <source>&apos;rotations cancel&apos; needs the organisation the rotation is recorded under: --profile NAME, or --org NAME with --base-url.</source>
        <translation>&apos;rotations cancel&apos; necesita la organización con la que está registrada la rotación: --profile NAME, o --org NAME con --base-url.</translation>
    </message>
    <message>
        <source>&apos;profile set&apos; needs --rotate-every-days N.</source>
        <translation>&apos;profile set&apos; necesita --rotate-every-days N.</translation>
    </message>
    <message>
        <source>--rotate-every-days needs a whole number of days from 0 (no policy) to 3650, not &apos;%1&apos;.</source>
        <translation>--rotate-every-days necesita un número entero de días de 0 (sin política) a 3650, no &apos;%1&apos;.</translation>
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
        <translation>Uso: keydesk-cli [--profile NAME | --dialect leadhql|localleads|trustleads --base-url URL]
                 [--org NAME] [--json] [--ca-file ARCHIVO] COMANDO

Gestiona las claves de API de una organización de LeadHQL, LocalLeads o Trust Leads.

Comandos:
  list                          todas las claves de la organización
  create NAME [--expires-in-days N | --expires-at AAAA-MM-DD]
                                crear una clave; solo la clave se escribe en stdout
  revoke ID [--yes]             revocar una clave (pide confirmación, salvo
                                con --yes)
  revoke ID ID... [--yes]       revocar varias claves: una vista previa y luego
                                escribir cuántas son
  verify                        comprobar una clave leída de stdin
  list --cached                 el último listado del inventario local (sin
                                ninguna solicitud)
  history ID [--json]           cómo cambiaron el estado y el uso de una clave,
                                de lo más antiguo a lo más reciente
  export [--format csv|json] [--all-profiles]
                                todas las claves conocidas, sin secretos
  log [--json] [--since AAAA-MM-DD]
                                lo que hizo KeyDesk: creaciones, revocaciones,
                                entregas, perfiles
  audit [--all-profiles] [--cached] [--fail-on info|warning|critical] [--json]
                                lo que hay que hacer: claves que caducan,
                                antiguas, inactivas o con un uso inesperado
                                (primero actualiza la organización)
  acknowledge [ID] HALLAZGO [--note TEXTO] [--until AAAA-MM-DD]
                                dejar un hallazgo fuera de &apos;audit&apos; (limit-near:
                                sin ID)
  scan PATH... [--history] [--staged] [--binary] [--full] [--verify]
       [--ignore-file ARCHIVO] [--json | --sarif]
                                buscar claves de API en archivos, carpetas (- para
                                stdin) y el historial de git, e indicar qué clave
                                del inventario es cada una; las claves en sí
                                nunca se muestran
  scan --install-hook [REPO]    escribir un hook pre-commit que ejecute
                                &apos;scan --staged&apos;
  rotate ID [--name NAME] [--expires-in-days N | --expires-at AAAA-MM-DD]
         [--quiet-for DURACIÓN] [--no-auto-revoke] [--emergency [--yes]]
         [--wait [--timeout DURACIÓN]]
                                sustituir una clave: la clave nueva en stdout
                                (como &apos;create&apos;); la antigua se revoca cuando la
                                nueva está en uso y la antigua no se ha usado
                                durante el periodo sin uso (24h)
  rotations [--json]            las rotaciones y en qué punto están
  rotations advance             actualizar y hacer avanzar las rotaciones
                                abiertas (para cron)
  rotations cancel ID [--revoke-new]
                                detener una rotación y conservar las dos claves
  profile add NAME --dialect D --base-url URL [--ca-file ARCHIVO]
                                guardar una conexión; la credencial se lee de
                                KEYDESK_CREDENTIAL y se guarda en el llavero
  profile list                  conexiones guardadas
  profile remove NAME           eliminar una conexión y su entrada del llavero
  profile set NAME --rotate-every-days N
                                la política de rotación: &apos;audit&apos; señala las
                                claves con más de N días (0: sin política)

Con --base-url, la credencial se toma de la variable de entorno
KEYDESK_CREDENTIAL (LeadHQL: un token de sesión JWT del panel de control;
LocalLeads: una clave ll_; Trust Leads: una clave lfk_sk_). Los secretos nunca
se aceptan como argumentos.

El inventario local registra cada listado, creación y revocación de un perfil (o
de --base-url con --org NAME) y nunca guarda ningún secreto; list --cached,
history, export y log lo leen con --profile NAME o --org NAME.

DURACIÓN es un número entero seguido de s, m, h o d (90s, 30m, 24h, 7d).
Las rotaciones se registran con el perfil (o con --org NAME junto con --base-url).

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
        <translation>Entrega (la clave llega a su destino por stdin, nunca en argv; se vuelve a leer
y se compara antes de eliminar la copia pendiente del llavero):
  create NAME --to DESTINO, rotate ID --to DESTINO
                                DESTINO: keychain:LABEL, pass:NAME,
                                keepassxc:DATABASE:ENTRY (contraseña de la base
                                de datos desde el terminal o stdin) o command:NAME
  profile command PROFILE [NAME [-- PROGRAM ARG...]] [--remove]
                                guardar, mostrar, eliminar o enumerar las
                                plantillas de comando del perfil (se ejecutan
                                sin shell, con la clave en stdin)

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
Códigos de salida: 0 correcto, 1 otro (p. ej., no admitido por el dialecto,
confirmación denegada), 2 uso, 3 autenticación (en &apos;verify&apos;: clave rechazada),
4 no encontrado, 5 rechazado (por el servidor o por las mismas reglas comprobadas
localmente: nombre, caducidad, límite de claves), 6 red/TLS/tiempo de espera
agotado, 7 llavero, 8 &apos;audit&apos; encontró un hallazgo abierto del nivel de --fail-on
o superior, o &apos;scan&apos; encontró una clave activa o desconocida; &apos;rotate --wait&apos;
sale con 6 cuando pasa el --timeout.
</translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>y</source>
        <extracomment>Accepted answers to a [y/N] question, besides the English &quot;y&quot; and &quot;yes&quot;.</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Crear clave de API</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Crear clave de API</translation>
    </message>
    <message>
        <source>About the new key</source>
        <translation>Acerca de la nueva clave</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Required, at most 100 characters. Describes where the key is used.</source>
        <translation>Obligatorio, 100 caracteres como máximo. Describe dónde se usa la clave.</translation>
    </message>
    <message>
        <source>e.g. Production CRM sync</source>
        <translation>p. ej., Sincronización CRM producción</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Longitud del nombre</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ca&amp;duca:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problema con la caducidad</translation>
    </message>
    <message>
        <source>Limits of this service</source>
        <translation>Límites de este servicio</translation>
    </message>
    <message>
        <source>Error from the server</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Acme Realty (demo)</source>
        <translation>Acme Realty (demo)</translation>
    </message>
    <message>
        <source>Northwind Leads (demo)</source>
        <translation>Northwind Leads (demo)</translation>
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
            <numerusform>%n hallazgo más</numerusform>
            <numerusform>%n hallazgos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more findings</source>
        <translation>
            <numerusform>%n hallazgo más</numerusform>
            <numerusform>%n hallazgos más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to revoke: %1</source>
        <translation>Lista para revocar: %1</translation>
    </message>
    <message>
        <source>%1. Its successor “%2” is in use and the old key has gone quiet: revoke it in KeyDesk (automatic revoke is off for this rotation).</source>
        <translation>%1. Su sucesora «%2» está en uso y la clave antigua ha dejado de usarse: revóquela en KeyDesk (la revocación automática está desactivada para esta rotación).</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired but active</source>
        <translation>Caducada pero activa</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message>
        <source>Old key</source>
        <translation>Clave antigua</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usada</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Used again after a quiet spell</source>
        <translation>Usada de nuevo tras un periodo sin uso</translation>
    </message>
    <message>
        <source>Usage spike</source>
        <translation>Pico de uso</translation>
    </message>
    <message>
        <source>Key limit nearly reached</source>
        <translation>Límite de claves casi alcanzado</translation>
    </message>
    <message>
        <source>Expires in less than a day, on %1.</source>
        <translation>Caduca en menos de un día, el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day, on %1.</source>
        <translation>
            <numerusform>Caduca dentro de %n día, el %1.</numerusform>
            <numerusform>Caduca dentro de %n días, el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days, on %1.</source>
        <translation>
            <numerusform>Caduca dentro de %n día, el %1.</numerusform>
            <numerusform>Caduca dentro de %n días, el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1, but the server still lists it as active.</source>
        <translation>Caducó el %1, pero el servidor todavía la muestra como activa.</translation>
    </message>
    <message>
        <source>Never expires: a leaked copy would work for good.</source>
        <translation>No caduca nunca: una copia filtrada funcionaría para siempre.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Creada hace %n día, el %1: rote las claves periódicamente.</numerusform>
            <numerusform>Creada hace %n días, el %1: rote las claves periódicamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: rotate keys periodically.</source>
        <translation>
            <numerusform>Creada hace %n día, el %1: rote las claves periódicamente.</numerusform>
            <numerusform>Creada hace %n días, el %1: rote las claves periódicamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Creada hace %n día y nunca usada: quizá ya no se necesite.</numerusform>
            <numerusform>Creada hace %n días y nunca usada: quizá ya no se necesite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago and never used: perhaps no longer needed.</source>
        <translation>
            <numerusform>Creada hace %n día y nunca usada: quizá ya no se necesite.</numerusform>
            <numerusform>Creada hace %n días y nunca usada: quizá ya no se necesite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n day ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Usada por última vez hace %n día, el %1: quizá ya no se necesite.</numerusform>
            <numerusform>Usada por última vez hace %n días, el %1: quizá ya no se necesite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last used %n days ago, on %1: perhaps no longer needed.</source>
        <translation>
            <numerusform>Usada por última vez hace %n día, el %1: quizá ya no se necesite.</numerusform>
            <numerusform>Usada por última vez hace %n días, el %1: quizá ya no se necesite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n day without use: check that this use is expected.</source>
        <translation>
            <numerusform>Usada el %1 tras %n día sin uso: compruebe que este uso está previsto.</numerusform>
            <numerusform>Usada el %1 tras %n días sin uso: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used on %1 after %n days without use: check that this use is expected.</source>
        <translation>
            <numerusform>Usada el %1 tras %n día sin uso: compruebe que este uso está previsto.</numerusform>
            <numerusform>Usada el %1 tras %n días sin uso: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n solicitud en el último intervalo, %1 veces su ritmo habitual: compruebe que este uso está previsto.</numerusform>
            <numerusform>%n solicitudes en el último intervalo, %1 veces su ritmo habitual: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval, %1 times its usual rate: check that this use is expected.</source>
        <translation>
            <numerusform>%n solicitud en el último intervalo, %1 veces su ritmo habitual: compruebe que este uso está previsto.</numerusform>
            <numerusform>%n solicitudes en el último intervalo, %1 veces su ritmo habitual: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n solicitud en el último intervalo de una clave que no se había usado antes: compruebe que este uso está previsto.</numerusform>
            <numerusform>%n solicitudes en el último intervalo de una clave que no se había usado antes: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the latest interval of a key that was not used before: check that this use is expected.</source>
        <translation>
            <numerusform>%n solicitud en el último intervalo de una clave que no se había usado antes: compruebe que este uso está previsto.</numerusform>
            <numerusform>%n solicitudes en el último intervalo de una clave que no se había usado antes: compruebe que este uso está previsto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active keys: revoke keys no longer needed before the next create fails.</source>
        <translation>%1 de %2 claves activas: revoque las claves que ya no se necesiten antes de que falle la próxima creación.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Set an expiry by rotating</source>
        <translation>Rotar para fijar una caducidad</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotación pendiente</translation>
    </message>
    <message>
        <source>Leaked</source>
        <translation>Filtrada</translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n day</source>
        <translation>
            <numerusform>la política es rotarlas cada %n día</numerusform>
            <numerusform>la política es rotarlas cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the policy is to rotate every %n days</source>
        <translation>
            <numerusform>la política es rotarlas cada %n día</numerusform>
            <numerusform>la política es rotarlas cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n day ago, on %1: %2.</source>
        <translation>
            <numerusform>Creada hace %n día, el %1: %2.</numerusform>
            <numerusform>Creada hace %n días, el %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n days ago, on %1: %2.</source>
        <translation>
            <numerusform>Creada hace %n día, el %1: %2.</numerusform>
            <numerusform>Creada hace %n días, el %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A leak scan found this live key in %1 on %2: rotate it, or revoke it, now.</source>
        <translation>Un análisis de filtraciones encontró esta clave activa en %1 el %2: rótela o revóquela ahora.</translation>
    </message>
</context>
<context>
    <name>InventoryStatus</name>
    <message>
        <source>Opening the inventory…</source>
        <translation>Abriendo el inventario…</translation>
    </message>
    <message>
        <source>The inventory file was damaged. It was moved to %1 and a new one was started; KeyDesk fills it again from the servers.</source>
        <translation>El archivo de inventario estaba dañado. Se ha movido a %1 y se ha empezado uno nuevo; KeyDesk lo vuelve a llenar con los datos de los servidores.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of KeyDesk (format %2; this version knows formats up to %3). It was left untouched: KeyDesk works without history until you update it.</source>
        <translation>El inventario %1 lo escribió una versión más reciente de KeyDesk (formato %2; esta versión conoce formatos hasta el %3). No se ha modificado: KeyDesk funciona sin historial hasta que actualice KeyDesk.</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk inventory. It was left untouched: KeyDesk works without history.</source>
        <translation>%1 no es un inventario de KeyDesk. No se ha modificado el archivo: KeyDesk funciona sin historial.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite): KeyDesk works without history.</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete de Debian libqt6sql6-sqlite): KeyDesk funciona sin historial.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be written (read-only): KeyDesk works without history.</source>
        <translation>No se puede escribir en el inventario %1 (solo lectura): KeyDesk funciona sin historial.</translation>
    </message>
    <message>
        <source>The disk that holds the inventory %1 is full: KeyDesk works without history until there is space again.</source>
        <translation>El disco que contiene el inventario %1 está lleno: KeyDesk funciona sin historial hasta que vuelva a haber espacio.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be used (%2): KeyDesk works without history.</source>
        <translation>No se puede usar el inventario %1 (%2): KeyDesk funciona sin historial.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged and could not be moved aside (%2): KeyDesk works without history.</source>
        <translation>El inventario %1 está dañado y no se pudo apartar (%2): KeyDesk funciona sin historial.</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Introduzca un nombre para la clave.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: %n characters, at most %1.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: %n carácter, %1 como máximo.</numerusform>
            <numerusform>El nombre es demasiado largo: %n caracteres, %1 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key must live at least one day.</source>
        <translation>Una clave debe ser válida al menos un día.</translation>
    </message>
    <message numerus="yes">
        <source>A key can live at most %n days.</source>
        <translation>
            <numerusform>Una clave puede ser válida como máximo %n día.</numerusform>
            <numerusform>Una clave puede ser válida como máximo %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid expiry date.</source>
        <translation>Elija una fecha de caducidad válida.</translation>
    </message>
    <message>
        <source>The expiry date must be after today.</source>
        <translation>La fecha de caducidad debe ser posterior a hoy.</translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days ahead.</source>
        <translation>
            <numerusform>La fecha de caducidad puede estar como máximo a %n día vista.</numerusform>
            <numerusform>La fecha de caducidad puede estar como máximo a %n días vista.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), such as a line break, a tab or a text-direction mark. Type the name without it.</source>
        <translation>El nombre contiene un carácter de control invisible (%1), como un salto de línea, un tabulador o una marca de dirección del texto. Escriba el nombre sin ese carácter.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Scan for Leaked Keys</source>
        <translation>Analizar claves filtradas</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Carpetas que analizar</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Also the &amp;git history (every commit, branch and stash)</source>
        <translation>También el historial de &amp;git (cada commit, rama y stash)</translation>
    </message>
    <message>
        <source>Also &amp;binary files</source>
        <translation>También los archivos &amp;binarios</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>Claves encontradas</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otar…</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Mostrar en el gestor de archi&amp;vos</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>&amp;Excluir…</translation>
    </message>
</context>
<context>
    <name>LostKeyDialog</name>
    <message>
        <source>Key May Exist</source>
        <translation>Es posible que la clave exista</translation>
    </message>
    <message>
        <source>Outcome of creating the key is unknown</source>
        <translation>Resultado de la creación de la clave desconocido</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Why the key may exist</source>
        <translation>Por qué puede existir la clave</translation>
    </message>
    <message>
        <source>Error of the create request</source>
        <translation>Error de la solicitud de creación</translation>
    </message>
    <message>
        <source>Result of the search</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Keys the lost create may have left</source>
        <translation>Claves que puede haber dejado la creación perdida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
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
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>API keys table</source>
        <translation>Tabla de claves de API</translation>
    </message>
    <message>
        <source>Empty state</source>
        <translation>Estado vacío</translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation>Acción del estado vacío</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Crear clave…</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Hand Off Pending Key…</source>
        <translation>&amp;Entregar clave pendiente…</translation>
    </message>
    <message>
        <source>Hand Off</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Copy &amp;Identifier</source>
        <translation>Copiar &amp;identificador</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Añadir organización…</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Editar organización…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <source>Re&amp;move Organisation…</source>
        <translation>E&amp;liminar organización…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>Acerca &amp;de KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the inventory of every organisation as CSV or JSON (no secrets)</source>
        <translation>Guardar el inventario de todas las organizaciones como CSV o JSON (sin secretos)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otar…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>&amp;Scan for Leaked Keys…</source>
        <translation>&amp;Analizar claves filtradas…</translation>
    </message>
    <message>
        <source>Find API keys in folders and their git history, and which of your keys each one is</source>
        <translation>Busca claves de API en carpetas y en su historial de git, e indica a cuál de sus claves corresponde cada una</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clear a copied &amp;key after:</source>
        <translation>Borrar una &amp;clave copiada tras:</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Tiempo del portapapeles en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh the key list every:</source>
        <translation>&amp;Actualizar la lista de claves cada:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalo de actualización en segundos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Keep KeyDesk running in the system tray</source>
        <translation>&amp;Mantener KeyDesk en ejecución en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Closing the window keeps KeyDesk watching every organisation and notifying you of new findings</source>
        <translation>Al cerrar la ventana, KeyDesk sigue vigilando todas las organizaciones y avisándole de los hallazgos nuevos</translation>
    </message>
    <message>
        <source>&amp;Watch every organisation every:</source>
        <translation>&amp;Vigilar todas las organizaciones cada:</translation>
    </message>
    <message>
        <source>Background watch interval in minutes</source>
        <translation>Intervalo de vigilancia en segundo plano, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Start at login (in the background)</source>
        <translation>&amp;Iniciar con la sesión (en segundo plano)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation>Acerca de este diálogo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>e.g. Acme Realty</source>
        <translation>p. ej., Acme Realty</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Service (API dialect)</source>
        <translation>Servicio (dialecto de la API)</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Archivo de certificado de CA adicional</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private certificate authority</source>
        <translation>Opcional: PEM de una CA privada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Authentication header</source>
        <translation>Cabecera de autenticación</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>C&amp;redencial:</translation>
    </message>
    <message>
        <source>Management credential</source>
        <translation>Credencial de gestión</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation>Mostrar la credencial</translation>
    </message>
    <message>
        <source>About the credential</source>
        <translation>Acerca de la credencial</translation>
    </message>
    <message>
        <source>Session token expiry</source>
        <translation>Caducidad del token de sesión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Usar solo en esta s&amp;esión</translation>
    </message>
    <message>
        <source>Use the credential for this session only</source>
        <translation>Usar la credencial solo en esta sesión</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long (at most %n characters).</source>
        <translation>
            <numerusform>El nombre del perfil es demasiado largo (%n carácter como máximo).</numerusform>
            <numerusform>El nombre del perfil es demasiado largo (%n caracteres como máximo).</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation>El nombre del perfil no debe empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>El nombre del perfil no debe contener &quot;/&quot; ni &quot;\&quot;.</translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example %1.</source>
        <translation>Introduzca la URL base de la API, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>La URL base &quot;%1&quot; no es una dirección web válida.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only in the &quot;Authorization: Bearer&quot; header.</source>
        <translation>%1 solo acepta la credencial en la cabecera &quot;Authorization: Bearer&quot;.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>El archivo de CA &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; is not a file.</source>
        <translation>El archivo de CA &quot;%1&quot; no es un archivo.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read (check its permissions).</source>
        <translation>No se puede leer el archivo de CA &quot;%1&quot; (compruebe sus permisos).</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; cannot be read or written (access denied); profiles cannot be saved. Check the file&apos;s permissions.</source>
        <translation>No se puede leer ni escribir el archivo de configuración &quot;%1&quot; (acceso denegado); no se pueden guardar los perfiles. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged and was not read; profiles cannot be saved. Repair or delete the file.</source>
        <translation>El archivo de configuración &quot;%1&quot; está dañado y no se ha leído; no se pueden guardar los perfiles. Repare o elimine el archivo.</translation>
    </message>
    <message>
        <source>These profiles in &quot;%1&quot; name no known dialect and are ignored: %2.</source>
        <translation>Estos perfiles de &quot;%1&quot; no indican ningún dialecto conocido y se ignoran: %2.</translation>
    </message>
    <message>
        <source>The profile name must not contain control characters such as line breaks or tabs, or invisible text-direction marks.</source>
        <translation>El nombre del perfil no debe contener caracteres de control, como saltos de línea o tabuladores, ni marcas invisibles de dirección del texto.</translation>
    </message>
    <message>
        <source>Another KeyDesk process is changing the profiles in &quot;%1&quot; right now, so nothing was saved. Try again in a moment.</source>
        <translation>Otro proceso de KeyDesk está modificando ahora mismo los perfiles de &quot;%1&quot;, así que no se ha guardado nada. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The profiles in &quot;%1&quot; cannot be changed: the lock file &quot;%2&quot; cannot be created. Check the folder&apos;s permissions.</source>
        <translation>No se pueden modificar los perfiles de &quot;%1&quot;: no se puede crear el archivo de bloqueo &quot;%2&quot;. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>A command template&apos;s name is 1 to %n characters, without &quot;/&quot;, &quot;\&quot;, control characters or spaces at either end.</source>
        <translation>
            <numerusform>El nombre de una plantilla de comando tiene de 1 a %n carácter, sin &quot;/&quot;, &quot;\&quot;, caracteres de control ni espacios al principio o al final.</numerusform>
            <numerusform>El nombre de una plantilla de comando tiene de 1 a %n caracteres, sin &quot;/&quot;, &quot;\&quot;, caracteres de control ni espacios al principio o al final.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>dentro de %n mes</numerusform>
            <numerusform>dentro de %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dentro de %n mes</numerusform>
            <numerusform>dentro de %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>dentro de %n año</numerusform>
            <numerusform>dentro de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dentro de %n año</numerusform>
            <numerusform>dentro de %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Advertencia del llavero</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Keychain warning text</source>
        <translation>Texto de la advertencia del llavero</translation>
    </message>
    <message>
        <source>The full key, shown only this once. Read-only.</source>
        <translation>La clave completa, que solo se muestra esta vez. Solo lectura.</translation>
    </message>
    <message>
        <source>Copy key to clipboard</source>
        <translation>Copiar la clave al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Estado del portapapeles</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Visible identifier</source>
        <translation>Identificador visible</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Keep a copy in the keychain</source>
        <translation>Guardar una copia en el llavero</translation>
    </message>
    <message>
        <source>Keep a copy in the &amp;keychain</source>
        <translation>Guardar una copia en el &amp;llavero</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Dónde se guarda la clave</translation>
    </message>
    <message>
        <source>Keep for later handoff</source>
        <translation>Guardar para entregar más tarde</translation>
    </message>
    <message>
        <source>Keep for &amp;Later Handoff</source>
        <translation>Guardar para entregar &amp;más tarde</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>He guardado la clave</translation>
    </message>
    <message>
        <source>I Have &amp;Stored the Key</source>
        <translation>He &amp;guardado la clave</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Enviar la clave a un gestor de contraseñas o a un almacén de secretos</translation>
    </message>
    <message>
        <source>Send &amp;To…</source>
        <translation>&amp;Enviar a…</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmation</name>
    <message>
        <source>Revoke API Key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Recent use warning</source>
        <translation>Advertencia de uso reciente</translation>
    </message>
    <message>
        <source>Recent use warning text</source>
        <translation>Texto de la advertencia de uso reciente</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate Key</source>
        <translation>Rotar clave</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Nombre de la clave nueva:</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Nombre de la clave nueva</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>&amp;Caduca en:</translation>
    </message>
    <message>
        <source>Days until the new key expires</source>
        <translation>Días hasta que caduque la clave nueva</translation>
    </message>
    <message>
        <source>&amp;Quiet period:</source>
        <translation>Periodo &amp;sin uso:</translation>
    </message>
    <message>
        <source>Hours the old key must go unused before it is revoked</source>
        <translation>Horas que la clave antigua debe pasar sin usarse antes de revocarla</translation>
    </message>
    <message>
        <source>&amp;Revoke the old key automatically when it has gone quiet</source>
        <translation>&amp;Revocar la clave antigua automáticamente cuando haya dejado de usarse</translation>
    </message>
    <message>
        <source>E&amp;mergency: the key has leaked (revoke it as soon as the new key exists)</source>
        <translation>E&amp;mergencia: la clave se ha filtrado (revocarla en cuanto exista la clave nueva)</translation>
    </message>
    <message>
        <source>Room for the new key</source>
        <translation>Espacio para la clave nueva</translation>
    </message>
    <message>
        <source>Re&amp;voke this key first:</source>
        <translation>Re&amp;vocar primero esta clave:</translation>
    </message>
    <message>
        <source>Key to revoke first</source>
        <translation>Clave que revocar primero</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain has no such entry (it may have been removed). Enter the credential again to store it.</source>
        <translation>El llavero no tiene esa entrada (es posible que se haya eliminado). Vuelva a introducir la credencial para guardarla.</translation>
    </message>
    <message>
        <source>No D-Bus session bus is running, so the keychain cannot be reached. Start KeyDesk inside your desktop session.</source>
        <translation>No hay ningún bus de sesión D-Bus en ejecución, así que no se puede acceder al llavero. Inicie KeyDesk dentro de su sesión de escritorio.</translation>
    </message>
    <message>
        <source>No Secret Service is running (GNOME Keyring or KWallet). Install and start gnome-keyring, or use the credential for this session only.</source>
        <translation>No hay ningún Secret Service en ejecución (GNOME Keyring o KWallet). Instale e inicie gnome-keyring, o use la credencial solo en esta sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again or with Seahorse) and retry.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión o con Seahorse) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow KeyDesk to use the keychain when asked, then retry.</source>
        <translation>Se denegó el acceso al llavero. Permita que KeyDesk use el llavero cuando se le pregunte y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt. Answer or unlock it and retry.</source>
        <translation>El llavero no respondió a tiempo; puede que esté esperando una solicitud de desbloqueo. Respóndala o desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Retry, or use the credential for this session only.</source>
        <translation>El llavero informó de un error inesperado. Vuelva a intentarlo o use la credencial solo en esta sesión.</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error (%1). Retry, or use the credential for this session only.</source>
        <translation>El llavero informó de un error inesperado (%1). Vuelva a intentarlo o use la credencial solo en esta sesión.</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Send Key To</source>
        <translation>Enviar la clave a</translation>
    </message>
    <message>
        <source>Send the key to a password manager or secret store</source>
        <translation>Enviar la clave a un gestor de contraseñas o a un almacén de secretos</translation>
    </message>
    <message>
        <source>KeyDesk hands the key to the destination on its standard input (never on a command line), reads it back where it can, and forgets its pending copy only after a verified delivery.</source>
        <translation>KeyDesk entrega la clave al destino por su entrada estándar (nunca en una línea de comandos), la vuelve a leer donde puede y solo olvida su copia pendiente tras una entrega verificada.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Destination kind</source>
        <translation>Tipo de destino</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Keychain label</source>
        <translation>Etiqueta del llavero</translation>
    </message>
    <message>
        <source>Deploy key</source>
        <translation>Clave de despliegue</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Account attribute</source>
        <translation>Atributo de cuenta</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>E&amp;ntrada:</translation>
    </message>
    <message>
        <source>pass entry name</source>
        <translation>Nombre de la entrada de pass</translation>
    </message>
    <message>
        <source>team/deploy-key</source>
        <translation>team/deploy-key</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>KeePassXC database file</source>
        <translation>Archivo de base de datos de KeePassXC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Entry in the database</source>
        <translation>Entrada de la base de datos</translation>
    </message>
    <message>
        <source>Deploy/leadhql</source>
        <translation>Deploy/leadhql</translation>
    </message>
    <message>
        <source>Data&amp;base password:</source>
        <translation>C&amp;ontraseña de la base de datos:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Comando guardado</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ejecuta:</translation>
    </message>
    <message>
        <source>Command line that will run</source>
        <translation>Línea de comandos que se ejecutará</translation>
    </message>
    <message>
        <source>Whether the tool is installed</source>
        <translation>Si la herramienta está instalada</translation>
    </message>
    <message>
        <source>Delivery in progress</source>
        <translation>Entrega en curso</translation>
    </message>
    <message>
        <source>Delivery result</source>
        <translation>Resultado de la entrega</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program, key redacted</source>
        <translation>Salida del programa del destino, con la clave oculta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Env&amp;iar</translation>
    </message>
</context>
<context>
    <name>TrackKeyDialog</name>
    <message>
        <source>Track a Key</source>
        <translation>Hacer seguimiento de una clave</translation>
    </message>
    <message>
        <source>Trust Leads does not list its keys. Paste a key made in its dashboard: KeyDesk verifies it and remembers its fingerprint and masked identifier, never the key itself.</source>
        <translation>Trust Leads no enumera sus claves. Pegue una clave creada en su panel de control: KeyDesk la verifica y recuerda su huella y su identificador enmascarado, nunca la clave en sí.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Verify it periodically (keeps the key in the keychain)</source>
        <translation>&amp;Verificarla periódicamente (guarda la clave en el llavero)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Use the language LANG (de, en, es or fr) instead of the system&apos;s.</source>
        <translation>Usar el idioma LANG (de, en, es o fr) en vez del idioma del sistema.</translation>
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
        <translation>La URL base no es una dirección web con un host, como https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; store the credential in the keychain instead.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña; guarde la credencial en el llavero.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (the part from &quot;?&quot;): KeyDesk would not send it, and a credential in it would be stored in plain text. Remove it and keep the credential in the keychain.</source>
        <translation>La URL base no debe contener una cadena de consulta (la parte a partir de &quot;?&quot;): KeyDesk no la enviaría, y una credencial incluida en ella se guardaría en texto sin cifrar. Quítela y guarde la credencial en el llavero.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (the part from &quot;#&quot;); remove it.</source>
        <translation>La URL base no debe contener un fragmento (la parte a partir de &quot;#&quot;); quítelo.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>La URL base debe empezar por https:// (http:// sin cifrar solo se permite para este equipo: localhost, 127.0.0.1 o ::1).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Create a new API key (%1)</source>
        <translation>Crear una nueva clave de API (%1)</translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation>Revocar «%1»</translation>
    </message>
    <message>
        <source>This key is already revoked.</source>
        <translation>Esta clave ya está revocada.</translation>
    </message>
    <message>
        <source>Select a key to revoke it.</source>
        <translation>Seleccione una clave para revocarla.</translation>
    </message>
    <message>
        <source>Show the full key of “%1” once more, from the keychain</source>
        <translation>Mostrar una vez más la clave completa de «%1», desde el llavero</translation>
    </message>
    <message>
        <source>Select a key marked “pending handoff”.</source>
        <translation>Seleccione una clave marcada como «entrega pendiente».</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected keys</source>
        <translation>
            <numerusform>Revocar la clave seleccionada (%n)</numerusform>
            <numerusform>Revocar las %n claves seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected keys are already revoked, or their organisation cannot revoke keys now.</source>
        <translation>Las claves seleccionadas ya están revocadas, o su organización no puede revocar claves ahora.</translation>
    </message>
    <message>
        <source>Replaces the selected key by a new one and revokes it once it has gone quiet</source>
        <translation>Sustituye la clave seleccionada por una nueva y la revoca cuando haya dejado de usarse</translation>
    </message>
    <message>
        <source>Rotating needs the local inventory.</source>
        <translation>Rotar necesita el inventario local.</translation>
    </message>
    <message>
        <source>Choose the key&apos;s organisation to rotate it.</source>
        <translation>Elija la organización de la clave para rotarla.</translation>
    </message>
    <message>
        <source>Select one key to rotate it.</source>
        <translation>Seleccione una sola clave para rotarla.</translation>
    </message>
    <message>
        <source>Select a key to rotate it.</source>
        <translation>Seleccione una clave para rotarla.</translation>
    </message>
    <message>
        <source>This key is being rotated: see its timeline.</source>
        <translation>Esta clave está en rotación: consulte su cronología.</translation>
    </message>
    <message>
        <source>Rotate “%1”: a new key, the old one revoked once it has gone quiet</source>
        <translation>Rotar «%1»: una clave nueva, y la antigua se revoca cuando haya dejado de usarse</translation>
    </message>
    <message>
        <source>Only an active key can be rotated.</source>
        <translation>Solo se puede rotar una clave activa.</translation>
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
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogModel</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Handoff: stored</source>
        <translation>Entrega: guardada</translation>
    </message>
    <message>
        <source>Handoff: kept for later</source>
        <translation>Entrega: conservada para más tarde</translation>
    </message>
    <message>
        <source>Handoff: expired</source>
        <translation>Entrega: caducada</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Perfil añadido</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Perfil modificado</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>Perfil eliminado</translation>
    </message>
    <message>
        <source>Track key</source>
        <translation>Seguir clave</translation>
    </message>
    <message>
        <source>Verify tracked key</source>
        <translation>Verificar clave seguida</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>outcome</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Aceptar hallazgo</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Retirar aceptación</translation>
    </message>
    <message>
        <source>Rotation started</source>
        <translation>Rotación iniciada</translation>
    </message>
    <message>
        <source>Rotation: new key verified</source>
        <translation>Rotación: clave nueva verificada</translation>
    </message>
    <message>
        <source>Rotation: new key in use</source>
        <translation>Rotación: clave nueva en uso</translation>
    </message>
    <message>
        <source>Rotation: ready to revoke</source>
        <translation>Rotación: lista para revocar</translation>
    </message>
    <message>
        <source>Rotation: old key revoked</source>
        <translation>Rotación: clave antigua revocada</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Rotación cancelada</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotación fallida</translation>
    </message>
    <message>
        <source>Deliver key</source>
        <translation>Entregar clave</translation>
    </message>
</context>
<context>
    <name>keydesk::ActionLogWindow</name>
    <message>
        <source>KeyDesk — Log</source>
        <translation>KeyDesk — Registro de acciones</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <source>Shows the entries that contain every word typed here</source>
        <translation>Muestra las entradas que contienen cada palabra escrita aquí</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
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
        <translation>%1: no hay ninguna credencial guardada; introdúzcala en la configuración de la organización.</translation>
    </message>
    <message>
        <source>%1: the LeadHQL session token expired on %2; paste a new one in the organisation&apos;s settings.</source>
        <translation>%1: el token de sesión de LeadHQL caducó el %2; pegue uno nuevo en la configuración de la organización.</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiCall</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>respuesta de más de %1 bytes</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>ninguna respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>estado HTTP inesperado %1</translation>
    </message>
    <message>
        <source>content type %1 is not JSON</source>
        <translation>el tipo de contenido %1 no es JSON</translation>
    </message>
    <message>
        <source>the server did not confirm the revoke</source>
        <translation>el servidor no confirmó la revocación</translation>
    </message>
    <message>
        <source>the answer does not have the documented shape</source>
        <translation>la respuesta no tiene la forma documentada</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>sin datos durante %1 ms</translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation>el gestor de acceso a la red se destruyó</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>la conexión se cerró antes de que el servidor respondiera</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 announced bytes</source>
        <translation>la conexión se cerró tras %1 de %2 bytes anunciados</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, the last to %1</source>
        <translation>
            <numerusform>más de %n redirección, la última a %1</numerusform>
            <numerusform>más de %n redirecciones, la última a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2</source>
        <translation>HTTP %1, una redirección a %2</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 instead of an answer to the revoke; the revoke is not confirmed</source>
        <translation>HTTP %1, una redirección a %2 en lugar de una respuesta a la revocación; la revocación no está confirmada</translation>
    </message>
    <message>
        <source>the server redirected to %1, another host or plain HTTP</source>
        <translation>el servidor redirigió a %1, otro host o HTTP sin cifrar</translation>
    </message>
    <message>
        <source>HTTP %1, a redirect to %2 that cannot be followed</source>
        <translation>HTTP %1, una redirección a %2 que no se puede seguir</translation>
    </message>
    <message>
        <source>no valid address</source>
        <translation>ninguna dirección válida</translation>
    </message>
    <message>
        <source>HTTP %1 does not confirm the revoke</source>
        <translation>HTTP %1 no confirma la revocación</translation>
    </message>
</context>
<context>
    <name>keydesk::ApiClient</name>
    <message>
        <source>&quot;%1&quot; is not a key id</source>
        <translation>&quot;%1&quot; no es un ID de clave</translation>
    </message>
    <message>
        <source>it contains control characters such as line breaks</source>
        <translation>contiene caracteres de control, como saltos de línea</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation>el archivo de CA %1 no existe o no se puede leer</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>el archivo de CA %1 no contiene ningún certificado PEM</translation>
    </message>
</context>
<context>
    <name>keydesk::BannerMessages</name>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the stored credential of “%1”: %2 Paste a valid one.</source>
        <translation>El servidor rechazó la credencial guardada de «%1»: %2 Pegue una válida.</translation>
    </message>
    <message>
        <source>No credential is stored for “%1”. Enter it in the organisation&apos;s settings.</source>
        <translation>No hay ninguna credencial guardada para «%1». Introdúzcala en la configuración de la organización.</translation>
    </message>
    <message>
        <source>Enter Credential…</source>
        <translation>Introducir credencial…</translation>
    </message>
    <message>
        <source>You can enter the credential again and use it for this session only.</source>
        <translation>Puede volver a introducir la credencial y usarla solo en esta sesión.</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL dashboard and paste the new session token to continue.</source>
        <translation>El token de sesión de LeadHQL de «%1» caducó el %2. Inicie sesión en el panel de control de LeadHQL y pegue el nuevo token de sesión para continuar.</translation>
    </message>
    <message>
        <source>Enter New Token…</source>
        <translation>Introducir nuevo token…</translation>
    </message>
    <message>
        <source>The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.</source>
        <translation>El token de sesión de LeadHQL de «%1» caduca %2 (%3). Pegue uno nuevo antes de que caduque.</translation>
    </message>
    <message>
        <source>The table shows the last known keys, listed %1; creating and revoking keys wait until the server answers.</source>
        <translation>La tabla muestra las últimas claves conocidas, listadas %1; la creación y la revocación de claves esperan a que responda el servidor.</translation>
    </message>
    <message>
        <source>Their rows, if the inventory knew any, are the last known keys, marked “not refreshed”; the other organisations&apos; keys are current.</source>
        <translation>Sus filas, si el inventario conocía alguna, son las últimas claves conocidas, marcadas como «sin actualizar»; las claves de las demás organizaciones están al día.</translation>
    </message>
</context>
<context>
    <name>keydesk::BulkRevokeDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clave sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key?</source>
        <translation>
            <numerusform>¿Revocar %n clave?</numerusform>
            <numerusform>¿Revocar %n claves?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n keys?</source>
        <translation>
            <numerusform>¿Revocar %n clave?</numerusform>
            <numerusform>¿Revocar %n claves?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every integration that uses these keys fails at once. Revoking cannot be undone.</source>
        <translation>Todas las integraciones que usan estas claves fallarán de inmediato. La revocación no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key is already revoked and is skipped.</source>
        <translation>
            <numerusform>%n clave seleccionada ya está revocada y se omite.</numerusform>
            <numerusform>%n claves seleccionadas ya están revocadas y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected keys are already revoked and are skipped.</source>
        <translation>
            <numerusform>%n clave seleccionada ya está revocada y se omite.</numerusform>
            <numerusform>%n claves seleccionadas ya están revocadas y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them was used in the last 24 hours: something may still depend on it.</source>
        <translation>
            <numerusform>%n de ellas se usó en las últimas 24 horas: puede que algo todavía dependa de ella.</numerusform>
            <numerusform>%n de ellas se usaron en las últimas 24 horas: puede que algo todavía dependa de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last 24 hours: something may still depend on them.</source>
        <translation>
            <numerusform>%n de ellas se usó en las últimas 24 horas: puede que algo todavía dependa de ella.</numerusform>
            <numerusform>%n de ellas se usaron en las últimas 24 horas: puede que algo todavía dependa de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Escriba %1 para confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key</source>
        <translation>
            <numerusform>&amp;Revocar %n clave</numerusform>
            <numerusform>&amp;Revocar %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Keys</source>
        <translation>
            <numerusform>&amp;Revocar %n clave</numerusform>
            <numerusform>&amp;Revocar %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke keys</source>
        <translation>Revocar claves</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Omitida: ya revocada</translation>
    </message>
    <message>
        <source>To revoke (used in the last 24 hours)</source>
        <translation>Se revocará (usada en las últimas 24 horas)</translation>
    </message>
    <message>
        <source>To revoke</source>
        <translation>Se revocará</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>«%1» (%2): %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key revoked.</source>
        <translation>
            <numerusform>%n clave revocada.</numerusform>
            <numerusform>%n claves revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys revoked.</source>
        <translation>
            <numerusform>%n clave revocada.</numerusform>
            <numerusform>%n claves revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already revoked).</source>
        <translation>
            <numerusform>%n omitida (ya revocada).</numerusform>
            <numerusform>%n omitidas (ya revocadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key could not be revoked:</source>
        <translation>
            <numerusform>No se pudo revocar %n clave:</numerusform>
            <numerusform>No se pudieron revocar %n claves:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be revoked:</source>
        <translation>
            <numerusform>No se pudo revocar %n clave:</numerusform>
            <numerusform>No se pudieron revocar %n claves:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::CloseToBackground</name>
    <message>
        <source>Keep Watching?</source>
        <translation>¿Seguir vigilando?</translation>
    </message>
    <message>
        <source>KeyDesk can keep watching your organisations in the background and notify you of new findings. There is no system tray here: the Open button of a notification brings the window back.</source>
        <translation>KeyDesk puede seguir vigilando sus organizaciones en segundo plano y avisarle de los hallazgos nuevos. Aquí no hay bandeja del sistema: el botón «Abrir» de una notificación vuelve a mostrar la ventana.</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>Seguir &amp;vigilando</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>keydesk::CommandRunner</name>
    <message>
        <source>There is no profile named &apos;%1&apos;; see &apos;keydesk-cli profile list&apos;.</source>
        <translation>No hay ningún perfil llamado &apos;%1&apos;; consulte &apos;keydesk-cli profile list&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported by %2 (no documented key-management API); manage its keys in the %2 dashboard. &apos;verify&apos; works.</source>
        <translation>%2 no admite &apos;%1&apos; (no hay ninguna API de gestión de claves documentada); gestione sus claves en el panel de control de %2. &apos;verify&apos; sí funciona.</translation>
    </message>
    <message>
        <source>&apos;revoke&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke without asking.</source>
        <translation>&apos;revoke&apos; pide confirmación en un terminal, pero stdin no lo es; pase --yes para revocar sin preguntar.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: with --base-url the credential is read only from there (or save a profile with &apos;keydesk-cli profile add&apos;).</source>
        <translation>La variable de entorno %1 no está definida: con --base-url la credencial solo se lee de ahí (o guarde un perfil con &apos;keydesk-cli profile add&apos;).</translation>
    </message>
    <message>
        <source>The keychain has no credential for profile &apos;%1&apos;; store it again with &apos;keydesk-cli profile add %1 …&apos; and the credential in KEYDESK_CREDENTIAL.</source>
        <translation>El llavero no tiene ninguna credencial para el perfil &apos;%1&apos;; vuelva a guardarla con &apos;keydesk-cli profile add %1 …&apos; y la credencial en KEYDESK_CREDENTIAL.</translation>
    </message>
    <message>
        <source>Cannot read the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>No se puede leer la credencial del perfil &apos;%1&apos; del llavero: %2</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>No hay claves.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2; %3).</source>
        <translation>Clave &apos;%1&apos; creada (ID %2; %3).</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; (ID %2, shown as %3; %4).</source>
        <translation>Clave &apos;%1&apos; creada (ID %2, mostrada como %3; %4).</translation>
    </message>
    <message>
        <source>Store it now: it will not be shown again.</source>
        <translation>Guárdela ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>No key with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli list&apos;.</source>
        <translation>No hay ninguna clave con el ID &apos;%1&apos; en esta organización; consulte &apos;keydesk-cli list&apos;.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already revoked.</source>
        <translation>La clave &apos;%1&apos; (%2) ya está revocada.</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; was used in the last 24 hours (%2); integrations still using it will fail.</source>
        <translation>la clave &apos;%1&apos; se usó en las últimas 24 horas (%2); las integraciones que todavía la usen fallarán.</translation>
    </message>
    <message>
        <source>Revoke key &apos;%1&apos; (%2)? Integrations using it fail at once. This cannot be undone. [y/N] </source>
        <translation>¿Revocar la clave &apos;%1&apos; (%2)? Las integraciones que la usan fallarán de inmediato. Esto no se puede deshacer. [s/N] </translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation>No se ha revocado.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (%2).</source>
        <translation>Clave &apos;%1&apos; (%2) revocada.</translation>
    </message>
    <message>
        <source>Paste the key to check and press Enter (it is not shown): </source>
        <translation>Pegue la clave que quiere comprobar y pulse Intro (no se muestra): </translation>
    </message>
    <message>
        <source>Cannot read one key from stdin (unreadable, or more than %1 bytes).</source>
        <translation>No se puede leer una clave de stdin (ilegible o de más de %1 bytes).</translation>
    </message>
    <message>
        <source>No key on stdin: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>No hay ninguna clave en stdin: pase exactamente una clave a &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>stdin holds more than one word: pipe exactly one key into &apos;verify&apos;.</source>
        <translation>stdin contiene más de una palabra: pase exactamente una clave a &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>the input is not in any documented key format; checking it anyway.</source>
        <translation>la entrada no tiene ningún formato de clave documentado; se comprueba de todos modos.</translation>
    </message>
    <message>
        <source>this looks like a %1 key, but the server speaks %2; checking it anyway.</source>
        <translation>parece una clave de %1, pero el servidor habla %2; se comprueba de todos modos.</translation>
    </message>
    <message>
        <source>(unrecognised format)</source>
        <translation>(formato no reconocido)</translation>
    </message>
    <message>
        <source>Key %1 is refused by the server: revoked, expired or mistyped.</source>
        <translation>El servidor rechaza la clave %1: revocada, caducada o mal escrita.</translation>
    </message>
    <message>
        <source>Key %1 is accepted by the server.</source>
        <translation>El servidor acepta la clave %1.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: &apos;profile add&apos; reads the credential from there and stores it in the keychain.</source>
        <translation>La variable de entorno %1 no está definida: &apos;profile add&apos; lee la credencial de ahí y la guarda en el llavero.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard; this credential is not a JWT.</source>
        <translation>%1 solo gestiona claves con un token de sesión JWT del panel de control; esta credencial no es un JWT.</translation>
    </message>
    <message>
        <source>Cannot store the credential in the keychain, so the profile was not saved: %1</source>
        <translation>No se puede guardar la credencial en el llavero, así que el perfil no se ha guardado: %1</translation>
    </message>
    <message>
        <source>Cannot save the profile settings: %1</source>
        <translation>No se puede guardar la configuración del perfil: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3); its credential is in %4.</source>
        <translation>Perfil &apos;%1&apos; guardado (%2, %3); su credencial está en: %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecto</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>No profiles; add one with &apos;keydesk-cli profile add&apos;.</source>
        <translation>No hay perfiles; añada uno con &apos;keydesk-cli profile add&apos;.</translation>
    </message>
    <message>
        <source>Cannot remove the credential of profile &apos;%1&apos; from the keychain: %2</source>
        <translation>No se puede eliminar la credencial del perfil &apos;%1&apos; del llavero: %2</translation>
    </message>
    <message>
        <source>Cannot remove profile &apos;%1&apos; from the settings: %2</source>
        <translation>No se puede eliminar el perfil &apos;%1&apos; de la configuración: %2</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its keychain entry.</source>
        <translation>Se han eliminado el perfil &apos;%1&apos; y su entrada del llavero.</translation>
    </message>
    <message>
        <source>%1 manages keys only with a JWT session token from the dashboard, not with an API key.</source>
        <translation>%1 solo gestiona claves con un token de sesión JWT del panel de control, no con una clave de API.</translation>
    </message>
    <message>
        <source>The session token expired at %1; sign in to the dashboard and copy a new one.</source>
        <translation>El token de sesión caducó el %1; inicie sesión en el panel de control y copie uno nuevo.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>Try &apos;keydesk-cli --help&apos;.</source>
        <translation>Pruebe &apos;keydesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[oculto]</translation>
    </message>
    <message>
        <source>The server may have created the key but its response was lost (%1); the secret cannot be recovered.</source>
        <translation>Es posible que el servidor haya creado la clave, pero su respuesta se perdió (%1); el secreto no se puede recuperar.</translation>
    </message>
    <message>
        <source>The server may have created the key but its response could not be read (%1); the secret cannot be recovered.</source>
        <translation>Es posible que el servidor haya creado la clave, pero su respuesta no se pudo leer (%1); el secreto no se puede recuperar.</translation>
    </message>
    <message>
        <source>Could not check the list of keys: %1 Check it with: %2 list</source>
        <translation>No se pudo comprobar la lista de claves: %1 Compruébela con: %2 list</translation>
    </message>
    <message>
        <source>No new live key named &apos;%1&apos; is in the list, so it was most likely not created; it is safe to try again.</source>
        <translation>No hay ninguna clave activa nueva llamada &apos;%1&apos; en la lista, así que lo más probable es que no se haya creado; puede volver a intentarlo sin riesgo.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named &apos;%1&apos; were created around that time; only one of them is the lost key: compare the creation times before revoking.</source>
        <translation>
            <numerusform>Se creó %n clave llamada &apos;%1&apos; por esas fechas; solo una de ellas es la clave perdida: compare las horas de creación antes de revocar.</numerusform>
            <numerusform>Se crearon %n claves llamadas &apos;%1&apos; por esas fechas; solo una de ellas es la clave perdida: compare las horas de creación antes de revocar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found key &apos;%1&apos; (%2) created at %3; revoke it with: %4 revoke %5 --yes</source>
        <translation>Se encontró la clave &apos;%1&apos; (%2), creada el %3; revóquela con: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Could not write the result to standard output: %1.</source>
        <translation>No se pudo escribir el resultado en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so keydesk-cli cannot tell whether &apos;%1&apos; was created; check these keys before trying again:</source>
        <translation>La lista de claves no indica cuándo se crearon las claves, así que no se puede saber si se creó &apos;%1&apos;. Compruebe estas claves antes de volver a intentarlo:</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2), creation time unknown; if it is the lost key, revoke it with: %3 revoke %4 --yes</source>
        <translation>Clave &apos;%1&apos; (%2), hora de creación desconocida; si es la clave perdida, revóquela con: %3 revoke %4 --yes</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>está cerrada</translation>
    </message>
    <message>
        <source>the program reading it has stopped</source>
        <translation>el programa que la lee se ha detenido</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>no queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (ID %2) was created but could not be written to standard output: %3.</source>
        <translation>La nueva clave &apos;%1&apos; (ID %2) se creó, pero no se pudo escribir en la salida estándar: %3.</translation>
    </message>
    <message>
        <source>It cannot be kept in the keychain for a later handoff: %1</source>
        <translation>No se puede guardar en el llavero para entregarla más tarde: %1</translation>
    </message>
    <message>
        <source>No saved profile has this server and credential, so it cannot wait in the keychain for a handoff in KeyDesk.</source>
        <translation>Ningún perfil guardado tiene este servidor y esta credencial, así que no puede esperar en el llavero a que se entregue en KeyDesk.</translation>
    </message>
    <message>
        <source>%1 The key is in the keychain as &apos;%2&apos;.</source>
        <translation>%1 La clave está en el llavero como &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>It is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>Se guarda en el llavero como entrega pendiente del perfil &apos;%1&apos;: abra ese perfil en KeyDesk, seleccione la clave &apos;%2&apos; y elija «Entregar clave pendiente».</translation>
    </message>
    <message>
        <source>Revoking the key, since nobody has its secret.</source>
        <translation>Se revoca la clave, ya que nadie tiene su secreto.</translation>
    </message>
    <message>
        <source>Revoked key &apos;%1&apos; (ID %2). Create a new key once the output works.</source>
        <translation>Clave &apos;%1&apos; (ID %2) revocada. Cree una clave nueva cuando la salida funcione.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (ID %2) could not be revoked either: %3 Nobody has its secret: revoke it with: %4 revoke %5 --yes</source>
        <translation>Tampoco se pudo revocar la clave &apos;%1&apos; (ID %2): %3 Nadie tiene su secreto: revóquela con: %4 revoke %5 --yes</translation>
    </message>
    <message>
        <source>Key %1 was refused locally: %2. It was not sent to the server.</source>
        <translation>Se ha rechazado localmente la clave %1: %2. No se ha enviado al servidor.</translation>
    </message>
    <message>
        <source>history not recorded: %1</source>
        <translation>no se ha registrado el historial: %1</translation>
    </message>
    <message>
        <source>written to standard output</source>
        <translation>escrita en la salida estándar</translation>
    </message>
    <message>
        <source>answer lost; the list of keys could not be checked</source>
        <translation>respuesta perdida; no se pudo comprobar la lista de claves</translation>
    </message>
    <message>
        <source>answer lost; the list of keys gives no creation times to tell</source>
        <translation>respuesta perdida; la lista de claves no indica horas de creación que permitan saberlo</translation>
    </message>
    <message>
        <source>answer lost; no new key with this name is listed</source>
        <translation>respuesta perdida; la lista no incluye ninguna clave nueva con este nombre</translation>
    </message>
    <message>
        <source>answer lost; the list has one key that may be it</source>
        <translation>respuesta perdida; en la lista hay una clave que podría ser la creada</translation>
    </message>
    <message numerus="yes">
        <source>answer lost; the list has %n keys that may be it</source>
        <translation>
            <numerusform>respuesta perdida; en la lista hay %n clave que podría ser la creada</numerusform>
            <numerusform>respuesta perdida; en la lista hay %n claves que podrían ser la creada</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>No se puede leer el inventario: %1</translation>
    </message>
    <message>
        <source>The inventory has no listing of &apos;%1&apos; yet; list its keys once while the server is reachable.</source>
        <translation>El inventario todavía no tiene ningún listado de &apos;%1&apos;; liste sus claves una vez mientras el servidor esté accesible.</translation>
    </message>
    <message>
        <source>Cached listing of &apos;%1&apos; from %2 (%3); no request was made.</source>
        <translation>Listado de &apos;%1&apos; en caché, del %2 (%3); no se ha hecho ninguna solicitud.</translation>
    </message>
    <message>
        <source>The inventory has no history of key &apos;%1&apos; in &apos;%2&apos;.</source>
        <translation>El inventario no tiene historial de la clave &apos;%1&apos; en &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The action log is empty.</source>
        <translation>El registro de acciones está vacío.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>standard output failed; pending handoff of profile &apos;%1&apos; in the keychain</source>
        <translation>falló la salida estándar; entrega pendiente del perfil &apos;%1&apos; en el llavero</translation>
    </message>
    <message>
        <source>nobody has the secret: standard output failed</source>
        <translation>nadie tiene el secreto: falló la salida estándar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>&apos;%1&apos; no tiene ningún hallazgo %2; &apos;keydesk-cli audit&apos; enumera los hallazgos.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; of &apos;%2&apos; has no %3 finding; &apos;keydesk-cli audit&apos; lists the findings.</source>
        <translation>La clave &apos;%1&apos; de &apos;%2&apos; no tiene ningún hallazgo %3; &apos;keydesk-cli audit&apos; enumera los hallazgos.</translation>
    </message>
    <message>
        <source>The acknowledgement was not stored: %1</source>
        <translation>No se ha guardado la aceptación: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; (%2) of &apos;%3&apos;</source>
        <translation>la clave &apos;%1&apos; (%2) de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 until the end of %3, unless it becomes worse than %4.</source>
        <translation>Aceptado: &apos;audit&apos; omite el hallazgo %1 de %2 hasta el final del %3, salvo que pase a ser peor que %4.</translation>
    </message>
    <message>
        <source>Acknowledged: &apos;audit&apos; leaves out %1 about %2 unless it becomes worse than %3.</source>
        <translation>Aceptado: &apos;audit&apos; omite el hallazgo %1 de %2 salvo que pase a ser peor que %3.</translation>
    </message>
    <message>
        <source>There are no saved profiles to audit; see &apos;keydesk-cli profile add&apos;.</source>
        <translation>No hay perfiles guardados que auditar; consulte &apos;keydesk-cli profile add&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Perfil &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>No hay hallazgos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged finding is not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>No se muestra %n hallazgo aceptado; &apos;keydesk-cli log&apos; enumera las aceptaciones.</numerusform>
            <numerusform>No se muestran %n hallazgos aceptados; &apos;keydesk-cli log&apos; enumera las aceptaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged findings are not shown; &apos;keydesk-cli log&apos; lists the acknowledgements.</source>
        <translation>
            <numerusform>No se muestra %n hallazgo aceptado; &apos;keydesk-cli log&apos; enumera las aceptaciones.</numerusform>
            <numerusform>No se muestran %n hallazgos aceptados; &apos;keydesk-cli log&apos; enumera las aceptaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;; save one with: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</source>
        <translation>El perfil &apos;%1&apos; no tiene ninguna plantilla de comando &apos;%2&apos;; guarde una con: keydesk-cli profile command %3 %4 -- PROGRAM ARG...</translation>
    </message>
    <message>
        <source>The new key will go to the standard input of: %1</source>
        <translation>La clave nueva irá a la entrada estándar de: %1</translation>
    </message>
    <message>
        <source>Password of the KeePassXC database %1: </source>
        <translation>Contraseña de la base de datos de KeePassXC %1: </translation>
    </message>
    <message>
        <source>Cannot read the database password from stdin (unreadable, or more than %1 bytes).</source>
        <translation>No se puede leer la contraseña de la base de datos de stdin (ilegible o de más de %1 bytes).</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: %2</source>
        <translation>No se puede entregar a %1: %2</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: the database file does not exist.</source>
        <translation>No se puede entregar a %1: el archivo de base de datos no existe.</translation>
    </message>
    <message>
        <source>Cannot deliver to %1: pass already has this entry, and it is never overwritten.</source>
        <translation>No se puede entregar a %1: pass ya tiene esta entrada y nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>without --profile there is no pending handoff to keep it in the keychain</source>
        <translation>sin --profile no hay ninguna entrega pendiente con la que guardarla en el llavero</translation>
    </message>
    <message>
        <source>Output of the destination&apos;s program:</source>
        <translation>Salida del programa del destino:</translation>
    </message>
    <message>
        <source>Delivered key &apos;%1&apos; (ID %2) to %3: %4.</source>
        <translation>Clave &apos;%1&apos; (ID %2) entregada a %3: %4.</translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation>entregada a %1</translation>
    </message>
    <message>
        <source>The key was delivered, but its pending copy could not be deleted from the keychain: %1</source>
        <translation>La clave se entregó, pero no se pudo eliminar su copia pendiente del llavero: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 failed: %2</source>
        <translation>Falló la entrega a %1: %2</translation>
    </message>
    <message>
        <source>delivery to %1 failed; pending handoff in the keychain</source>
        <translation>falló la entrega a %1; entrega pendiente en el llavero</translation>
    </message>
    <message>
        <source>The key is kept in the keychain as a pending handoff of profile &apos;%1&apos;: open KeyDesk on that profile, select key &apos;%2&apos; and choose Hand Off Pending Key.</source>
        <translation>La clave se guarda en el llavero como entrega pendiente del perfil &apos;%1&apos;: abra ese perfil en KeyDesk, seleccione la clave &apos;%2&apos; y elija «Entregar clave pendiente».</translation>
    </message>
    <message>
        <source>No keychain holds the key either (%1), so it is printed on standard output: store it now.</source>
        <translation>Tampoco hay ningún llavero que guarde la clave (%1), así que se escribe en la salida estándar: guárdela ahora.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command templates.</source>
        <translation>El perfil &apos;%1&apos; no tiene plantillas de comando.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no command template &apos;%2&apos;.</source>
        <translation>El perfil &apos;%1&apos; no tiene ninguna plantilla de comando &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Removed command template &apos;%1&apos; of profile &apos;%2&apos;.</source>
        <translation>Se ha eliminado la plantilla de comando &apos;%1&apos; del perfil &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the command template: %1</source>
        <translation>No se puede guardar la plantilla de comando: %1</translation>
    </message>
    <message>
        <source>Saved command template &apos;%1&apos; of profile &apos;%2&apos;: %3 (run without a shell; the key goes to its standard input).</source>
        <translation>Plantilla de comando &apos;%1&apos; del perfil &apos;%2&apos; guardada: %3 (se ejecuta sin shell; la clave va a su entrada estándar).</translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n day.</source>
        <translation>
            <numerusform>El perfil &apos;%1&apos; rota ahora las claves cada %n día.</numerusform>
            <numerusform>El perfil &apos;%1&apos; rota ahora las claves cada %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile &apos;%1&apos; now rotates keys every %n days.</source>
        <translation>
            <numerusform>El perfil &apos;%1&apos; rota ahora las claves cada %n día.</numerusform>
            <numerusform>El perfil &apos;%1&apos; rota ahora las claves cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no rotation policy now.</source>
        <translation>El perfil &apos;%1&apos; ya no tiene política de rotación.</translation>
    </message>
    <message>
        <source>No key with ID %1 in this organisation; nothing was revoked (see &apos;keydesk-cli list&apos;).</source>
        <translation>No hay ninguna clave con el ID %1 en esta organización; no se ha revocado nada (consulte &apos;keydesk-cli list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>revoke (used in the last 24 hours)</source>
        <translation>revocar (usada en las últimas 24 horas)</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>revocar</translation>
    </message>
    <message>
        <source>skip (already revoked)</source>
        <translation>omitir (ya revocada)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys was used in the last 24 hours; integrations still using it will fail.</source>
        <translation>
            <numerusform>%n de estas claves se usó en las últimas 24 horas; las integraciones que todavía la usen fallarán.</numerusform>
            <numerusform>%n de estas claves se usaron en las últimas 24 horas; las integraciones que todavía las usen fallarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys were used in the last 24 hours; integrations still using them will fail.</source>
        <translation>
            <numerusform>%n de estas claves se usó en las últimas 24 horas; las integraciones que todavía la usen fallarán.</numerusform>
            <numerusform>%n de estas claves se usaron en las últimas 24 horas; las integraciones que todavía las usen fallarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke this key? Integrations using it fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>¿Revocar esta clave? Las integraciones que la usan fallarán de inmediato. Esto no se puede deshacer. Escriba %1 para confirmar: </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n keys? Integrations using them fail at once. This cannot be undone. Type %1 to confirm: </source>
        <translation>
            <numerusform>¿Revocar %n clave? Las integraciones que la usan fallarán de inmediato. Esto no se puede deshacer. Escriba %1 para confirmar: </numerusform>
            <numerusform>¿Revocar estas %n claves? Las integraciones que las usan fallarán de inmediato. Esto no se puede deshacer. Escriba %1 para confirmar: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>No se ha revocado nada.</translation>
    </message>
    <message>
        <source>Revoked key %1.</source>
        <translation>Clave %1 revocada.</translation>
    </message>
    <message>
        <source>Not revoked: key %1: %2</source>
        <translation>No revocada: clave %1: %2</translation>
    </message>
    <message>
        <source>Skipped key %1: already revoked.</source>
        <translation>Clave %1 omitida: ya está revocada.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n key.</source>
        <translation>
            <numerusform>%n clave revocada.</numerusform>
            <numerusform>%n claves revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n keys.</source>
        <translation>
            <numerusform>%n clave revocada.</numerusform>
            <numerusform>%n claves revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keys not revoked: %3.</source>
        <translation>%1 de %2 claves no revocadas: %3.</translation>
    </message>
    <message>
        <source>There is no inventory to hold the rotation.</source>
        <translation>No hay ningún inventario que pueda guardar la rotación.</translation>
    </message>
    <message>
        <source>&apos;rotate --emergency&apos; asks for confirmation on a terminal, but stdin is not one; pass --yes to revoke the old key without asking.</source>
        <translation>&apos;rotate --emergency&apos; pide confirmación en un terminal, pero stdin no lo es; pase --yes para revocar la clave antigua sin preguntar.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is not active; only an active key can be rotated.</source>
        <translation>La clave &apos;%1&apos; (%2) no está activa; solo se puede rotar una clave activa.</translation>
    </message>
    <message>
        <source>The old key&apos;s name cannot be used for the new key (%1); give one with --name.</source>
        <translation>El nombre de la clave antigua no se puede usar para la clave nueva (%1); indique uno con --name.</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>se usó por última vez el %1</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>no se ha notificado ningún uso</translation>
    </message>
    <message>
        <source>Emergency rotation: key &apos;%1&apos; (%2) is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using &apos;%1&apos; fails at once (%3). Continue? [y/N] </source>
        <translation>Rotación de emergencia: la clave &apos;%1&apos; (%2) se revoca en cuanto exista su sucesora, sin esperar a que la clave nueva esté en uso. Todas las integraciones que todavía usen &apos;%1&apos; fallarán de inmediato (%3). ¿Continuar? [s/N] </translation>
    </message>
    <message>
        <source>Not rotated.</source>
        <translation>No se ha rotado.</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>No se ha iniciado la rotación: %1</translation>
    </message>
    <message>
        <source>Rotation %1 started.</source>
        <translation>Rotación %1 iniciada.</translation>
    </message>
    <message>
        <source>Rotation %1 is still %2 after the --timeout; it goes on: follow it with &apos;keydesk-cli rotations advance&apos;.</source>
        <translation>La rotación %1 sigue en estado %2 tras el --timeout; continúa: sígala con &apos;keydesk-cli rotations advance&apos;.</translation>
    </message>
    <message>
        <source>refresh failed: %1</source>
        <translation>falló la actualización: %1</translation>
    </message>
    <message>
        <source>No rotations.</source>
        <translation>No hay rotaciones.</translation>
    </message>
    <message>
        <source>There is no inventory to hold rotations.</source>
        <translation>No hay ningún inventario que pueda guardar rotaciones.</translation>
    </message>
    <message>
        <source>No open rotations.</source>
        <translation>No hay rotaciones abiertas.</translation>
    </message>
    <message>
        <source>No rotation with ID &apos;%1&apos; in this organisation; see &apos;keydesk-cli rotations&apos;.</source>
        <translation>No hay ninguna rotación con el ID &apos;%1&apos; en esta organización; consulte &apos;keydesk-cli rotations&apos;.</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>CLAVE ANTIGUA</translation>
    </message>
    <message>
        <source>NEW KEY</source>
        <translation>CLAVE NUEVA</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>REVOKE DUE / ENDED</source>
        <translation>REVOCACIÓN PREVISTA / FIN</translation>
    </message>
    <message>
        <source>when the new key is in use</source>
        <translation>cuando la clave nueva esté en uso</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: waiting until the new key is in use.</source>
        <translation>Rotación %1 de &apos;%2&apos;: esperando a que la clave nueva esté en uso.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: the new key is in use; the old key is revoked if it stays unused until %3.</source>
        <translation>Rotación %1 de &apos;%2&apos;: la clave nueva está en uso; la clave antigua se revoca si sigue sin usarse hasta el %3.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready; the old key is being revoked.</source>
        <translation>Rotación %1 de &apos;%2&apos;: lista; se está revocando la clave antigua.</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos;: ready to revoke the old key (auto-revoke is off): keydesk-cli revoke %3</source>
        <translation>Rotación %1 de &apos;%2&apos;: lista para revocar la clave antigua (la revocación automática está desactivada): keydesk-cli revoke %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; is done: %3</source>
        <translation>La rotación %1 de &apos;%2&apos; ha terminado: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; was cancelled: %3</source>
        <translation>La rotación %1 de &apos;%2&apos; se ha cancelado: %3</translation>
    </message>
    <message>
        <source>Rotation %1 of &apos;%2&apos; failed: %3</source>
        <translation>La rotación %1 de &apos;%2&apos; ha fallado: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; no existe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No hook written: %1</source>
        <translation>No se ha escrito ningún hook: %1</translation>
    </message>
    <message>
        <source>%1 exists and was not written by KeyDesk: left as it is. Add &apos;keydesk-cli scan --staged .&apos; to it by hand.</source>
        <translation>%1 existe y no lo escribió KeyDesk: se deja como está. Añádale a mano &apos;keydesk-cli scan --staged .&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote the pre-commit hook %1.</source>
        <translation>Se ha escrito el hook pre-commit %1.</translation>
    </message>
    <message>
        <source>the inventory could not be read or written (%1): keys are reported as unknown</source>
        <translation>no se pudo leer o escribir el inventario (%1): las claves se indican como desconocidas</translation>
    </message>
    <message>
        <source>ignore entry %1… matches no key found: it is stale and can be removed</source>
        <translation>la entrada de exclusión %1… no coincide con ninguna clave encontrada: está obsoleta y se puede eliminar</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>no se pudo comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 key %2 (%3 of %4, %5)</source>
        <translation>Clave de %1 %2 (%3 de %4, %5)</translation>
    </message>
    <message>
        <source>%1 key %2, not in the inventory</source>
        <translation>Clave de %1 %2, no está en el inventario</translation>
    </message>
    <message>
        <source>An API key in a file or in the git history</source>
        <translation>Una clave de API en un archivo o en el historial de git</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>INVENTORY</source>
        <translation>INVENTARIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>, last used %1</source>
        <translation>, último uso el %1</translation>
    </message>
    <message>
        <source>%1 key(s) found in %2 file(s) and blob(s), %3 bytes; %4 left out by the ignore file.</source>
        <translation>%1 clave(s) encontrada(s) en %2 archivo(s) y blob(s), %3 bytes; %4 omitida(s) por el archivo de exclusiones.</translation>
    </message>
</context>
<context>
    <name>keydesk::CreateKeyDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The new %1 key is shown only once. KeyDesk keeps it in the keychain until you confirm that you have stored it.</source>
        <translation>La nueva clave de %1 solo se muestra una vez. KeyDesk la guarda en el llavero hasta que confirme que la ha guardado.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>En 30 días</translation>
    </message>
    <message>
        <source>In 60 days</source>
        <translation>En 60 días</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>En 90 días</translation>
    </message>
    <message>
        <source>On date…</source>
        <translation>En la fecha…</translation>
    </message>
    <message>
        <source>%1 of %2 active keys used (the most %3 allows).</source>
        <translation>%1 de %2 claves activas en uso (el máximo que permite %3).</translation>
    </message>
    <message numerus="yes">
        <source>Names can have up to %n characters.</source>
        <translation>
            <numerusform>Los nombres pueden tener hasta %n carácter.</numerusform>
            <numerusform>Los nombres pueden tener hasta %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
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
        <translation>No se puede crear un directorio temporal para la demostración: %1</translation>
    </message>
    <message>
        <source>The demo server for %1 could not start: %2</source>
        <translation>El servidor de demostración de %1 no pudo iniciarse: %2</translation>
    </message>
    <message>
        <source>The demo profile %1 could not be saved: %2</source>
        <translation>No se pudo guardar el perfil de demostración %1: %2</translation>
    </message>
    <message>
        <source>The demo keys to plant in the demo project are missing.</source>
        <translation>Faltan las claves de demostración que se colocan en el proyecto de demostración.</translation>
    </message>
    <message>
        <source>The demo project could not be written in %1.</source>
        <translation>No se ha podido escribir el proyecto de demostración en %1.</translation>
    </message>
</context>
<context>
    <name>keydesk::Destination</name>
    <message>
        <source>The destination &apos;%1&apos; has no kind: use keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY or command:NAME.</source>
        <translation>El destino &apos;%1&apos; no tiene tipo: use keychain:LABEL, pass:NAME, keepassxc:DATABASE:ENTRY o command:NAME.</translation>
    </message>
    <message>
        <source>keychain: needs a label, for example keychain:&quot;Deploy key&quot;.</source>
        <translation>keychain: necesita una etiqueta, por ejemplo keychain:&quot;Deploy key&quot;.</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; is KeyDesk&apos;s own keychain service; choose another label for a lasting entry.</source>
        <translation>La etiqueta &apos;%1&apos; es el servicio de llavero propio de KeyDesk; elija otra etiqueta para una entrada permanente.</translation>
    </message>
    <message>
        <source>pass: needs an entry name such as pass:team/deploy-key (no leading &apos;-&apos; or &apos;/&apos;, no &apos;..&apos;).</source>
        <translation>pass: necesita un nombre de entrada como pass:team/deploy-key (sin &apos;-&apos; ni &apos;/&apos; al principio, sin &apos;..&apos;).</translation>
    </message>
    <message>
        <source>keepassxc: needs a database file and an entry, for example keepassxc:~/keys.kdbx:Deploy/leadhql.</source>
        <translation>keepassxc: necesita un archivo de base de datos y una entrada, por ejemplo keepassxc:~/keys.kdbx:Deploy/leadhql.</translation>
    </message>
    <message>
        <source>command: needs the name of a saved command template (keydesk-cli profile command).</source>
        <translation>command: necesita el nombre de una plantilla de comando guardada (keydesk-cli profile command).</translation>
    </message>
    <message>
        <source>Unknown destination kind &apos;%1&apos;; use keychain, pass, keepassxc or command.</source>
        <translation>Tipo de destino desconocido &apos;%1&apos;; use keychain, pass, keepassxc o command.</translation>
    </message>
</context>
<context>
    <name>keydesk::EmptyStatePage</name>
    <message>
        <source>Add an organisation to start.</source>
        <translation>Añada una organización para empezar.</translation>
    </message>
    <message>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Añadir organización…</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: its keys are created and revoked in the %1 dashboard.
KeyDesk can check that a key works: Edit Organisation… → Test connection.</source>
        <translation>%1 no documenta ninguna API de gestión de claves: sus claves se crean y revocan en el panel de control de %1.
KeyDesk puede comprobar que una clave funciona: Editar organización… → Probar conexión.</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Editar organización…</translation>
    </message>
    <message>
        <source>Loading the keys of “%1”…</source>
        <translation>Cargando las claves de «%1»…</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be loaded. See the message above.</source>
        <translation>No se pudieron cargar las claves de «%1». Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>No API keys yet — press %1 to create one.</source>
        <translation>Aún no hay claves de API: pulse %1 para crear una.</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Crear clave…</translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <translation>Ninguna clave coincide con «%1».</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Borrar filtro</translation>
    </message>
    <message>
        <source>Loading the keys of every organisation…</source>
        <translation>Cargando las claves de todas las organizaciones…</translation>
    </message>
    <message>
        <source>No organisation has any API key yet, or none could be listed.</source>
        <translation>Ninguna organización tiene todavía claves de API, o no se ha podido listar ninguna.</translation>
    </message>
</context>
<context>
    <name>keydesk::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>keydesk::FileLeakScan</name>
    <message>
        <source>a FIFO</source>
        <translation>un FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>would block: not read</source>
        <translation>se bloquearía: no se ha leído</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, no se ha abierto</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>changed while it was scanned: not read</source>
        <translation>cambió mientras se analizaba: no se ha leído</translation>
    </message>
    <message>
        <source>changed while it was scanned: the results may be incomplete</source>
        <translation>cambió mientras se analizaba: puede que los resultados estén incompletos</translation>
    </message>
</context>
<context>
    <name>keydesk::FindingRow</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
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
        <translation>Aceptado.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Revokes “%1” on the server, after a confirmation</source>
        <translation>Revoca «%1» en el servidor, tras una confirmación</translation>
    </message>
    <message>
        <source>Sorts the keys by last use, least used first, to find the keys no longer needed</source>
        <translation>Ordena las claves por último uso, primero las menos usadas, para encontrar las que ya no se necesitan</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Keeps this finding out of the counts, with a note, for good or until a date</source>
        <translation>Deja este hallazgo fuera de los recuentos, con una nota, para siempre o hasta una fecha</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraws the acknowledgement: the finding counts again</source>
        <translation>Retira la aceptación: el hallazgo vuelve a contar</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (rotada)</translation>
    </message>
    <message>
        <source>Show least used keys</source>
        <translation>Mostrar las claves menos usadas</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Set an expiry by rotating…</source>
        <translation>Rotar para fijar una caducidad…</translation>
    </message>
    <message>
        <source>Rotates “%1”: KeyDesk creates its successor, then revokes this key once the new one is in use and this one has gone quiet.</source>
        <translation>Rota «%1»: KeyDesk crea su sucesora y revoca esta clave cuando la nueva esté en uso y esta haya dejado de usarse.</translation>
    </message>
</context>
<context>
    <name>keydesk::GitBatchPipe</name>
    <message>
        <source>git could not be started: %1</source>
        <translation>no se pudo iniciar git: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::GitCommand</name>
    <message>
        <source>git is not installed: the history was not scanned</source>
        <translation>git no está instalado: no se ha analizado el historial</translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation>no se pudo iniciar git: %1</translation>
    </message>
    <message>
        <source>git failed (exit code %1)</source>
        <translation>git falló (código de salida %1)</translation>
    </message>
</context>
<context>
    <name>keydesk::HandoffStore</name>
    <message>
        <source>The list of pending key handoffs (%1) cannot be read: %2</source>
        <translation>No se puede leer la lista de entregas de claves pendientes (%1): %2</translation>
    </message>
    <message>
        <source>The list of pending key handoffs was damaged and has been set aside as %1. Keys created earlier may still be in the keychain.</source>
        <translation>La lista de entregas de claves pendientes estaba dañada y se ha apartado como %1. Es posible que las claves creadas antes sigan en el llavero.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) is damaged and could not be set aside; it will be replaced when the next key is created.</source>
        <translation>La lista de entregas de claves pendientes (%1) está dañada y no se pudo apartar; se sustituirá cuando se cree la próxima clave.</translation>
    </message>
    <message>
        <source>The list of pending key handoffs (%1) cannot be saved: %2</source>
        <translation>No se puede guardar la lista de entregas de claves pendientes (%1): %2</translation>
    </message>
    <message>
        <source>Another KeyDesk (process %1) is writing the list of pending key handoffs (%2). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Otra instancia de KeyDesk (proceso %1) está escribiendo la lista de entregas de claves pendientes (%2). No se pierde nada: el cambio se conserva y se guardará en cuanto la lista quede libre.</translation>
    </message>
    <message>
        <source>Another KeyDesk is writing the list of pending key handoffs (%1). Nothing is lost: the change is kept and saved as soon as the list is free.</source>
        <translation>Otra instancia de KeyDesk está escribiendo la lista de entregas de claves pendientes (%1). No se pierde nada: el cambio se conserva y se guardará en cuanto la lista quede libre.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>no se puede crear su archivo de bloqueo %1</translation>
    </message>
</context>
<context>
    <name>keydesk::HealthPanel</name>
    <message>
        <source>Critical (%1)</source>
        <translation>Críticos (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Advertencias (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Información (%1)</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>Aceptados (%1)</translation>
    </message>
    <message>
        <source>No findings: nothing needs doing here.</source>
        <translation>No hay hallazgos: aquí no hay nada que hacer.</translation>
    </message>
    <message>
        <source>No open findings: only acknowledged ones.</source>
        <translation>No hay hallazgos abiertos: solo aceptados.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding needs attention.</source>
        <translation>
            <numerusform>%n hallazgo requiere atención.</numerusform>
            <numerusform>%n hallazgos requieren atención.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings need attention, worst first.</source>
        <translation>
            <numerusform>%n hallazgo requiere atención, primero el más grave.</numerusform>
            <numerusform>%n hallazgos requieren atención, primero los más graves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::HistoryLeakScan</name>
    <message>
        <source>not in a git repository: %1</source>
        <translation>no está en un repositorio de git: %1</translation>
    </message>
    <message>
        <source>blob %1 (%2) is missing: the repository is damaged</source>
        <translation>falta el blob %1 (%2): el repositorio está dañado</translation>
    </message>
    <message>
        <source>git cat-file stopped before the end: the repository may be damaged</source>
        <translation>git cat-file se detuvo antes del final: puede que el repositorio esté dañado</translation>
    </message>
    <message>
        <source>shallow clone: the commits before its cut-off were not scanned</source>
        <translation>clon superficial: no se han analizado los commits anteriores a su punto de corte</translation>
    </message>
    <message>
        <source>the history cannot be read: %1</source>
        <translation>no se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>the index cannot be read: %1</source>
        <translation>no se puede leer el índice: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryExportCommand</name>
    <message>
        <source>Export the Inventory</source>
        <translation>Exportar el inventario</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>No se pudo exportar el inventario: %1</translation>
    </message>
    <message>
        <source>The inventory could not be written to %1: %2</source>
        <translation>No se pudo escribir el inventario en %1: %2</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryPanels</name>
    <message>
        <source>Key Details</source>
        <translation>Detalles de la clave</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registro de acciones…</translation>
    </message>
    <message>
        <source>&amp;Track a Key…</source>
        <translation>&amp;Hacer seguimiento de una clave…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Shows what KeyDesk did: creates, revokes, handoffs, profile changes</source>
        <translation>Muestra lo que ha hecho KeyDesk: creaciones, revocaciones, entregas y cambios de perfil</translation>
    </message>
    <message>
        <source>Adds a key made in the %1 dashboard to the inventory, after verifying it</source>
        <translation>Añade al inventario una clave creada en el panel de control de %1, tras verificarla</translation>
    </message>
    <message>
        <source>Only for Trust Leads organisations, which list no keys</source>
        <translation>Solo para organizaciones de Trust Leads, que no enumeran claves</translation>
    </message>
</context>
<context>
    <name>keydesk::InventoryWorker</name>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long. This change was not recorded.</source>
        <translation>El inventario está ocupado: otra instancia de KeyDesk lo tiene bloqueado desde hace demasiado tiempo. Este cambio no se ha registrado.</translation>
    </message>
    <message>
        <source>The inventory is busy: another KeyDesk has held it for too long.</source>
        <translation>El inventario está ocupado: otra instancia de KeyDesk lo tiene bloqueado desde hace demasiado tiempo.</translation>
    </message>
    <message>
        <source>The inventory refused this request (%1).</source>
        <translation>El inventario rechazó esta solicitud (%1).</translation>
    </message>
    <message>
        <source>The inventory could not be read (%1).</source>
        <translation>No se pudo leer el inventario (%1).</translation>
    </message>
    <message>
        <source>Nothing was recorded: the listing names no organisation.</source>
        <translation>No se ha registrado nada: el listado no indica ninguna organización.</translation>
    </message>
    <message>
        <source>Nothing was logged: the entry names no action.</source>
        <translation>No se ha anotado nada en el registro: la entrada no indica ninguna acción.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the inventory keeps only a key&apos;s SHA-256 fingerprint, masked identifier and last 4 characters, for a named organisation and key.</source>
        <translation>No se ha registrado nada: el inventario solo guarda de una clave su huella SHA-256, su identificador enmascarado y sus 4 últimos caracteres, para una organización y una clave con nombre.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the acknowledgement names no organisation.</source>
        <translation>No se ha registrado nada: la aceptación no indica ninguna organización.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the rotation names no organisation.</source>
        <translation>No se ha registrado nada: la rotación no indica ninguna organización.</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyCommands</name>
    <message>
        <source>Add an organisation first.</source>
        <translation>Añada primero una organización.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API.</source>
        <translation>%1 no documenta ninguna API de gestión de claves.</translation>
    </message>
    <message>
        <source>Copied the identifier %1.</source>
        <translation>Identificador %1 copiado.</translation>
    </message>
    <message>
        <source>Copied the key id %1.</source>
        <translation>ID de clave %1 copiado.</translation>
    </message>
    <message>
        <source>Choose an organisation to create a key</source>
        <translation>Elija una organización para crear una clave</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDelivery</name>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 no está instalado (no se encuentra en el PATH).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>The keychain already holds an entry &apos;%1&apos; for &apos;%2&apos;; nothing was overwritten.</source>
        <translation>El llavero ya tiene una entrada &apos;%1&apos; para &apos;%2&apos;; no se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Writing to the keychain…</source>
        <translation>Escribiendo en el llavero…</translation>
    </message>
    <message>
        <source>The keychain refused the entry: %1</source>
        <translation>El llavero rechazó la entrada: %1</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Volviendo a leerla…</translation>
    </message>
    <message>
        <source>The entry was written but could not be read back: %1</source>
        <translation>La entrada se escribió, pero no se pudo volver a leer: %1</translation>
    </message>
    <message>
        <source>read back from the keychain</source>
        <translation>leído del llavero</translation>
    </message>
    <message>
        <source>pass already has an entry &apos;%1&apos;; nothing was overwritten.</source>
        <translation>pass ya tiene una entrada &apos;%1&apos;; no se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Running pass insert…</source>
        <translation>Ejecutando pass insert…</translation>
    </message>
    <message>
        <source>Reading it back with pass show…</source>
        <translation>Volviendo a leerla con pass show…</translation>
    </message>
    <message>
        <source>The entry was stored, but %1</source>
        <translation>La entrada se guardó, pero %1</translation>
    </message>
    <message>
        <source>read back with pass show</source>
        <translation>leído con pass show</translation>
    </message>
    <message>
        <source>The database password must not contain a line break.</source>
        <translation>La contraseña de la base de datos no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>The KeePassXC database &apos;%1&apos; does not exist.</source>
        <translation>La base de datos de KeePassXC &apos;%1&apos; no existe.</translation>
    </message>
    <message>
        <source>Running keepassxc-cli add…</source>
        <translation>Ejecutando keepassxc-cli add…</translation>
    </message>
    <message>
        <source>The database password is wrong.</source>
        <translation>La contraseña de la base de datos no es correcta.</translation>
    </message>
    <message>
        <source>The entry already exists (nothing was overwritten) or its group does not.</source>
        <translation>La entrada ya existe (no se ha sobrescrito nada) o su grupo no existe.</translation>
    </message>
    <message>
        <source>Reading it back with keepassxc-cli show…</source>
        <translation>Volviendo a leerla con keepassxc-cli show…</translation>
    </message>
    <message>
        <source>read back with keepassxc-cli show</source>
        <translation>leído con keepassxc-cli show</translation>
    </message>
    <message>
        <source>No command template &apos;%1&apos; is saved for this profile.</source>
        <translation>No hay ninguna plantilla de comando &apos;%1&apos; guardada para este perfil.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>the command exited with status 0; its destination cannot be read back, so delivery counts on that exit status</source>
        <translation>el comando terminó con el estado 0; su destino no se puede volver a leer, así que la entrega se basa en ese estado de salida</translation>
    </message>
    <message>
        <source>What was %1 is not the key (the SHA-256 fingerprints differ).</source>
        <translation>Lo que se ha %1 no es la clave (las huellas SHA-256 no coinciden).</translation>
    </message>
    <message>
        <source>stored and %1: the SHA-256 fingerprints match</source>
        <translation>se ha guardado y se ha %1: las huellas SHA-256 coinciden</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 no se pudo iniciar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n seconds and was stopped.</source>
        <translation>
            <numerusform>%1 no terminó en %n segundo y se detuvo.</numerusform>
            <numerusform>%1 no terminó en %n segundos y se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 se cerró de forma inesperada.</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 terminó con el estado %2.</translation>
    </message>
    <message>
        <source>[key redacted]</source>
        <translation>[clave oculta]</translation>
    </message>
    <message>
        <source>[password redacted]</source>
        <translation>[contraseña oculta]</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyDetailsPane</name>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID de clave:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creada por:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Último uso:</translation>
    </message>
    <message>
        <source>Usage count:</source>
        <translation>Número de usos:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Vista por primera vez:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Vista por última vez:</translation>
    </message>
    <message>
        <source>Usage over the last:</source>
        <translation>Uso en el último periodo:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>time range</comment>
        <translation>Todo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Ninguna clave seleccionada</translation>
    </message>
    <message>
        <source>%1 does not report this</source>
        <translation>%1 no informa de esto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>not shown by %1</source>
        <translation>%1 no lo muestra</translation>
    </message>
    <message>
        <source>%1, no longer listed since %2</source>
        <translation>%1; ya no aparece en la lista desde %2</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not in the inventory yet</source>
        <translation>todavía no está en el inventario</translation>
    </message>
    <message>
        <source>Select a key to see its details and usage over time.</source>
        <translation>Seleccione una clave para ver sus detalles y su uso a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>%1 reports no usage per key: KeyDesk can show only whether the key is accepted.</source>
        <translation>%1 no informa del uso por clave: KeyDesk solo puede mostrar si la clave se acepta.</translation>
    </message>
    <message>
        <source>No history yet: KeyDesk records this key&apos;s usage at every refresh.</source>
        <translation>Todavía no hay historial: KeyDesk registra el uso de esta clave en cada actualización.</translation>
    </message>
    <message>
        <source>Uses seen per hour</source>
        <translation>Usos vistos por hora</translation>
    </message>
    <message>
        <source>Uses seen per week</source>
        <translation>Usos vistos por semana</translation>
    </message>
    <message>
        <source>Uses seen per day</source>
        <translation>Usos vistos por día</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Número de usos</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyFlows</name>
    <message>
        <source>No connection is selected.</source>
        <translation>No hay ninguna conexión seleccionada.</translation>
    </message>
    <message>
        <source>%1 documents no endpoint for creating keys: create them in its dashboard.</source>
        <translation>%1 no documenta ningún endpoint para crear claves: créelas en su panel de control.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most %3 allows. Revoke a key to create a new one.</source>
        <translation>Hay %1 de %2 claves activas en uso, el máximo que permite %3. Revoque una clave para crear una nueva.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys in use</source>
        <translation>%1 de %2 claves activas en uso</translation>
    </message>
    <message>
        <source>Keychain Entry Not Removed</source>
        <translation>Entrada del llavero no eliminada</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>No se pudo eliminar la clave del llavero: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending, so you can finish the handoff later.</source>
        <translation>Sigue en la lista como pendiente, así que puede terminar la entrega más tarde.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The pending key cannot be read from the keychain: %1</source>
        <translation>No se puede leer la clave pendiente del llavero: %1</translation>
    </message>
    <message>
        <source>It stays listed as pending; try again when the keychain is available.</source>
        <translation>Sigue en la lista como pendiente; vuelva a intentarlo cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <source>Pending Key Lost</source>
        <translation>Clave pendiente perdida</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key “%1” (%2).</source>
        <translation>El llavero ya no contiene la clave «%1» (%2).</translation>
    </message>
    <message>
        <source>Its secret cannot be shown again, so the key should be revoked (and a new one created if you still need it). Remove it from the list of pending keys?</source>
        <translation>Su secreto no se puede volver a mostrar, así que conviene revocar la clave (y crear una nueva si todavía la necesita). ¿Quitarla de la lista de claves pendientes?</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove from the list of pending keys</source>
        <translation>Quitar de la lista de claves pendientes</translation>
    </message>
    <message>
        <source>Keep Listed</source>
        <translation>Mantener en la lista</translation>
    </message>
    <message>
        <source>Keep listed</source>
        <translation>Mantener en la lista</translation>
    </message>
    <message>
        <source>the connection to this organisation was closed</source>
        <translation>la conexión con esta organización se cerró</translation>
    </message>
    <message>
        <source>The connection to this organisation was closed.</source>
        <translation>La conexión con esta organización se cerró.</translation>
    </message>
    <message>
        <source>“%1” (%2) was not revoked: %3</source>
        <translation>«%1» (%2) no se ha revocado: %3</translation>
    </message>
    <message>
        <source>Kept in the keychain for a later handoff.</source>
        <translation>Guardada en el llavero para entregarla más tarde.</translation>
    </message>
    <message>
        <source>A copy stays in the keychain.</source>
        <translation>Queda una copia en el llavero.</translation>
    </message>
    <message>
        <source>Left by a create whose answer was lost.</source>
        <translation>Sobrante de una creación cuya respuesta se perdió.</translation>
    </message>
    <message>
        <source>Emergency Rotation</source>
        <translation>Rotación de emergencia</translation>
    </message>
    <message>
        <source>Revoke the leaked key right after its successor exists?</source>
        <translation>¿Revocar la clave filtrada justo después de que exista su sucesora?</translation>
    </message>
    <message>
        <source>Rotate and Revoke</source>
        <translation>Rotar y revocar</translation>
    </message>
    <message>
        <source>The key to make room was not revoked: %1</source>
        <translation>No se ha revocado la clave que debía dejar espacio: %1</translation>
    </message>
    <message>
        <source>The rotation was not started: %1</source>
        <translation>No se ha iniciado la rotación: %1</translation>
    </message>
    <message>
        <source>New Key Not Verified</source>
        <translation>Clave nueva no verificada</translation>
    </message>
    <message>
        <source>Revoke the Old Key Now</source>
        <translation>Revocar ahora la clave antigua</translation>
    </message>
    <message>
        <source>Revoke “%1” now, before its quiet period has passed?</source>
        <translation>¿Revocar «%1» ahora, antes de que termine su periodo sin uso?</translation>
    </message>
    <message>
        <source>The new key “%1” is in use. Anything still using “%2” fails at once.</source>
        <translation>La clave nueva «%1» está en uso. Todo lo que siga usando «%2» fallará de inmediato.</translation>
    </message>
    <message>
        <source>The new key “%1” has not been seen in use yet: every integration still using “%2” fails at once, and nothing shows that it has moved to the new key.</source>
        <translation>Aún no se ha visto en uso la clave nueva «%1»: todas las integraciones que sigan usando «%2» fallarán de inmediato, y nada indica que hayan pasado a la clave nueva.</translation>
    </message>
    <message>
        <source>Revoke Now</source>
        <translation>Revocar ahora</translation>
    </message>
    <message>
        <source>Revoke Anyway</source>
        <translation>Revocar de todos modos</translation>
    </message>
    <message>
        <source>Old Key Not Revoked</source>
        <translation>Clave antigua no revocada</translation>
    </message>
    <message>
        <source>Cancel Rotation</source>
        <translation>Cancelar rotación</translation>
    </message>
    <message>
        <source>Stop rotating “%1”?</source>
        <translation>¿Dejar de rotar «%1»?</translation>
    </message>
    <message>
        <source>Both keys stay active; KeyDesk no longer revokes the old one.</source>
        <translation>Ambas claves siguen activas; KeyDesk ya no revocará la antigua.</translation>
    </message>
    <message>
        <source>Also revoke the new key “%1”</source>
        <translation>Revocar también la clave nueva «%1»</translation>
    </message>
    <message>
        <source>Keep Rotating</source>
        <translation>Seguir rotando</translation>
    </message>
    <message>
        <source>Rotation Not Cancelled</source>
        <translation>Rotación no cancelada</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableLayout</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Haga clic con el botón derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>%1 (not reported by %2)</source>
        <translation>%1 (%2 no lo proporciona)</translation>
    </message>
</context>
<context>
    <name>keydesk::KeyTableModel</name>
    <message>
        <source>%1 · pending handoff</source>
        <translation>%1 · entrega pendiente</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last used</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca %1</translation>
    </message>
    <message>
        <source>Pending handoff: the full key is kept in the keychain until you hand it off (select the key and choose Hand Off Pending Key).</source>
        <translation>Entrega pendiente: la clave completa se guarda en el llavero hasta que la entregue (seleccione la clave y elija «Entregar clave pendiente»).</translation>
    </message>
    <message>
        <source>%1 does not show an identifier for keys; the key id is %2.</source>
        <translation>%1 no muestra ningún identificador para las claves; el ID de la clave es %2.</translation>
    </message>
    <message>
        <source>%1 does not report this.</source>
        <translation>%1 no informa de esto.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation>Esta clave no caduca.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Usage count</source>
        <translation>Número de usos</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>%1 does not report this column.</source>
        <translation>%1 no proporciona esta columna.</translation>
    </message>
    <message>
        <source>%1 · not refreshed</source>
        <translation>%1 · sin actualizar</translation>
    </message>
    <message>
        <source>%1: the last known record from the inventory; this organisation&apos;s list has not answered or failed (see the message above the table).</source>
        <translation>%1: el último registro conocido del inventario; la lista de esta organización no ha respondido o ha fallado (consulte el mensaje encima de la tabla).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
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
        <translation>libsecret-1.so.0 no está instalado (paquete de Debian/Ubuntu libsecret-1-0)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n ms.</source>
        <translation>
            <numerusform>El llavero no respondió en %n ms.</numerusform>
            <numerusform>El llavero no respondió en %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::KeychainSecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring o KWallet)</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakIgnoreList</name>
    <message>
        <source>The ignore file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de exclusiones %1: %2</translation>
    </message>
    <message>
        <source>The ignore file %1 is larger than 1 MiB.</source>
        <translation>El archivo de exclusiones %1 ocupa más de 1 MiB.</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file does not start with a fingerprint (64 hex digits, as &apos;scan --json&apos; prints it).</source>
        <translation>La línea %1 del archivo de exclusiones no empieza por una huella (64 dígitos hexadecimales, como la muestra &apos;scan --json&apos;).</translation>
    </message>
    <message>
        <source>Line %1 of the ignore file gives no reason after the fingerprint.</source>
        <translation>La línea %1 del archivo de exclusiones no indica ningún motivo después de la huella.</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakResultModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>usada por última vez %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nunca usada</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScan</name>
    <message>
        <source>the earlier scans are not known: %1</source>
        <translation>no se conocen los análisis anteriores: %1</translation>
    </message>
    <message>
        <source>the scan could not be remembered: %1</source>
        <translation>no se pudo recordar el análisis: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::LeakScanDialog</name>
    <message>
        <source>Every blob reachable from every branch, tag, stash and reflog entry of each folder&apos;s git repository: a key committed and deleted later is found.</source>
        <translation>Cada blob accesible desde cada rama, etiqueta, stash y entrada del reflog del repositorio git de cada carpeta: se encuentra incluso una clave confirmada en un commit y eliminada después.</translation>
    </message>
    <message>
        <source>Files whose first 8 KiB hold a NUL byte are skipped unless this is on.</source>
        <translation>Los archivos cuyos primeros 8 KiB contienen un byte NUL se omiten, salvo que esto esté activado.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Add the folders of your projects, then Start. Nothing is sent anywhere: found keys are matched against this computer&apos;s inventory.</source>
        <translation>Añada las carpetas de sus proyectos y pulse Iniciar. No se envía nada a ninguna parte: las claves encontradas se comparan con el inventario de este equipo.</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>Añadir una carpeta que analizar</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>la carpeta no existe (o ya no existe)</translation>
    </message>
    <message>
        <source>Add a folder to scan first.</source>
        <translation>Añada primero una carpeta que analizar.</translation>
    </message>
    <message>
        <source>None of the folders exists.</source>
        <translation>No existe ninguna de las carpetas.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Sin iniciar: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n folder(s)…</source>
        <translation>
            <numerusform>Analizando %n carpeta…</numerusform>
            <numerusform>Analizando %n carpetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the scan…</source>
        <translation>Deteniendo el análisis…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 at %2/s — %3</source>
        <translation>
            <numerusform>%n archivo, %1 a %2/s — %3</numerusform>
            <numerusform>%n archivos, %1 a %2/s — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and blob(s), %1</source>
        <translation>
            <numerusform>%n archivo o blob, %1</numerusform>
            <numerusform>%n archivos y blobs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n key(s) found before it stopped.</source>
        <translation>
            <numerusform>Cancelado: se encontró %n clave antes de detenerse.</numerusform>
            <numerusform>Cancelado: se encontraron %n claves antes de detenerse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key found.</source>
        <translation>No se ha encontrado ninguna clave.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found, %1 of them live or unknown: revoke or rotate a live key at once.</source>
        <translation>
            <numerusform>%n clave encontrada, %1 de ellas activas o desconocidas: revoque o rote de inmediato una clave activa.</numerusform>
            <numerusform>%n claves encontradas, %1 de ellas activas o desconocidas: revoque o rote de inmediato una clave activa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by .keydesk-ignore.</source>
        <translation>
            <numerusform>%n omitida por .keydesk-ignore.</numerusform>
            <numerusform>%n omitidas por .keydesk-ignore.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ignore entry %1… matches no key found: it can be removed.</source>
        <translation>La entrada de exclusión %1… no coincide con ninguna clave encontrada: se puede eliminar.</translation>
    </message>
    <message>
        <source>The inventory could not be read or written (%1): keys are shown as unknown.</source>
        <translation>No se ha podido leer o escribir el inventario (%1): las claves se muestran como desconocidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the first: %1: %2</source>
        <translation>
            <numerusform>%n problema, el primero: %1: %2</numerusform>
            <numerusform>%n problemas, el primero: %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a key found.</source>
        <translation>Seleccione una clave encontrada.</translation>
    </message>
    <message>
        <source>This key is not in the inventory: revoke it where it was made.</source>
        <translation>Esta clave no está en el inventario: revóquela donde se creó.</translation>
    </message>
    <message>
        <source>This key is no longer active.</source>
        <translation>Esta clave ya no está activa.</translation>
    </message>
    <message>
        <source>Needs the inventory.</source>
        <translation>Necesita el inventario.</translation>
    </message>
    <message>
        <source>Revoke “%1” (asks first)</source>
        <translation>Revocar «%1» (pide confirmación)</translation>
    </message>
    <message>
        <source>Create a successor of “%1”, then revoke the old key</source>
        <translation>Crear una sucesora de «%1» y después revocar la clave antigua</translation>
    </message>
    <message>
        <source>Writes the key&apos;s fingerprint and your reason to the folder&apos;s .keydesk-ignore: later scans leave this key out, wherever it moves.</source>
        <translation>Escribe la huella de la clave y su motivo en el archivo .keydesk-ignore de la carpeta: los análisis posteriores omiten esta clave, dondequiera que se mueva.</translation>
    </message>
    <message>
        <source>Ignore This Key</source>
        <translation>Excluir esta clave</translation>
    </message>
    <message>
        <source>Why may %1 stay where it is? The reason and the key&apos;s fingerprint (never the key) are written to %2.</source>
        <translation>¿Por qué puede quedarse %1 donde está? El motivo y la huella de la clave (nunca la clave) se escriben en %2.</translation>
    </message>
    <message>
        <source>test fixture, not a real key</source>
        <translation>dato de prueba, no es una clave real</translation>
    </message>
    <message>
        <source>Not ignored: a reason is needed.</source>
        <translation>No se ha excluido: hace falta un motivo.</translation>
    </message>
    <message>
        <source>Not ignored: cannot write %1: %2</source>
        <translation>No se ha excluido: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is ignored from now on (%2).</source>
        <translation>%1 queda excluida a partir de ahora (%2).</translation>
    </message>
</context>
<context>
    <name>keydesk::LostKeyDialog</name>
    <message>
        <source>It is not known whether the key “%1” was created.</source>
        <translation>No se sabe si la clave «%1» se creó.</translation>
    </message>
    <message>
        <source>The server may have created the key, but its answer was lost on the way. The key&apos;s secret was in that answer, so it can never be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>Es posible que el servidor haya creado la clave, pero su respuesta se perdió por el camino. El secreto de la clave iba en esa respuesta, así que nunca se podrá mostrar. KeyDesk busca la clave para que pueda revocarla.</translation>
    </message>
    <message>
        <source>The server answered, but its answer could not be read. It may have created the key; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>El servidor respondió, pero su respuesta no se pudo leer. Es posible que haya creado la clave; el secreto de la clave no se puede mostrar. KeyDesk busca la clave para que pueda revocarla.</translation>
    </message>
    <message>
        <source>&amp;Revoke It Now</source>
        <translation>&amp;Revocar ahora</translation>
    </message>
    <message>
        <source>&amp;Leave It</source>
        <translation>&amp;Dejarla</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>Look for the key again</source>
        <translation>Volver a buscar la clave</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking for “%1” in the list of keys…</source>
        <translation>Buscando «%1» en la lista de claves…</translation>
    </message>
    <message>
        <source>KeyDesk could not look for the key, so a key nobody can use may still exist.</source>
        <translation>KeyDesk no pudo buscar la clave, así que puede seguir existiendo una clave que nadie puede usar.</translation>
    </message>
    <message>
        <source>The list of keys could not be read: %1</source>
        <translation>No se pudo leer la lista de claves: %1</translation>
    </message>
    <message>
        <source>No new key named “%1” was found: the server did not create it. Nothing to do. Refresh the list of keys if it still looks out of date.</source>
        <translation>No se encontró ninguna clave nueva llamada «%1»: el servidor no la creó. No hay nada que hacer. Actualice la lista de claves si todavía parece desactualizada.</translation>
    </message>
    <message>
        <source>The server did create the key. Nobody can use it, because its secret is lost: revoke it now, then create a new one if you still need it.</source>
        <translation>El servidor sí creó la clave. Nadie puede usarla porque su secreto se ha perdido: revóquela ahora y cree una nueva si todavía la necesita.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys named “%1” were created around that time. Only one of them is the key whose answer was lost; the others may belong to someone else. Check the ones to revoke.</source>
        <translation>
            <numerusform>Se creó %n clave llamada «%1» por esas fechas. Solo una de ellas es la clave cuya respuesta se perdió; las demás pueden ser de otra persona. Marque las que quiera revocar.</numerusform>
            <numerusform>Se crearon %n claves llamadas «%1» por esas fechas. Solo una de ellas es la clave cuya respuesta se perdió; las demás pueden ser de otra persona. Marque las que quiera revocar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected</source>
        <translation>&amp;Revocar las seleccionadas</translation>
    </message>
    <message>
        <source>Revoke the checked keys</source>
        <translation>Revocar las claves marcadas</translation>
    </message>
    <message>
        <source>Revoke the key now</source>
        <translation>Revocar la clave ahora</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Dejarlas</translation>
    </message>
    <message>
        <source>Leave the keys active</source>
        <translation>Dejar las claves activas</translation>
    </message>
    <message>
        <source>Leave the key active</source>
        <translation>Dejar la clave activa</translation>
    </message>
    <message>
        <source>%1, %2, created %3</source>
        <translation>%1, %2, fecha de creación: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation>Causa: %1.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1 instead of the new key. It may have created the key first; the key&apos;s secret cannot be shown. KeyDesk looks for the key so that you can revoke it.</source>
        <translation>El servidor respondió con una redirección a %1 en lugar de la nueva clave. Es posible que antes haya creado la clave; el secreto de la clave no se puede mostrar. KeyDesk busca la clave para que pueda revocarla.</translation>
    </message>
    <message>
        <source>The list of keys does not say when keys were created, so KeyDesk cannot tell whether the server created “%1”. Any key shown here may be the one whose answer was lost; the others may belong to someone else. Check the ones to revoke, or leave them and check the list of keys yourself.</source>
        <translation>La lista de claves no indica cuándo se crearon las claves, así que KeyDesk no puede saber si el servidor creó «%1». Cualquiera de las claves mostradas aquí puede ser aquella cuya respuesta se perdió; las demás pueden ser de otra persona. Marque las que quiera revocar, o déjelas y compruebe usted mismo la lista de claves.</translation>
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
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrar claves</translation>
    </message>
    <message>
        <source>Filter keys (%1)</source>
        <translation>Filtrar (%1)</translation>
    </message>
    <message>
        <source>Shows the keys whose name, identifier or status contain every word typed here</source>
        <translation>Muestra las claves cuyo nombre, identificador o estado contiene cada palabra escrita aquí</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n clave a %1.</numerusform>
            <numerusform>Se han exportado %n claves a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n keys to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n clave a %1.</numerusform>
            <numerusform>Se han exportado %n claves a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 documents no key-management API: these are the keys KeyDesk tracks for it, as of %2.</source>
        <translation>%1 no documenta ninguna API de gestión de claves: estas son las claves de las que KeyDesk tiene constancia, tal como estaban %2.</translation>
    </message>
    <message>
        <source>The keys could not be listed: the table shows the last known keys (as of %1). Creating and revoking keys need the server.</source>
        <translation>No se han podido listar las claves: la tabla muestra las últimas claves conocidas (tal como estaban %1). Para crear y revocar claves se necesita el servidor.</translation>
    </message>
    <message>
        <source>The table shows the last known keys (as of %1) until the server answers.</source>
        <translation>La tabla muestra las últimas claves conocidas (tal como estaban %1) hasta que responda el servidor.</translation>
    </message>
    <message>
        <source>%1 documents no key-management API: the keys of “%2” are revoked in its dashboard.</source>
        <translation>%1 no documenta ninguna API de gestión de claves: las claves de «%2» se revocan en su panel de control.</translation>
    </message>
    <message>
        <source>The keys of “%1” are the last known ones until its server answers: revoking needs the server.</source>
        <translation>Las claves de «%1» son las últimas conocidas hasta que responda su servidor: para revocar se necesita el servidor.</translation>
    </message>
    <message>
        <source>“%1” has gone quiet and can be revoked: select it and use Revoke Now in its rotation timeline.</source>
        <translation>«%1» ha dejado de usarse y se puede revocar: selecciónela y use Revocar ahora en su cronología de rotación.</translation>
    </message>
    <message>
        <source>ready to revoke</source>
        <translation>lista para revocar</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>en rotación</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>clave nueva</translation>
    </message>
</context>
<context>
    <name>keydesk::MemorySecretStore</name>
    <message>
        <source>No entry &quot;%1&quot; in this session&apos;s memory.</source>
        <translation>No hay ninguna entrada &quot;%1&quot; en la memoria de esta sesión.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>keydesk::NotificationService</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze a day</source>
        <translation>Posponer un día</translation>
    </message>
</context>
<context>
    <name>keydesk::PendingBadges</name>
    <message numerus="yes">
        <source>%n key waits for handoff</source>
        <translation>
            <numerusform>%n clave pendiente de entrega</numerusform>
            <numerusform>%n claves pendientes de entrega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys wait for handoff</source>
        <translation>
            <numerusform>%n clave pendiente de entrega</numerusform>
            <numerusform>%n claves pendientes de entrega</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::PreferencesDialog</name>
    <message>
        <source>Apply preferences</source>
        <translation>Aplicar las preferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>KeyDesk connects to one organisation per profile. The credential is kept in the system keychain, never in a file.</source>
        <translation>KeyDesk se conecta a una organización por perfil. La credencial se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Guardar organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Editar organización — %1</translation>
    </message>
    <message>
        <source>The name identifies the keychain entries of this organisation and cannot be changed. Add a new organisation to use another name.</source>
        <translation>El nombre identifica las entradas del llavero de esta organización y no se puede cambiar. Añada una organización nueva para usar otro nombre.</translation>
    </message>
    <message>
        <source>The JWT session token of a dashboard login. LeadHQL manages keys only with a session token, never with an API key.</source>
        <translation>El token de sesión JWT de un inicio de sesión en el panel de control. LeadHQL solo gestiona claves con un token de sesión, nunca con una clave de API.</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>An API key of the organisation: ll_ followed by 64 hexadecimal characters.</source>
        <translation>Una clave de API de la organización: ll_ seguido de 64 caracteres hexadecimales.</translation>
    </message>
    <message>
        <source>ll_…</source>
        <translation>ll_…</translation>
    </message>
    <message>
        <source>A Trust Leads API key (lfk_sk_…). Trust Leads documents no key-management API: KeyDesk can check the key but not list, create or revoke keys.</source>
        <translation>Una clave de API de Trust Leads (lfk_sk_…). Trust Leads no documenta ninguna API de gestión de claves: KeyDesk puede comprobar la clave, pero no listar, crear ni revocar claves.</translation>
    </message>
    <message>
        <source>lfk_sk_…</source>
        <translation>lfk_sk_…</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored credential.</source>
        <translation>Déjelo vacío para conservar la credencial guardada.</translation>
    </message>
    <message>
        <source>Trust Leads accepts its keys in either header.</source>
        <translation>Trust Leads acepta sus claves en cualquiera de las dos cabeceras.</translation>
    </message>
    <message>
        <source>%1 accepts the credential only as “Authorization: Bearer”.</source>
        <translation>%1 solo acepta la credencial como «Authorization: Bearer».</translation>
    </message>
    <message>
        <source>This is a LeadHQL API key (leadhql_pk_…). LeadHQL lists, creates and revokes keys only for a logged-in user: log in to the LeadHQL dashboard, copy the session token (a JWT) and paste it here.</source>
        <translation>Esta es una clave de API de LeadHQL (leadhql_pk_…). LeadHQL solo lista, crea y revoca claves para un usuario que ha iniciado sesión: inicie sesión en el panel de control de LeadHQL, copie el token de sesión (un JWT) y péguelo aquí.</translation>
    </message>
    <message>
        <source>This does not look like a session token: a JWT has three parts separated by dots.</source>
        <translation>Esto no parece un token de sesión: un JWT tiene tres partes separadas por puntos.</translation>
    </message>
    <message>
        <source>The session token carries no expiry date.</source>
        <translation>El token de sesión no incluye ninguna fecha de caducidad.</translation>
    </message>
    <message>
        <source>This session token expired on %1 (%2). Log in to the LeadHQL dashboard again and paste the new token.</source>
        <translation>Este token de sesión caducó el %1 (%2). Vuelva a iniciar sesión en el panel de control de LeadHQL y pegue el nuevo token.</translation>
    </message>
    <message>
        <source>Session token expires on %1 (%2).</source>
        <translation>El token de sesión caduca el %1 (%2).</translation>
    </message>
    <message>
        <source>KeyDesk will ask for a new token when it lapses; a fresh login gives a longer-lived one.</source>
        <translation>KeyDesk pedirá un token nuevo cuando caduque; un nuevo inicio de sesión proporciona uno de mayor duración.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>This looks like a %1 key, not a %2 credential.</source>
        <translation>Esto parece una clave de %1, no una credencial de %2.</translation>
    </message>
    <message>
        <source>An organisation named “%1” already exists.</source>
        <translation>Ya existe una organización llamada «%1».</translation>
    </message>
    <message>
        <source>Paste the credential: KeyDesk needs it to list and manage the keys.</source>
        <translation>Pegue la credencial: KeyDesk la necesita para listar y gestionar las claves.</translation>
    </message>
    <message>
        <source>You can use the credential for this session only: KeyDesk then keeps it in memory until you quit and never writes it to disk.</source>
        <translation>Puede usar la credencial solo en esta sesión: KeyDesk la mantiene en memoria hasta que salga y nunca la escribe en el disco.</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>No se pudo guardar la organización.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Paste the credential first.</source>
        <translation>Pegue primero la credencial.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>No credential is stored: paste one.</source>
        <translation>No hay ninguna credencial guardada: pegue una.</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>Conectado: el servicio aceptó la clave.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n key listed.</source>
        <translation>
            <numerusform>Conectado: %n clave listada.</numerusform>
            <numerusform>Conectado: %n claves listadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n keys listed.</source>
        <translation>
            <numerusform>Conectado: %n clave listada.</numerusform>
            <numerusform>Conectado: %n claves listadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation>Elegir un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileEditor</name>
    <message>
        <source>Remove Organisation</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Remove the organisation “%1” from KeyDesk?</source>
        <translation>¿Eliminar la organización «%1» de KeyDesk?</translation>
    </message>
    <message>
        <source>Its stored credential is deleted from the keychain. The keys themselves stay on the server.</source>
        <translation>Su credencial guardada se elimina del llavero. Las claves en sí permanecen en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n new key has not been handed off yet: its full key is deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n clave nueva aún no se ha entregado: su clave completa también se elimina del llavero y no se podrá volver a mostrar.</numerusform>
            <numerusform>%n claves nuevas aún no se han entregado: sus claves completas también se eliminan del llavero y no se podrán volver a mostrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new keys have not been handed off yet: their full keys are deleted from the keychain too and cannot be shown again.</source>
        <translation>
            <numerusform>%n clave nueva aún no se ha entregado: su clave completa también se elimina del llavero y no se podrá volver a mostrar.</numerusform>
            <numerusform>%n claves nuevas aún no se han entregado: sus claves completas también se eliminan del llavero y no se podrán volver a mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The credential of “%1” could not be deleted from the keychain: %2</source>
        <translation>No se pudo eliminar del llavero la credencial de «%1»: %2</translation>
    </message>
    <message>
        <source>The organisation “%1” could not be removed.</source>
        <translation>No se pudo eliminar la organización «%1».</translation>
    </message>
</context>
<context>
    <name>keydesk::ProfileSelector</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The organisation whose keys are shown</source>
        <translation>La organización cuyas claves se muestran</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>The keys of every organisation in one table</source>
        <translation>Las claves de todas las organizaciones en una sola tabla</translation>
    </message>
</context>
<context>
    <name>keydesk::RevealKeyDialog</name>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n seconds.</source>
        <translation>
            <numerusform>«Copiar» pone la clave en el portapapeles durante %n segundo.</numerusform>
            <numerusform>«Copiar» pone la clave en el portapapeles durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Se ha vaciado el portapapeles.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else.</source>
        <translation>El portapapeles contiene ahora otra cosa.</translation>
    </message>
    <message>
        <source>Hand off the pending key</source>
        <translation>Entregar la clave pendiente</translation>
    </message>
    <message>
        <source>Copy your new API key now</source>
        <translation>Copie ahora su nueva clave de API</translation>
    </message>
    <message>
        <source>This key was kept in the keychain for a later handoff. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>Esta clave se guardó en el llavero para entregarla más tarde. Guárdela en su gestor de contraseñas o en la integración que la necesite y confirme abajo.</translation>
    </message>
    <message>
        <source>This is the only time the full key is shown: the server keeps only a fingerprint. Store it in your password manager or the integration that needs it, then confirm below.</source>
        <translation>Esta es la única vez que se muestra la clave completa: el servidor solo guarda una huella. Guárdela en su gestor de contraseñas o en la integración que la necesite y confirme abajo.</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no proporcionado)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1 Copy it now — once this dialog is closed it cannot be shown again.</source>
        <translation>No se pudo guardar la clave en el llavero: %1 Cópiela ahora: una vez cerrado este diálogo, no se podrá volver a mostrar.</translation>
    </message>
    <message>
        <source>the keychain reported an error.</source>
        <translation>el llavero informó de un error.</translation>
    </message>
    <message>
        <source>Not available: the keychain does not hold this key.</source>
        <translation>No disponible: el llavero no contiene esta clave.</translation>
    </message>
    <message>
        <source>Keys are kept in memory for this session only: a key kept for later is lost when KeyDesk quits.</source>
        <translation>Las claves se guardan en memoria solo durante esta sesión: una clave guardada para más tarde se pierde al salir de KeyDesk.</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Clave no guardada</translation>
    </message>
    <message>
        <source>The key is not saved anywhere else. Close anyway?</source>
        <translation>La clave no está guardada en ningún otro sitio. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Without a copy, the key must be revoked and a new one created.</source>
        <translation>Sin una copia, habrá que revocar la clave y crear una nueva.</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copiada. El portapapeles se vaciará en %n s.</numerusform>
            <numerusform>Copiada. El portapapeles se vaciará en %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second.</source>
        <translation>
            <numerusform>«Copiar» pone la clave en el portapapeles durante %n segundo.</numerusform>
            <numerusform>«Copiar» pone la clave en el portapapeles durante %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RevokeConfirmation</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clave sin nombre</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)?</source>
        <translation>¿Revocar «%1» (%2)?</translation>
    </message>
    <message>
        <source>Every integration that uses this key fails at once. Revoking cannot be undone.</source>
        <translation>Todas las integraciones que usan esta clave fallarán de inmediato. La revocación no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 — something may still depend on it.</source>
        <translation>%1: puede que algo aún dependa de ella.</translation>
    </message>
    <message>
        <source>&amp;Revoke Key</source>
        <translation>&amp;Revocar clave</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>It was used less than a minute ago</source>
        <translation>Se usó hace menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minute ago</source>
        <translation>
            <numerusform>Se usó hace %n minuto</numerusform>
            <numerusform>Se usó hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n minutes ago</source>
        <translation>
            <numerusform>Se usó hace %n minuto</numerusform>
            <numerusform>Se usó hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hour ago</source>
        <translation>
            <numerusform>Se usó hace %n hora</numerusform>
            <numerusform>Se usó hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used %n hours ago</source>
        <translation>
            <numerusform>Se usó hace %n hora</numerusform>
            <numerusform>Se usó hace %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::RotateKeyDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clave sin nombre</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>KeyDesk creates a successor for %1, shows it once for you to put into your integrations, and revokes the old key only after the new one has been seen in use and the old one has gone quiet.</source>
        <translation>KeyDesk crea una sucesora de %1, se la muestra una vez para que la ponga en sus integraciones y revoca la clave antigua solo después de que la nueva se haya visto en uso y la antigua haya dejado de usarse.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>R&amp;otar</translation>
    </message>
    <message>
        <source>it was last used %1</source>
        <translation>se usó por última vez %1</translation>
    </message>
    <message>
        <source>no use of it is reported</source>
        <translation>no se ha notificado ningún uso</translation>
    </message>
    <message>
        <source>%1 requests so far</source>
        <comment>usage count</comment>
        <translation>%1 solicitudes hasta ahora</translation>
    </message>
    <message>
        <source>its usage is not reported</source>
        <translation>no se notifica su uso</translation>
    </message>
    <message>
        <source>%1 is revoked as soon as its successor exists, without waiting for the new key to be in use. Every integration still using it fails at once (%2; %3).</source>
        <translation>%1 se revoca en cuanto exista su sucesora, sin esperar a que la clave nueva esté en uso. Todas las integraciones que todavía la usen fallarán de inmediato (%2; %3).</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows, and no key is unused or idle. Revoke a key first to make room for the new one.</source>
        <translation>Hay %1 de %2 claves activas en uso, el máximo que permite esta organización, y ninguna clave está sin usar o inactiva. Revoque primero una clave para dejar espacio a la nueva.</translation>
    </message>
    <message>
        <source>%1 of %2 active keys are in use, the most this organisation allows. A key that is unused or idle can be revoked first to make room for the new one.</source>
        <translation>Hay %1 de %2 claves activas en uso, el máximo que permite esta organización. Se puede revocar primero una clave sin usar o inactiva para dejar espacio a la nueva.</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationEngine</name>
    <message>
        <source>Key &apos;%1&apos; (%2) is revoked; only an active key can be rotated.</source>
        <translation>La clave &apos;%1&apos; (%2) está revocada; solo se puede rotar una clave activa.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; (%2) is already being rotated (rotation %3); cancel that rotation first.</source>
        <translation>La clave &apos;%1&apos; (%2) ya se está rotando (rotación %3); cancele primero esa rotación.</translation>
    </message>
    <message>
        <source>The rotation is not in the inventory.</source>
        <translation>La rotación no está en el inventario.</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2)%3</source>
        <translation>clave nueva &apos;%1&apos; (%2)%3</translation>
    </message>
    <message>
        <source>; emergency: the old key is revoked at once</source>
        <translation>; emergencia: la clave antigua se revoca de inmediato</translation>
    </message>
    <message>
        <source>The new key could not be created: %1</source>
        <translation>No se pudo crear la clave nueva: %1</translation>
    </message>
    <message>
        <source>The rotation has no new key yet.</source>
        <translation>La rotación todavía no tiene clave nueva.</translation>
    </message>
    <message>
        <source>The server refused the new key &apos;%1&apos; (%2) when KeyDesk verified it: %3 The old key was kept.</source>
        <translation>El servidor rechazó la clave nueva &apos;%1&apos; (%2) cuando KeyDesk la verificó: %3 Se ha conservado la clave antigua.</translation>
    </message>
    <message>
        <source>emergency rotation: revoked as soon as the new key existed</source>
        <translation>rotación de emergencia: revocada en cuanto existió la clave nueva</translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>verificada el %1</translation>
    </message>
    <message>
        <source>baseline: usage count %1, last used %2</source>
        <translation>referencia: recuento de uso %1, último uso %2</translation>
    </message>
    <message>
        <source>the baseline comes from the next listing</source>
        <translation>la referencia se toma del próximo listado</translation>
    </message>
    <message>
        <source>not verified by KeyDesk; the baseline is this listing&apos;s figures</source>
        <translation>no verificada por KeyDesk; la referencia son las cifras de este listado</translation>
    </message>
    <message>
        <source>new key &apos;%1&apos; (%2) first seen in use at %3</source>
        <translation>clave nueva &apos;%1&apos; (%2) vista en uso por primera vez el %3</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period</source>
        <translation>la clave antigua no se ha usado durante el periodo sin uso</translation>
    </message>
    <message>
        <source>the old key has been quiet for the quiet period; revoke it when you are ready</source>
        <translation>la clave antigua no se ha usado durante el periodo sin uso; revóquela cuando esté listo</translation>
    </message>
    <message>
        <source>revoked automatically: the new key is in use and the old one was quiet</source>
        <translation>revocada automáticamente: la clave nueva está en uso y la antigua no se ha usado</translation>
    </message>
    <message>
        <source>Revoking the old key &apos;%1&apos; (%2) failed: %3 Both keys are still active; revoke the old one when you can.</source>
        <translation>Falló la revocación de la clave antigua &apos;%1&apos; (%2): %3 Las dos claves siguen activas; revoque la antigua cuando pueda.</translation>
    </message>
    <message>
        <source>There is no such rotation.</source>
        <translation>No existe esa rotación.</translation>
    </message>
    <message>
        <source>Rotation %1 has already ended (%2).</source>
        <translation>La rotación %1 ya ha terminado (%2).</translation>
    </message>
    <message>
        <source>cancelled; both keys were kept</source>
        <translation>cancelada; se han conservado las dos claves</translation>
    </message>
    <message>
        <source>cancelled; the new key &apos;%1&apos; (%2) was revoked, the old key kept</source>
        <translation>cancelada; se ha revocado la clave nueva &apos;%1&apos; (%2) y se ha conservado la antigua</translation>
    </message>
    <message>
        <source>cancelled; revoking the new key &apos;%1&apos; (%2) failed: %3</source>
        <translation>cancelada; falló la revocación de la clave nueva &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>Rotation %1 has no new key or has ended.</source>
        <translation>La rotación %1 no tiene clave nueva o ya ha terminado.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; has not been seen in use: revoking the old key now breaks every integration still on it. Force it to revoke anyway.</source>
        <translation>La clave nueva &apos;%1&apos; no se ha visto en uso: revocar ahora la clave antigua rompe todas las integraciones que todavía la usan. Fuerce la revocación para revocarla de todos modos.</translation>
    </message>
    <message>
        <source>revoked by hand</source>
        <translation>revocada a mano</translation>
    </message>
    <message>
        <source>revoked by hand, forced, before the new key was seen in use</source>
        <translation>revocada a mano, forzada, antes de que la clave nueva se viera en uso</translation>
    </message>
</context>
<context>
    <name>keydesk::RotationRules</name>
    <message>
        <source>The new key&apos;s create never finished (KeyDesk stopped, or its answer was lost); look for a key named &apos;%1&apos; in the list before starting again.</source>
        <translation>La creación de la clave nueva no llegó a terminar (KeyDesk se detuvo o se perdió su respuesta); busque una clave llamada &apos;%1&apos; en la lista antes de volver a empezar.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) was revoked outside the rotation; the old key was kept.</source>
        <translation>La clave nueva &apos;%1&apos; (%2) se revocó fuera de la rotación; se ha conservado la clave antigua.</translation>
    </message>
    <message>
        <source>The new key &apos;%1&apos; (%2) is no longer listed; the old key was kept.</source>
        <translation>La clave nueva &apos;%1&apos; (%2) ya no aparece en la lista; se ha conservado la clave antigua.</translation>
    </message>
    <message>
        <source>The old key is revoked.</source>
        <translation>La clave antigua está revocada.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) was revoked outside the rotation.</source>
        <translation>La clave antigua &apos;%1&apos; (%2) se revocó fuera de la rotación.</translation>
    </message>
    <message>
        <source>The old key &apos;%1&apos; (%2) is no longer listed: it was revoked or deleted outside the rotation.</source>
        <translation>La clave antigua &apos;%1&apos; (%2) ya no aparece en la lista: se revocó o eliminó fuera de la rotación.</translation>
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
        <translation>Revocar ahora…</translation>
    </message>
    <message>
        <source>Cancel Rotation…</source>
        <translation>Cancelar rotación…</translation>
    </message>
    <message>
        <source>Emergency rotation: “%1” → “%2”</source>
        <translation>Rotación de emergencia: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Rotation: “%1” → “%2”</source>
        <translation>Rotación: «%1» → «%2»</translation>
    </message>
    <message>
        <source>New key created</source>
        <translation>Clave nueva creada</translation>
    </message>
    <message>
        <source>Waiting for the new key</source>
        <translation>Esperando la clave nueva</translation>
    </message>
    <message>
        <source>Verified by KeyDesk</source>
        <translation>Verificada por KeyDesk</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún no verificada</translation>
    </message>
    <message>
        <source>KeyDesk&apos;s own call does not count as use.</source>
        <translation>La propia llamada de KeyDesk no cuenta como uso.</translation>
    </message>
    <message>
        <source>New key in use</source>
        <translation>Clave nueva en uso</translation>
    </message>
    <message>
        <source>New key not seen in use yet</source>
        <translation>Aún no se ha visto en uso la clave nueva</translation>
    </message>
    <message>
        <source>Put the new key into your integrations.</source>
        <translation>Ponga la clave nueva en sus integraciones.</translation>
    </message>
    <message>
        <source>Old key last used %1</source>
        <translation>Clave antigua usada por última vez %1</translation>
    </message>
    <message>
        <source>No use of the old key reported</source>
        <translation>No se ha notificado ningún uso de la clave antigua</translation>
    </message>
    <message>
        <source>Quiet for %1.</source>
        <translation>Sin usarse durante %1.</translation>
    </message>
    <message>
        <source>Revoked once it has been quiet for %1.</source>
        <translation>Se revoca cuando lleve %1 sin usarse.</translation>
    </message>
    <message>
        <source>Revoke due once the new key is in use</source>
        <translation>Revocación prevista cuando la clave nueva esté en uso</translation>
    </message>
    <message>
        <source>Revoke due %1</source>
        <translation>Revocación prevista %1</translation>
    </message>
    <message>
        <source>Revoke due later</source>
        <translation>Revocación prevista más adelante</translation>
    </message>
    <message>
        <source>KeyDesk revokes the old key then.</source>
        <translation>Entonces KeyDesk revoca la clave antigua.</translation>
    </message>
    <message>
        <source>Automatic revoke is off: KeyDesk says when it is ready.</source>
        <translation>La revocación automática está desactivada: KeyDesk avisa cuando esté lista.</translation>
    </message>
    <message>
        <source>Revoking the old key</source>
        <translation>Revocando la clave antigua</translation>
    </message>
    <message>
        <source>Ready to revoke</source>
        <translation>Lista para revocar</translation>
    </message>
    <message>
        <source>The old key has gone quiet: revoke it now.</source>
        <translation>La clave antigua ha dejado de usarse: revóquela ahora.</translation>
    </message>
    <message>
        <source>Old key revoked</source>
        <translation>Clave antigua revocada</translation>
    </message>
    <message>
        <source>Rotation cancelled</source>
        <translation>Rotación cancelada</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotación fallida</translation>
    </message>
    <message>
        <source>Waiting for the new key to be used.</source>
        <translation>Esperando a que se use la clave nueva.</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Creando la clave nueva…</translation>
    </message>
    <message>
        <source>The new key is in use; waiting for the old key to go quiet.</source>
        <translation>La clave nueva está en uso; esperando a que la clave antigua deje de usarse.</translation>
    </message>
    <message>
        <source>The old key has gone quiet and is being revoked.</source>
        <translation>La clave antigua ha dejado de usarse y se está revocando.</translation>
    </message>
    <message>
        <source>Ready to revoke: the new key is in use and the old key has gone quiet.</source>
        <translation>Lista para revocar: la clave nueva está en uso y la antigua ha dejado de usarse.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <source>Cancelled; both keys were kept.</source>
        <translation>Cancelada; se han conservado ambas claves.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fallida.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceDiagnosis</name>
    <message>
        <source>The keychain diagnosis did not finish in time.</source>
        <translation>El diagnóstico del llavero no terminó a tiempo.</translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus.</source>
        <translation>Nada proporciona %1 en el bus de sesión.</translation>
    </message>
    <message>
        <source>The default collection of the Secret Service is locked.</source>
        <translation>La colección predeterminada del Secret Service está bloqueada.</translation>
    </message>
</context>
<context>
    <name>keydesk::SecretServiceSearch</name>
    <message numerus="yes">
        <source>The keychain did not list its entries within %n ms.</source>
        <translation>
            <numerusform>El llavero no enumeró sus entradas en %n ms.</numerusform>
            <numerusform>El llavero no enumeró sus entradas en %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keydesk::SecretStore</name>
    <message>
        <source>%1 cannot list its entries.</source>
        <translation>%1 no puede enumerar sus entradas.</translation>
    </message>
</context>
<context>
    <name>keydesk::SelectorBadges</name>
    <message numerus="yes">
        <source>%1 — %n finding</source>
        <translation>
            <numerusform>%1 — %n hallazgo</numerusform>
            <numerusform>%1 — %n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n findings</source>
        <translation>
            <numerusform>%1 — %n hallazgo</numerusform>
            <numerusform>%1 — %n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: %1, warning: %2, info: %3 (the Health view lists them)</source>
        <translation>Críticos: %1, advertencias: %2, información: %3 (la vista Salud los enumera)</translation>
    </message>
</context>
<context>
    <name>keydesk::SendToDialog</name>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <source>OS keychain (a lasting entry)</source>
        <translation>Llavero del sistema (una entrada permanente)</translation>
    </message>
    <message>
        <source>pass (password store)</source>
        <translation>pass (almacén de contraseñas)</translation>
    </message>
    <message>
        <source>KeePassXC database</source>
        <translation>Base de datos de KeePassXC</translation>
    </message>
    <message>
        <source>Saved command (none saved for this profile)</source>
        <translation>Comando guardado (no hay ninguno guardado para este perfil)</translation>
    </message>
    <message>
        <source>Saved command</source>
        <translation>Comando guardado</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clave de API: %1</translation>
    </message>
    <message>
        <source>KeePassXC Database</source>
        <translation>Base de datos de KeePassXC</translation>
    </message>
    <message>
        <source>KeePass databases (*.kdbx);;All files (*)</source>
        <translation>Bases de datos de KeePass (*.kdbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Install the package &quot;pass&quot; to use it.</source>
        <translation>Instale el paquete &quot;pass&quot; para usarlo.</translation>
    </message>
    <message>
        <source>Install the package &quot;keepassxc&quot; to use it.</source>
        <translation>Instale el paquete &quot;keepassxc&quot; para usarlo.</translation>
    </message>
    <message>
        <source>Save a command template first: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</source>
        <translation>Guarde primero una plantilla de comando: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…</translation>
    </message>
    <message>
        <source>The command runs without a shell and gets the key on its standard input. It cannot be read back: its exit status decides.</source>
        <translation>El comando se ejecuta sin shell y recibe la clave por su entrada estándar. No se puede volver a leer: decide su estado de salida.</translation>
    </message>
    <message>
        <source>Read back from the keychain and compared before KeyDesk forgets its pending copy.</source>
        <translation>Se vuelve a leer del llavero y se compara antes de que KeyDesk olvide su copia pendiente.</translation>
    </message>
    <message>
        <source>Read back and compared before KeyDesk forgets its pending copy.</source>
        <translation>Se vuelve a leer y se compara antes de que KeyDesk olvide su copia pendiente.</translation>
    </message>
    <message>
        <source>(no command)</source>
        <translation>(ningún comando)</translation>
    </message>
    <message>
        <source>Enter the account the keychain entry is filed under.</source>
        <translation>Introduzca la cuenta con la que se archiva la entrada del llavero.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Delivered to %1: %2.</source>
        <translation>Entregada a %1: %2.</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <translation>Enviada a %1: %2.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2 The key stays pending in the keychain and on screen.</source>
        <translation>No entregada a %1: %2 La clave sigue pendiente en el llavero y en pantalla.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackKeyDialog</name>
    <message>
        <source>Track a Key — %1</source>
        <translation>Hacer seguimiento de una clave — %1</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Key to track</source>
        <translation>Clave que seguir</translation>
    </message>
    <message>
        <source>KeyDesk checks the key again at every refresh, and marks it revoked once Trust Leads refuses it. The key itself is kept in the keychain for that.</source>
        <translation>KeyDesk vuelve a comprobar la clave en cada actualización y la marca como revocada en cuanto Trust Leads la rechaza. Para ello, la clave se guarda en el llavero.</translation>
    </message>
    <message>
        <source>This is not a %1 key: it starts with lfk_sk_ followed by 40 letters and digits.</source>
        <translation>Esta no es una clave de %1: empieza por lfk_sk_ seguido de 40 letras y dígitos.</translation>
    </message>
    <message>
        <source>Verifying the key with %1…</source>
        <translation>Verificando la clave con %1…</translation>
    </message>
    <message>
        <source>%1 refused the key %2: it is revoked, expired or mistyped. Nothing was tracked.</source>
        <translation>%1 rechazó la clave %2: está revocada, caducada o mal escrita. No se ha hecho seguimiento de nada.</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazada por el servidor</translation>
    </message>
    <message>
        <source>The key could not be verified: %1 Nothing was tracked.</source>
        <translation>No se pudo verificar la clave: %1 No se ha hecho seguimiento de nada.</translation>
    </message>
    <message>
        <source>The key is valid, but the inventory could not record it: %1</source>
        <translation>La clave es válida, pero el inventario no pudo registrarla: %1</translation>
    </message>
    <message>
        <source>verified; verified again at every refresh</source>
        <translation>verificada; se vuelve a verificar en cada actualización</translation>
    </message>
    <message>
        <source>verified once</source>
        <translation>verificada una vez</translation>
    </message>
    <message>
        <source>The key is valid, but the keychain could not keep it for periodic verification: %1 Untick &quot;Verify it periodically&quot; to track it without.</source>
        <translation>La clave es válida, pero el llavero no pudo guardarla para la verificación periódica: %1 Desmarque «Verificarla periódicamente» para seguirla sin ella.</translation>
    </message>
</context>
<context>
    <name>keydesk::TrackedKeyVerifier</name>
    <message>
        <source>The key %1 (%2) was not verified: %3</source>
        <translation>La clave %1 (%2) no se ha verificado: %3</translation>
    </message>
    <message>
        <source>refused by the server: now shown as revoked</source>
        <translation>rechazada por el servidor: ahora se muestra como revocada</translation>
    </message>
    <message>
        <source>accepted again by the server</source>
        <translation>aceptada de nuevo por el servidor</translation>
    </message>
</context>
<context>
    <name>keydesk::TrayIcon</name>
    <message>
        <source>&amp;Open KeyDesk</source>
        <translation>&amp;Abrir KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>A&amp;ctualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Snooze All for a Day</source>
        <translation>&amp;Posponer todo un día</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>KeyDesk — watching your organisations</source>
        <translation>KeyDesk — vigilando sus organizaciones</translation>
    </message>
    <message>
        <source>KeyDesk — No findings</source>
        <translation>KeyDesk — Sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open finding</source>
        <translation>
            <numerusform>KeyDesk — %n hallazgo abierto</numerusform>
            <numerusform>KeyDesk — %n hallazgos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KeyDesk — %n open findings</source>
        <translation>
            <numerusform>KeyDesk — %n hallazgo abierto</numerusform>
            <numerusform>KeyDesk — %n hallazgos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4)</source>
        <translation>%1: %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
</context>
<context>
    <name>keydesk::TreeLeakScan</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>symlink loop, not followed</source>
        <translation>bucle de enlaces simbólicos, no se sigue</translation>
    </message>
    <message>
        <source>broken symlink: %1</source>
        <translation>enlace simbólico roto: %1</translation>
    </message>
    <message>
        <source>%1, not opened</source>
        <translation>%1, no se ha abierto</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowInventory</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>keydesk::WindowStatusBar</name>
    <message>
        <source>Last refreshed</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Why creating keys is not possible</source>
        <translation>Por qué no se pueden crear claves</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Keys waiting for handoff</source>
        <translation>Claves pendientes de entrega</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Última actualización a las %1</translation>
    </message>
    <message>
        <source>Keys as of %1 (from the inventory)</source>
        <translation>Claves listadas %1 (del inventario)</translation>
    </message>
    <message>
        <source>The last known keys, listed %1. KeyDesk lists them again from the server.</source>
        <translation>Las últimas claves conocidas, listadas el %1. KeyDesk vuelve a listarlas desde el servidor.</translation>
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
        <translation>%1 (aceptado)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Shows what needs doing: keys expiring, old, idle or used unexpectedly</source>
        <translation>Muestra lo que hay que hacer: claves que caducan, antiguas, inactivas o con un uso inesperado</translation>
    </message>
    <message>
        <source>The key is no longer listed.</source>
        <translation>La clave ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Cannot revoke now: %1</source>
        <translation>No se puede revocar ahora: %1</translation>
    </message>
    <message>
        <source>Cannot create the new key now: %1</source>
        <translation>No se puede crear la nueva clave ahora: %1</translation>
    </message>
    <message>
        <source>Cannot rotate now: %1</source>
        <translation>No se puede rotar ahora: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the API keys of LeadHQL, LocalLeads and Trust Leads organisations.</source>
        <translation>Gestiona las claves de API de organizaciones de LeadHQL, LocalLeads y Trust Leads.</translation>
    </message>
    <message>
        <source>Open on built-in demo data: two sample organisations served on this computer. No profile, setting or keychain entry of yours is used.</source>
        <translation>Abrir con los datos de demostración integrados: dos organizaciones de ejemplo servidas en este equipo. No se usa ninguno de sus perfiles, ajustes ni entradas del llavero.</translation>
    </message>
    <message>
        <source>With --demo: quit after &lt;seconds&gt;; the exit code is 0 if the key table was populated.</source>
        <translation>Con --demo: salir tras &lt;segundos&gt;; el código de salida es 0 si la tabla de claves se llenó.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--smoke-test needs a number of seconds (at least 1).</source>
        <translation>--smoke-test necesita un número de segundos (al menos 1).</translation>
    </message>
    <message>
        <source>--smoke-test and --screenshot-dir work only with --demo.</source>
        <translation>--smoke-test y --screenshot-dir solo funcionan con --demo.</translation>
    </message>
    <message>
        <source>keydesk-cli: warning: no translation for the language &apos;%1&apos;; available: de, en, es, fr.</source>
        <translation>keydesk-cli: advertencia: no hay traducción para el idioma &apos;%1&apos;; disponibles: de, en, es, fr.</translation>
    </message>
    <message>
        <source>Start without a window: watch every organisation from the system tray and notify new findings (what &quot;Start at login&quot; runs).</source>
        <translation>Iniciar sin ventana: vigilar todas las organizaciones desde la bandeja del sistema y avisar de los hallazgos nuevos (lo que ejecuta «Iniciar con la sesión»).</translation>
    </message>
</context>
</TS>
