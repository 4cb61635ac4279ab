#include "sip/logorigin.h"

#include "capture/netbytes.h"
#include "sip/scanner.h"

#include <QDate>
#include <QSet>
#include <algorithm>
#include <array>
#include <iterator>
#include <cstring>

namespace sipref {

using namespace lex;

namespace {

// How far before a start line wrapper lines are looked for: tshark -V prints some forty lines of
// frame, IP and UDP decoding before "Session Initiation Protocol".
constexpr qsizetype maxLookBack = 6144;
constexpr int maxLinesBack = 64;

struct Piece
{
    const char *b = nullptr;
    const char *e = nullptr;
    qsizetype size() const { return e - b; }
    bool isEmpty() const { return b >= e; }
    QByteArrayView view() const { return QByteArrayView(b, e - b); }
};

bool startsWith(const char *p, const char *e, const char *s)
{
    const qsizetype n = qsizetype(std::strlen(s));
    return e - p >= n && std::memcmp(p, s, size_t(n)) == 0;
}

// The first occurrence of s in [b, e), or nullptr.
const char *find(const char *b, const char *e, QByteArrayView text)
{
    const char *const s = text.data();
    const qsizetype n = text.size();
    for (const char *p = b; e - p >= n; ++p) {
        p = static_cast<const char *>(std::memchr(p, s[0], size_t(e - p - n + 1)));
        if (!p)
            return nullptr;
        if (std::memcmp(p, s, size_t(n)) == 0)
            return p;
    }
    return nullptr;
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i)
        v = v * 10 + (p[i] - '0');
    return v;
}

bool allDigits(const char *p, const char *e, int n)
{
    if (e - p < n)
        return false;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(static_cast<unsigned char>(p[i])))
            return false;
    }
    return true;
}

// ---- Time stamps -------------------------------------------------------------------------------

int monthFromName(const char *p, const char *e)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (e - p < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (std::memcmp(p, months[i], 3) == 0)
            return i + 1;
    }
    return 0;
}

// A day of the calendar as a log writes it; checked by QDate's rules (there is no year 0).
struct CivilDate
{
    int year = 0, month = 0, day = 0;

    bool isValid() const { return QDate::isValid(year, month, day); }
    // Days since 1970-01-01 of a valid date (H. Hinnant's algorithm, proleptic Gregorian): what
    // QDateTime would say, without making one for every message of a log.
    qint64 daysSinceEpoch() const
    {
        const qint64 y = year - (month <= 2 ? 1 : 0);
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yoe = y - era * 400;
        const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
};

// A date written just before a time of day at `t` ("2026-11-21 ", "2026/11/21 ", "2026-11-21T",
// "Nov 21, 2026 "). Dates without a year (syslog "Nov 21", logcat "11-21") name no day that can be
// placed on a calendar and are left out.
CivilDate dateBefore(const char *lineBegin, const char *t)
{
    if (t - lineBegin >= 11 && (t[-1] == ' ' || t[-1] == 'T')) {
        const char *d = t - 11;
        // "2026-11-21", "2026/11/21", or BroadWorks' "2026.11.21".
        if (allDigits(d, t, 4) && (d[4] == '-' || d[4] == '/' || d[4] == '.') && d[7] == d[4] && allDigits(d + 5, t, 2)
            && allDigits(d + 8, t, 2))
            return {digits(d, 4), digits(d + 5, 2), digits(d + 8, 2)};
    }
    // tshark: "Arrival Time: Nov 21, 2026 15:06:41.123456000 UTC"
    if (t - lineBegin >= 13 && t[-1] == ' ') {
        const char *d = t - 13;
        const int month = monthFromName(d, t);
        if (month && d[3] == ' ' && d[6] == ',' && d[7] == ' ' && allDigits(d + 8, t, 4)) {
            const int day = (d[4] == ' ' ? 0 : digits(d + 4, 1) * 10) + digits(d + 5, 1);
            return {digits(d + 8, 4), month, day};
        }
    }
    return {};
}

// The first "HH:MM:SS" (optionally ".ffffff") in the line, with the date before it when there is
// one. Returns false when the line has no time of day.
bool findTime(Piece line, MessageOrigin *o)
{
    for (const char *p = line.b; line.e - p >= 8; ++p) {
        p = static_cast<const char *>(std::memchr(p, ':', size_t(line.e - p)));
        if (!p || p - line.b < 2 || line.e - p < 6)
            return false;
        const char *h = p - 2;
        if (!allDigits(h, line.e, 2) || p[3] != ':' || !allDigits(p + 1, line.e, 2) || !allDigits(p + 4, line.e, 2))
            continue;
        // Part of a longer number, or of a MAC address ("02:00:00:00:00:01" in tshark output).
        if (h > line.b && (isDigit(static_cast<unsigned char>(h[-1])) || h[-1] == ':'))
            continue;
        // BroadWorks writes the milliseconds after a colon ("10:00:00:123"), three digits where a MAC
        // address has two.
        const bool colonMillis = line.e - p >= 10 && p[6] == ':' && allDigits(p + 7, line.e, 3)
                                 && (line.e - p == 10 || (!isDigit(static_cast<unsigned char>(p[10])) && p[10] != ':'));
        if (line.e - p > 6 && p[6] == ':' && !colonMillis) {
            p += 6;
            continue;
        }
        const int hour = digits(h, 2), minute = digits(p + 1, 2), second = digits(p + 4, 2);
        if (hour > 23 || minute > 59 || second > 60)
            continue;
        qint64 micros = colonMillis ? qint64(digits(p + 7, 3)) * 1000 : 0;
        const char *f = p + 6;
        if (!colonMillis && f < line.e && (*f == '.' || *f == ',') && f + 1 < line.e && isDigit(static_cast<unsigned char>(f[1]))) {
            int n = 0;
            for (++f; f < line.e && isDigit(static_cast<unsigned char>(*f)); ++f, ++n) {
                if (n < 6)
                    micros = micros * 10 + (*f - '0');
            }
            for (; n < 6; ++n)
                micros *= 10;
        }
        const qint64 ofDay = (qint64(hour) * 3600 + minute * 60 + std::min(second, 59)) * 1000000 + micros;
        const CivilDate date = dateBefore(line.b, h);
        if (date.isValid()) {
            o->hasDate = true;
            o->timeUs = date.daysSinceEpoch() * 86400 * 1000000 + ofDay;
        } else {
            o->hasDate = false;
            o->timeUs = ofDay;
        }
        return true;
    }
    return false;
}

// ---- Addresses ---------------------------------------------------------------------------------

// What each byte can be in an address: ASCII letters and digits, '.', ':', '[', ']', '-', '_' and
// '%' (not std::isalnum: a call into the C library per character, on every address of every
// wrapper line). A table, asked of every byte of two addresses per message.
enum AddressByte : quint8 { AddressChar = 1, Digit = 2, Separator = 4 };

constexpr std::array<quint8, 256> makeAddressBytes()
{
    std::array<quint8, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        const bool separator = c == '.' || c == ':';
        t[std::size_t(c)] = quint8((digit || letter || separator || c == '[' || c == ']' || c == '-' || c == '_' || c == '%'
                                        ? AddressChar
                                        : 0)
                                   | (digit ? Digit : 0) | (separator ? Separator : 0));
    }
    return t;
}
constexpr std::array<quint8, 256> addressBytes = makeAddressBytes();

