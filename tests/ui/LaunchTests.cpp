// What the window puts off until its first frame (tests/bench: launch-user-from-inventory):
// icons looked up when first drawn.
#include "ThemeIcon.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QPixmap>
#include <QStyle>

using namespace keydesk;

TEST(Launch, AThemeIconLooksUpItsFallbackOnlyWhenFirstDrawn)
{
    int lookups = 0;
    const QIcon icon = ThemeIcon::lazy(QStringLiteral("keydesk-tests-no-such-icon"), [&lookups] {
        ++lookups;
        return QApplication::style()->standardIcon(QStyle::SP_TrashIcon);
    });
    QAction action;
    action.setIcon(icon);
    EXPECT_FALSE(action.icon().isNull()); // what menus and tool buttons ask while laid out
    EXPECT_EQ(lookups, 0);

    const QPixmap drawn = action.icon().pixmap(QSize(24, 24));
    EXPECT_FALSE(drawn.isNull());
    EXPECT_EQ(lookups, 1);
    EXPECT_FALSE(icon.availableSizes().isEmpty()); // the copies share the one lookup
    EXPECT_FALSE(icon.pixmap(QSize(16, 16)).isNull());
    EXPECT_EQ(lookups, 1);
}
