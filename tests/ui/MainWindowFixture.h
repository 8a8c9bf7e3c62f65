#pragma once

#include "MainWindow.h"
#include "UiTestEnvironment.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <memory>

class QAction;

namespace keydesk::test {

// A MainWindow with its collaborators on UiTestEnvironment's throwaway storage. Tests
// start sandboxes and add profiles through `env` first, then open the window.
class MainWindowTest : public ::testing::Test {
protected:
    enum class Focus { None, Active }; // Active: shown, activated and exposed (key clicks reach it)

    // A new window (the previous one is destroyed first), not shown yet.
    MainWindow &makeWindow();
    void show(Focus focus = Focus::None);
    // makeWindow(), show() and start(): the window opens its organisation.
    void openWindow(Focus focus = Focus::None);

    QAction *action(const char *objectName) const;
    QStringList visibleNames() const; // the Name column, as the table shows it

    UiTestEnvironment env;
    std::unique_ptr<MainWindow> window;
};

} // namespace keydesk::test
