// A second start-up baseline for BENCHMARKS.md: the empty main window of bench_emptywindow with one
// line of text in it. The empty window draws no text and so never loads the font database; any
// window that shows text does, and this one measures what that alone costs.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include "bench/quitwhenexposed.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("SIP/2.0 200 OK")));
    window.resize(1180, 760);
    sipref::quitWhenExposed(window);
    window.show();
    return app.exec();
}