// "10.0.0.1:5060", "[10.0.0.1]:5060" (sofia-sip brackets every host), "[2001:db8::1]:5060";
// IPv4 brackets dropped so that the same host reads the same in every log. A view of `a` (nearly
// always), or of `owned` when the brackets went.
QByteArrayView normalizedAddress(QByteArrayView a, QByteArray *owned)
{
    while (!a.isEmpty() && (a.back() == ':' || a.back() == ',' || a.back() == '.' || a.back() == ';'))
        a.chop(1);
    if (a.startsWith('[')) {
        const qsizetype close = a.indexOf(']');
        if (close > 1) {
            const QByteArrayView host = a.sliced(1, close - 1);
            if (!host.contains(':')) {
                *owned = host.toByteArray() + a.sliced(close + 1).toByteArray();
                return *owned;
            }
        }
    }
    return a;
}

// The addresses a log or a capture names, each kept once: thousands of messages name a handful of
// addresses, and every message shares the one copy of each (QByteArray is implicitly shared)
// instead of holding its own. Every address an origin gets comes from here.
class AddressBook
{
public:
    QByteArray get(QByteArrayView a)
    {
        if (a.isEmpty())
            return {};
        // Looked up without copying: most addresses are there already.
        const auto known = m_addresses.constFind(QByteArray::fromRawData(a.data(), a.size()));
        if (known != m_addresses.cend())
            return *known;
        return *m_addresses.insert(a.toByteArray());
    }

private:
    QSet<QByteArray> m_addresses;
};

// tcpdump writes the port after a dot: "10.0.0.1.5060", "2001:db8::1.5060".
QByteArray tcpdumpAddress(QByteArrayView a)
{
    while (!a.isEmpty() && a.back() == ':')
        a.chop(1);
    const qsizetype dot = a.lastIndexOf('.');
    if (dot <= 0)
        return a.toByteArray();
    const QByteArrayView host = a.first(dot);
    const QByteArrayView port = a.sliced(dot + 1);
    for (char c : port) {
        if (!isDigit(static_cast<unsigned char>(c)))
            return a.toByteArray(); // a host name, not host.port
    }
    if (host.contains(':'))
        return '[' + host.toByteArray() + "]:" + port.toByteArray();
    return host.toByteArray() + ':' + port.toByteArray();
}

