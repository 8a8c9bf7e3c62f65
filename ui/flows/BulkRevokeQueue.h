#pragma once

#include "KeyFlows.h"

#include <QList>

#include <memory>

namespace keydesk {

// KeyFlows' bulk revoke (docs/design.md#bulk-revoke): the preview with a typed count,
// then a small queue that sends one DELETE at a time and reports each key in the dialog.
class BulkRevokeQueue final {
    Q_DISABLE_COPY_MOVE(BulkRevokeQueue)
public:
    using BulkItem = KeyFlows::BulkItem;

    explicit BulkRevokeQueue(KeyFlows &flows)
        : m_flows(flows)
    {
    }

    void revokeMany(const QList<BulkItem> &items, bool showOrganisation);

private:
    struct BulkQueue;
    void revokeNextOf(std::shared_ptr<BulkQueue> queue);

    KeyFlows &m_flows;
};

} // namespace keydesk
