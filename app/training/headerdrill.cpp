// The drill templates are written for sipref (not taken from an RFC or a capture): a small office
// PBX at pbx.example.com, a carrier at sip.carrier.example.net and a GB/T 28181 platform.
#include "training/headerdrill.h"

#include "checks/inspection.h"
#include "sip/headernames.h"
#include "training/messagebuilder.h"

namespace sipref::training {

namespace {

QByteArray sdpOffer()
{
    return "v=0\n"
           "o=- 2890844526 2890844526 IN IP4 192.0.2.41\n"
           "s=-\n"
           "c=IN IP4 192.0.2.41\n"
           "t=0 0\n"
           "m=audio 16384 RTP/AVP 8 0 101\n"
           "a=rtpmap:8 PCMA/8000\n"
           "a=rtpmap:0 PCMU/8000\n"
           "a=rtpmap:101 telephone-event/8000\n"
           "a=sendrecv\n";
}

QByteArray sdpAnswer()
{
    return "v=0\n"
           "o=- 7720 7721 IN IP4 198.51.100.23\n"
           "s=-\n"
           "c=IN IP4 198.51.100.23\n"
           "t=0 0\n"
           "m=audio 30012 RTP/AVP 8 101\n"
           "a=rtpmap:8 PCMA/8000\n"
           "a=rtpmap:101 telephone-event/8000\n"
           "a=sendrecv\n";
}

QList<DrillTemplate> makeTemplates()
{
    QList<DrillTemplate> t;
    t.append({QStringLiteral("invite"),
              wireMessage("INVITE sip:8002@pbx.example.com SIP/2.0\n"
                          "Via: SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-5e1f07c2;rport\n"
                          "Max-Forwards: 70\n"
                          "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                          "To: <sip:8002@pbx.example.com>\n"
                          "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                          "CSeq: 1 INVITE\n"
                          "Contact: <sip:8001@192.0.2.41:5060>\n"
                          "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE, REFER, NOTIFY\n"
                          "User-Agent: DeskPhone/4.2\n"
                          "Content-Type: application/sdp\n",
                          sdpOffer())});
    t.append(
        {QStringLiteral("register-tcp"), wireMessage("REGISTER sip:pbx.example.com SIP/2.0\n"
                                                     "Via: SIP/2.0/TCP 192.0.2.57:49211;branch=z9hG4bK-reg-31b8e0\n"
                                                     "Max-Forwards: 70\n"
                                                     "From: <sip:8005@pbx.example.com>;tag=r91c0d\n"
                                                     "To: <sip:8005@pbx.example.com>\n"
                                                     "Call-ID: reg-0c7d55a1@192.0.2.57\n"
                                                     "CSeq: 14 REGISTER\n"
                                                     "Contact: <sip:8005@192.0.2.57:49211;transport=tcp>\n"
                                                     "Expires: 3600\n"
                                                     "User-Agent: Softphone/7.1\n")});
    t.append({QStringLiteral("401-register"),
              wireMessage("SIP/2.0 401 Unauthorized\n"
                          "Via: SIP/2.0/UDP 192.0.2.57:5060;branch=z9hG4bK-reg-48a1f3;rport=5060;received=192.0.2.57\n"
                          "From: <sip:8005@pbx.example.com>;tag=r5e20b\n"
                          "To: <sip:8005@pbx.example.com>;tag=s-8841c2\n"
                          "Call-ID: reg-9a63e107@192.0.2.57\n"
                          "CSeq: 1 REGISTER\n"
                          "WWW-Authenticate: Digest realm=\"pbx.example.com\", nonce=\"6a9f1c0e33b2d8a4\", "
                          "algorithm=MD5, qop=\"auth\"\n"
                          "Server: OfficePBX/16.4\n")});
    t.append({QStringLiteral("407-invite"),
              wireMessage("SIP/2.0 407 Proxy Authentication Required\n"
                          "Via: SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-5e1f07c2;rport=5060\n"
                          "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                          "To: <sip:+8613800138000@pbx.example.com>;tag=p-30f7aa\n"
                          "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                          "CSeq: 1 INVITE\n"
                          "Proxy-Authenticate: Digest realm=\"pbx.example.com\", nonce=\"b71e04c9d2a5\", "
                          "algorithm=MD5, qop=\"auth\"\n")});
    t.append(
        {QStringLiteral("486-invite"), wireMessage("SIP/2.0 486 Busy Here\n"
                                                   "Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK-pbx-77d0e1\n"
                                                   "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                                                   "To: <sip:8002@pbx.example.com>;tag=9b2c44e1\n"
                                                   "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                                                   "CSeq: 102 INVITE\n"
                                                   "User-Agent: DeskPhone/4.2\n")});
    t.append(
        {QStringLiteral("200-invite"), wireMessage("SIP/2.0 200 OK\n"
                                                   "Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK-pbx-77d0e1\n"
                                                   "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                                                   "To: <sip:8002@pbx.example.com>;tag=9b2c44e1\n"
                                                   "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                                                   "CSeq: 102 INVITE\n"
                                                   "Contact: <sip:8002@198.51.100.23:5060>\n"
                                                   "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS\n"
                                                   "Content-Type: application/sdp\n",
                                                   sdpAnswer())});
    t.append({QStringLiteral("subscribe"), wireMessage("SUBSCRIBE sip:8002@pbx.example.com SIP/2.0\n"
                                                       "Via: SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-sub-0e44d1\n"
                                                       "Max-Forwards: 70\n"
                                                       "From: <sip:8001@pbx.example.com>;tag=blf-2207\n"
                                                       "To: <sip:8002@pbx.example.com>\n"
                                                       "Call-ID: blf-81f3a6c0@192.0.2.41\n"
                                                       "CSeq: 3 SUBSCRIBE\n"
                                                       "Contact: <sip:8001@192.0.2.41:5060>\n"
                                                       "Event: dialog\n"
                                                       "Accept: application/dialog-info+xml\n"
                                                       "Expires: 1800\n")});
    t.append({QStringLiteral("notify"), wireMessage("NOTIFY sip:8001@192.0.2.41:5060 SIP/2.0\n"
                                                    "Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK-ntf-19c2b7\n"
                                                    "Max-Forwards: 70\n"
                                                    "From: <sip:8001@pbx.example.com>;tag=mw-5521\n"
                                                    "To: <sip:8001@pbx.example.com>;tag=c3d90a\n"
                                                    "Call-ID: mwi-4e02b9d7@198.51.100.10\n"
                                                    "CSeq: 12 NOTIFY\n"
                                                    "Contact: <sip:pbx@198.51.100.10:5060>\n"
                                                    "Event: message-summary\n"
                                                    "Subscription-State: active;expires=3412\n"
                                                    "Content-Type: application/simple-message-summary\n",
                                                    "Messages-Waiting: yes\n"
                                                    "Message-Account: sip:8001@pbx.example.com\n"
                                                    "Voice-Message: 2/5 (0/1)\n")});
    t.append({QStringLiteral("refer"), wireMessage("REFER sip:8002@198.51.100.23:5060 SIP/2.0\n"
                                                   "Via: SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-xfer-6b0c13\n"
                                                   "Max-Forwards: 70\n"
                                                   "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                                                   "To: <sip:8002@pbx.example.com>;tag=9b2c44e1\n"
                                                   "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                                                   "CSeq: 3 REFER\n"
                                                   "Contact: <sip:8001@192.0.2.41:5060>\n"
                                                   "Refer-To: <sip:8010@pbx.example.com>\n"
                                                   "Referred-By: <sip:8001@pbx.example.com>\n")});
    t.append({QStringLiteral("prack"), wireMessage("PRACK sip:+8610588800@203.0.113.80:5060 SIP/2.0\n"
                                                   "Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK-pr-2e7a90\n"
                                                   "Max-Forwards: 70\n"
                                                   "From: <sip:+8675588860001@pbx.example.com>;tag=gw-4f01\n"
                                                   "To: <sip:+8610588800@sip.carrier.example.net>;tag=cr-83b2d5\n"
                                                   "Call-ID: 0b5d7e21c4f3@198.51.100.10\n"
                                                   "CSeq: 2 PRACK\n"
                                                   "RAck: 1 1 INVITE\n")});
    t.append(
        {QStringLiteral("183-reliable"), wireMessage("SIP/2.0 183 Session Progress\n"
                                                     "Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK-gw-1d93c8\n"
                                                     "From: <sip:+8675588860001@pbx.example.com>;tag=gw-4f01\n"
                                                     "To: <sip:+8610588800@sip.carrier.example.net>;tag=cr-83b2d5\n"
                                                     "Call-ID: 0b5d7e21c4f3@198.51.100.10\n"
                                                     "CSeq: 1 INVITE\n"
                                                     "Contact: <sip:+8610588800@203.0.113.80:5060>\n"
                                                     "Require: 100rel\n"
                                                     "RSeq: 1\n"
                                                     "Content-Type: application/sdp\n",
                                                     sdpAnswer())});
    t.append({QStringLiteral("423-register"), wireMessage("SIP/2.0 423 Interval Too Brief\n"
                                                          "Via: SIP/2.0/UDP 192.0.2.57:5060;branch=z9hG4bK-reg-77f0a2\n"
                                                          "From: <sip:8005@pbx.example.com>;tag=r0a77c\n"
                                                          "To: <sip:8005@pbx.example.com>;tag=s-1f3309\n"
                                                          "Call-ID: reg-5d20c4e8@192.0.2.57\n"
                                                          "CSeq: 7 REGISTER\n"
                                                          "Min-Expires: 600\n")});
    t.append({QStringLiteral("405-options"), wireMessage("SIP/2.0 405 Method Not Allowed\n"
                                                         "Via: SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-up-90ce15\n"
                                                         "From: \"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21\n"
                                                         "To: <sip:8002@pbx.example.com>;tag=9b2c44e1\n"
                                                         "Call-ID: 6f0d2b4e-1c9a-4d8e@192.0.2.41\n"
                                                         "CSeq: 4 UPDATE\n"
                                                         "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS\n")});
    t.append({QStringLiteral("gb28181-register"),
              wireMessage("REGISTER sip:34020000002000000001@3402000000 SIP/2.0\n"
                          "Via: SIP/2.0/UDP 192.168.1.64:5060;rport;branch=z9hG4bK-gb-483921077\n"
                          "Max-Forwards: 70\n"
                          "From: <sip:34020000001320000001@3402000000>;tag=1287635402\n"
                          "To: <sip:34020000001320000001@3402000000>\n"
                          "Call-ID: 760315245@192.168.1.64\n"
                          "CSeq: 1 REGISTER\n"
                          "Contact: <sip:34020000001320000001@192.168.1.64:5060>\n"
                          "Expires: 3600\n"
                          "User-Agent: IP Camera\n"),
              true});
    t.append({QStringLiteral("gb28181-keepalive"),
              wireMessage("MESSAGE sip:34020000002000000001@3402000000 SIP/2.0\n"
                          "Via: SIP/2.0/UDP 192.168.1.64:5060;rport;branch=z9hG4bK-gb-902117634\n"
                          "Max-Forwards: 70\n"
                          "From: <sip:34020000001320000001@3402000000>;tag=548109322\n"
                          "To: <sip:34020000002000000001@3402000000>\n"
                          "Call-ID: 1730956622@192.168.1.64\n"
                          "CSeq: 20 MESSAGE\n"
                          "Content-Type: Application/MANSCDP+xml\n",
                          "<?xml version=\"1.0\" encoding=\"GB2312\"?>\n"
                          "<Notify>\n"
                          "<CmdType>Keepalive</CmdType>\n"
                          "<SN>118</SN>\n"
                          "<DeviceID>34020000001320000001</DeviceID>\n"
                          "<Status>OK</Status>\n"
                          "</Notify>\n"),
              true});
    return t;
}

// Anything but a note counts: the drill must point at one gap and only that one.
bool onlyNotesBesides(const Inspection &in, const Diagnostic *&finding)
{
    finding = nullptr;
    int problems = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.severity == Severity::Info)
            continue;
        ++problems;
        finding = &d;
    }
    return problems == 1;
}

