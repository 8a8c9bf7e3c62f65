#pragma once

#include "Dialect.h"

#include <QObject>

#include <optional>

class QPoint;
class QSettings;
class QTableView;

namespace keydesk {

class KeyTableModel;

// The key table's columns, per dialect: which are shown, their order, widths and the
// sort, kept in the settings between sessions; the header's menu to choose them; and,
// for a dialect seen for the first time, widths fitted to its first real values.
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
    void save();
    // The Organisation column, shown in the view of every organisation only.
    void showOrganisations(bool shown);
    // After keys arrive: fits the columns once when apply() found no saved layout.
    void fitToContents();

private:
    void showMenu(const QPoint &position);

    QTableView *m_table;
    const KeyTableModel *m_model;
    QSettings *m_settings;
    std::optional<Dialect> m_dialect;
    bool m_fitOnLoad = false;
};

} // namespace keydesk
