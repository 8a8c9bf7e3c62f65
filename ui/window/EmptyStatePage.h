#pragma once

#include "ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace keydesk {

// What the window shows instead of the key table when the table has nothing to show:
// no organisation yet, a dialect without key management, loading, a failed load, no
// keys, or no key that matches the filter; with a button for the next step.
class EmptyStatePage final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)
public:
    struct State {
        ProfileSession::State session = ProfileSession::State::NoProfile;
        std::optional<Profile> profile;
        int keyCount = 0;   // listed, or known from the inventory (shown in any state)
        int shownCount = 0; // left by the filter
        QString filterText;
        bool allOrganisations = false; // the view of every organisation (no session state)
        bool busy = false;             // with allOrganisations: some are still loading
    };

    // Shows itself on `ui`'s stack in place of the table page; its button may clear `filter`.
    EmptyStatePage(Ui::MainWindow &ui, QLineEdit *filter, QObject *parent = nullptr);
    ~EmptyStatePage() override;

    void update(const State &state);
    // The button's action changed (enabled, tooltip): the button follows.
    void actionsChanged();
    QString text() const; // empty while the table is shown

private:
    Ui::MainWindow &m_ui;
    QLineEdit *m_filter;
    QPointer<QAction> m_action; // what the button does
    bool m_clearsFilter = false;
};

} // namespace keydesk
