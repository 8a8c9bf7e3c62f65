#include "WindowToolBar.h"
#include "ui_MainWindow.h"

#include "ProfileSelector.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>

namespace keydesk {

WindowToolBar WindowToolBar::fill(Ui::MainWindow &ui)
{
    WindowToolBar controls;
    QToolBar *toolBar = ui.mainToolBar;
    auto *profileLabel = new QLabel(QCoreApplication::translate("keydesk::MainWindow", "&Organisation:"), toolBar);
    controls.profileSelector = new ProfileSelector(toolBar);
    profileLabel->setBuddy(controls.profileSelector);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(controls.profileSelector);
    toolBar->addAction(ui.actionEditProfile);
    toolBar->addSeparator();
    toolBar->addAction(ui.actionCreateKey);
    // Rotate is in the Key menu and the row's menu: the toolbar keeps room for the filter.
    toolBar->addAction(ui.actionRevoke);
    toolBar->addAction(ui.actionHandOff);
    toolBar->addAction(ui.actionRefresh);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    QLineEdit *filter = new QLineEdit(toolBar);
    controls.filter = filter;
    filter->setObjectName(QStringLiteral("filterEdit"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(QCoreApplication::translate("keydesk::MainWindow", "Filter keys"));
    filter->setPlaceholderText(QCoreApplication::translate("keydesk::MainWindow", "Filter keys (%1)")
                                   .arg(ui.actionFind->shortcut().toString(QKeySequence::NativeText)));
    filter->setToolTip(QCoreApplication::translate(
        "keydesk::MainWindow", "Shows the keys whose name, identifier or status contain every word typed here"));
    filter->setMinimumWidth(26 * filter->fontMetrics().averageCharWidth());
    filter->setMaximumWidth(36 * filter->fontMetrics().averageCharWidth());
    filter->addAction(ui.actionFind->icon(), QLineEdit::LeadingPosition);
    toolBar->addWidget(filter);
    return controls;
}

} // namespace keydesk
