#pragma once

#include "inspector/inspectionresult.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace sipref {

// Colours the start lines (by class), header names, values and bodies, and underlines each
// finding at its span. Works from the spans of the last inspection: nothing is parsed here.
class SipHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum Kind : unsigned char { RequestLine, StatusLine1, StatusLine2, StatusLine3, StatusLine4, StatusLine5,
                                StatusLine6, HeaderName, HeaderValue, Body, ErrorMark, WarningMark, InfoMark, KindCount };

    explicit SipHighlighter(QTextDocument *document);

    // Takes a new result without touching the document; blocks are recoloured as they become
    // visible (highlightVisible), so a result for a huge text costs nothing up front.
    void setResult(const InspectionResultPtr &result, bool dark);
    // Recolours the blocks from `first` on, up to `maxBlocks`, whose colours are older than the result.
    void highlightStale(QTextBlock first, int maxBlocks);
    QTextCharFormat kindFormat(Kind kind) const { return m_formats[kind]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Run
    {
        qsizetype start; // document position
        qsizetype end;
        Kind kind;
    };
    void setupFormats(bool dark);

    std::vector<Run> m_runs;  // text colouring, sorted by start, non-overlapping
    std::vector<Run> m_marks; // underlines, sorted by start
    QTextCharFormat m_formats[KindCount];
    InspectionResultPtr m_result;
    quint64 m_generation = 0;
};

} // namespace sipref
