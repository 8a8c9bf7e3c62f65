#include "KeyDetailsPane.h"

#include "Inventory.h"
#include "KeyStatus.h"
#include "RelativeTime.h"
#include "RotationTimeline.h"
#include "UntrustedText.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace keydesk {

namespace {

QString noValue()
{
    return QStringLiteral("—");
}

} // namespace

KeyDetailsPane::KeyDetailsPane(Inventory *inventory, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_clock(std::move(clock))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_timeline(new RotationTimeline(m_clock, this))
    , m_ranges(new QButtonGroup(this))
    , m_chartStack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_chart(new QChart)
    , m_line(new QLineSeries(this))
    , m_xAxis(new QDateTimeAxis(this))
    , m_yAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("keyDetailsPane"));
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    addField(QStringLiteral("organisationValue"), tr("Organisation:"));
    addField(QStringLiteral("idValue"), tr("Key id:"));
    addField(QStringLiteral("identifierValue"), tr("Identifier:"));
    addField(QStringLiteral("statusValue"), tr("Status:"));
    addField(QStringLiteral("createdValue"), tr("Created:"));
    addField(QStringLiteral("createdByValue"), tr("Created by:"));
    addField(QStringLiteral("expiresValue"), tr("Expires:"));
    addField(QStringLiteral("lastUsedValue"), tr("Last used:"));
    addField(QStringLiteral("usageCountValue"), tr("Usage count:"));
    addField(QStringLiteral("firstSeenValue"), tr("First seen:"));
    addField(QStringLiteral("lastSeenValue"), tr("Last seen:"));
    layout->addLayout(m_form);
    layout->addWidget(m_timeline);
    connect(m_timeline, &RotationTimeline::revokeNowRequested, this, &KeyDetailsPane::revokeNowRequested);
    connect(m_timeline, &RotationTimeline::cancelRequested, this, &KeyDetailsPane::cancelRotationRequested);

    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Usage over the last:"), this);
    rangeLabel->setTextFormat(Qt::PlainText);
    rangeRow->addWidget(rangeLabel);
    const std::pair<UsageSeries::Range, QString> ranges[] = {{UsageSeries::Range::Day, tr("Day")},
                                                             {UsageSeries::Range::Week, tr("Week")},
                                                             {UsageSeries::Range::Month, tr("Month")},
                                                             {UsageSeries::Range::All, tr("All", "time range")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_range);
        m_ranges->addButton(button, int(range));
        rangeRow->addWidget(button);
    }
    rangeRow->addStretch();
    layout->addLayout(rangeRow);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(UsageSeries::Range(id)); });

    m_chart->addSeries(m_line);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_line->attachAxis(m_xAxis);
    m_line->attachAxis(m_yAxis);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_chartStack->addWidget(m_chartView);
    m_chartStack->addWidget(m_empty);
    layout->addWidget(m_chartStack, 1);

    if (m_inventory) {
        connect(m_inventory, &Inventory::recorded, this, [this](const QString &organisation) {
            if (organisation != m_organisation)
                return;
            m_knownOrganisation.clear();
            m_takeRecordFromSnapshot = true; // the table's record is older than this listing now
            requestSnapshot();
            requestHistory();
            m_timeline->clockAdvanced();
        });
        connect(m_inventory, &Inventory::rotationChanged, this, [this](const RotationRecord &rotation) {
            if (rotation.organisation == m_organisation)
                requestRotation();
        });
    }
    clear();
}

KeyDetailsPane::~KeyDetailsPane() = default;

QLabel *KeyDetailsPane::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // server text: never rich text
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *name = new QLabel(label, this);
    name->setTextFormat(Qt::PlainText);
    m_form->addRow(name, value);
    m_fields.insert(objectName, value);
    return value;
}

void KeyDetailsPane::clear()
{
    showKey({}, m_dialect, {});
}

void KeyDetailsPane::showKey(const QString &organisation, Dialect dialect, const ApiKey &key)
{
    // A new generation: answers still on their way belong to the previous key.
    ++m_historyGeneration;
    const bool sameKey = organisation == m_organisation && key.id == m_key.id;
    if (organisation != m_organisation)
        ++m_snapshotGeneration;
    m_takeRecordFromSnapshot = false; // the caller's record is the newest
    m_organisation = organisation;
    m_dialect = dialect;
    m_key = key;
    if (!sameKey) {
        m_history.clear();
        m_historyLoaded = false;
    }
    showFields();
    showChart();
    if (!sameKey)
        m_timeline->setRotation(std::nullopt);
    if (m_key.id.isEmpty() || m_organisation.isEmpty())
        return;
    if (m_knownOrganisation != m_organisation)
        requestSnapshot();
    requestHistory();
    requestRotation();
}

