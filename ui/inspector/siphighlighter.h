#pragma once

#include "inspector/inspectionresult.h"

#include <QObject>
#include <QTextBlock>
#include <QTextCharFormat>
#include <vector>

class QTextDocument;

namespace sipref {

// Colours the start lines (by class), header names and bodies, and underlines each finding at its
// span, from the spans of the last inspection: nothing is parsed here.
//
// Not a QSyntaxHighlighter on purpose: that one re-highlights every changed block synchronously,
// so pasting a 10 MB log ran the highlighter over a quarter of a million lines before the window
// could repaint. This one colours only the blocks it is asked to (the visible ones) and remembers
// in each block's user state which result it was coloured for.
class SipHighlighter : public QObject
{
    Q_OBJECT
public:
    enum Kind : unsigned char { RequestLine, StatusLine1, StatusLine2, StatusLine3, StatusLine4, StatusLine5,
                                StatusLine6, HeaderName, HeaderValue, Body, ErrorMark, WarningMark, InfoMark, KindCount };

    explicit SipHighlighter(QTextDocument *document);

    // Takes a new result; nothing is recoloured until highlightStale() is called for some blocks.
    void setResult(const InspectionResultPtr &result, bool dark);
    // Recolours the blocks from `first` on, up to `maxBlocks`, whose colours are older than the result.
    void highlightStale(QTextBlock first, int maxBlocks);
    QTextCharFormat kindFormat(Kind kind) const { return m_formats[kind]; }

private:
    struct Run
    {
        qsizetype start; // document position
        qsizetype end;
        Kind kind;
    };
    void setupFormats(bool dark);
    void highlight(QTextBlock block);

    QTextDocument *m_document;
    std::vector<Run> m_runs;  // text colouring, sorted by start, non-overlapping
    std::vector<Run> m_marks; // underlines, sorted by start
    QTextCharFormat m_formats[KindCount];
    InspectionResultPtr m_result;
    int m_generation = 0;
};

} // namespace sipref