bool looksLikeAddress(QByteArrayView a)
{
    if (a.size() < 3)
        return false;
    quint8 all = AddressChar, any = 0;
    for (char c : a) {
        const quint8 kind = addressBytes[static_cast<unsigned char>(c)];
        all &= kind;
        any |= kind;
    }
    return all && (any & Digit) && (any & Separator);
}

Piece tokenAt(const char *p, const char *e)
{
    while (p < e && isSpace(static_cast<unsigned char>(*p)))
        ++p;
    const char *s = p;
    while (p < e && !isSpace(static_cast<unsigned char>(*p)))
        ++p;
    return {s, p};
}

Piece tokenBefore(const char *b, const char *p)
{
    while (p > b && isSpace(static_cast<unsigned char>(p[-1])))
        --p;
    const char *e = p;
    while (p > b && !isSpace(static_cast<unsigned char>(p[-1])))
        --p;
    return {p, e};
}

// "UDP:10.0.0.1:5060", "udp/[10.0.0.1]:5060", "udp:10.0.0.1:5060", or "UDP 10.0.0.1:5060" (pjsua):
// the transport, then the address.
bool transportAndAddress(const char *p, const char *e, Transport *transport, QByteArray *address, AddressBook &book)
{
    Piece tok = tokenAt(p, e);
    for (const char sep : {':', '/'}) {
        const char *s = static_cast<const char *>(std::memchr(tok.b, sep, size_t(tok.size())));
        if (s && s - tok.b >= 2 && s - tok.b <= 4) {
            const Transport t = transportFromName(QByteArrayView(tok.b, s - tok.b));
            if (t != Transport::Unknown) {
                *transport = t;
                tok.b = s + 1;
                break;
            }
        }
    }
    if (*transport == Transport::Unknown) {
        const Transport t = transportFromName(tok.view());
        if (t != Transport::Unknown) {
            *transport = t;
            tok = tokenAt(tok.e, e);
        }
    }
    // "(NAT)" before the address in Asterisk's "Transmitting (NAT) to ..." is skipped by the caller.
    QByteArray owned;
    const QByteArrayView a = normalizedAddress(tok.view(), &owned);
    if (!looksLikeAddress(a))
        return false;
    *address = book.get(a);
    return true;
}

// ---- Wrapper lines -----------------------------------------------------------------------------

// "a -> b" (sngrep, ngrep and the capture text), with "U"/"T" at the start naming the transport.
bool arrowLine(Piece line, MessageOrigin *o, AddressBook &book)
{
    const char *arrow = find(line.b, line.e, " -> ");
    if (!arrow)
        return false;
    const Piece from = tokenBefore(line.b, arrow);
    const Piece to = tokenAt(arrow + 4, line.e);
    QByteArray ownedSource, ownedDestination;
    const QByteArrayView source = normalizedAddress(from.view(), &ownedSource);
    const QByteArrayView destination = normalizedAddress(to.view(), &ownedDestination);
    if (!looksLikeAddress(source) || !looksLikeAddress(destination))
        return false;
    o->source = book.get(source);
    o->destination = book.get(destination);
    const Piece first = tokenAt(line.b, line.e);
    if (first.size() == 1 && (*first.b == 'U' || *first.b == 'T'))
        o->transport = *first.b == 'U' ? Transport::Udp : Transport::Tcp;
    for (Piece t = tokenAt(to.e, line.e); !t.isEmpty(); t = tokenAt(t.e, line.e)) {
        QByteArrayView v = t.view();
        if (v.startsWith('[') && v.endsWith(']'))
            v = v.sliced(1, v.size() - 2);
        if (const Transport tr = transportFromName(v); tr != Transport::Unknown)
            o->transport = tr;
    }
    return true;
}

// tcpdump: "15:06:41.123456 IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 612"
bool tcpdumpLine(Piece line, MessageOrigin *o, AddressBook &book)
{
    const char *ip = find(line.b, line.e, " IP ");
    const char *ip6 = ip ? nullptr : find(line.b, line.e, " IP6 ");
    if (!ip && !ip6)
        return false;
    const Piece from = tokenAt(ip ? ip + 4 : ip6 + 5, line.e);
    const Piece gt = tokenAt(from.e, line.e);
    if (gt.size() != 1 || *gt.b != '>')
        return false;
    const Piece to = tokenAt(gt.e, line.e);
    o->source = book.get(tcpdumpAddress(from.view()));
    o->destination = book.get(tcpdumpAddress(to.view()));
    if (find(to.e, line.e, "Flags ["))
        o->transport = Transport::Tcp;
    else if (find(to.e, line.e, "UDP"))
        o->transport = Transport::Udp;
    return true;
}

