#pragma once

#include "Finding.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QMenu;
class QTableView;

namespace keydesk {

class HealthPanel;
class Inventory;
class KeyTableModel;
class ProfileStore;
class SelectorBadges;

// What the watch adds to the main window, so that the window needs only a few lines: the
// Health dock (View → Health, remembered with the window's state), the finding marks on
// the key table's rows and the counts in the organisation selector. The findings of every
// profile are judged again (Inventory::findings, with each profile's thresholds) after
// every recorded listing and after each acknowledgement; the panel and the marks show
// those of the organisations on screen. The actions go through the window's own: Revoke
// selects the key's row and triggers Revoke (its confirmation, request and refresh),
// Rotate selects it and triggers Key → Rotate… (the rotation assistant; without one,
// Create Key with "<name> (rotated)"). Nothing is judged before
// start(), which the window calls after the frame that shows its organisation: the
// Health dock's rows are no part of that frame.
class WindowWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowWatch)
public:
    struct Services {
        Inventory *inventory = nullptr;
        ProfileStore *profiles = nullptr; // whose thresholds (Profile::watch) apply
        std::function<QDateTime()> clock; // UTC now
    };
    // The window's parts the watch uses.
    struct Window {
        QMainWindow *window = nullptr;
        QMenu *viewMenu = nullptr;
        QTableView *keyTable = nullptr; // shows keyModel, possibly through a filter proxy
        KeyTableModel *keyModel = nullptr;
        QComboBox *selector = nullptr; // the organisation selector (profile name as item data)
        QAction *createAction = nullptr;
        QAction *revokeAction = nullptr;                    // revokes the key selected in keyTable
        QAction *rotateAction = nullptr; // Key → Rotate… for the selected key (null: Create Key instead)
        QLineEdit *filter = nullptr;                        // cleared when it hides the key to act on
        std::function<bool(const QString &)> selectProfile; // opens that organisation
    };

    WindowWatch(Services services, Window window, QObject *parent = nullptr);
    ~WindowWatch() override;

    // The organisations whose keys are on screen (one, or all of them in a merged view).
    void setOrganisations(const QStringList &organisations);
    QStringList organisations() const { return m_onScreen; }

    HealthPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    // Every profile's findings as last judged, worst first.
    const QList<Finding> &findings() const { return m_findings; }

public Q_SLOTS:
    // The first judgement; refresh() does nothing before it.
    void start();
    // Judges every profile again; calls while one runs are folded into one more.
    void refresh();
    // The suggested action of `finding` (Rotate, Revoke, the least used keys).
    void act(const keydesk::Finding &finding);
    void openAcknowledgeDialog(const keydesk::Finding &finding);
    void withdraw(const keydesk::Finding &finding);

Q_SIGNALS:
    // A judgement arrived and is on screen.
    void findingsShown();

private:
    void onFindings(const QList<Finding> &findings);
    void show();
    void runPending();
    bool selectKey(const Finding &finding); // the row of its organisation's key
    void rotate(const Finding &finding);
    void revoke(const Finding &finding);

    Services m_services;
    Window m_window;
    HealthPanel *m_panel;
    QDockWidget *m_dock;
    SelectorBadges *m_badges;
    QList<Finding> m_findings;
    QStringList m_onScreen;
    bool m_running = false;
    bool m_again = false;
    // An action for an organisation that was not on screen: run once it is and ready.
    std::optional<Finding> m_pending;
    bool m_started = false;
};

} // namespace keydesk
