// The sentences of the findings. English is the source; the translations are in
// translations/sipref_zh_CN.ts. Arguments: see the comment of each.
#include "checks/diagnostictexts.h"

#include "catalog/coderecord.h"
#include "checks/sentences.h"
#include "i18n/translations.h"

#include <QList>
#include <QPair>
#include <cstring>
#include <iterator>
#include <vector>

namespace sipref {

namespace {

// The translator comment doubles as the key, so that each sentence is its own translation unit.
const Sentence sentences[] = {
    {"no-sip-message", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "No SIP message was found. A message begins with a request line such as "
                        "\"INVITE sip:bob@example.com SIP/2.0\" or a status line such as \"SIP/2.0 200 OK\".",
                        "no-sip-message")},
    {"no-sip-message", "binary",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "No SIP message was found: the input looks like binary data rather than text, and it is "
                        "not a pcap or pcapng capture either. Open a capture file as it is, or paste the messages "
                        "as text.",
                        "no-sip-message binary")},
    {"escaped-line-breaks", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The messages here are written with escaped line breaks (\\r\\n or #015#012 as text), as "
                        "JSON logs, syslog and log collectors store them. They were read with the escapes undone, on "
                        "%1 line(s) of the input; positions still refer to the input as given.",
                        "escaped-line-breaks; %1 = number of lines of the input that held escaped messages")},
    {"terminal-colors", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The text holds terminal colour codes (ANSI escape sequences such as ESC[32m, as a console "
                        "with colours writes them) on %1 line(s); they were left out before the messages were read.",
                        "terminal-colors; %1 = number of lines that held colour codes")},
    {"non-breaking-spaces", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The text holds non-breaking spaces (U+00A0) on %1 line(s), as text copied out of a web "
                        "page, a document or an HTML e-mail does. SIP allows only spaces and tabs there; they were "
                        "read as spaces. Copy the messages from the original log or capture when the spacing matters.",
                        "non-breaking-spaces; %1 = number of lines")},
    {"ngrep-line-ends", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The messages come from ngrep's byline output, which prints every carriage return as a dot. "
                        "The dots that end %1 line(s) were read as the CRs they stand for. A dot that stood for a tab "
                        "or for a byte of non-ASCII text cannot be told from a real one and was kept.",
                        "ngrep-line-ends; %1 = number of lines")},
    {"hex-dump", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The messages were read from a hex dump (Wireshark's Copy as Hex Dump, tcpdump -X, xxd or "
                        "hexdump -C) on %1 line(s): each pair of hex digits was read as the byte it stands for, and "
                        "the packet headers before each message were skipped. Positions refer to the dump as given.",
                        "hex-dump; %1 = number of lines of the dump")},
    {"doubled-cr", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The lines end in CR CR LF instead of CRLF: the text had its line ends converted a second "
                        "time (CRLF text written again in text mode on Windows). They were read as CRLF, as they "
                        "were on the wire.",
                        "doubled-cr")},
    {"malformed-start-line", "invalid-method",
     QT_TRANSLATE_NOOP3("Diagnostics", "The method \"%1\" contains characters that a SIP token may not contain.",
                        "malformed-start-line invalid-method; %1 = method")},
    {"malformed-start-line", "missing-parts",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The start line is incomplete: a request line needs a method, a Request-URI and SIP/2.0; a "
                        "status line needs SIP/2.0 and a three-digit status code, each followed by a space.",
                        "malformed-start-line missing-parts")},
    {"malformed-start-line", "angle-brackets",
     QT_TRANSLATE_NOOP3("Diagnostics", "The Request-URI must not be enclosed in \"<\" and \">\".",
                        "malformed-start-line angle-brackets")},
    {"malformed-start-line", "space-in-uri",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The Request-URI contains white space; a URI may not contain unescaped spaces.",
                        "malformed-start-line space-in-uri")},
    {"malformed-start-line", "uri-headers",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The Request-URI carries URI headers (\"?%1\"). They belong in a URI that a request is made "
                        "from, such as a Contact or a link, never in the Request-URI itself: a proxy must not forward "
                        "them, and most elements answer 400 (Bad Request).",
                        "malformed-start-line uri-headers; %1 = the headers after the question mark")},
    {"malformed-start-line", "extra-space",
     QT_TRANSLATE_NOOP3("Diagnostics", "The parts of the start line must be separated by exactly one space.",
                        "malformed-start-line extra-space")},
    {"malformed-start-line", "trailing-space",
     QT_TRANSLATE_NOOP3("Diagnostics", "The request line has white space after SIP/2.0; it must end right there.",
                        "malformed-start-line trailing-space")},
    {"malformed-start-line", "missing-reason-space",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The status line ends right after the status code; a space must follow it even when the "
                        "reason phrase is empty.",
                        "malformed-start-line missing-reason-space")},
    {"unsupported-version", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The protocol version is \"%1\", not SIP/2.0; a SIP/2.0 element rejects such a request "
                        "with 505 (Version Not Supported).",
                        "unsupported-version; %1 = version")},
    {"invalid-status-code", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "The status code \"%1\" is not a three-digit number from 100 to 699.",
                        "invalid-status-code; %1 = code")},
    {"unregistered-status-code", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 is not a registered SIP response code; a user agent that does not know it handles it "
                        "as %2.",
                        "unregistered-status-code; %1 = code, %2 = the code it is treated as")},
    {"reason-phrase-differs", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The reason phrase \"%1\" differs from the registered \"%2\". Reason phrases are free text "
                        "and receivers act on the code only, but a different phrase can hint at a vendor-specific "
                        "cause.",
                        "reason-phrase-differs; %1 = phrase on the wire, %2 = registered phrase")},
    {"reason-phrase-differs", "alias",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The reason phrase \"%1\" is an older or common variant of the registered \"%2\"; "
                        "receivers act on the code only.",
                        "reason-phrase-differs alias; %1 = phrase on the wire, %2 = registered phrase")},
    {"missing-header", "request",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The mandatory header field %1 is missing. Every request must contain To, From, CSeq, "
                        "Call-ID, Max-Forwards and Via.",
                        "missing-header request; %1 = header")},
    {"missing-header", "response",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The mandatory header field %1 is missing. Every response must contain Via, From, To, "
                        "Call-ID and CSeq, copied from the request it answers.",
                        "missing-header response; %1 = header")},
    {"missing-header", "dialog-contact",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Contact is missing. %2 can establish a dialog, so the request must carry a Contact header "
                        "field with exactly one SIP or SIPS URI where the peer reaches this user agent.",
                        "missing-header dialog-contact; %2 = method")},
    {"missing-header", "dialog-response-contact",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Contact is missing. A 2xx response to %3 establishes a dialog, so the UAS must add a "
                        "Contact header field with the URI for later requests.",
                        "missing-header dialog-response-contact; %3 = method answered")},
    {"missing-header", "target-refresh-contact",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Contact is missing. %2 is a target refresh request and should carry the Contact of its "
                        "sender.",
                        "missing-header target-refresh-contact; %2 = method")},
    {"missing-header", "method",
     QT_TRANSLATE_NOOP3("Diagnostics", "The header field %1 is missing; every %2 request must contain it.",
                        "missing-header method; %1 = header, %2 = method")},
    {"missing-header", "method-should",
     QT_TRANSLATE_NOOP3("Diagnostics", "The header field %1 is missing; every %2 request should contain it.",
                        "missing-header method-should; %1 = header, %2 = method")},
    {"missing-header", "code",
     QT_TRANSLATE_NOOP3("Diagnostics", "The header field %1 is missing; every %2 response must contain it.",
                        "missing-header code; %1 = header, %2 = code")},
    {"missing-header", "code-should",
     QT_TRANSLATE_NOOP3("Diagnostics", "The header field %1 is missing; every %2 response should contain it.",
                        "missing-header code-should; %1 = header, %2 = code")},
    {"missing-header", "success-to",
     QT_TRANSLATE_NOOP3("Diagnostics", "The header field %1 is missing; a 2xx response to %3 must contain it.",
                        "missing-header success-to; %1 = header, %3 = method answered")},
    {"missing-header", "redirect-contact",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Contact is missing. Every %2 redirection should give the new location in Contact header "
                        "fields, or the caller has nowhere to retry.",
                        "missing-header redirect-contact; %2 = code")},
    {"missing-header", "accept-415",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "A 415 response must say what the server accepts: Accept for body types, Accept-Encoding "
                        "for encodings or Accept-Language for languages, depending on the problem.",
                        "missing-header accept-415")},
    {"missing-header", "reliable-rseq",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "RSeq is missing. A provisional response sent reliably (Require: 100rel) must carry an "
                        "RSeq header field.",
                        "missing-header reliable-rseq")},
    {"missing-header", "stream-content-length",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length is missing. The topmost Via shows %3, a stream transport, where only "
                        "Content-Length tells where a message ends.",
                        "missing-header stream-content-length; %3 = transport")},
    {"forbidden-header", "request",
     QT_TRANSLATE_NOOP3("Diagnostics", "%2 requests must not contain %1.",
                        "forbidden-header request; %1 = header, %2 = method")},
    {"forbidden-header", "success-to",
     QT_TRANSLATE_NOOP3("Diagnostics", "A 2xx response to %3 must not contain %1.",
                        "forbidden-header success-to; %1 = header, %3 = method answered")},
    {"duplicate-header", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 appears %2 times, but it may appear only once: its grammar allows no list of values.",
                        "duplicate-header; %1 = header, %2 = count")},
    {"duplicate-header", "contact",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This message must carry exactly one Contact URI, but it has %2.",
                        "duplicate-header contact; %2 = count")},
    {"malformed-header-line", "no-colon",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This line in the header block is not a header field: a header name followed by a colon "
                        "is missing.",
                        "malformed-header-line no-colon")},
    {"malformed-header-line", "continuation",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This line looks like a continuation of the previous header field, but a continuation "
                        "line must begin with a space or a tab.",
                        "malformed-header-line continuation")},
    {"content-length-mismatch", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "Content-Length says %1 bytes, but the body has %2 bytes.",
                        "content-length-mismatch; %1 = declared, %2 = actual")},
    {"content-length-mismatch", "wire",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length says %1 bytes, but the body has %2 bytes here and %3 with every line "
                        "break counted as CRLF as on the wire.",
                        "content-length-mismatch wire; %1 = declared, %2 = bytes present, %3 = wire bytes")},
    {"content-length-mismatch", "truncated",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length says %1 bytes, but the input ends after %2 bytes of body: the message is "
                        "cut off.",
                        "content-length-mismatch truncated; %1 = declared, %2 = bytes present")},
    {"content-length-mismatch", "reencoded",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length says %1 bytes and the body has %2 bytes here, but in GB2312/GBK, as Chinese "
                        "platforms send such text, it is exactly %1. The text was most likely converted to UTF-8 "
                        "after it was captured (copied out of a log viewer), and the message as sent was probably right. "
                        "Check it in the original capture.",
                        "content-length-mismatch reencoded; %1 = declared, %2 = bytes present (UTF-8)")},
    {"content-length-mismatch", "no-body",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length announces a %1-byte body, but the message ends without the empty line "
                        "and the body.",
                        "content-length-mismatch no-body; %1 = declared")},
    {"invalid-content-length", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length \"%1\" is not a valid length: it must be a non-negative decimal number of "
                        "bytes.",
                        "invalid-content-length; %1 = value")},
    {"invalid-content-length", "absurd",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Content-Length %1 is far beyond any SIP message; the value is corrupt.",
                        "invalid-content-length absurd; %1 = value")},
    {"cseq-method-mismatch", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The CSeq method %1 does not match the request method %2; they must be the same.",
                        "cseq-method-mismatch; %1 = CSeq method, %2 = request method")},
    {"invalid-cseq", "format",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "CSeq must be a sequence number and a method, as in \"CSeq: 1 INVITE\"; found \"%1\".",
                        "invalid-cseq format; %1 = value")},
    {"invalid-cseq", "range",
     QT_TRANSLATE_NOOP3("Diagnostics", "The CSeq sequence number %1 is too large; it must be below 2^31.",
                        "invalid-cseq range; %1 = number")},
    {"invalid-max-forwards", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "Max-Forwards must be a whole number from 0 to 255; found \"%1\".",
                        "invalid-max-forwards; %1 = value")},
    {"max-forwards-zero", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Max-Forwards is 0: a proxy will not forward this request; it answers 483 (Too Many "
                        "Hops), or answers an OPTIONS itself. Not an error when the request has reached its "
                        "destination.",
                        "max-forwards-zero")},
    {"via-branch-missing", "request",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The topmost Via has no branch parameter; every request must carry one to identify its "
                        "transaction.",
                        "via-branch-missing request")},
    {"via-branch-missing", "response",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The topmost Via has no branch parameter, so the request this answers had none; the "
                        "response cannot be matched to a transaction reliably.",
                        "via-branch-missing response")},
    {"via-branch-not-rfc3261", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The Via branch \"%1\" does not begin with the magic cookie z9hG4bK: the sender follows "
                        "RFC 2543, and transactions are matched the older, less reliable way.",
                        "via-branch-not-rfc3261; %1 = branch")},
    {"missing-to-tag", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "To has no tag parameter. The UAS must add one to every response except 100 (Trying); "
                        "without it the %1 cannot be tied to a dialog.",
                        "missing-to-tag; %1 = code")},
    {"missing-to-tag", "cancel",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "To has no tag parameter. A response to CANCEL should carry the same To tag as the "
                        "response to the INVITE it cancels.",
                        "missing-to-tag cancel")},
    {"missing-from-tag", "request",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "From has no tag parameter; the UAC must put a tag in From of every request, a new one "
                        "outside a dialog.",
                        "missing-from-tag request")},
    {"missing-from-tag", "response",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "From has no tag parameter, so the request this answers had none; check the UAC that sent "
                        "it.",
                        "missing-from-tag response")},
    {"body-without-content-type", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The message has a %1-byte body but no Content-Type; Content-Type must be present whenever "
                        "the body is not empty.",
                        "body-without-content-type; %1 = bytes")},
    {"unterminated-quote", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "%1 has an opening quotation mark without a closing one.",
                        "unterminated-quote; %1 = header")},
    {"unclosed-angle-bracket", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "%1 has a \"<\" without a matching \">\".",
                        "unclosed-angle-bracket; %1 = header")},
    {"name-addr-required", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 needs the URI enclosed in \"<\" and \">\": a display name, or a URI containing a "
                        "comma, a question mark or a semicolon, is only allowed in the name-addr form.",
                        "name-addr-required; %1 = header")},
    {"name-addr-required", "route",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 needs every route enclosed in \"<\" and \">\": without them its URI parameters, "
                        "such as ;lr, would be read as header parameters.",
                        "name-addr-required route; %1 = header")},
    {"spaces-in-uri", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "The URI in %1 contains white space, which a URI may not contain.",
                        "spaces-in-uri; %1 = header")},
    {"trailing-separator", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 ends in \"%2\" with nothing after it: an empty parameter or list entry, which the grammar "
                        "does not allow. Strict elements answer 400 (Bad Request); a value put together by a script "
                        "or a header rule often ends like this.",
                        "trailing-separator; %1 = header, %2 = ; or ,")},
    {"display-name-needs-quotes", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The display name in %1 holds a character that is allowed only inside quotation marks, such "
                        "as the comma of Bell, Alexander. Write it quoted (\"Bell, Alexander\" <sip:…>): strict "
                        "elements answer 400 (Bad Request), and in a Contact the comma splits the address in two.",
                        "display-name-needs-quotes; %1 = header")},
    {"invalid-date", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Date must be an RFC 1123 date in GMT, such as \"Sat, 13 Nov 2010 23:29:00 GMT\"; found "
                        "\"%1\".",
                        "invalid-date; %1 = value")},
    {"invalid-date", "gb28181",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Date holds the local time \"%1\" in ISO 8601 form, as GB/T 28181 platforms send it for "
                        "device time synchronisation; RFC 3261 expects an RFC 1123 date in GMT, so other SIP "
                        "elements may not read it.",
                        "invalid-date gb28181; %1 = value")},
    {"invalid-number", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "%1 must be a whole number of seconds; found \"%2\".",
                        "invalid-number; %1 = header, %2 = value")},
    {"value-out-of-range", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "%1 value %2 is out of range; the largest allowed is %3.",
                        "value-out-of-range; %1 = header, %2 = value, %3 = maximum")},
    {"empty-header-value", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "%1 is present but empty; its value is mandatory.",
                        "empty-header-value; %1 = header")},
    {"reason-cause", "q850",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Reason: Q.850 cause %2, \"%3\"; a gateway following RFC 3398 turns it into SIP %4.",
                        "reason-cause q850; %2 = cause, %3 = ITU-T name, %4 = SIP code")},
    {"reason-cause", "q850-unmapped",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Reason: Q.850 cause %2, \"%3\"; RFC 3398 gives it no fixed SIP response, so gateways "
                        "differ.",
                        "reason-cause q850-unmapped; %2 = cause, %3 = ITU-T name")},
    {"reason-cause", "sip",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Reason: SIP cause %2 (%3): the request was ended because of that response.",
                        "reason-cause sip; %2 = SIP code, %3 = reason phrase")},
    {"reason-cause", "unknown",
     QT_TRANSLATE_NOOP3("Diagnostics", "Reason: %1 cause %2 is not a value sipref knows.",
                        "reason-cause unknown; %1 = protocol, %2 = cause")},
    {"reason-cause", "other",
     QT_TRANSLATE_NOOP3("Diagnostics", "Reason: protocol %1, cause %2.",
                        "reason-cause other; %1 = protocol, %2 = cause")},
    {"reason-class-mismatch", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The status code is %1, but Reason carries Q.850 cause %2 (\"%3\"), which RFC 3398 maps "
                        "to %4: the gateway maps causes its own way, or an element on the path changed the "
                        "response.",
                        "reason-class-mismatch; %1 = status code, %2 = cause, %3 = ITU-T name, %4 = SIP code")},
    {"reason-in-response", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Reason in a response is allowed only since RFC 6432; an element that follows RFC 3326 "
                        "alone, which defined it for requests, may ignore it.",
                        "reason-in-response")},
    {"warning-code", "",
     QT_TRANSLATE_NOOP3("Diagnostics", "Warning %1, \"%4\", added by %2: \"%3\".",
                        "warning-code; %1 = code, %2 = warn-agent, %3 = warn-text, %4 = registered meaning")},
    {"warning-code", "unknown",
     QT_TRANSLATE_NOOP3("Diagnostics", "Warning %1 added by %2 is not a registered warning code: \"%3\".",
                        "warning-code unknown; %1 = code, %2 = warn-agent, %3 = warn-text")},
};

