#pragma once

#include "RotationRecord.h"

#include <QObject>
#include <QString>

#include <functional>

namespace keydesk {

class AllOrganisations;
class Inventory;
class InventoryPanels;
class KeyFlows;
class KeyTableLayout;
class KeyTableModel;
class ProfileSession;
class WindowInventory;
class WindowStatusBar;

// The main window's open rotations (docs/design.md#rotation): the table's marks on the
// keys being rotated, the timeline's Revoke Now / Cancel, and the note when one is ready.
class WindowRotations final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowRotations)
public:
    struct Window {
        KeyFlows *flows = nullptr;
        WindowInventory *inventory = nullptr; // its rotations(): null without an inventory
        ProfileSession *session = nullptr;    // the organisation on screen
        AllOrganisations *all = nullptr;      // or every organisation
        KeyTableModel *model = nullptr;
        KeyTableLayout *layout = nullptr;
        WindowStatusBar *status = nullptr;
        std::function<void()> updateActions; // Rotate's state follows the marks
    };

    WindowRotations(Window window, QObject *parent = nullptr);

    // The timeline's actions and the rows it marks (with an inventory only).
    void connectTimeline(Inventory *inventory, InventoryPanels *panels);
    // The organisation's open rotations: the table's marks, Rotate's state.
    void reload();

private:
    ProfileSession *sessionOf(const QString &organisation) const;

    Window m_window;
    quint64 m_generation = 0;
};

} // namespace keydesk
