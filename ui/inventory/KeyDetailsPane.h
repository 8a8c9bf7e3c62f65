#pragma once

#include "ApiKey.h"
#include "Dialect.h"
#include "InventoryKey.h"
#include "Observation.h"
#include "RotationRecord.h"
#include "UsageSeries.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QStackedWidget;

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace keydesk {

class Inventory;
class RotationTimeline;

// The details of the key selected in the table: all its fields, its masked identifier,
// who created it, when the inventory first and last saw it, and a chart of its usage
// over time (UsageSeries) with a range selector. Everything comes from the inventory
// asynchronously; an answer for a key (or organisation) no longer shown is dropped.
class KeyDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDetailsPane)
public:
    using Clock = std::function<QDateTime()>;

    KeyDetailsPane(Inventory *inventory, Clock clock, QWidget *parent = nullptr);
    ~KeyDetailsPane() override;

    // The key selected in `organisation`'s table (its live record); an empty id: none.
    void showKey(const QString &organisation, Dialect dialect, const ApiKey &key);
    void clear();
    void setRange(UsageSeries::Range range);

    // For tests and screenshots.
    QString keyId() const { return m_key.id; }
    QString organisation() const { return m_organisation; }
    const UsageSeries &series() const { return m_series; }
    bool isChartShown() const;
    QString emptyStateText() const;                // empty while the chart is shown
    QString fieldText(const QString &field) const; // by object name: "createdByValue", …
    QLineSeries *chartSeries() const { return m_line; }
    // The rotation the shown key is in (as old or new key), open or finished in the last
    // day; hidden without one.
    RotationTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    // The history of `keyId` arrived and is on screen.
    void historyShown(const QString &keyId);
    // The shown key's rotation was read from the inventory and is on screen (or none is).
    void rotationShown(const QString &keyId);
    // The timeline's buttons (the window asks for confirmation and acts).
    void revokeNowRequested(const keydesk::RotationRecord &rotation);
    void cancelRotationRequested(const keydesk::RotationRecord &rotation);

private:
    void requestHistory();
    void requestSnapshot();
    void requestRotation();
    void showFields();
    void showChart();
    QLabel *addField(const QString &objectName, const QString &label);

    Inventory *m_inventory;
    Clock m_clock;
    QString m_organisation;
    Dialect m_dialect = Dialect::LeadHql;
    ApiKey m_key;
    QList<Observation> m_history;
    bool m_historyLoaded = false;
    QHash<QString, InventoryKey> m_known; // the organisation's keys as the inventory knows them
    QString m_knownOrganisation;
    bool m_takeRecordFromSnapshot = false; // a listing was recorded after showKey()
    quint64 m_historyGeneration = 0;
    quint64 m_snapshotGeneration = 0;
    quint64 m_rotationGeneration = 0;
    UsageSeries::Range m_range = UsageSeries::Range::Month;
    UsageSeries m_series;

    QLabel *m_title;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    RotationTimeline *m_timeline;
    QButtonGroup *m_ranges;
    QStackedWidget *m_chartStack;
    QLabel *m_empty;
    QChartView *m_chartView;
    QChart *m_chart;
    QLineSeries *m_line;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace keydesk
