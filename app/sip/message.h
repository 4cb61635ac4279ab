#pragma once

#include "sip/headernames.h"
#include "sip/origin.h"
#include "sip/span.h"

#include <vector>

namespace sipref {

struct HeaderField
{
    Span line;  // name through the end of the last continuation line
    Span name;
    Span value; // first to last value character, continuation lines included
    HeaderId id = HeaderId::Unknown;
    bool folded = false;    // had continuation lines
    bool wsBeforeColon = false;
};

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
    enum class Kind { Request, Response };

    Kind kind = Kind::Request;
    Span whole;     // start line through the end of the body
    Span startLine; // without the line break
    int lineNumber = 0; // 1-based line of the start line in the input
    int column = 0;     // 1-based column where the start line begins (after a log prefix or junk)

    // Request-Line parts (method, URI, version) or Status-Line parts (version, code, reason).
    Span method;
    Span requestUri;
    Span version;
    Span statusCode;
    Span reason;
    int code = 0; // -1 when the status code is not three digits

    std::vector<HeaderField> headers;
    std::vector<BadHeaderLine> badLines;

    Span body;               // as taken: by Content-Length when it fits, else up to the next boundary
    qsizetype bodyWireLength = 0; // the body with every line break counted as CRLF, as it was on the wire
    bool headerBlockEnded = false;  // an empty line closed the header block
    bool bareLineEnds = false;      // the message's lines end in LF or CR alone, as in most logs
    bool prefixStripped = false;    // a log prefix was removed from every line
    bool bodyNotShown = false;      // the log shows the body decoded, not as text (tshark -V)
    qsizetype prefixLength = 0;     // its length in bytes, the same on every line
    MessageOrigin origin;           // time, addresses, transport: from a capture or a log wrapper

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

} // namespace sipref