void KeyDetailsPane::requestRotation()
{
    if (!m_inventory || m_key.id.isEmpty())
        return;
    const quint64 generation = ++m_rotationGeneration;
    const QString keyId = m_key.id;
    RotationFilter filter;
    filter.organisation = m_organisation;
    m_inventory->rotations(filter, this,
                           [this, generation, keyId](const InventoryResult<QList<RotationRecord>> &result) {
                               if (generation != m_rotationGeneration)
                                   return;
                               const QDateTime since = m_clock().addDays(-1);
                               std::optional<RotationRecord> shown;
                               for (const RotationRecord &rotation : result.value) { // oldest first
                                   if (rotation.oldKeyId != keyId && rotation.newKeyId != keyId)
                                       continue;
                                   if (isOpen(rotation.state) || rotation.finishedAt >= since)
                                       shown = rotation;
                               }
                               m_timeline->setRotation(shown);
                               // The timeline's steps keep their height; the chart gives way.
                               m_chartView->setMinimumHeight(shown ? 110 : 180);
                               Q_EMIT rotationShown(keyId);
                           });
}

void KeyDetailsPane::setRange(UsageSeries::Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_ranges->button(int(range)))
        button->setChecked(true);
    showChart();
}

void KeyDetailsPane::requestHistory()
{
    if (!m_inventory || m_key.id.isEmpty())
        return;
    const quint64 generation = ++m_historyGeneration;
    const QString keyId = m_key.id;
    m_inventory->history(m_organisation, keyId, this,
                         [this, generation, keyId](const InventoryResult<QList<Observation>> &result) {
                             if (generation != m_historyGeneration)
                                 return; // another key was selected meanwhile
                             m_history = result.value;
                             m_historyLoaded = true;
                             showChart();
                             Q_EMIT historyShown(keyId);
                         });
}

void KeyDetailsPane::requestSnapshot()
{
    if (!m_inventory || m_organisation.isEmpty())
        return;
    const quint64 generation = ++m_snapshotGeneration;
    const QString organisation = m_organisation;
    m_inventory->lastKnown(
        organisation, this,
        [this, generation, organisation](const InventoryResult<std::optional<InventorySnapshot>> &result) {
            if (generation != m_snapshotGeneration)
                return;
            m_known.clear();
            m_knownOrganisation = organisation;
            if (result.value) {
                for (const InventoryKey &known : result.value->keys)
                    m_known.insert(known.key.id, known);
            }
            if (m_takeRecordFromSnapshot && m_known.contains(m_key.id))
                m_key = m_known.value(m_key.id).key;
            m_takeRecordFromSnapshot = false;
            showFields();
        });
}

void KeyDetailsPane::showFields()
{
    const QDateTime now = m_clock();
    const auto timeText = [&now](const QDateTime &when, const QString &absent) {
        return when.isValid() ? tr("%1 (%2)").arg(exactLocalTime(when), relativeTime(when, now)) : absent;
    };
    const auto set = [this](const QString &field, const QString &text) { m_fields.value(field)->setText(text); };
    if (m_key.id.isEmpty()) {
        m_title->setText(tr("No key selected"));
        for (QLabel *label : std::as_const(m_fields))
            label->setText(noValue());
        return;
    }
    const DialectTraits traits = DialectTraits::of(m_dialect);
    const InventoryKey known = m_known.value(m_key.id);
    const QString notReported = tr("%1 does not report this").arg(dialectDisplayName(m_dialect));
    m_title->setText(m_key.name.isEmpty() ? tr("(no name)") : UntrustedText::forDisplay(m_key.name));
    set(QStringLiteral("organisationValue"),
        tr("%1 (%2)").arg(UntrustedText::forDisplay(m_organisation), dialectDisplayName(m_dialect)));
    set(QStringLiteral("idValue"), UntrustedText::forDisplay(m_key.id));
    // The live record first; for LeadHQL the identifier KeyDesk remembered at creation.
    const QString identifier = !m_key.keyPrefix.isEmpty() ? m_key.keyPrefix : known.key.keyPrefix;
    set(QStringLiteral("identifierValue"), identifier.isEmpty()
                                               ? tr("not shown by %1").arg(dialectDisplayName(m_dialect))
                                               : UntrustedText::forDisplay(identifier));
    QString status = keyStatusLabel(m_key.status(now));
    if (known.isGone())
        status = tr("%1, no longer listed since %2").arg(status, exactLocalTime(known.goneAt));
    set(QStringLiteral("statusValue"), status);
    set(QStringLiteral("createdValue"), timeText(m_key.createdAt, noValue()));
    const QString createdBy = !m_key.createdBy.isEmpty() ? m_key.createdBy : known.key.createdBy;
    set(QStringLiteral("createdByValue"), !createdBy.isEmpty()      ? UntrustedText::forDisplay(createdBy)
                                          : traits.reportsCreatedBy ? noValue()
                                                                    : notReported);
    set(QStringLiteral("expiresValue"), timeText(m_key.expiresAt, tr("never", "expires")));
    set(QStringLiteral("lastUsedValue"),
        traits.managesKeys ? timeText(m_key.lastUsedAt, tr("never", "last used")) : notReported);
    set(QStringLiteral("usageCountValue"), m_key.usageCount           ? QLocale().toString(*m_key.usageCount)
                                           : traits.reportsUsageCount ? noValue()
                                                                      : notReported);
    const QString unseen = tr("not in the inventory yet");
    set(QStringLiteral("firstSeenValue"), timeText(known.firstSeenAt, unseen));
    set(QStringLiteral("lastSeenValue"), timeText(known.lastSeenAt, unseen));
}

