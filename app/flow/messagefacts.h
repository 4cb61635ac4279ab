#pragma once

// What the flow analysis needs to know of each message, read once from its header fields.
// Internal to app/flow, and to the inspection (checks/inspection.cpp), which reads the facts
// beside the checks so that what both read is parsed once.
//
// The analysis runs at the end of every inspection, over every message of a log, so it copies
// nothing per message: the facts are views into Inspection::text, and transactions, dialogs and
// calls are matched through HashIndex by hashes of those views, confirmed field by field. Only
// what FlowAnalysis hands out (a transaction's branch, a dialog's tags, a call's Call-ID and
// parties) is copied, once per transaction, dialog or call.
#include "flow/flow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

namespace sipref {

struct Inspection;
struct MessageOrigin;
namespace value {
struct ParsedOnce;
}

// The methods the analysis asks about, recognised once (case-sensitively, as RFC 3261 §7.1 says).
enum class Method : quint8 { None, Other, Invite, Ack, Bye, Cancel, Subscribe, Notify, Refer };

Method methodOf(QByteArrayView name);
// The method as a QByteArray for FlowAnalysis: the common ones share one static copy.
QByteArray methodBytes(QByteArrayView name);

struct MessageFacts
{
    QByteArrayView method;     // request method from the start line
    QByteArrayView callId;
    QByteArrayView cseqMethod;
    QByteArrayView branch;     // top Via branch, empty when none
    QByteArrayView sentBy;     // top Via sent-by as written: compare with sameSentBy()
    QByteArrayView viaTransport; // "UDP", "tls", ... as written
    QByteArrayView fromTag, toTag;
    QByteArrayView rseq;       // RSeq value of a reliable provisional response
    quint64 cseq = 0;
    quint64 callIdHash = 0;    // hashBytes(callId)
    int code = 0;              // status code of a response
    Method kind = Method::None;     // of `method`
    Method cseqKind = Method::None; // of `cseqMethod`
    bool request = false;
    bool hasCSeq = false;
    bool rfc3261Branch = false; // begins with the magic cookie z9hG4bK
    bool authorization = false;      // carries Authorization
    bool proxyAuthorization = false; // carries Proxy-Authorization
    // A folded header field in a log that prefixes every line carries the prefix inside its
    // value; such values are unfolded into here (rare: allocated only then), and the views above
    // point into it.
    std::shared_ptr<std::array<QByteArray, 4>> unfolded;

    bool isAck() const { return request && kind == Method::Ack; }
    bool isFinal() const { return !request && code >= 200; }
    bool isProvisional() const { return !request && code >= 100 && code < 200; }
};

// The facts that the passes after the grouping read of every message, in 16 bytes: they
// stream through these rather than through MessageFacts (176 bytes) or the SipMessages.
struct MessageBrief
{
    quint64 cseq = 0;
    int code = 0;
    Method kind = Method::None;
    Method cseqKind = Method::None;
    bool request = false;
    bool hasToTag = false;

    explicit MessageBrief(const MessageFacts &f = {})
        : cseq(f.cseq), code(f.code), kind(f.kind), cseqKind(f.cseqKind), request(f.request),
          hasToTag(!f.toTag.isEmpty())
    {
    }

    bool isAck() const { return request && kind == Method::Ack; }
    bool isFinal() const { return !request && code >= 200; }
    bool isProvisional() const { return !request && code >= 100 && code < 200; }
};

// parsed: what the checks parsed of the same message, used instead of parsing again when given.
MessageFacts readFacts(const Inspection &in, std::size_t message, const value::ParsedOnce *parsed = nullptr);
// analyzeFlow() with the facts of every message read already, in order.
FlowAnalysis analyzeFlow(const Inspection &inspection, std::vector<MessageFacts> facts);

// Hashes for HashIndex. Not qHash(): Qt 6.4's byte hash took several times as long on the short
// strings hashed here (Call-IDs, tags, branches; measured with callgrind), and a HashIndex
// confirms every match by comparison anyway, so only the spread matters.
inline quint64 hashCombine(quint64 seed, quint64 value)
{
    quint64 h = (seed ^ value) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

namespace detail {

inline quint64 load8(const char *p)
{
    quint64 w;
    std::memcpy(&w, p, 8);
    return w;
}

// The last 1 to 7 bytes as one word, by two overlapping loads (or three single bytes): no
// variable-length copy. The length goes into the hash separately.
inline quint64 loadTail(const char *p, qsizetype n)
{
    if (n >= 4) {
        quint32 a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return (quint64(a) << 32) | b;
    }
    return (quint64(uchar(p[0])) << 16) | (quint64(uchar(p[n / 2])) << 8) | uchar(p[n - 1]);
}

} // namespace detail

// Eight bytes at a time.
inline quint64 hashBytes(QByteArrayView bytes, quint64 seed = 0)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = hashCombine(seed, quint64(n));
    for (; n >= 8; p += 8, n -= 8)
        h = hashCombine(h, detail::load8(p));
    if (n > 0)
        h = hashCombine(h, detail::loadTail(p, n));
    return h;
}

// Byte equality, inline: QByteArrayView's operator== is a call into Qt, and these run for every
// message.
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

// Sent-by hosts compare without regard to ASCII case (RFC 3261 §19.1.4 for host names).
bool sameSentBy(QByteArrayView a, QByteArrayView b);
quint64 sentByHash(QByteArrayView sentBy, quint64 seed = 0);
// Messages seen on the same path in the same direction (the origin's direction and addresses).
bool samePath(const MessageOrigin &a, const MessageOrigin &b);

// An open-addressing table from a hash to an index (of a message, a transaction, ...). It keeps
// no keys: each candidate with the same hash is confirmed by the caller's comparison, so no key
// is ever built or copied. Several entries may share a hash (a multi-map). A slot is 8 bytes (32
// bits of the mixed hash and the index): the tables of a large log stay small enough for the
// cache, which is what a lookup per message costs.
class HashIndex
{
public:
    explicit HashIndex(std::size_t expected = 0) { reset(expected); }

