#include "MainWindowFixture.h"

#include "KeyTableModel.h"

#include <QAction>
#include <QTableView>
#include <QTest>

namespace keydesk::test {

MainWindow &MainWindowTest::makeWindow()
{
    window.reset();
    window = env.makeWindow();
    return *window;
}

void MainWindowTest::show(Focus focus)
{
    window->show();
    if (focus == Focus::Active) {
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
}

void MainWindowTest::openWindow(Focus focus)
{
    makeWindow();
    show(focus);
    window->start();
}

QAction *MainWindowTest::action(const char *objectName) const
{
    return window->findChild<QAction *>(QString::fromLatin1(objectName));
}

QStringList MainWindowTest::visibleNames() const
{
    QStringList names;
    const QAbstractItemModel *model = window->keyTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, KeyTableModel::Name).data().toString();
    return names;
}

} // namespace keydesk::test
