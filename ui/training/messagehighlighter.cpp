#include "training/messagehighlighter.h"

#include "classcolors.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace sipref {

namespace {

const QRegularExpression &logLinePattern()
{
    // "10:14:03.511  a -> b" or "2024-05-13 09:30:01.118  a -> b"
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}"));
    return re;
}

const QRegularExpression &requestLinePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]+ \\S+ SIP/2\\.0$"));
    return re;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9!%*_+`'~.-]*\\s*:"));
    return re;
}

enum BlockState { Outside = -1, InHeaders = 1, InBody = 2 };

QColor statusColor(const QString &line, bool dark)
{
    const int cls = line.size() > 8 ? line.at(8).digitValue() : 0;
    return classColor(cls, Profile::Ietf, dark);
}

} // namespace

MessageHighlighter::MessageHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void MessageHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

MessageHighlighter::LineKind MessageHighlighter::classify(const QString &line, bool inBody)
{
    if (line.trimmed().isEmpty())
        return EmptyLine;
    if (logLinePattern().match(line).hasMatch())
        return LogLine;
    if (line.startsWith(QLatin1String("SIP/2.0 ")))
        return StatusLine;
    if (requestLinePattern().match(line).hasMatch())
        return RequestLine;
    if (!inBody && headerPattern().match(line).hasMatch())
        return HeaderLine;
    return BodyLine;
}

void MessageHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const LineKind kind = classify(text, previous == InBody);
    QTextCharFormat f;
    switch (kind) {
    case LogLine:
        f.setForeground(mutedTextColor(m_dark));
        setFormat(0, int(text.size()), f);
        setCurrentBlockState(Outside);
        return;
    case RequestLine:
        f.setForeground(sipTextColor(SipTextRole::RequestLine, m_dark));
        f.setFontWeight(QFont::Bold);
        setFormat(0, int(text.size()), f);
        setCurrentBlockState(InHeaders);
        return;
    case StatusLine:
        f.setForeground(statusColor(text, m_dark));
        f.setFontWeight(QFont::Bold);
        setFormat(0, int(text.size()), f);
        setCurrentBlockState(InHeaders);
        return;
    case HeaderLine:
        f.setForeground(sipTextColor(SipTextRole::HeaderName, m_dark));
        setFormat(0, int(text.indexOf(QLatin1Char(':'))), f);
        setCurrentBlockState(previous == Outside ? Outside : InHeaders);
        return;
    case EmptyLine:
        setCurrentBlockState(previous == InHeaders ? InBody : previous == InBody ? InBody : Outside);
        return;
    case BodyLine:
        if (previous == InBody) {
            f.setForeground(sipTextColor(SipTextRole::Body, m_dark));
            setFormat(0, int(text.size()), f);
        }
        setCurrentBlockState(previous);
        return;
    }
}

QString MessageHighlighter::toHtml(const QString &text, bool dark)
{
    QString html;
    bool inBody = false;
    bool inHeaders = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const LineKind kind = classify(line, inBody);
        const QString escaped = line.toHtmlEscaped();
        auto span = [](const QColor &c, const QString &t, bool bold = false) {
            return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
                .arg(c.name(), bold ? QStringLiteral("font-weight:bold") : QString(), t);
        };
        switch (kind) {
        case LogLine:
            html += span(mutedTextColor(dark), escaped);
            inBody = inHeaders = false;
            break;
        case RequestLine:
            html += span(sipTextColor(SipTextRole::RequestLine, dark), escaped, true);
            inHeaders = true;
            inBody = false;
            break;
        case StatusLine:
            html += span(statusColor(line, dark), escaped, true);
            inHeaders = true;
            inBody = false;
            break;
        case HeaderLine: {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            html += span(sipTextColor(SipTextRole::HeaderName, dark), line.left(colon).toHtmlEscaped()) +
                    line.mid(colon).toHtmlEscaped();
            break;
        }
        case EmptyLine:
            inBody = inBody || inHeaders;
            inHeaders = false;
            break;
        case BodyLine:
            html += inBody ? span(sipTextColor(SipTextRole::Body, dark), escaped) : escaped;
            break;
        }
        html += QStringLiteral("<br>");
    }
    return QStringLiteral("<div style=\"white-space:pre-wrap\">") + html + QStringLiteral("</div>");
}

} // namespace sipref
