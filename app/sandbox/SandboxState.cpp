#include "SandboxState.h"

#include "DialectCodec.h"
#include "KeyIssuer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keydesk {

namespace {

QJsonValue timestampJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Null or a valid ISO timestamp; anything else makes the file corrupt.
bool readTimestamp(const QJsonObject &object, const QString &field, QDateTime *out)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined()) {
        *out = QDateTime();
        return true;
    }
    if (!value.isString())
        return false;
    // Not QDateTime::fromString: it reads a timestamp without an offset as local time,
    // so the same file would hold other instants under another TZ.
    *out = parseTimestamp(value.toString());
    return out->isValid();
}

bool isHexDigest(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

SandboxState SandboxState::create(Dialect dialect)
{
    SandboxState state;
    state.dialect = dialect;
    state.organisationId = KeyIssuer::newKeyId(dialect);
    state.organisationName = QStringLiteral("Sandbox Realty");
    state.sessionSecret = KeyIssuer::randomBytes(32);
    state.users.append(SandboxUser{KeyIssuer::newKeyId(dialect), QStringLiteral("Alice"), QStringLiteral("Smith"),
                                   QStringLiteral("alice.smith@example.com")});
    return state;
}

const SandboxUser *SandboxState::findUser(const QString &id) const
{
    for (const SandboxUser &user : users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

StoredKey *SandboxState::findKeyById(const QString &id)
{
    for (StoredKey &key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

StoredKey *SandboxState::findKeyByHash(const QByteArray &sha256Hex)
{
    for (StoredKey &key : keys) {
        if (key.sha256Hex == sha256Hex)
            return &key;
    }
    return nullptr;
}

int SandboxState::usableKeyCount(const QDateTime &now) const
{
    int count = 0;
    for (const StoredKey &key : keys) {
        if (key.isUsable(now))
            ++count;
    }
    return count;
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray userArray;
    for (const SandboxUser &user : users) {
        userArray.append(QJsonObject{{QStringLiteral("id"), user.id},
                                     {QStringLiteral("firstName"), user.firstName},
                                     {QStringLiteral("lastName"), user.lastName},
                                     {QStringLiteral("email"), user.email}});
    }
    QJsonArray keyArray;
    for (const StoredKey &key : keys) {
        keyArray.append(QJsonObject{
            {QStringLiteral("id"), key.id},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("sha256"), QString::fromLatin1(key.sha256Hex)},
            {QStringLiteral("visibleIdentifier"), key.visibleIdentifier},
            {QStringLiteral("userId"), key.userId},
            {QStringLiteral("createdAt"), timestampJson(key.createdAt)},
            {QStringLiteral("expiresAt"), timestampJson(key.expiresAt)},
            {QStringLiteral("lastUsedAt"), timestampJson(key.lastUsedAt)},
            {QStringLiteral("revokedAt"), timestampJson(key.revokedAt)},
            {QStringLiteral("usageCount"), key.usageCount},
            {QStringLiteral("sandboxCredential"), key.sandboxCredential},
        });
    }
    QJsonArray jobArray;
    for (const EnrichmentJob &job : jobs) {
        jobArray.append(QJsonObject{{QStringLiteral("id"), job.id},
                                    {QStringLiteral("fileUrl"), job.fileUrl},
                                    {QStringLiteral("keyId"), job.keyId},
                                    {QStringLiteral("createdAt"), timestampJson(job.createdAt)}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("keydesk-sandbox-state")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("dialect"), dialectId(dialect)},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("id"), organisationId},
                     {QStringLiteral("name"), organisationName},
                     {QStringLiteral("sessionSecret"), QString::fromLatin1(sessionSecret.toBase64())}}},
        {QStringLiteral("users"), userArray},
        {QStringLiteral("keys"), keyArray},
        {QStringLiteral("jobs"), jobArray},
        {QStringLiteral("figures"), QJsonObject{{QStringLiteral("propertiesTotal"), figures.propertiesTotal},
                                                {QStringLiteral("propertiesActive"), figures.propertiesActive},
                                                {QStringLiteral("propertiesPending"), figures.propertiesPending},
                                                {QStringLiteral("creditBalance"), figures.creditBalance},
                                                {QStringLiteral("rowsEnriched"), figures.rowsEnriched},
                                                {QStringLiteral("rowsLimit"), figures.rowsLimit}}},
        {QStringLiteral("demoSeeded"), demoSeeded},
    };
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SandboxState> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("keydesk-sandbox-state"))
        return fail(QCoreApplication::translate("SandboxState", "not a keydesk-sandbox state file"));
    if (json.value(QStringLiteral("version")).toInt() != formatVersion)
        return fail(QCoreApplication::translate("SandboxState", "unsupported state format version %1")
                        .arg(json.value(QStringLiteral("version")).toInt()));
    const auto dialectParsed = dialectFromId(json.value(QStringLiteral("dialect")).toString());
    if (!dialectParsed)
        return fail(QCoreApplication::translate("SandboxState", "unknown dialect \"%1\"")
                        .arg(json.value(QStringLiteral("dialect")).toString()));

    SandboxState state;
    state.dialect = *dialectParsed;
    const QJsonObject organisation = json.value(QStringLiteral("organisation")).toObject();
    state.organisationId = organisation.value(QStringLiteral("id")).toString();
    state.organisationName = organisation.value(QStringLiteral("name")).toString();
    state.sessionSecret = QByteArray::fromBase64(
        organisation.value(QStringLiteral("sessionSecret")).toString().toLatin1());
    if (state.organisationId.isEmpty() || state.sessionSecret.size() < 32)
        return fail(QCoreApplication::translate("SandboxState", "the organisation entry is incomplete"));

    for (const QJsonValue &value : json.value(QStringLiteral("users")).toArray()) {
        const QJsonObject object = value.toObject();
        SandboxUser user{
            object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("firstName")).toString(),
            object.value(QStringLiteral("lastName")).toString(), object.value(QStringLiteral("email")).toString()};
        if (user.id.isEmpty())
            return fail(QCoreApplication::translate("SandboxState", "a user entry has no id"));
        state.users.append(user);
    }
    if (state.users.isEmpty())
        return fail(QCoreApplication::translate("SandboxState", "the organisation has no users"));

    for (const QJsonValue &value : json.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject object = value.toObject();
        StoredKey key;
        key.id = object.value(QStringLiteral("id")).toString();
        key.name = object.value(QStringLiteral("name")).toString();
        key.sha256Hex = object.value(QStringLiteral("sha256")).toString().toLatin1();
        key.visibleIdentifier = object.value(QStringLiteral("visibleIdentifier")).toString();
        key.userId = object.value(QStringLiteral("userId")).toString();
        key.usageCount = object.value(QStringLiteral("usageCount")).toInteger(-1);
        key.sandboxCredential = object.value(QStringLiteral("sandboxCredential")).toBool();
        const bool timestampsOk = readTimestamp(object, QStringLiteral("createdAt"), &key.createdAt)
                                  && key.createdAt.isValid()
                                  && readTimestamp(object, QStringLiteral("expiresAt"), &key.expiresAt)
                                  && readTimestamp(object, QStringLiteral("lastUsedAt"), &key.lastUsedAt)
                                  && readTimestamp(object, QStringLiteral("revokedAt"), &key.revokedAt);
        if (key.id.isEmpty() || !isHexDigest(key.sha256Hex) || key.usageCount < 0 || !timestampsOk)
            return fail(
                QCoreApplication::translate("SandboxState", "key entry %1 is malformed").arg(state.keys.size() + 1));
        state.keys.append(key);
    }

    for (const QJsonValue &value : json.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject object = value.toObject();
        EnrichmentJob job{object.value(QStringLiteral("id")).toString(),
                          object.value(QStringLiteral("fileUrl")).toString(),
                          object.value(QStringLiteral("keyId")).toString(),
                          {}};
        if (job.id.isEmpty() || !readTimestamp(object, QStringLiteral("createdAt"), &job.createdAt))
            return fail(
                QCoreApplication::translate("SandboxState", "job entry %1 is malformed").arg(state.jobs.size() + 1));
        state.jobs.append(job);
    }

    const QJsonObject figures = json.value(QStringLiteral("figures")).toObject();
    state.figures.propertiesTotal = figures.value(QStringLiteral("propertiesTotal")).toInteger();
    state.figures.propertiesActive = figures.value(QStringLiteral("propertiesActive")).toInteger();
    state.figures.propertiesPending = figures.value(QStringLiteral("propertiesPending")).toInteger();
    state.figures.creditBalance = figures.value(QStringLiteral("creditBalance")).toInteger();
    state.figures.rowsEnriched = figures.value(QStringLiteral("rowsEnriched")).toInteger();
    state.figures.rowsLimit = figures.value(QStringLiteral("rowsLimit")).toInteger();
    state.demoSeeded = json.value(QStringLiteral("demoSeeded")).toBool();
    return state;
}

} // namespace keydesk
