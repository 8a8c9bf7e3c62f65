#pragma once

#include "ApiError.h"
#include "ApiKey.h"
#include "CreatedKey.h"

#include <QList>
#include <QObject>

namespace keydesk {

// One asynchronous REST operation. Emits finished() exactly once, then deletes itself
// (deleteLater), like QNetworkReply used with autoDelete. Read results inside the slot.
class ApiReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)
public:
    enum class Operation { List, Create, Revoke, Verify };

    explicit ApiReply(Operation operation, QObject *parent = nullptr);
    ~ApiReply() override;

    Operation operation() const { return m_operation; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }

    const QList<ApiKey> &keys() const { return m_keys; }       // List
    const CreatedKey &createdKey() const { return m_created; } // Create (wiped on destruction)
    QString keyId() const { return m_keyId; }                  // Revoke: the id revoked
    int attempts() const { return m_attempts; }

    // Used by ApiClient only.
    void finishWithKeys(QList<ApiKey> keys);
    void finishWithCreated(CreatedKey created);
    void finishOk();
    void finishWithError(ApiError error);
    void setKeyId(const QString &id) { m_keyId = id; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    void abort(); // stops the request; finished() is emitted with a Network error

Q_SIGNALS:
    void finished();
    void abortRequested();

private:
    void finish();

    Operation m_operation;
    ApiError m_error;
    QList<ApiKey> m_keys;
    CreatedKey m_created;
    QString m_keyId;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace keydesk
