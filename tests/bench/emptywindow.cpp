// The start-up baseline for BENCHMARKS.md: an empty Qt Widgets main window that exits as soon as
// it has been shown, exactly as `sipref --bench-startup` does with the real window.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760);
    window.show();
    QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    return app.exec();
}
