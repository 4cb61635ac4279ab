#pragma once

#include <QString>
#include <QSyntaxHighlighter>

class QTextDocument;

namespace sipref {

// Colours short example texts the way the inspector does (start lines by class, header names,
// bodies) plus the log lines between messages, without inspecting them: the examples are a few
// dozen lines, known to be valid, and shown read-only.
class MessageHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MessageHighlighter(QTextDocument *document);
    void setDark(bool dark);

    enum LineKind { LogLine, RequestLine, StatusLine, HeaderLine, BodyLine, EmptyLine };
    // What a line is, given whether the previous line was inside a body.
    static LineKind classify(const QString &line, bool inBody);
    // The text as HTML with the same colours, for labels (presentation mode).
    static QString toHtml(const QString &text, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_dark = false;
};

} // namespace sipref
