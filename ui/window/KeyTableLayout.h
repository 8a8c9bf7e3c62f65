#pragma once

#include "Dialect.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

#include <optional>

class QPoint;
class QSettings;
class QTableView;

namespace keydesk {

class KeyTableModel;

// The key table's columns, per dialect and for the view of every organisation: which are
// shown, their order, widths and the sort, kept in the settings between sessions; the
// header's menu to choose them; and, for a layout seen for the first time, widths
// fitted to its first real values.
class KeyTableLayout final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableLayout)
public:
    // `table` shows `model` (through a proxy); both outlive this.
    KeyTableLayout(QTableView *table, const KeyTableModel *model, QSettings *settings, QObject *parent = nullptr);
    ~KeyTableLayout() override;

    // Saves the layout of the dialect shown so far, then restores `dialect`'s (or its
    // defaults). Nothing happens for the dialect already shown.
    void apply(Dialect dialect);
    // The same for the view of every organisation, whose rows speak `dialects`: the
    // Organisation column (only here) comes first by default, with what any of them reports.
    void applyAllOrganisations(const QList<Dialect> &dialects);
    void save();
    // After keys arrive: fits the columns once when apply() found no saved layout.
    void fitToContents();
    // Fits one column to the values shown (within reason), when they change in kind.
    void fitColumn(int column);

private:
    // `reported`: whether a column is shown by default (no saved layout under `name`).
    void restore(const QString &name, const std::function<bool(int column)> &reported);
    void showMenu(const QPoint &position);

    QTableView *m_table;
    const KeyTableModel *m_model;
    QSettings *m_settings;
    QString m_name;                   // the layout shown: a dialect's id, or allOrganisationsName
    std::optional<Dialect> m_dialect; // its dialect, if it is one's
    bool m_fitOnLoad = false;
};

} // namespace keydesk
