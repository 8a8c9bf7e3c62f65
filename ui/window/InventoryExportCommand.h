#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace keydesk {

class Inventory;

// File → Export…: the inventory of every organisation, one row per key and never a secret,
// as CSV or JSON (InventoryExporter) in a file the user picks. The dialog is window-modal
// and opened with open(); the rows are read on the inventory's thread and the file is
// written on a pool thread, so the window never waits on the disk.
class InventoryExportCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryExportCommand)
public:
    using Clock = std::function<QDateTime()>; // UTC now

    InventoryExportCommand(Inventory *inventory, QWidget *window, Clock clock, QObject *parent = nullptr);
    ~InventoryExportCommand() override;

    void start();
    // Without the dialog (tests): CSV unless `path` ends in .json.
    void exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void failed(const QString &message);

private:
    Inventory *m_inventory;
    QPointer<QWidget> m_window;
    Clock m_clock;
};

} // namespace keydesk
