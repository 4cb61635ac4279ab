// The start-up baseline for BENCHMARKS.md: an empty Qt Widgets main window that exits as soon as
// it has been exposed and drawn, exactly as `sipref --bench-startup` does with the real window.
#include <QApplication>
#include <QMainWindow>

#include "bench/quitwhenexposed.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760);
    sipref::quitWhenExposed(window);
    window.show();
    return app.exec();
}