// Lines that say a message was received or sent, and from or to where: Asterisk chan_sip
// ("<--- SIP read from UDP:a --->", "<--- Transmitting (NAT) to a --->"), res_pjsip ("<--- Received
// SIP request (612 bytes) from UDP:a --->", "<--- Transmitting SIP response (..) to UDP:a --->"),
// sofia-sip ("recv 612 bytes from udp/[a]:5060 at 15:06:41.123456:", "send ... to ..."), pjsua
// (".RX 612 bytes Request msg ... from UDP a:", ".TX ... to UDP a:"), Kamailio/OpenSIPS debug
// lines of the same shape, Oracle (Acme Packet) SBCs' sipmsg.log ("On [0:0]b received from a",
// "On [1:0]b sent to a"), which names this side's address too, and AudioCodes' syslog ("----
// Incoming SIP Message from a to SIPInterface #0 (SIPInterface_0) UDP TO(#0) SOCKET(#1) ---",
// "---- Outgoing SIP Message to a from ..."), which names the transport after the interface, and
// BroadWorks' XS log ("udp 412 Bytes IN from a", "tcp 300 Bytes OUT to a").
bool directionLine(Piece line, MessageOrigin *o, AddressBook &book)
{
    struct Cue
    {
        QByteArrayView text;
        Direction direction;
        bool transportLater = false; // named by a word of its own further on
        bool transportFirst = false; // named by the line's first word
    };
    static const Cue cues[] = {
        {"SIP read from ", Direction::Received},  {"Received SIP ", Direction::Received},
        {"recv ", Direction::Received},           {".RX ", Direction::Received},
        {"Transmitting ", Direction::Sent},        {"send ", Direction::Sent},
        {".TX ", Direction::Sent},                 {"received from ", Direction::Received},
        {"RECEIVED ", Direction::Received},        {"SENDING ", Direction::Sent},
        {"sending to ", Direction::Sent},         {"sent to ", Direction::Sent},
        {"Incoming SIP Message from ", Direction::Received, true},
        {"Outgoing SIP Message to ", Direction::Sent, true},
        {" Bytes IN from ", Direction::Received, false, true},
        {" Bytes OUT to ", Direction::Sent, false, true},
    };
    for (const Cue &cue : cues) {
        const char *at = find(line.b, line.e, cue.text);
        if (!at)
            continue;
        // The address follows the first " from " or " to " after the cue (or the cue itself).
        const char *keyword = nullptr;
        const char *after = nullptr;
        if (cue.direction == Direction::Received) {
            keyword = find(at, line.e, "from ");
            after = keyword ? keyword + 5 : nullptr;
        } else {
            keyword = find(at, line.e, " to ");
            after = keyword ? keyword + 4 : nullptr;
        }
        if (!after)
            continue;
        Transport transport = Transport::Unknown;
        QByteArray address;
        if (!transportAndAddress(after, line.e, &transport, &address, book))
            continue;
        for (Piece word = tokenAt(after, line.e); cue.transportLater && transport == Transport::Unknown && !word.isEmpty();
             word = tokenAt(word.e, line.e))
            transport = transportFromName(word.view());
        if (cue.transportFirst && transport == Transport::Unknown)
            transport = transportFromName(tokenAt(line.b, line.e).view());
        o->direction = cue.direction;
        o->transport = transport;
        (cue.direction == Direction::Received ? o->source : o->destination) = address;
        // sipmsg.log: "On ", a realm's "[0:0]" glued to this side's address, then the cue. An SBC
        // logs both of its sides, so "this host" alone would merge them into one lane of a ladder.
        if (const char *on = find(line.b, at, "On ")) {
            const char *p = on + 3;
            if (p < at && *p == '[') {
                const char *close = static_cast<const char *>(std::memchr(p, ']', size_t(at - p)));
                p = close ? close + 1 : p;
            }
            Transport local = Transport::Unknown;
            QByteArray here;
            if (transportAndAddress(p, at, &local, &here, book))
                (cue.direction == Direction::Received ? o->destination : o->source) = here;
        }
        return true;
    }
    return false;
}

// tshark -V: "Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2" and "User Datagram
// Protocol, Src Port: 5060, Dst Port: 5060" (or Transmission Control Protocol).
struct TsharkAddresses
{
    QByteArray srcHost, dstHost, srcPort, dstPort;
    Transport transport = Transport::Unknown;
};

