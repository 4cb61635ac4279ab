#include "bench/guibench.h"

#include "inspector/inspectorview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTextCursor>
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
    // Starts from an idle view: the inspection of the emptied text must not be taken for the paste's.
    while (inspector->isBusy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
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
    double paintMs = 0;
    QObject::connect(inspector, &InspectorView::inspected, [&] {
        // The first paint of the result counts too (the read-only view colours lines as it paints
        // them): drawn now, within the time and as part of the stall it ends.
        const qint64 paintStart = clock.nsecsElapsed();
        window.repaint();
        paintMs = double(clock.nsecsElapsed() - paintStart) / 1e6;
        maxStall = std::max(maxStall, clock.elapsed() - lastTick - 5);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        QTextStream(stdout) << "GUIBENCH bytes=" << bytes.size() << " seconds=" << QString::number(seconds, 'f', 3)
                            << " max_stall_ms=" << std::max<qint64>(0, maxStall)
                            << " first_paint_ms=" << QString::number(paintMs, 'f', 1) << '\n';
        QApplication::exit(exitCode);
    });
    QTimer::singleShot(0, [&] {
        QApplication::clipboard()->setText(QString::fromUtf8(bytes));
        clock.start();
        lastTick = 0;
        watchdog.start();
        inspector->editor()->setFocus();
        // The same input put in otherwise: SIPREF_BENCH_SETTEXT as the examples and a restart do,
        // SIPREF_BENCH_OPEN as File › Open does (the file read again, beside the GUI thread).
        if (qEnvironmentVariableIsSet("SIPREF_BENCH_SETTEXT"))
            inspector->setText(QString::fromUtf8(bytes));
        else if (qEnvironmentVariableIsSet("SIPREF_BENCH_OPEN"))
            inspector->openFile(file);
        else
            inspector->editor()->paste();
    });
    return QApplication::exec();
}

int benchTyping(MainWindow &window, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << file << '\n';
        return 2;
    }
    const QByteArray bytes = in.readAll();
    window.showInspector();
    InspectorView *inspector = window.inspector();
    QPlainTextEdit *editor = inspector->editor();

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    qint64 maxKey = 0;
    int keys = 0;
    constexpr int totalKeys = 100;
    bool typing = false;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - lastTick - 5);
        lastTick = now;
    });
    QTimer typist;
    typist.setTimerType(Qt::PreciseTimer);
    typist.setInterval(40);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        if (keys == totalKeys) {
            typist.stop();
            // The last re-inspection comes after the debounce; wait for it, then report.
            QTimer::singleShot(3000, [&] {
                QTextStream(stdout) << "TYPEBENCH bytes=" << bytes.size() << " keys=" << keys
                                    << " max_key_ms=" << QString::number(double(maxKey) / 1e6, 'f', 1)
                                    << " max_stall_ms=" << std::max<qint64>(0, maxStall) << '\n';
                QApplication::exit(0);
            });
            return;
        }
        const QChar ch(QLatin1Char(char('a' + keys % 26)));
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + keys % 26, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A + keys % 26, Qt::NoModifier, QString(ch));
        QElapsedTimer key;
        key.start();
        QApplication::sendEvent(editor, &press);
        QApplication::sendEvent(editor, &release);
        maxKey = std::max(maxKey, key.nsecsElapsed());
        ++keys;
    });
    QObject::connect(inspector, &InspectorView::inspected, [&] {
        if (typing)
            return;
        typing = true;
        // Type in the middle of the text, where a user would correct a header.
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(editor->document()->characterCount() / 2);
        editor->setTextCursor(cursor);
        editor->setFocus();
        clock.start();
        lastTick = 0;
        watchdog.start();
        typist.start();
    });
    inspector->setText(QString::fromUtf8(bytes));
    return QApplication::exec();
}

} // namespace sipref