    // Empties the table, sized for `expected` entries.
    void reset(std::size_t expected)
    {
        int bits = 4;
        while ((std::size_t(1) << bits) < expected * 2)
            ++bits;
        m_bits = bits;
        m_slots.assign(std::size_t(1) << bits, Slot{});
        m_used = 0;
    }

    // The first entry with this hash that `equal(index)` accepts, or -1.
    template<typename Equal>
    int find(quint64 hash, Equal equal) const
    {
        const quint32 mixed = mix(hash);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t s = slotOf(mixed);; s = (s + 1) & mask) {
            const Slot &slot = m_slots[s];
            if (slot.value < 0)
                return -1;
            if (slot.mixed == mixed && equal(int(slot.value)))
                return int(slot.value);
        }
    }

    void insert(quint64 hash, int value)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        place(mix(hash), value);
        ++m_used;
    }

private:
    struct Slot
    {
        quint32 mixed = 0;
        qint32 value = -1;
    };
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
    int m_bits = 4;

    // Fibonacci hashing: the top bits of the product, so weak low bits of a hash do no harm. The
    // slot is taken from the top bits of `mixed`, so the table can grow without the full hash.
    static quint32 mix(quint64 hash) { return quint32((hash * 0x9E3779B97F4A7C15ULL) >> 32); }
    std::size_t slotOf(quint32 mixed) const { return std::size_t(mixed >> (32 - m_bits)); }

    void place(quint32 mixed, int value)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t s = slotOf(mixed);
        while (m_slots[s].value >= 0)
            s = (s + 1) & mask;
        m_slots[s] = {mixed, qint32(value)};
    }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, Slot{});
        ++m_bits;
        for (const Slot &slot : old) {
            if (slot.value >= 0)
                place(slot.mixed, slot.value);
        }
    }
};

struct FlowAnalysis;

// Everything the grouping learnt that the checks and the summary need beyond FlowAnalysis.
struct FlowContext
{
    // read: the facts of every message when read already, else empty (the grouping reads them).
    FlowContext(const Inspection &inspection, std::vector<MessageFacts> read);

    const Inspection &in;
    std::vector<MessageFacts> facts;
    std::vector<MessageBrief> brief;
    qint64 lastTime[2] = {-1, -1};  // the last time the input shows, without and with a date
    std::vector<int> transactionOf; // per message, -1 when none
    std::vector<int> dialogOf;      // per message carrying both tags, else -1
    std::vector<int> originalOf;    // per retransmission: the message it repeats; else -1

    // Keys numbered while each message's bytes were at hand (0, 1, 2, ... in order of first
    // appearance; -1 when the message has no such key), so that later passes compare numbers
    // instead of reading the text again.
    std::vector<int> dialogKeyOf;  // Call-ID and both tags, in either order
    std::vector<int> senderKeyOf;  // Call-ID and From tag, of requests that count for CSeq order
    std::vector<int> senderDialogKeyOf; // Call-ID, From tag and To tag, of those with a To tag
    int dialogKeys = 0, senderKeys = 0, senderDialogKeys = 0; // how many of each
};

void summarizeCalls(const FlowContext &context, FlowAnalysis &flow); // callsummary.cpp
void checkFlow(const FlowContext &context, FlowAnalysis &flow);      // flowchecks.cpp

// "host:port" of a sent-by or URI host part, ready to compare: lower case, IPv6 in brackets,
// brackets around anything else dropped, the default port added when there is none.
QByteArray normalizedHostPort(QByteArrayView hostPort, int defaultPort = 5060);
// The host[:port] of a SIP or SIPS URI (after any userinfo), normalised; "" when not a SIP URI.
QByteArray uriHostPort(QByteArrayView uri);

} // namespace sipref
