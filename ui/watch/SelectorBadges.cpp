#include "SelectorBadges.h"

#include "FindingIcons.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QStyle>

namespace keydesk {

std::optional<Severity> SelectorBadges::Count::worst() const
{
    if (critical)
        return Severity::Critical;
    if (warning)
        return Severity::Warning;
    if (info)
        return Severity::Info;
    return std::nullopt;
}

void SelectorBadges::Count::add(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        ++critical;
        break;
    case Severity::Warning:
        ++warning;
        break;
    case Severity::Info:
        ++info;
        break;
    }
}

SelectorBadges::SelectorBadges(QComboBox *selector, QObject *parent)
    : QObject(parent)
    , m_selector(selector)
{
    connect(selector->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { apply(first, last); });
}

SelectorBadges::~SelectorBadges() = default;

void SelectorBadges::setCounts(const QHash<QString, Count> &counts)
{
    m_counts = counts;
    apply(0, m_selector->count() - 1);
}

void SelectorBadges::apply(int first, int last)
{
    if (m_applying)
        return;
    m_applying = true;
    Count all;
    for (const Count &count : std::as_const(m_counts)) {
        all.critical += count.critical;
        all.warning += count.warning;
        all.info += count.info;
    }
    int widest = 0;
    for (int index = first; index <= last && index < m_selector->count(); ++index) {
        QVariant plain = m_selector->itemData(index, plainTextRole);
        if (!plain.isValid()) {
            plain = m_selector->itemText(index);
            m_selector->setItemData(index, plain, plainTextRole);
        }
        const QString name = m_selector->itemData(index).toString();
        const Count count = name.isEmpty() ? all : m_counts.value(name);
        const std::optional<Severity> worst = count.worst();
        QString text = plain.toString();
        if (worst)
            text = (count.total() == 1 ? tr("%1 — %n finding", nullptr, 1)
                                       : tr("%1 — %n findings", nullptr, count.total()))
                       .arg(text);
        m_selector->setItemText(index, text);
        m_selector->setItemIcon(index, worst ? FindingIcons::forSeverity(*worst, m_selector) : QIcon());
        if (!name.isEmpty()) // the All organisations entry keeps its own tooltip
            m_selector->setItemData(index,
                                    worst ? tr("Critical: %1, warning: %2, info: %3 (the Health view lists them)")
                                                .arg(count.critical)
                                                .arg(count.warning)
                                                .arg(count.info)
                                          : QVariant(),
                                    Qt::ToolTipRole);
        widest = qMax(widest, m_selector->fontMetrics().horizontalAdvance(text));
    }
    // Room for the count and the icon, within reason (ProfileSelector sized for the names).
    const int extra = 3 * m_selector->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_selector)
                      + m_selector->iconSize().width();
    const int wanted = qMin(widest, 50 * m_selector->fontMetrics().averageCharWidth()) + extra;
    if (wanted > m_selector->minimumWidth())
        m_selector->setMinimumWidth(wanted);
    m_applying = false;
}

} // namespace keydesk
