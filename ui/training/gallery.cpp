// The explanations of the example flows in resources/examples. English source, translated in
// translations/sipref_zh_CN.ts under the context "Gallery".
#include "training/gallery.h"

#include "catalog/coderecord.h"
#include "i18n/translations.h"

#include <QFile>

// The resource file is compiled into the static sipref_ui library; naming its initialiser here keeps
// the linker from dropping it.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace sipref {

namespace {

struct ExampleRecord
{
    const char *id;
    const char *codes;
    bool gb28181;
    TrText title;
    TrText explanation;
};

const ExampleRecord records[] = {
    {"register-401", "401 200", false,
     QT_TRANSLATE_NOOP3("Gallery", "Registration with a 401 challenge", "register-401 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The phone registers without credentials, the registrar answers 401 Unauthorized with a "
                        "WWW-Authenticate challenge (realm and nonce), and the phone sends the REGISTER again with "
                        "an Authorization header field and a higher CSeq. The 200 OK lists the binding and its "
                        "expiry in Contact. A 401 here is normal: only a second 401 or a 403 means wrong "
                        "credentials.",
                        "register-401 explanation")},
    {"proxy-auth-407", "407", false,
     QT_TRANSLATE_NOOP3("Gallery", "Call with a 407 proxy challenge", "proxy-auth-407 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The PBX challenges the INVITE with 407 Proxy Authentication Required. The phone "
                        "acknowledges the 407, then sends a new INVITE with the same Call-ID, CSeq 2 and a "
                        "Proxy-Authorization header field; this one is accepted and rings. If a phone never sends "
                        "the second INVITE, it has no credentials for this realm.",
                        "proxy-auth-407 explanation")},
    {"busy-486", "486", false, QT_TRANSLATE_NOOP3("Gallery", "Busy: 486 Busy Here", "busy-486 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The call is routed and rings (180), then the called phone answers 486 Busy Here because its "
                        "user is on another call. The Reason header field carries Q.850 cause 17 (user busy) for "
                        "gateways. The caller's ACK ends the transaction; nothing is broken.",
                        "busy-486 explanation")},
    {"no-answer-480", "480", false,
     QT_TRANSLATE_NOOP3("Gallery", "No answer: 480 after ringing", "no-answer-480 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The phone rings for 30 seconds and nobody picks up; the PBX's no-answer timer ends the call "
                        "with 480 Temporarily Unavailable and Q.850 cause 19 (no answer from user). Look at the time "
                        "between 180 and 480: it is the configured ringing time.",
                        "no-answer-480 explanation")},
    {"no-response-408", "408", false,
     QT_TRANSLATE_NOOP3("Gallery", "No response: 408 Request Timeout", "no-response-408 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "Only the PBX's 100 Trying comes back. The called phone never answers the forwarded INVITE, "
                        "so after 32 seconds (timer B, 64 × T1) the PBX gives up with 408 Request Timeout. Unlike "
                        "480, nothing rang: look for an offline phone, a stale registration or NAT dropping the "
                        "request.",
                        "no-response-408 explanation")},
    {"codec-mismatch-488", "488", false,
     QT_TRANSLATE_NOOP3("Gallery", "Codec mismatch: 488 Not Acceptable Here", "codec-mismatch-488 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The phone offers only G.722 and G.729 (payload types 9 and 18); the carrier's SBC accepts "
                        "none of them and answers 488 with Warning 305 (incompatible media format). Compare the m= "
                        "line of the offer with the trunk's codec list, and enable G.711 (PCMA/PCMU) or "
                        "transcoding.",
                        "codec-mismatch-488 explanation")},
    {"not-acceptable-606", "606", false,
     QT_TRANSLATE_NOOP3("Gallery", "Not acceptable anywhere: 606", "not-acceptable-606 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "A video call to an audio-only room system: the callee answers 606 Not Acceptable with "
                        "Warning 304 (media type not available). Unlike 488, a 6xx says that no other device of "
                        "the callee will accept it either, so forking stops. Call again without video.",
                        "not-acceptable-606 explanation")},
    {"cancel-487", "487", false, QT_TRANSLATE_NOOP3("Gallery", "Caller hangs up: CANCEL and 487", "cancel-487 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The caller gives up while it rings and sends CANCEL with the same branch and CSeq number as "
                        "the INVITE. The PBX answers the CANCEL with 200 OK and then ends the INVITE with 487 "
                        "Request Terminated, which the caller acknowledges. Two final responses, one per "
                        "transaction.",
                        "cancel-487 explanation")},
    {"redirect-302", "302 200", false,
     QT_TRANSLATE_NOOP3("Gallery", "Call forwarding: 302 redirect", "redirect-302 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "Extension 2071 forwards all calls to a mobile number: the PBX answers 302 Moved Temporarily "
                        "with the new target in Contact and the reason in Diversion. The phone acknowledges it, "
                        "sends a new INVITE to the mobile number, and that call is answered with 200 OK.",
                        "redirect-302 explanation")},
    {"overload-503", "503", false,
     QT_TRANSLATE_NOOP3("Gallery", "Overload: 503 with Retry-After", "overload-503 title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "The trunk has no free channel: the PBX answers 503 Service Unavailable with Retry-After: 120 "
                        "and Q.850 cause 34 (no circuit available). A well-behaved caller tries another route or "
                        "waits two minutes before trying this server again. Check channel counts and licences.",
                        "overload-503 explanation")},
    {"gb28181-register", "401 200", true,
     QT_TRANSLATE_NOOP3("Gallery", "GB/T 28181 device registration", "gb28181-register title"),
     QT_TRANSLATE_NOOP3(
         "Gallery",
         "An IP camera registers with the video platform using its 20-digit device ID in From and To "
         "and the platform's 10-digit domain. The platform challenges with 401 (the realm is usually "
         "the domain ID), the camera answers with Authorization, and the 200 OK carries the platform's local "
         "time in Date (ISO 8601 form) so that the device can set its clock.",
         "gb28181-register explanation")},
    {"gb28181-keepalive", "200", true,
     QT_TRANSLATE_NOOP3("Gallery", "GB/T 28181 keep-alive MESSAGE", "gb28181-keepalive title"),
     QT_TRANSLATE_NOOP3("Gallery",
                        "Every 60 seconds by default, the registered device sends a MESSAGE with a MANSCDP XML body "
                        "whose CmdType is Keepalive, and the platform answers 200 OK. After three missed keep-alives "
                        "the platform marks the device offline; check the SN counter and the interval when devices "
                        "keep dropping off.",
                        "gb28181-keepalive explanation")},
};

QList<int> parseCodes(const char *codes)
{
    QList<int> out;
    for (const QString &c : QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.append(c.toInt());
    return out;
}

} // namespace

QString GalleryExample::text() const
{
    QFile file(QStringLiteral(":/examples/") + id + QStringLiteral(".log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QList<GalleryExample> &galleryExamples()
{
    static const QList<GalleryExample> examples = [] {
        initExampleResources();
        QList<GalleryExample> out;
        for (const ExampleRecord &r : records) {
            out.append({QString::fromLatin1(r.id), parseCodes(r.codes), r.gb28181,
                        translateBoth("Gallery", r.title.source, r.title.comment),
                        translateBoth("Gallery", r.explanation.source, r.explanation.comment)});
        }
        return out;
    }();
    return examples;
}

} // namespace sipref
