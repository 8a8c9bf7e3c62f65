#include "ProfileSelector.h"

#include <QStyle>

namespace keydesk {

ProfileSelector::ProfileSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileCombo"));
    setAccessibleName(tr("Organisation"));
    setToolTip(tr("The organisation whose keys are shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index, allRole).toBool())
            Q_EMIT allChosen();
        else
            Q_EMIT profileChosen(itemData(index).toString());
    });
}

ProfileSelector::~ProfileSelector() = default;

QString ProfileSelector::setProfiles(const QList<Profile> &profiles, const QString &select)
{
    clear();
    int selectIndex = 0;
    int widest = fontMetrics().horizontalAdvance(QString(18, QLatin1Char('x')));
    for (const Profile &profile : profiles) {
        if (profile.name == select)
            selectIndex = int(count());
        const QString text = tr("%1 — %2").arg(profile.name, dialectDisplayName(profile.dialect));
        widest = qMax(widest, fontMetrics().horizontalAdvance(text));
        addItem(text, profile.name);
    }
    if (profiles.size() >= 2) {
        addItem(tr("All organisations"), QString());
        setItemData(count() - 1, true, allRole);
        setItemData(count() - 1, tr("The keys of every organisation in one table"), Qt::ToolTipRole);
    }
    // The toolbar does not re-layout for AdjustToContents: size for the widest entry
    // (plus room for the frame and the drop-down arrow), within reason.
    const int arrowAndFrame = 3 * style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    setMinimumWidth(qMin(widest, 40 * fontMetrics().averageCharWidth()) + arrowAndFrame);
    if (profiles.isEmpty())
        return {};
    setCurrentIndex(selectIndex);
    return itemData(selectIndex).toString();
}

bool ProfileSelector::select(const QString &name)
{
    const int index = name.isEmpty() ? -1 : findData(name);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool ProfileSelector::selectAll()
{
    const int index = findData(true, allRole);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool ProfileSelector::isAllSelected() const
{
    return currentData(allRole).toBool();
}

} // namespace keydesk