// The single-message checks' sentences above; the other areas keep theirs in their own files
// (sentences.h).
// A function, not a global array, so that no table is read before its file is initialised.
const std::vector<SentenceTable> &sentenceTables()
{
    static const std::vector<SentenceTable> tables = {
        {std::begin(sentences), std::end(sentences)},
        flowSentences(),
        captureSentences(),
    };
    return tables;
}

const TrText severityTexts[] = {
    QT_TRANSLATE_NOOP3("Diagnostics", "error", "severity"),
    QT_TRANSLATE_NOOP3("Diagnostics", "warning", "severity"),
    QT_TRANSLATE_NOOP3("Diagnostics", "info", "severity"),
};

// %1..%9 replaced in one pass, so an argument that itself contains "%2" stays as it is.
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += ch;
    }
    return out;
}

} // namespace

QString diagnosticMessage(const Diagnostic &d, Language language)
{
    for (const SentenceTable &table : sentenceTables()) {
        for (const Sentence *s = table.begin; s != table.end; ++s) {
            if (std::strcmp(s->id, d.id) == 0 && std::strcmp(s->detail, d.detail) == 0)
                return fill(translate(language, "Diagnostics", s->text.source, s->text.comment), d.args);
        }
    }
    return QString::fromLatin1(d.id);
}