void tsharkLine(Piece line, TsharkAddresses *t)
{
    // Asked of every wrapper line: the labels' first letters ("Internet", "User", "Transmission")
    // rule out nearly all others at once, before a word is read.
    const char *p = line.b;
    while (p < line.e && isSpace(static_cast<unsigned char>(*p)))
        ++p;
    if (p == line.e || (*p != 'I' && *p != 'U' && *p != 'T'))
        return;
    const Piece first = tokenAt(p, line.e);
    if (first.size() < 4)
        return;
    if (startsWith(first.b, line.e, "Internet Protocol Version")) {
        const char *src = find(first.b, line.e, "Src: ");
        const char *dst = find(first.b, line.e, "Dst: ");
        if (src && dst && t->srcHost.isEmpty()) {
            Piece s = tokenAt(src + 5, line.e);
            Piece d = tokenAt(dst + 5, line.e);
            if (s.size() && s.e[-1] == ',')
                --s.e;
            t->srcHost = s.view().toByteArray();
            t->dstHost = d.view().toByteArray();
        }
    } else if (startsWith(first.b, line.e, "User Datagram Protocol")
               || startsWith(first.b, line.e, "Transmission Control Protocol")) {
        const char *src = find(first.b, line.e, "Src Port: ");
        const char *dst = find(first.b, line.e, "Dst Port: ");
        if (src && dst && t->srcPort.isEmpty()) {
            Piece s = tokenAt(src + 10, line.e);
            Piece d = tokenAt(dst + 10, line.e);
            if (s.size() && s.e[-1] == ',')
                --s.e;
            if (d.size() && d.e[-1] == ',')
                --d.e;
            t->srcPort = s.view().toByteArray();
            t->dstPort = d.view().toByteArray();
            t->transport = *first.b == 'U' ? Transport::Udp : Transport::Tcp;
        }
    }
}

// Records of "key: value" lines before each message.
// - Kamailio's sipdump module (text mode): "tag: rcv" (or snd), "time: 1763737601.123456" (Unix
//   time), "proto: udp ipv4", "srcip: 10.0.0.1", "srcport: 5060", "dstip: ...", "dstport: ...",
//   then a rule of tildes.
// - A row of Kamailio's or OpenSIPS's sip_trace table as `mysql ... \G` prints it, keys aligned
//   right: "fromip: udp:10.0.0.1:5060", "toip: ...", "direction: in" (or out), the time stamp
//   read as any other, and the message after "msg: ".
struct KeyValueRecord
{
    QByteArray srcHost, dstHost, srcPort, dstPort;
    QByteArray source, destination; // sip_trace's whole addresses
    Transport transport = Transport::Unknown;
    Direction direction = Direction::Unknown;
    qint64 timeUs = -1;
    bool complete = false; // the record's first line was read: lines farther back belong to another

    bool hasAddresses() const { return (!srcHost.isEmpty() && !dstHost.isEmpty()) || (!source.isEmpty() && !destination.isEmpty()); }
};

void keyValueLine(Piece line, KeyValueRecord *r, AddressBook &book)
{
    if (r->complete)
        return;
    const char *b = line.b;
    // Read nearest first: the rule that opens the record (sipdump's "====", the stars of a row)
    // ends it.
    if (line.size() >= 5 && (startsWith(b, line.e, "=====") || startsWith(b, line.e, "*****"))) {
        r->complete = true;
        return;
    }
    while (b < line.e && *b == ' ')
        ++b;
    // Asked of every wrapper line: its first letter and a colon within ten bytes rule out
    // nearly all others.
    if (line.e - b < 6 || (*b != 't' && *b != 'p' && *b != 's' && *b != 'd' && *b != 'f'))
        return;
    const auto *colon = static_cast<const char *>(std::memchr(b, ':', std::size_t(std::min<qsizetype>(line.e - b, 10))));
    if (!colon || colon + 2 > line.e || colon[1] != ' ')
        return;
    const QByteArrayView key(b, colon - b);
    const Piece value = tokenAt(colon + 2, line.e);
    if (value.isEmpty())
        return;
    if (key == "fromip" || key == "toip") {
        Transport transport = Transport::Unknown;
        QByteArray address;
        if (transportAndAddress(value.b, value.e, &transport, &address, book)) {
            (key == "fromip" ? r->source : r->destination) = address;
            r->transport = transport;
        }
    } else if (key == "direction") {
        if (value.view() == "in")
            r->direction = Direction::Received;
        else if (value.view() == "out")
            r->direction = Direction::Sent;
    } else if (key == "tag") {
        if (value.view() == "rcv")
            r->direction = Direction::Received;
        else if (value.view() == "snd")
            r->direction = Direction::Sent;
    } else if (key == "time") {
        // Seconds and microseconds, "%lu.%06lu".
        const QByteArrayView v = value.view();
        const qsizetype dot = v.indexOf('.');
        bool secondsOk = false, microsOk = false;
        const qint64 seconds = v.first(dot < 0 ? v.size() : dot).toLongLong(&secondsOk);
        const qint64 micros = dot < 0 ? 0 : v.sliced(dot + 1).toLongLong(&microsOk);
        if (secondsOk && (dot < 0 || microsOk) && seconds >= 0 && seconds < 253402300800 && micros >= 0 && micros < 1000000)
            r->timeUs = seconds * 1000000 + micros;
    } else if (key == "proto") {
        r->transport = transportFromName(value.view());
    } else if (key == "srcip") {
        r->srcHost = value.view().toByteArray();
    } else if (key == "srcport") {
        r->srcPort = value.view().toByteArray();
    } else if (key == "dstip") {
        r->dstHost = value.view().toByteArray();
    } else if (key == "dstport") {
        r->dstPort = value.view().toByteArray();
    }
}