QString methodOf(const SipMessage &m, const Inspection &in)
{
    if (m.isRequest())
        return in.string(m.method);
    if (const HeaderField *cseq = m.first(HeaderId::CSeq)) {
        const QString value = in.unfoldedValue(*cseq).simplified();
        return value.section(QLatin1Char(' '), 1, 1);
    }
    return {};
}

} // namespace

const QList<DrillTemplate> &drillTemplates()
{
    static const QList<DrillTemplate> templates = makeTemplates();
    return templates;
}

QList<HeaderDrill> buildHeaderDrills(const Catalog &catalog)
{
    QList<HeaderDrill> drills;
    for (const DrillTemplate &t : drillTemplates()) {
        const Inspection whole = inspect(t.message, catalog);
        if (whole.messages.size() != 1)
            continue;
        const SipMessage &original = whole.messages.front();
        const QString method = methodOf(original, whole);
        for (const QString &name : headerNames(t.message)) {
            const HeaderId id = headerIdFromName(QByteArrayView(name.toLatin1()));
            HeaderDrill drill;
            drill.templateId = t.id;
            drill.message = withoutHeader(t.message, id);
            const Inspection in = inspect(drill.message, catalog);
            const Diagnostic *finding = nullptr;
            if (in.messages.size() != 1 || !onlyNotesBesides(in, finding))
                continue;
            if (finding->severity != Severity::Error || qstrcmp(finding->id, "missing-header") != 0 ||
                QLatin1String(finding->header) != name)
                continue;
            drill.header = name;
            drill.isRequest = original.isRequest();
            drill.method = method;
            drill.code = original.isResponse() ? original.code : 0;
            drill.gb28181 = t.gb28181;
            drill.finding = *finding;
            drills.append(drill);
        }
    }
    return drills;
}

QStringList optionalHeaderCandidates(bool request)
{
    // The trickiest first: fields people often believe mandatory.
    if (request)
        return {QStringLiteral("Contact"), QStringLiteral("Expires"),      QStringLiteral("Content-Type"),
                QStringLiteral("Allow"),   QStringLiteral("Supported"),    QStringLiteral("User-Agent"),
                QStringLiteral("Route"),   QStringLiteral("Record-Route"), QStringLiteral("Require"),
                QStringLiteral("Accept"),  QStringLiteral("Date"),         QStringLiteral("Subject")};
    return {QStringLiteral("Max-Forwards"), QStringLiteral("Contact"),     QStringLiteral("Content-Type"),
            QStringLiteral("Server"),       QStringLiteral("Allow"),       QStringLiteral("Supported"),
            QStringLiteral("Record-Route"), QStringLiteral("Retry-After"), QStringLiteral("Warning"),
            QStringLiteral("Require"),      QStringLiteral("Date"),        QStringLiteral("Expires")};
}

} // namespace sipref::training
