#include "ApiReply.h"

namespace keydesk {

ApiReply::ApiReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
}

ApiReply::~ApiReply()
{
    wipeSecret(m_created.secret);
}

void ApiReply::finishWithKeys(QList<ApiKey> keys)
{
    if (m_finished)
        return;
    m_keys = std::move(keys);
    finish();
}

void ApiReply::finishWithCreated(CreatedKey created)
{
    if (m_finished) {
        wipeSecret(created.secret);
        return;
    }
    m_created = std::move(created);
    finish();
}

void ApiReply::finishOk()
{
    if (m_finished)
        return;
    finish();
}

void ApiReply::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    finish();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    // The request machinery stops its transfer or timer; whatever it does, finish here.
    Q_EMIT abortRequested();
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.cancelled = true;
    error.detail = QStringLiteral("cancelled");
    m_error = std::move(error);
    finish();
}

void ApiReply::finish()
{
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace keydesk
