#include "WindowMenus.h"
#include "ui_MainWindow.h"

#include "AboutBox.h"
#include "BannerMessages.h"
#include "ErrorBanner.h"
#include "InventoryExportCommand.h"
#include "KeyCommands.h"
#include "ProfileEditor.h"
#include "ProfileSession.h"
#include "WindowInventory.h"
#include "WindowStatusBar.h"
#include "WindowWatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

#include <utility>

namespace keydesk {

WindowMenus::WindowMenus(Ui::MainWindow &ui, Window window, Services services, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_window(std::move(window))
{
    KeyCommands *commands = m_window.commands;
    ProfileEditor *profileEditor = m_window.profileEditor;
    connect(ui.actionCreateKey, &QAction::triggered, commands, &KeyCommands::create);
    connect(ui.actionRevoke, &QAction::triggered, commands, &KeyCommands::revokeSelected);
    connect(ui.actionRotate, &QAction::triggered, this, [this] {
        m_window.commands->rotateSelected(m_window.inventory->rotations(),
                                          m_window.watch ? m_window.watch->findings() : QList<Finding>());
    });
    connect(ui.actionHandOff, &QAction::triggered, commands, &KeyCommands::handOffSelected);
    connect(ui.actionCopyIdentifier, &QAction::triggered, commands, &KeyCommands::copyIdentifier);
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        m_window.filter->setFocus(Qt::ShortcutFocusReason);
        m_window.filter->selectAll();
    });
    connect(ui.actionAddProfile, &QAction::triggered, profileEditor, &ProfileEditor::add);
    connect(ui.actionEditProfile, &QAction::triggered, this, [this] {
        // In the view of every organisation: the selected row's.
        const ProfileSession *session = m_window.commands->selectedSession();
        if (session && session->profile())
            m_window.profileEditor->edit(session->profileName());
        else
            m_window.profileEditor->add();
    });
    connect(ui.actionRemoveProfile, &QAction::triggered, this, [this] {
        if (m_window.session->profile())
            m_window.profileEditor->confirmRemove(m_window.session->profileName());
    });
    if (services.inventory) {
        m_export = new InventoryExportCommand(services.inventory, m_window.window, services.clock, this);
        connect(ui.actionExport, &QAction::triggered, m_export, &InventoryExportCommand::start);
        connect(m_export, &InventoryExportCommand::exported, this, [this](const QString &path, int rows) {
            const QString file = QDir::toNativeSeparators(path);
            m_window.status->showNote(
                rows == 1 ? QCoreApplication::translate("keydesk::MainWindow", "Exported %n key to %1.", nullptr, rows)
                                .arg(file)
                          : QCoreApplication::translate("keydesk::MainWindow", "Exported %n keys to %1.", nullptr, rows)
                                .arg(file));
        });
        connect(m_export, &InventoryExportCommand::failed, m_window.messages, [this](const QString &message) {
            m_window.messages->showLocalProblem(ErrorBanner::Level::Error, message);
        });
    }
    ui.actionExport->setEnabled(services.inventory != nullptr);
    connect(ui.actionAbout, &QAction::triggered, this, [this] { AboutBox::open(m_window.window); });
    connect(ui.keyTable, &QTableView::customContextMenuRequested, this, &WindowMenus::showRowMenu);
}

void WindowMenus::showRowMenu(const QPoint &position)
{
    if (!m_ui.keyTable->indexAt(position).isValid())
        return;
    auto *menu = new QMenu(m_window.window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_ui.actionCopyIdentifier);
    menu->addAction(m_ui.actionHandOff);
    menu->addSeparator();
    menu->addAction(m_ui.actionRotate);
    menu->addAction(m_ui.actionRevoke);
    menu->popup(m_ui.keyTable->viewport()->mapToGlobal(position));
}

} // namespace keydesk
