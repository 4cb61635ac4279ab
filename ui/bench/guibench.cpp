#include "bench/guibench.h"

#include "inspector/inspectorview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

namespace sipref {

int benchPaste(MainWindow &window, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << file << '\n';
        return 2;
    }
    const QByteArray bytes = in.readAll();
    window.showInspector();
    InspectorView *inspector = window.inspector();
    inspector->setText(QString());
    QApplication::processEvents();

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - lastTick - 5);
        lastTick = now;
    });

    int exitCode = 0;
    QObject::connect(inspector, &InspectorView::inspected, [&] {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        QTextStream(stdout) << "GUIBENCH bytes=" << bytes.size() << " seconds=" << QString::number(seconds, 'f', 3)
                            << " max_stall_ms=" << std::max<qint64>(0, maxStall) << '\n';
        QApplication::exit(exitCode);
    });
    QTimer::singleShot(0, [&] {
        QApplication::clipboard()->setText(QString::fromUtf8(bytes));
        clock.start();
        lastTick = 0;
        watchdog.start();
        inspector->editor()->setFocus();
        if (qEnvironmentVariableIsSet("SIPREF_BENCH_SETTEXT"))
            inspector->setText(QString::fromUtf8(bytes));
        else
            inspector->editor()->paste();
    });
    return QApplication::exec();
}

} // namespace sipref
