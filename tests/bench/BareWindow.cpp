// The baseline of the launch benchmarks: a bare Qt window with a 10-row QTableView.
// Prints "painted" on stdout when the table's viewport paints for the first time, and
// quits; bench-launch measures from the process start to that line.
#include "PaintProbe.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardItemModel model(10, 4);
    for (int row = 0; row < 10; ++row) {
        for (int column = 0; column < 4; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Cell %1.%2").arg(row).arg(column)));
    }
    QTableView view;
    view.setModel(&model);
    new keydesk::bench::PaintProbe(view.viewport(), "painted");
    view.resize(800, 400);
    view.show();
    return app.exec();
}
