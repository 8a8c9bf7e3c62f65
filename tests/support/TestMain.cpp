#include <gtest/gtest.h>

#include <QApplication>

// Every suite gets a QApplication (offscreen under ctest), so widgets, the clipboard
// and event-loop based waits (QSignalSpy::wait, QTest::qWaitFor) work everywhere.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDeskTests"));
    QApplication::setApplicationName(QStringLiteral("keydesk-tests"));
    return RUN_ALL_TESTS();
}
