// The body against Content-Length and Content-Type (RFC 3261 §20.14, §20.15, §18.3).
#include "checks/checks.h"
#include "sip/headervalue.h"

#include <algorithm>

namespace sipref {

namespace {

// How many bytes shorter the body would be in GB18030 (GBK) than in the UTF-8 it is in here: each
// three-byte UTF-8 character that GBK writes in two (Chinese characters, CJK punctuation, full-width
// forms) is one byte less. -1 when there is none, or when the body holds a character whose GB18030
// length this cannot tell (the rest of the BMP takes two or four bytes there).
qsizetype bytesSavedInGbk(QByteArrayView body)
{
    qsizetype saved = 0;
    for (qsizetype i = 0; i < body.size();) {
        const auto b = static_cast<unsigned char>(body[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xe0 && b < 0xf0 && i + 2 < body.size()) {
            const unsigned cp = ((b & 0x0fu) << 12) | ((static_cast<unsigned char>(body[i + 1]) & 0x3fu) << 6)
                                | (static_cast<unsigned char>(body[i + 2]) & 0x3fu);
            const bool gbk = (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3000 && cp <= 0x303f)
                             || (cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x2010 && cp <= 0x2027);
            if (!gbk)
                return -1;
            ++saved;
            i += 3;
            continue;
        }
        if (b >= 0xc0 && b < 0xe0) { // two bytes in either encoding (Greek, Cyrillic, Latin-1 signs)
            i += 2;
            continue;
        }
        return -1;
    }
    return saved > 0 ? saved : -1;
}

} // namespace

void checkBody(const CheckContext &c)
{
    const SipMessage &m = c.message;
    if (m.bodyNotShown)
        return; // nothing to measure: the body is not in the input as text
    const qsizetype raw = m.body.length;
    if (raw > 0 && !c.first(HeaderId::ContentType))
        c.add({"body-without-content-type", "", Severity::Error, m.body, "Content-Type", "RFC 3261 §20.15",
               {QString::number(raw)}});

    const HeaderField *cl = c.first(HeaderId::ContentLength);
    if (!cl)
        return;
    quint64 declared = 0;
    if (value::parseNumber(c.view(cl->value()), &declared) != value::NumberStatus::Ok || declared > 0xffffffffULL)
        return; // reported as invalid-content-length
    // A log keeps the body's text but usually not its CRs: the length is right when it matches
    // the bytes present, or the bytes with every line break counted as CRLF as on the wire, with
    // or without the last line break.
    const qsizetype wire = m.bodyWireLength;
    const auto d = qsizetype(declared);
    if (d == raw || d == wire || (wire >= 2 && d == wire - 2) || (raw == 0 && d == 0))
        return;
    const bool truncated = m.body.end() >= c.text.size() && d > wire;
    // Chinese platforms send such bodies (GB/T 28181's XML) in GB2312/GBK: a text converted to UTF-8
    // after it was captured (copied out of a log viewer) has every Chinese character a byte longer.
    // When Content-Length counts the body exactly in GBK, that is the likely story, not a wrong header.
    if (c.encoding == TextEncoding::Utf8 && !truncated && d < std::max(raw, wire)) {
        const qsizetype saved = bytesSavedInGbk(c.view(m.body));
        if (saved > 0 && (d == raw - saved || d == wire - saved || (wire >= 2 && d == wire - 2 - saved))) {
            c.add({"content-length-mismatch", "reencoded", Severity::Warning, cl->value(), "Content-Length",
                   "RFC 3261 §20.14", {QString::number(d), QString::number(raw)}});
            return;
        }
    }
    if (raw == 0 && !m.headerBlockEnded && d > 0) {
        c.add({"content-length-mismatch", "no-body", Severity::Error, cl->value(), "Content-Length",
               "RFC 3261 §18.3", {QString::number(d)}});
        return;
    }
    c.add({"content-length-mismatch", truncated ? "truncated" : (wire != raw ? "wire" : ""), Severity::Error, cl->value(),
           "Content-Length", "RFC 3261 §20.14", {QString::number(d), QString::number(raw), QString::number(wire)}});
}

} // namespace sipref
