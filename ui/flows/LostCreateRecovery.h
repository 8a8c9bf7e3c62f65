#pragma once

#include "ApiError.h"
#include "ApiKey.h"
#include "KeyFlows.h"
#include "LostKeyFinder.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace keydesk {

class ApiClient;
class LostKeyDialog;

// KeyFlows' answer to a create whose outcome is unknown: find the key it may have left
// (LostKeyFinder) and offer to revoke it.
class LostCreateRecovery final {
    Q_DISABLE_COPY_MOVE(LostCreateRecovery)
public:
    explicit LostCreateRecovery(KeyFlows &flows)
        : m_flows(flows)
    {
    }

    void recover(QPointer<ApiClient> client, const QString &profileName, const LostCreate &lost,
                 const ApiError &createError);

private:
    void findLostKey(LostKeyDialog *dialog, QPointer<ApiClient> client, const LostCreate &lost);
    void revokeLostKeys(LostKeyDialog *dialog, QPointer<ApiClient> client, const QString &profileName,
                        const QList<ApiKey> &keys);

    KeyFlows &m_flows;
};

} // namespace keydesk
