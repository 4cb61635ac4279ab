#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QWidget>
#include <QWindow>

namespace sipref {

// For the start-up benchmark (`sipref --bench-startup` and the baseline windows it is compared
// with): quits the event loop right after the window's first exposure has been handled, which for
// widgets includes drawing and flushing it. Call before show(). A zero timer after show() is not
// that moment on X11: the server maps the window and sends the exposure later, so the process
// could exit before anything was drawn.
inline void quitWhenExposed(QWidget &window)
{
    class Watcher : public QObject
    {
    public:
        using QObject::QObject;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && !m_done) {
                m_done = true;
                // Queued: the exposure is drawn after the filters have seen it.
                QMetaObject::invokeMethod(QCoreApplication::instance(), [] { QCoreApplication::exit(0); },
                                          Qt::QueuedConnection);
            }
            return false;
        }

    private:
        bool m_done = false;
    };
    window.winId(); // creates the native window, so that its exposure can be watched
    window.windowHandle()->installEventFilter(new Watcher(window.windowHandle()));
}

} // namespace sipref
