#include "InventoryExportCommand.h"

#include "Inventory.h"
#include "InventoryExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QThreadPool>

namespace keydesk {

InventoryExportCommand::InventoryExportCommand(Inventory *inventory, QWidget *window, Clock clock, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_window(window)
    , m_clock(std::move(clock))
{
}

InventoryExportCommand::~InventoryExportCommand() = default;

void InventoryExportCommand::start()
{
    auto *dialog = new QFileDialog(m_window, tr("Export the Inventory"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString json = tr("JSON (*.json)");
    dialog->setNameFilters({csv, json});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("keydesk-inventory.csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &InventoryExportCommand::exportTo);
    dialog->open();
}

void InventoryExportCommand::exportTo(const QString &path)
{
    const InventoryExporter::Format format = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                                                 ? InventoryExporter::Format::Json
                                                 : InventoryExporter::Format::Csv;
    const QDateTime now = m_clock();
    m_inventory->exportRows({}, this, [this, path, format, now](const InventoryResult<QList<InventoryKey>> &result) {
        if (!result.ok()) {
            Q_EMIT failed(tr("The inventory could not be exported: %1").arg(result.error));
            return;
        }
        const int rows = int(result.value.size());
        const QPointer<InventoryExportCommand> self = this;
        QThreadPool::globalInstance()->start(
            [self, path, rows, data = InventoryExporter::serialise(format, result.value, now)] {
                QSaveFile file(path);
                QString error;
                if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
                    error = file.errorString();
                // Back on the GUI thread, where `self` may be looked at.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, path, rows, error] {
                        if (!self)
                            return;
                        if (error.isEmpty())
                            Q_EMIT self->exported(path, rows);
                        else
                            Q_EMIT self->failed(tr("The inventory could not be written to %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), error));
                    },
                    Qt::QueuedConnection);
            });
    });
}

} // namespace keydesk