QString severityLabel(Severity s, Language language)
{
    const TrText &t = severityTexts[int(s)];
    return translate(language, "Diagnostics", t.source, t.comment);
}

QString exampleHeaderLine(const QString &header)
{
    static const QPair<const char *, const char *> examples[] = {
        {"To", "To: <sip:bob@example.com>"},
        {"From", "From: <sip:alice@example.com>;tag=1928301774"},
        {"CSeq", "CSeq: 1 INVITE"},
        {"Call-ID", "Call-ID: a84b4c76e66710@pc33.example.com"},
        {"Max-Forwards", "Max-Forwards: 70"},
        {"Via", "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds"},
        {"Contact", "Contact: <sip:alice@192.0.2.4:5060>"},
        {"Content-Length", "Content-Length: 0"},
        {"Content-Type", "Content-Type: application/sdp"},
        {"Event", "Event: presence"},
        {"Expires", "Expires: 3600"},
        {"Subscription-State", "Subscription-State: active;expires=3600"},
        {"Refer-To", "Refer-To: <sip:carol@example.com>"},
        {"RAck", "RAck: 1 1 INVITE"},
        {"RSeq", "RSeq: 1"},
        {"WWW-Authenticate", "WWW-Authenticate: Digest realm=\"example.com\", nonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\", "
                             "algorithm=MD5, qop=\"auth\""},
        {"Proxy-Authenticate", "Proxy-Authenticate: Digest realm=\"example.com\", "
                               "nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", algorithm=MD5, qop=\"auth\""},
        {"Allow", "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, PRACK"},
        {"Unsupported", "Unsupported: foo"},
        {"Require", "Require: 100rel"},
        {"Min-SE", "Min-SE: 90"},
        {"Min-Expires", "Min-Expires: 60"},
        {"Security-Server", "Security-Server: ipsec-ike;q=0.1"},
        {"Accept", "Accept: application/sdp"},
        {"Reason", "Reason: SIP;cause=486;text=\"Busy Here\""},
        {"AlertMsg-Error", "AlertMsg-Error: 100 \"Unsupported alert message\""},
        {"Recv-Info", "Recv-Info: foo"},
        {"Permission-Missing", "Permission-Missing: <sip:bob@example.com>"},
        {"SIP-ETag", "SIP-ETag: dx200xyz"},
    };
    for (const auto &e : examples) {
        if (header.compare(QLatin1String(e.first), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e.second);
    }
    return header + QStringLiteral(": …");
}

QList<QPair<QString, QString>> knownDiagnostics()
{
    QList<QPair<QString, QString>> out;
    for (const SentenceTable &table : sentenceTables()) {
        for (const Sentence *s = table.begin; s != table.end; ++s)
            out.append({QString::fromLatin1(s->id), QString::fromLatin1(s->detail)});
    }
    return out;
}

} // namespace sipref
