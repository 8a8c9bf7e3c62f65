#pragma once

#include "InventoryKey.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace keydesk {

class CommandContext;

// The commands that read the local inventory and make no request: `list --cached`,
// `history ID`, `export` and `log` (docs/design.md#cli-contract). They name the
// organisation by the profile's name or --org. A missing inventory file is read as an
// empty one and is not created.
class InventoryCommands final : public QObject {
    // No signals of its own; the CLI's messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(keydesk::CommandRunner)
    Q_DISABLE_COPY_MOVE(InventoryCommands)
public:
    explicit InventoryCommands(CommandContext &context, QObject *parent = nullptr);

    void start();

private:
    void listCached();
    void history();
    void exportKeys();
    void log();
    void printExport(const QList<InventoryKey> &rows);
    // One "cannot read" line and exit 1.
    void failRead(const QString &error);
    bool inventoryExists() const;

    CommandContext &m_context;
    QString m_organisation; // the profile's name or --org; empty: every one (log)
};

} // namespace keydesk
