// The baseline of the launch benchmarks: a bare Qt window with a 10-row QTableView.
// Prints "painted" on stdout when the table's viewport paints for the first time, and
// quits; bench-launch measures from the process start to that line.
#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

class FirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint event is handled: the frame is drawn.
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << "painted\n" << Qt::flush;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

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
    FirstPaint firstPaint;
    view.viewport()->installEventFilter(&firstPaint);
    view.resize(800, 400);
    view.show();
    return app.exec();
}