QByteArray hostPort(const QByteArray &host, const QByteArray &port)
{
    if (port.isEmpty())
        return host;
    return (host.contains(':') ? '[' + host + ']' : host) + ':' + port;
}

// The start of the line that ends at `end`: just after the last LF or CR in [stop, end), or stop.
// memrchr, because the lines read back over are wrapper and log lines of some hundred bytes
// before every message of a log (byte by byte, this walk was a sixth of the log origins' work).
const char *lineStartBefore(const char *stop, const char *end)
{
    if (end <= stop)
        return stop;
    // A few bytes (the blank line between two raw messages, asked of every message of a stream)
    // byte by byte: there the two calls of memrchr cost more than the walk, a tenth of a raw
    // input's whole inspection.
    if (end - stop <= 16) {
        for (const char *p = end; p > stop; --p) {
            if (p[-1] == '\n' || p[-1] == '\r')
                return p;
        }
        return stop;
    }
    const auto *lf = static_cast<const char *>(memrchr(stop, '\n', std::size_t(end - stop)));
    const char *after = lf ? lf + 1 : stop;
    // A CR alone ends a line too (old Mac logs): one after the last LF is the nearer break.
    if (const auto *cr = static_cast<const char *>(memrchr(after, '\r', std::size_t(end - after))))
        return cr + 1;
    return after;
}

// Lines that give a direction but no address. Cisco IOS and CUBE ("debug ccsip messages") put
// "Received:" or "Sent:" alone on the line before each message, after a line with the time; SIPp
// (-trace_msg) writes "UDP message sent (367 bytes):" and "TCP message received [310] bytes :".
bool directionOnlyLine(Piece line, MessageOrigin *o)
{
    const char *b = line.b;
    const char *e = line.e;
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    // Asked of every short wrapper line: its first letter rules out nearly all of them (times,
    // rules, brackets).
    if (b == e || (*b != 'R' && *b != 'S' && *b != 'U' && *b != 'T' && *b != 'W'))
        return false;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        --e;
    const QByteArrayView word(b, e - b);
    if (word == "Received:" || word == "Sent:") {
        o->direction = word == "Sent:" ? Direction::Sent : Direction::Received;
        return true;
    }
    for (const auto &[cue, direction] : {std::pair{QByteArrayView(" message sent "), Direction::Sent},
                                         std::pair{QByteArrayView(" message received "), Direction::Received}}) {
        const char *at = find(b, e, cue);
        if (!at || at - b > 5)
            continue;
        const Transport transport = transportFromName(QByteArrayView(b, at - b));
        if (transport == Transport::Unknown)
            continue;
        o->direction = direction;
        o->transport = transport;
        return true;
    }
    return false;
}

// Chinese platforms' logs (GB/T 28181 servers, NVRs) name the direction in Chinese, in UTF-8 or
// GBK: "[收到请求] REGISTER sip:...", "发送响应：". 收到 and 接收 say received, 发送 sent; a line that
// says both is left alone.
bool chineseDirection(Piece line, MessageOrigin *o)
{
    bool high = false;
    for (const char *p = line.b; p < line.e && !high; ++p)
        high = static_cast<unsigned char>(*p) >= 0x80;
    if (!high)
        return false;
    static const QByteArrayView received[] = {"\xe6\x94\xb6\xe5\x88\xb0", "\xe6\x8e\xa5\xe6\x94\xb6", // UTF-8
                                              "\xca\xd5\xb5\xbd", "\xbd\xd3\xca\xd5"};                 // GBK
    static const QByteArrayView sent[] = {"\xe5\x8f\x91\xe9\x80\x81", "\xb7\xa2\xcb\xcd"};
    auto any = [&line](const auto &cues) {
        return std::any_of(std::begin(cues), std::end(cues), [&line](QByteArrayView cue) { return find(line.b, line.e, cue) != nullptr; });
    };
    const bool in = any(received);
    const bool out = any(sent);
    if (in == out)
        return false;
    o->direction = in ? Direction::Received : Direction::Sent;
    return true;
}

// A short line before a message that names its direction in Chinese: it ends in a colon or a
// bracket ("收到消息：", "[发送]"), so a log line about something else is not taken for one.
bool chineseDirectionLine(Piece line, MessageOrigin *o)
{
    const char *e = line.e;
    while (e > line.b && (e[-1] == ' ' || e[-1] == '\t'))
        --e;
    const QByteArrayView tail(line.b, e - line.b);
    if (line.size() > 40 || !(tail.endsWith(':') || tail.endsWith(']') || tail.endsWith("\xef\xbc\x9a") /* ： */
                              || tail.endsWith("\xa3\xba") /* ： in GBK */))
        return false;
    return chineseDirection(line, o);
}

