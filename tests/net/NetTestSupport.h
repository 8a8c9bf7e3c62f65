#pragma once

#include "ApiClient.h"
#include "ApiReply.h"

#include <QNetworkAccessManager>

namespace keydesk::test {

// A real QNetworkAccessManager that counts the requests it is asked to create, so a
// test can prove that a call produced no traffic at all.
class CountingNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingNetworkAccessManager)
public:
    explicit CountingNetworkAccessManager(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    {
    }
    int created() const { return m_created; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++m_created;
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }

private:
    int m_created = 0;
};

// What an ApiReply reported, copied out in its finished() slot (the reply deletes
// itself afterwards).
struct Outcome final {
    int finishedCount = 0;
    ApiError error;
    QList<ApiKey> keys;
    CreatedKey created;
    QString keyId;
    int attempts = 0;

    bool ok() const { return finishedCount == 1 && !error.isError(); }
};

// Records the outcome of `reply` into `outcome` (which must outlive the reply).
void record(ApiReply *reply, Outcome &outcome);
// Waits (event loop) until `reply` finished, up to `timeoutMs`.
Outcome waitFor(ApiReply *reply, int timeoutMs = 30000);

// A policy with small delays so fault suites run fast.
RetryPolicy fastPolicy();

} // namespace keydesk::test
