#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QLineEdit;
class QMainWindow;
class QPoint;

namespace Ui {
class MainWindow;
}

namespace keydesk {

class BannerMessages;
class Inventory;
class InventoryExportCommand;
class KeyCommands;
class ProfileEditor;
class ProfileSession;
class WindowInventory;
class WindowStatusBar;
class WindowWatch;

// What the main window's menu actions and the table's row menu do: the key commands,
// Find, the profile actions, File → Export (with an inventory) and Help → About. The
// window connects the actions that are its own (Refresh, Scan, Preferences, Quit).
class WindowMenus final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowMenus)
public:
    struct Window {
        QMainWindow *window = nullptr;
        KeyCommands *commands = nullptr;
        ProfileEditor *profileEditor = nullptr;
        ProfileSession *session = nullptr;    // the organisation on screen
        WindowInventory *inventory = nullptr; // its rotations()
        WindowWatch *watch = nullptr;         // null: no inventory
        QLineEdit *filter = nullptr;
        WindowStatusBar *status = nullptr;
        BannerMessages *messages = nullptr;
    };
    struct Services {
        Inventory *inventory = nullptr; // null: no export
        std::function<QDateTime()> clock;
    };

    WindowMenus(Ui::MainWindow &ui, Window window, Services services, QObject *parent = nullptr);

    InventoryExportCommand *exportCommand() const { return m_export; } // with an inventory only

private:
    void showRowMenu(const QPoint &position);

    Ui::MainWindow &m_ui;
    Window m_window;
    InventoryExportCommand *m_export = nullptr;
};

} // namespace keydesk
