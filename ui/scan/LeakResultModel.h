#pragma once

#include "LeakResult.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace keydesk {

// The scan dialog's results, one row per sighting: where (path, line, commit), the format,
// the masked key (never the key: LeakScanJob is not asked to keep it) and which key of the
// inventory it is, or "unknown". Live matches and unknown keys are marked.
class LeakResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeakResultModel)
public:
    enum Column { Path, Line, Commit, Format, Key, Match, ColumnCount };

    explicit LeakResultModel(std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~LeakResultModel() override;

    void clear();
    // The scanned folders: a file is shown relative to the one it is in (its name first
    // when there are several), its whole path in the tooltip.
    void setRoots(const QStringList &roots) { m_roots = roots; }
    void append(const LeakResult &result);
    // Drops every row of that key (after "Ignore…").
    void removeFingerprint(const QString &fingerprint);
    const LeakResult &resultAt(int row) const { return m_results.at(row); }
    int liveOrUnknownCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Acme / CRM sync / active / last used 2 hours ago", or "unknown".
    QString matchText(const LeakResult &result) const;

private:
    QString shownPath(const LeakSighting &sighting) const;

    std::function<QDateTime()> m_clock;
    QList<LeakResult> m_results;
    QStringList m_roots;
};

} // namespace keydesk
