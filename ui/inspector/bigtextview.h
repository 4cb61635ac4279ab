#pragma once

#include "inspector/inspectionresult.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QTextCharFormat>
#include <functional>
#include <vector>

class QTextLayout;

namespace sipref {

// A read-only view of a text too big for QPlainTextEdit. Setting ten megabytes of log into a
// QPlainTextEdit blocks the event loop for most of a second whatever is done around it (the
// document is built and its blocks counted on the GUI thread); this view paints only the lines on
// screen, straight from the inspected bytes and a line index built off the GUI thread, and colours
// them from the inspection's spans as it paints them.
class BigTextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit BigTextView(QWidget *parent = nullptr);

    // The result must carry its line index (InspectionResult::lineStarts).
    void setResult(const InspectionResultPtr &result, bool dark);
    const InspectionResultPtr &result() const { return m_result; }
    void setTextFont(const QFont &font);
    const QFont &textFont() const { return m_font; }

    // Selects the bytes of `span` and scrolls them into the middle of the view.
    void selectSpan(Span span);
    Span selection() const;
    QString selectedText() const;
    int firstVisibleLine() const;
    int lineCount() const { return int(lines().size()); }
    // Byte offset under a point of the viewport (for tests and tool tips), -1 outside the text.
    qsizetype offsetAt(const QPoint &viewportPos) const;

    // Tool tip for a byte offset (the inspector puts the finding's sentence there).
    void setToolTipProvider(std::function<QString(qsizetype offset)> provider) { m_toolTip = std::move(provider); }

signals:
    // The user clicked or moved the cursor to this byte offset.
    void cursorMoved(qsizetype offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Kind : unsigned char { RequestLine, StatusLine1, HeaderName = StatusLine1 + 6, Body, LogLine, ErrorMark, KindCount = ErrorMark + 3 };

    // The bytes of a line that are laid out, and how far right of the line's start they begin.
    // A short line is laid out whole; of a long one (a 16 MB line of junk, say, whose layout alone
    // took four seconds) only what the view shows at its horizontal scroll position, with a margin.
    struct Shown
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        qreal x = 0;
    };

    const std::vector<qsizetype> &lines() const;
    qsizetype lineEnd(int line) const; // without the line break
    Shown shownPart(int line) const;
    void layoutLine(QTextLayout &layout, const Shown &shown) const;
    int lineAtY(int y) const;
    void updateScrollBars();
    void setupFormats(bool dark);
    void copySelection() const;

    InspectionResultPtr m_result;
    QFont m_font;
    int m_lineHeight = 16;
    int m_gutterWidth = 0;
    qsizetype m_anchor = -1;
    qsizetype m_cursor = -1;
    bool m_dark = false;
    std::vector<QTextCharFormat> m_formats;
    std::function<QString(qsizetype)> m_toolTip;
};

} // namespace sipref
