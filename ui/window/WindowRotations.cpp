#include "WindowRotations.h"

#include "AllOrganisations.h"
#include "Inventory.h"
#include "InventoryPanels.h"
#include "KeyFlows.h"
#include "KeyTableLayout.h"
#include "KeyTableModel.h"
#include "ProfileSession.h"
#include "RotationEngine.h"
#include "UntrustedText.h"
#include "WindowInventory.h"
#include "WindowStatusBar.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace keydesk {

WindowRotations::WindowRotations(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
{
}

void WindowRotations::connectTimeline(Inventory *inventory, InventoryPanels *panels)
{
    connect(panels, &InventoryPanels::revokeNowRequested, this, [this](const RotationRecord &rotation) {
        if (ProfileSession *session = sessionOf(rotation.organisation))
            m_window.flows->revokeRotationNow({session->client(), session->profileName()}, rotation,
                                              m_window.inventory->rotations());
    });
    connect(panels, &InventoryPanels::cancelRotationRequested, this, [this](const RotationRecord &rotation) {
        if (ProfileSession *session = sessionOf(rotation.organisation))
            m_window.flows->cancelRotation({session->client(), session->profileName()}, rotation,
                                           m_window.inventory->rotations());
    });
    connect(inventory, &Inventory::rotationChanged, this, &WindowRotations::reload);
    connect(m_window.session, &ProfileSession::opened, this, &WindowRotations::reload);
    // Ready, and auto-revoke is off: said in the window (the notification: WindowWatch).
    connect(m_window.inventory->rotations(), &RotationEngine::readyToRevoke, this,
            [this](const RotationRecord &rotation) {
                m_window.status->showNote(
                    QCoreApplication::translate("keydesk::MainWindow",
                                                "“%1” has gone quiet and can be revoked: select it and use Revoke "
                                                "Now in its rotation timeline.")
                        .arg(UntrustedText::forDisplay(rotation.oldKeyName)));
            });
}

ProfileSession *WindowRotations::sessionOf(const QString &organisation) const
{
    ProfileSession *session = m_window.session;
    if (session->profile() && session->profileName() == organisation)
        return session;
    return m_window.all->isOpen() ? m_window.all->session(organisation) : nullptr;
}

void WindowRotations::reload()
{
    RotationEngine *engine = m_window.inventory->rotations();
    const quint64 generation = ++m_generation;
    if (!engine || !m_window.session->profile()) {
        m_window.model->setRotatingKeys({});
        return;
    }
    engine->rotations(m_window.session->profileName(), true,
                      [this, generation](const QList<RotationRecord> &rotations, const QString &) {
                          if (generation != m_generation)
                              return;
                          QHash<QString, QString> labels;
                          for (const RotationRecord &rotation : rotations) {
                              labels.insert(rotation.oldKeyId,
                                            rotation.state == RotationState::ReadyToRevoke
                                                ? QCoreApplication::translate("keydesk::MainWindow", "ready to revoke")
                                                : QCoreApplication::translate("keydesk::MainWindow", "rotating"));
                              if (!rotation.newKeyId.isEmpty())
                                  labels.insert(rotation.newKeyId,
                                                QCoreApplication::translate("keydesk::MainWindow", "new key"));
                          }
                          const bool marksChanged = !labels.isEmpty();
                          m_window.model->setRotatingKeys(labels);
                          if (marksChanged) // "Active · ready to revoke" is wider than "Active"
                              m_window.layout->fitColumn(KeyTableModel::Status);
                          m_window.updateActions();
                      });
}

} // namespace keydesk