// Skype for Business and Lync server logs (the CLS logger, Snooper): among the record's lines
// before "Start-Line: ", "Direction: incoming" (or "outgoing", maybe with ";source=..." after it)
// and "Peer: host:port", the other side.
struct SkypeRecord
{
    Direction direction = Direction::Unknown;
    Transport transport = Transport::Unknown;
    QByteArray peer;
    bool complete = false; // its "$$begin_record" line was read: lines farther back are another's
};

void skypeRecordLine(Piece line, SkypeRecord *r, AddressBook &book)
{
    // Asked of every wrapper line: the first letter rules out nearly all others.
    if (r->complete || line.size() < 6 || (*line.b != 'D' && *line.b != 'P' && *line.b != 'T'))
        return;
    if (startsWith(line.b, line.e, "Direction: ")) {
        if (startsWith(line.b + 11, line.e, "incoming"))
            r->direction = Direction::Received;
        else if (startsWith(line.b + 11, line.e, "outgoing"))
            r->direction = Direction::Sent;
    } else if (startsWith(line.b, line.e, "Peer: ")) {
        transportAndAddress(line.b + 6, line.e, &r->transport, &r->peer, book);
    } else if (find(line.b, line.e, "$$begin_record")) {
        r->complete = true;
    }
}

// The IPv4 or IPv6 header, and the UDP or TCP header after it, right in front of a message: a hex
// dump read as its bytes (app/sip/hexdumps.cpp) puts the packet's headers there. Found only where
// the headers' own lengths lead exactly to the message's first byte.
bool packetHeadersBefore(QByteArrayView bytes, MessageOrigin *o, AddressBook &book)
{
    using namespace capture;
    const qsizetype start = bytes.size();
    auto endpoint = [&](qsizetype address, bool v6, qsizetype portAt) {
        Endpoint e;
        e.address.version = v6 ? 6 : 4;
        std::memcpy(e.address.bytes.data(), bytes.data() + address, v6 ? 16 : 4);
        e.port = read16(bytes, portAt);
        return book.get(formatEndpoint(e));
    };
    for (const int transportLength : {8, 20, 24, 28, 32, 36, 40}) { // UDP, then TCP with its options
        for (int ipLength = 20; ipLength <= 60; ipLength += 4) { // IPv4 with its options; IPv6 is 40
            const qsizetype ip = start - transportLength - ipLength;
            if (ip < 0)
                continue;
            const quint8 version = byteAt(bytes, ip) >> 4;
            const bool v6 = version == 6 && ipLength == 40;
            if (!(version == 4 && (byteAt(bytes, ip) & 0x0f) * 4 == ipLength) && !v6)
                continue;
            const quint8 protocol = byteAt(bytes, v6 ? ip + 6 : ip + 9);
            const qsizetype th = ip + ipLength;
            const bool udp = protocol == 17 && transportLength == 8;
            const bool tcp = protocol == 6 && transportLength >= 20 && (byteAt(bytes, th + 12) >> 4) * 4 == transportLength;
            if (!udp && !tcp)
                continue;
            o->source = endpoint(v6 ? ip + 8 : ip + 12, v6, th);
            o->destination = endpoint(v6 ? ip + 24 : ip + 16, v6, th + 2);
            o->transport = udp ? Transport::Udp : Transport::Tcp;
            return true;
        }
    }
    return false;
}

