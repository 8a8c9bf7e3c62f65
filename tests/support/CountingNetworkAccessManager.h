#pragma once

#include <QNetworkAccessManager>

namespace keydesk::test {

// A real QNetworkAccessManager that counts the requests it is asked to create, so a
// test can prove that a call produced no traffic (and so no DNS lookup) at all.
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
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        ++m_created;
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }

private:
    int m_created = 0;
};

} // namespace keydesk::test
