// What the window puts off until its first frame (tests/bench: launch-user-from-inventory):
// icons looked up when first drawn, work that waits for the next frame.
#include "NextFrame.h"
#include "ThemeIcon.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QStyle>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace keydesk;

namespace {

class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

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

TEST(Launch, NextFrameWorkRunsOnceTheWindowHasPainted)
{
    QWidget window;
    window.resize(200, 100);
    auto *counter = new PaintCounter(&window);
    window.show();
    bool ran = false;
    int paintsBefore = -1;
    NextFrame::after(&window, &window, [&] {
        ran = true;
        paintsBefore = counter->paints;
    });
    EXPECT_FALSE(ran); // never from inside the call
    ASSERT_TRUE(QTest::qWaitFor([&ran] { return ran; }, 20000));
    EXPECT_GE(paintsBefore, 1);
}

TEST(Launch, NextFrameWorkForAHiddenWindowRunsAtOnceUnlessItsContextIsGone)
{
    QWidget hidden; // paints nothing: nothing to wait for
    bool ran = false;
    NextFrame::after(&hidden, &hidden, [&ran] { ran = true; });
    EXPECT_FALSE(ran);
    ASSERT_TRUE(QTest::qWaitFor([&ran] { return ran; }, 20000));

    bool orphanRan = false;
    auto context = std::make_unique<QObject>();
    NextFrame::after(&hidden, context.get(), [&orphanRan] { orphanRan = true; });
    context.reset();
    QTest::qWait(0);
    QCoreApplication::processEvents();
    EXPECT_FALSE(orphanRan);
}
