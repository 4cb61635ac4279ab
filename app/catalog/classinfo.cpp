// Class names and the fallback entry for unregistered codes (RFC 3261 §8.1.3.2).
#include "catalog/catalog.h"
#include "i18n/translations.h"

#include <QtGlobal>
#include <algorithm>

namespace sipref {

namespace {

struct ClassTexts
{
    TrText name;
    TrText meaning;    // what a response of this class says
    TrText treatedAs;  // how a UAC handles an unknown member of it
    TrText userAdvice;
    TrText engineerAdvice;
};

const ClassTexts classTexts[] = {
    {QT_TRANSLATE_NOOP3("Catalog", "Provisional", "class 1 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 1xx response is provisional: the request was received and is being worked on, and a "
                        "final response will follow. It stops the retransmission of an INVITE but ends no "
                        "transaction.",
                        "class 1 meaning"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A UAC treats an unrecognised provisional response other than 100 as 183 (Session "
                        "Progress).",
                        "class 1 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The call is still being set up; wait for it to ring or fail.",
                        "class 1 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find out which product sends this code (Server or User-Agent header field) and read its "
                        "documentation; the call outcome depends on the final response that follows.",
                        "class 1 engineer advice")},
    {QT_TRANSLATE_NOOP3("Catalog", "Success", "class 2 name"),
     QT_TRANSLATE_NOOP3("Catalog", "A 2xx response is final and says the request succeeded.", "class 2 meaning"),
     QT_TRANSLATE_NOOP3("Catalog", "A UAC treats an unrecognised 2xx response as 200 (OK).",
                        "class 2 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The request succeeded.", "class 2 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Treat it as 200 OK. If it answers an INVITE, check that the caller sends the ACK and "
                        "that media starts.",
                        "class 2 engineer advice")},
    {QT_TRANSLATE_NOOP3("Catalog", "Redirection", "class 3 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 3xx response is final and says the request should be tried elsewhere, usually at the "
                        "addresses in its Contact header field.",
                        "class 3 meaning"),
     QT_TRANSLATE_NOOP3("Catalog", "A UAC treats an unrecognised 3xx response as 300 (Multiple Choices).",
                        "class 3 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The call is being sent to another address; if it fails, report the number "
                                   "you dialled.",
                        "class 3 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the Contact header field of the response and whether the caller or its proxy "
                        "follows redirects.",
                        "class 3 engineer advice")},
    {QT_TRANSLATE_NOOP3("Catalog", "Client error", "class 4 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 4xx response is final and says the request failed at this server, usually because of "
                        "something in the request itself; the same request should not be retried unchanged, but "
                        "another server may accept it.",
                        "class 4 meaning"),
     QT_TRANSLATE_NOOP3("Catalog", "A UAC treats an unrecognised 4xx response as 400 (Bad Request).",
                        "class 4 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The call or request was refused; note the code and the time for support.",
                        "class 4 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Identify the element that sent it (Via, Server, Warning header fields) and compare the "
                        "request with what that element expects; vendors use unregistered 4xx codes for their own "
                        "policy failures.",
                        "class 4 engineer advice")},
    {QT_TRANSLATE_NOOP3("Catalog", "Server error", "class 5 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 5xx response is final and says the server failed to handle a request that may well "
                        "be valid; another server may succeed.",
                        "class 5 meaning"),
     QT_TRANSLATE_NOOP3("Catalog", "A UAC treats an unrecognised 5xx response as 500 (Server Internal Error).",
                        "class 5 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The service had a problem; try again in a few minutes.", "class 5 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at the logs of the element that sent it and at its load; check Retry-After and "
                        "whether a failover target was tried.",
                        "class 5 engineer advice")},
    {QT_TRANSLATE_NOOP3("Catalog", "Global failure", "class 6 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 6xx response is final and says the request will fail everywhere: a proxy stops "
                        "trying other branches and no other location should be tried.",
                        "class 6 meaning"),
     QT_TRANSLATE_NOOP3("Catalog", "A UAC treats an unrecognised 6xx response as 600 (Busy Everywhere).",
                        "class 6 treated as"),
     QT_TRANSLATE_NOOP3("Catalog", "The called party cannot be reached by any route; do not retry at once.",
                        "class 6 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find which element generated it; a 6xx from the callee's device ends forking, so check "
                        "the callee's settings first.",
                        "class 6 engineer advice")},
};

const TrText fallbackName = QT_TRANSLATE_NOOP3("Catalog", "Unregistered %1", "fallback name, %1 = class name");
const TrText fallbackSummary = QT_TRANSLATE_NOOP3(
    "Catalog", "%1 is not a registered SIP response code; a user agent handles it as %2.",
    "fallback summary, %1 = code, %2 = the code it is treated as");
const TrText fallbackExplanation = QT_TRANSLATE_NOOP3(
    "Catalog",
    "%1 is not in the IANA registry of SIP response codes. %2 RFC 3261 §8.1.3.2 requires every user agent "
    "client to understand the x00 code of each class and to handle an unknown code by its class: %3 A reason "
    "phrase on the wire does not change this; it is free text for people.",
    "fallback explanation, %1 = code, %2 = class meaning, %3 = treated as");

LocalizedText both(const TrText &t)
{
    return translateBoth("Catalog", t.source, t.comment);
}

LocalizedText bothArg(const TrText &t, const LocalizedText &a1, const LocalizedText &a2 = {},
                      const LocalizedText &a3 = {})
{
    LocalizedText out = both(t);
    auto fill = [](QString s, const QString &x1, const QString &x2, const QString &x3) {
        s.replace(QLatin1String("%1"), x1);
        s.replace(QLatin1String("%2"), x2);
        s.replace(QLatin1String("%3"), x3);
        return s;
    };
    out.en = fill(out.en, a1.en, a2.en, a3.en);
    out.zh = fill(out.zh, a1.zh, a2.zh, a3.zh);
    return out;
}

} // namespace

LocalizedText className(int codeClass)
{
    if (codeClass < 1 || codeClass > 6)
        return {};
    return both(classTexts[codeClass - 1].name);
}

LocalizedText entryClassName(const CodeEntry &entry)
{
    // ITU-T Q.850 §2.2.5: the class is the upper three bits of the seven-bit cause value.
    static const TrText q850Classes[] = {
        QT_TRANSLATE_NOOP3("Catalog", "Normal event", "q850 class 0-1"),
        QT_TRANSLATE_NOOP3("Catalog", "Resource unavailable", "q850 class 2"),
        QT_TRANSLATE_NOOP3("Catalog", "Service or option not available", "q850 class 3"),
        QT_TRANSLATE_NOOP3("Catalog", "Service or option not implemented", "q850 class 4"),
        QT_TRANSLATE_NOOP3("Catalog", "Invalid message", "q850 class 5"),
        QT_TRANSLATE_NOOP3("Catalog", "Protocol error", "q850 class 6"),
        QT_TRANSLATE_NOOP3("Catalog", "Interworking", "q850 class 7"),
    };
    static const TrText warning = QT_TRANSLATE_NOOP3("Catalog", "Warning", "warning class");
    switch (entry.kind) {
    case EntryKind::Sip:
        return className(entry.codeClass());
    case EntryKind::Q850:
        return both(q850Classes[std::clamp(entry.codeClass() - 1, 0, 6)]);
    case EntryKind::Warning:
        return both(warning);
    }
    return {};
}

LocalizedText kindName(EntryKind kind)
{
    static const TrText names[] = {
        QT_TRANSLATE_NOOP3("Catalog", "SIP response code", "entry kind"),
        QT_TRANSLATE_NOOP3("Catalog", "Q.850 cause", "entry kind"),
        QT_TRANSLATE_NOOP3("Catalog", "SIP Warning code", "entry kind"),
    };
    return both(names[int(kind)]);
}

LocalizedText profileName(Profile profile)
{
    static const TrText names[] = {
        QT_TRANSLATE_NOOP3("Catalog", "IETF (IANA registry)", "profile name"),
        QT_TRANSLATE_NOOP3("Catalog", "GB/T 28181 video platform", "profile name"),
        QT_TRANSLATE_NOOP3("Catalog", "Unregistered", "profile name"),
    };
    return both(names[int(profile)]);
}

std::optional<CodeEntry> Catalog::classFallback(int code)
{
    if (code < 100 || code > 699)
        return std::nullopt;
    const ClassTexts &texts = classTexts[code / 100 - 1];
    const QString number = QString::number(code);
    const LocalizedText codeText{number, number};
    // Provisional responses fall back to 183, every other class to its x00.
    const int treatedAs = code / 100 == 1 ? 183 : code / 100 * 100;
    const QString x00 = QString::number(treatedAs);
    const LocalizedText x00Text{x00, x00};

    CodeEntry e;
    e.code = code;
    e.profile = Profile::Unregistered;
    e.references = {QStringLiteral("RFC 3261 §8.1.3.2"), QStringLiteral("RFC 3261 §21")};
    e.related = {treatedAs};
    e.name = bothArg(fallbackName, className(code / 100));
    e.summary = bothArg(fallbackSummary, codeText, x00Text);
    e.explanation = bothArg(fallbackExplanation, codeText, both(texts.meaning), both(texts.treatedAs));
    e.userAdvice = texts.userAdvice;
    e.engineerAdvice = texts.engineerAdvice;
    return e;
}

} // namespace sipref
