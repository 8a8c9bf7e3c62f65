#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace keydesk {

class ActionLogFilterProxy;
class ActionLogModel;
class Inventory;
struct ActionLogEntry;

// View → Log…: the action log (create, revoke, handoff, profile changes, tracking) in a
// table, newest first, with a text filter and an action and outcome filter. It reads the
// log once when made and then adds each entry as the inventory logs it.
class ActionLogWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionLogWindow)
public:
    // At most this many of the newest entries are read at first.
    static constexpr int initialLimit = 10000;

    explicit ActionLogWindow(Inventory *inventory, QWidget *parent = nullptr);
    ~ActionLogWindow() override;

    // For tests and screenshots.
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    ActionLogModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void onLogged(const ActionLogEntry &entry);
    void updateCount();

    Inventory *m_inventory;
    ActionLogModel *m_model;
    ActionLogFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_problem;
    bool m_loaded = false;
};

} // namespace keydesk
