#pragma once

#include "FaultSandbox.h"

#include <gtest/gtest.h>

#include <QSet>

namespace keydesk::test {

// A fresh sandbox of one dialect and an ApiClient on it with the test policy.
class FaultFixture : public ::testing::Test {
protected:
    explicit FaultFixture(QString dialect = QStringLiteral("localleads"))
        : m_dialect(std::move(dialect))
    {
    }

    void SetUp() override
    {
        sandbox = std::make_unique<FaultSandbox>(m_dialect, extraSandboxArguments());
        ASSERT_TRUE(sandbox->process().started()) << sandbox->process().startError().toStdString();
        client = makeClient(testPolicy());
    }

    virtual QStringList extraSandboxArguments() const { return {}; }

    std::unique_ptr<ApiClient> makeClient(const RetryPolicy &policy, const QString &caFile = {})
    {
        Connection connection;
        connection.dialect = m_dialect == QLatin1String("leadhql") ? Dialect::LeadHql : Dialect::LocalLeads;
        connection.baseUrl = sandbox->url();
        connection.credential = sandbox->process().credential();
        connection.caFile = caFile;
        auto made = std::make_unique<ApiClient>(&network, connection);
        made->setRetryPolicy(policy);
        return made;
    }

    QString keysPath() const
    {
        return m_dialect == QLatin1String("leadhql") ? QStringLiteral("/api-keys") : QStringLiteral("/api/v1/api-keys");
    }

    void inject(const QByteArray &plan) { ASSERT_EQ(sandbox->inject(plan), 200) << plan.constData(); }

    static CreateKeyRequest named(const QString &name)
    {
        CreateKeyRequest request;
        request.name = name;
        return request;
    }

    QList<ApiKey> liveKeysNamed(const QString &name)
    {
        sandbox->clearFaults();
        const Outcome listed = waitFor(client->listKeys());
        EXPECT_TRUE(listed.ok()) << listed.error.userMessage().toStdString();
        QList<ApiKey> found;
        for (const ApiKey &key : listed.keys) {
            if (key.name == name && !key.revoked)
                found.append(key);
        }
        return found;
    }

    QSet<QString> currentIds()
    {
        const Outcome listed = waitFor(client->listKeys());
        EXPECT_TRUE(listed.ok()) << listed.error.userMessage().toStdString();
        QSet<QString> ids;
        for (const ApiKey &key : listed.keys)
            ids.insert(key.id);
        return ids;
    }

    // After the fault is cleared the same client works again.
    void expectUsable()
    {
        ASSERT_EQ(sandbox->clearFaults(), 200);
        const Outcome listed = waitFor(client->listKeys());
        EXPECT_TRUE(listed.ok()) << "client not usable after the fault: " << listed.error.userMessage().toStdString();
    }

    std::unique_ptr<FaultSandbox> sandbox;
    CountingNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;

private:
    QString m_dialect;
};

inline std::string text(const QString &message)
{
    return message.toStdString();
}

} // namespace keydesk::test
