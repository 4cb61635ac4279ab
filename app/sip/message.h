#pragma once

#include "sip/compactstorage.h"
#include "sip/headernames.h"
#include "sip/origin.h"
#include "sip/span.h"

#include <algorithm>

namespace sipref {

// One header field, in sixteen bytes: a big input keeps millions of them. The name starts the
// line, and the value lies inside it, so the field keeps the line as a span and the name and the
// value as lengths and distances within it.
//
// Those are 16-bit, which no real header field comes near. For a pathological one the scanner
// makes sure the name fits (a longer "name" is not taken as a header field), and setSpans() lets a
// value start at most 65 535 bytes into its line and the line end at most 65 535 bytes of white
// space after the value, whose end stays exact.
class HeaderField
{
public:
    static constexpr qsizetype maxNameLength = 0xffff;

    HeaderField() : folded(false), wsBeforeColon(false) { }

    // Name through the end of the last continuation line.
    Span line() const { return {m_lineOffset, m_lineLength}; }
    Span name() const { return {m_lineOffset, m_nameLength}; }
    // First to last value character, continuation lines included.
    Span value() const
    {
        return {qsizetype(m_lineOffset) + m_valueOffset, qsizetype(m_lineLength) - m_valueOffset - m_valueTrail};
    }

    // line starts with the name (at most maxNameLength bytes); value lies within line.
    void setSpans(Span line, qsizetype nameLength, Span value)
    {
        Q_ASSERT(nameLength <= maxNameLength && value.offset >= line.offset && value.end() <= line.end());
        m_lineOffset = line.offset;
        m_nameLength = quint16(nameLength);
        // A value that starts more than 64 KiB into its line (after that much white space or that
        // many empty continuation lines) is taken to start 64 KiB into it.
        const qsizetype valueOffset = std::min<qsizetype>(value.offset - line.offset, 0xffff);
        const qsizetype valueEnd = value.end() - line.offset;
        m_valueOffset = quint16(valueOffset);
        // And a line that goes on with more than 64 KiB of white space after its value ends there.
        const qsizetype trail = std::min<qsizetype>(line.length - valueEnd, 0xffff);
        m_valueTrail = quint16(trail);
        m_lineLength = qint32(valueEnd + trail);
    }

private:
    qint32 m_lineOffset = 0;
    qint32 m_lineLength = 0;
    quint16 m_nameLength = 0;
    quint16 m_valueOffset = 0; // from the start of the line
    quint16 m_valueTrail = 0;  // from the end of the value to the end of the line

public: // after the spans, so that the three fit in what would be padding
    HeaderId id = HeaderId::Unknown;
    bool folded : 1;        // had continuation lines
    bool wsBeforeColon : 1;
};
static_assert(sizeof(HeaderField) == 16, "kept per header field of every message");

// A line in the header block that is not a header field: no colon, or a continuation that is not
// indented (RFC 3261 §7.3.1).
struct BadHeaderLine
{
    Span line;
    bool afterHeader = false; // looks like an unindented continuation of the previous field
};

// One SIP message found in the input. All text is referenced by spans into the input buffer.
struct SipMessage
{
    enum class Kind : quint8 { Request, Response };

    // User-provided, so that a message made in place (the scanner's emplace_back) is built from
    // the members' initialisers alone: the implicit one cleared the 120 bytes first with a string
    // instruction whose start-up cost is paid per message.
    SipMessage() noexcept { }

    // Members are ordered by size so that no padding creeps in (see compactstorage.h for why).
    Span whole;     // start line through the end of the body
    Span startLine; // without the line break

    // Request-Line parts (method, URI, version) or Status-Line parts (version, code, reason).
    Span method;
    Span requestUri;
    Span version;
    Span statusCode;
    Span reason;

    Span body;                  // as taken: by Content-Length when it fits, else up to the next boundary
    qint64 bodyWireLength = 0;  // the body with every line break counted as CRLF, as it was on the wire

    CompactArray<HeaderField> headers;
    CompactArray<BadHeaderLine> badLines;
    Optional<MessageOrigin> origin; // time, addresses, transport: from a capture or a log wrapper

    int lineNumber = 0;         // 1-based line of the start line in the input
    int column = 0;             // 1-based column where the start line begins (after a log prefix or junk)
    int code = 0;               // -1 when the status code is not three digits
    qint32 prefixLength = 0;    // a stripped log prefix's length in bytes, the same on every line

    Kind kind = Kind::Request;
    bool headerBlockEnded = false;  // an empty line closed the header block
    bool bareLineEnds = false;      // the message's lines end in LF or CR alone, as in most logs
    bool prefixStripped = false;    // a log prefix was removed from every line
    bool bodyNotShown = false;      // the log shows the body decoded, not as text (tshark -V)
    bool doubledCr = false;         // lines end in CR CR LF (a CRLF text converted once more), read as CRLF

    bool isRequest() const { return kind == Kind::Request; }
    bool isResponse() const { return kind == Kind::Response; }
    const HeaderField *first(HeaderId id) const
    {
        for (const HeaderField &h : headers) {
            if (h.id == id)
                return &h;
        }
        return nullptr;
    }
    int count(HeaderId id) const
    {
        int n = 0;
        for (const HeaderField &h : headers)
            n += h.id == id;
        return n;
    }
};
static_assert(sizeof(SipMessage) <= 120, "kept per message of every input");

} // namespace sipref