// Reads the lines between the previous message and this start line, nearest first.
MessageOrigin originBefore(QByteArrayView text, qsizetype from, const SipMessage &m, AddressBook &book)
{
    MessageOrigin o;
    const char *const base = text.data();
    // The start line's own line: a log prefix (syslog, logcat, Asterisk) carries the time, and some
    // also say where the message came from or went to (Kamailio's xlog in syslog: "...: received
    // from udp:10.0.0.1:5060: INVITE sip:...", the line breaks written as #015#012).
    bool haveAddresses = false;
    const char *lineStart = lineStartBefore(base + from, base + m.startLine.offset);
    if (lineStart < base + m.startLine.offset) {
        const Piece prefix{lineStart, base + m.startLine.offset};
        findTime(prefix, &o);
        if (find(prefix.b, prefix.e, "from ") || find(prefix.b, prefix.e, "to "))
            haveAddresses = directionLine(prefix, &o, book);
        if (o.direction == Direction::Unknown)
            chineseDirection(prefix, &o);
    }

    TsharkAddresses tshark;
    KeyValueRecord record;
    SkypeRecord skype;
    const char *stop = base + std::max(from, m.startLine.offset - maxLookBack);
    const char *e = lineStart;
    for (int n = 0; n < maxLinesBack && e > stop; ++n) {
        // The line before `e`: skip its break, then find its start.
        const char *le = e;
        if (le > stop && le[-1] == '\n')
            --le;
        if (le > stop && le[-1] == '\r')
            --le;
        const char *lb = lineStartBefore(stop, le);
        const Piece line{lb, le};
        e = lb;
        if (line.isEmpty())
            continue;
        if (!haveAddresses) {
            // Cheap tests first: "a -> b" and tcpdump's "a > b" need a '>', the wrapper lines
            // that name a direction say "from " or " to ".
            if (std::memchr(line.b, '>', std::size_t(line.size())))
                haveAddresses = arrowLine(line, &o, book) || tcpdumpLine(line, &o, book);
            if (!haveAddresses && (find(line.b, line.e, "from ") || find(line.b, line.e, "to ")))
                haveAddresses = directionLine(line, &o, book);
            if (!haveAddresses && o.direction == Direction::Unknown && line.size() <= 64 && !directionOnlyLine(line, &o))
                chineseDirectionLine(line, &o);
        }
        if (!o.hasTime()) {
            MessageOrigin t;
            // tshark prints "Epoch Time: 1763737601.123456000 seconds" too; the Arrival Time line
            // is the one with a readable date.
            if (findTime(line, &t)) {
                o.timeUs = t.timeUs;
                o.hasDate = t.hasDate;
            }
        }
        tsharkLine(line, &tshark);
        keyValueLine(line, &record, book);
        skypeRecordLine(line, &skype, book);
        if (haveAddresses && o.hasTime())
            break;
    }
    if (!haveAddresses && record.hasAddresses()) {
        haveAddresses = true;
        o.source = record.source.isEmpty() ? book.get(hostPort(record.srcHost, record.srcPort)) : record.source;
        o.destination = record.destination.isEmpty() ? book.get(hostPort(record.dstHost, record.dstPort))
                                                     : record.destination;
        o.transport = record.transport;
        o.direction = record.direction;
        // sipdump's Unix time, to the microsecond, rather than the "date:" line's local time.
        if (record.timeUs >= 0) {
            o.timeUs = record.timeUs;
            o.hasDate = true;
        }
    }
    if (!haveAddresses && !skype.peer.isEmpty() && skype.direction != Direction::Unknown) {
        haveAddresses = true;
        (skype.direction == Direction::Received ? o.source : o.destination) = skype.peer;
        o.direction = skype.direction;
        o.transport = skype.transport;
    }
    if (!haveAddresses && !tshark.srcHost.isEmpty()) {
        haveAddresses = true;
        o.source = book.get(hostPort(tshark.srcHost, tshark.srcPort));
        o.destination = book.get(hostPort(tshark.dstHost, tshark.dstPort));
        o.transport = tshark.transport;
    }
    // Binary right before the start line (a NUL or another control byte among the 20 bytes before
    // it, which a transport header has in its lengths): perhaps the packet it came in, from a hex
    // dump. Only when no wrapper line named the addresses.
    const qsizetype start = m.startLine.offset;
    if (!haveAddresses && start - from >= 28 && base[start - 1] != '\n'
        && std::any_of(base + start - 20, base + start, [](char c) { return static_cast<unsigned char>(c) < 0x09; }))
        packetHeadersBefore(QByteArrayView(base + from, start - from), &o, book);
    return o;
}

} // namespace

void attachKnownOrigins(const KnownOrigins &known, std::vector<SipMessage> &messages)
{
    // Both in text order: one walk over the two.
    auto part = known.parts.begin();
    const auto end = known.parts.end();
    const auto address = [&known](quint32 i) { return i < known.addresses.size() ? known.addresses[i] : QByteArray(); };
    for (SipMessage &m : messages) {
        const qsizetype at = m.startLine.offset;
        while (part != end && part->end <= at)
            ++part;
        if (part == end)
            break;
        if (part->begin > at)
            continue;
        MessageOrigin o;
        o.timeUs = part->timeUs;
        o.hasDate = part->hasDate;
        o.transport = part->transport;
        o.source = address(part->source);
        o.destination = address(part->destination);
        if (o.isKnown())
            m.origin = std::move(o);
    }
}

void attachLogOrigins(QByteArrayView text, std::vector<SipMessage> &messages)
{
    AddressBook addresses;
    qsizetype previousEnd = 0;
    for (std::size_t i = 0; i < messages.size(); ++i) {
        SipMessage &m = messages[i];
        // The bytes before a start line were scanned long ago and are out of the cache by now: asked
        // for a few messages ahead, they arrive while this one is read (they cost half of a raw
        // stream's origins otherwise, one wait for memory per message).
        if (i + 8 < messages.size())
            __builtin_prefetch(text.data() + std::max<qsizetype>(0, messages[i + 8].startLine.offset - 1));
        // A message that follows the previous one directly (a stream of raw messages) has no
        // wrapper of its own: nothing to read, and nothing inherited from the message before.
        if (m.startLine.offset > previousEnd || &m == &messages.front()) {
            MessageOrigin o = originBefore(text, previousEnd, m, addresses);
            if (o.isKnown())
                m.origin = std::move(o);
        }
        previousEnd = std::max(previousEnd, m.whole.end());
    }
}

} // namespace sipref