void KeyDetailsPane::showChart()
{
    const QDateTime now = m_clock();
    m_series = UsageSeries::build(m_dialect, m_history, m_range, now);
    QString empty;
    if (m_key.id.isEmpty())
        empty = tr("Select a key to see its details and usage over time.");
    else if (!m_historyLoaded)
        empty = tr("Loading the history…");
    else if (m_series.kind == UsageSeries::Kind::None)
        empty = tr("%1 reports no usage per key: KeyDesk can show only whether the key is accepted.")
                    .arg(dialectDisplayName(m_dialect));
    else if (m_history.isEmpty())
        empty = tr("No history yet: KeyDesk records this key's usage at every refresh.");
    m_empty->setText(empty);
    m_chartStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_chartView) : m_empty);
    for (QAbstractButton *button : m_ranges->buttons())
        button->setEnabled(empty.isEmpty());
    if (!empty.isEmpty()) {
        m_line->clear();
        return;
    }

    QList<QPointF> drawn;
    if (m_series.kind == UsageSeries::Kind::UsesPerBin) {
        // Steps: each bin's count holds across the bin.
        for (const QPointF &point : std::as_const(m_series.points)) {
            drawn.append(point);
            drawn.append(QPointF(point.x() + double(m_series.binMs), point.y()));
        }
        m_yAxis->setTitleText(m_series.binMs < 24LL * 3600 * 1000   ? tr("Uses seen per hour")
                              : m_series.binMs > 24LL * 3600 * 1000 ? tr("Uses seen per week")
                                                                    : tr("Uses seen per day"));
    } else {
        drawn = m_series.points;
        m_yAxis->setTitleText(tr("Usage count"));
    }
    m_line->replace(drawn);
    m_xAxis->setRange(m_series.from.toLocalTime(), m_series.to.toLocalTime());
    // Short labels: the axis has room for about five.
    const qint64 spanDays = m_series.from.daysTo(m_series.to);
    m_xAxis->setFormat(m_range == UsageSeries::Range::Day ? QStringLiteral("HH:mm")
                       : spanDays > 366                   ? QStringLiteral("MMM yyyy")
                                                          : QStringLiteral("d MMM"));
    m_xAxis->setTickCount(5);
    double low = 0;
    if (m_series.kind == UsageSeries::Kind::UsageCount && !m_series.points.isEmpty()) {
        low = m_series.points.constFirst().y();
        for (const QPointF &point : std::as_const(m_series.points))
            low = std::min(low, point.y());
    }
    const double high = std::max(m_series.maxValue, low + 1);
    m_yAxis->setRange(low, high + (high - low) * 0.1);
    m_yAxis->applyNiceNumbers();
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
}

bool KeyDetailsPane::isChartShown() const
{
    return m_chartStack->currentWidget() == m_chartView;
}

QString KeyDetailsPane::emptyStateText() const
{
    return isChartShown() ? QString() : m_empty->text();
}

QString KeyDetailsPane::fieldText(const QString &field) const
{
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

} // namespace keydesk
