#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace keydesk {

class CommandContext;

// `keydesk-cli acknowledge [ID] FINDING [--note TEXT] [--until YYYY-MM-DD]`
// (docs/design.md#watch): leaves one finding of the last known inventory out of `audit`,
// up to the severity it has now, until the end of that day or for good. The inventory
// stores and logs it ("acknowledge"); no request is made.
class AcknowledgeCommand final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(AcknowledgeCommand)
public:
    explicit AcknowledgeCommand(CommandContext &context, QObject *parent = nullptr);

    void start();

private:
    void acknowledge(const Finding &finding);
    void notFound();

    CommandContext &m_context;
    QString m_organisation;
};

} // namespace keydesk
