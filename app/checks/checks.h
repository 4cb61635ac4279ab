#pragma once

#include "checks/diagnostic.h"
#include "sip/encoding.h"
#include "sip/headervalue.h"
#include "sip/message.h"

#include <QByteArrayView>
#include <array>
#include <vector>

namespace sipref {

class Catalog;

// A set of header fields, one bit each: whether a message has all the fields a rule needs is
// then two AND operations.
struct HeaderSet
{
    static_assert(std::size_t(HeaderId::Count) <= 128, "two words hold every header field");
    std::array<quint64, 2> bits{};

    void add(HeaderId id) { bits[std::size_t(id) >> 6] |= quint64(1) << (std::size_t(id) & 63); }
    void add(const HeaderSet &other)
    {
        bits[0] |= other.bits[0];
        bits[1] |= other.bits[1];
    }
    bool containsAll(const HeaderSet &other) const
    {
        return (other.bits[0] & ~bits[0]) == 0 && (other.bits[1] & ~bits[1]) == 0;
    }
    bool contains(HeaderId id) const { return (bits[std::size_t(id) >> 6] >> (std::size_t(id) & 63)) & 1; }
};

// How often each known header field occurs in a message, counted once for all the rules.
struct HeaderCounts
{
    HeaderSet present;
    bool anyRepeated = false; // some known header field occurs more than once

    explicit HeaderCounts(const SipMessage &m)
    {
        // A count is written when its field is first seen and read only for fields present:
        // clearing all of them for every message (half a kilobyte) cost more than the counting.
        // The two words of presence bits in registers: kept in the set, each field's test waited
        // for the store of the field before.
        quint64 low = 0, high = 0;
        const HeaderField *const fields = m.headers.begin();
        const std::size_t n = m.headers.size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t id = std::size_t(fields[k].id);
            const quint64 bit = quint64(1) << (id & 63);
            const bool inHigh = id >= 64;
            if (!((inHigh ? high : low) & bit)) {
                low |= inHigh ? 0 : bit;
                high |= inHigh ? bit : 0;
                count[id] = 1;
                firstAt[id] = quint32(k);
            } else if (++count[id] == 2 && fields[k].id != HeaderId::Unknown) {
                anyRepeated = true;
            }
        }
        present.bits = {low, high};
    }
    // Not copied: the counts of absent fields are never written.
    HeaderCounts(const HeaderCounts &) = delete;
    HeaderCounts &operator=(const HeaderCounts &) = delete;

    int of(HeaderId id) const { return present.contains(id) ? count[std::size_t(id)] : 0; }
    bool has(HeaderId id) const { return present.contains(id); }
    // SipMessage::first() without walking the fields: several rules ask for the same ones.
    const HeaderField *first(const SipMessage &m, HeaderId id) const
    {
        return present.contains(id) ? &m.headers[firstAt[std::size_t(id)]] : nullptr;
    }

private:
    // Valid where `present` has the field.
    std::array<int, std::size_t(HeaderId::Count)> count;
    std::array<quint32, std::size_t(HeaderId::Count)> firstAt;
};

// Everything one check needs: the input, the message and where findings go.
struct CheckContext
{
    QByteArrayView text;
    const SipMessage &message;
    int messageIndex;
    const Catalog &catalog;
    std::vector<Diagnostic> &out;
    const HeaderCounts &headers;
    TextEncoding encoding = TextEncoding::Utf8;

    QByteArrayView view(Span s) const { return text.sliced(s.offset, s.length); }
    const HeaderField *first(HeaderId id) const { return headers.first(message, id); }
    // Text quoted in a finding, in the input's encoding: a Chinese reason phrase read as Latin-1
    // came out as "æå".
    QString string(Span s) const { return decodeBytes(text.data() + s.offset, s.length, encoding); }
    void add(Diagnostic d) const
    {
        d.message = messageIndex;
        out.push_back(std::move(d));
    }
    // The first CSeq value, parsed once for the several rules that read it; null without CSeq.
    const value::CSeq *firstCSeq() const
    {
        if (!cseqParsed) {
            cseqParsed = true;
            if (const HeaderField *h = first(HeaderId::CSeq)) {
                parsed.cseq = value::parseCSeq(view(h->value()));
                parsed.hasCSeq = true;
            }
        }
        return parsed.hasCSeq ? &parsed.cseq : nullptr;
    }

    // What the rules parsed that the flow analysis reads too (inspection.cpp hands it on).
    mutable value::ParsedOnce parsed = {};
    mutable bool cseqParsed = false;
};

// Runs every rule on one message.
void checkMessage(const CheckContext &context);

// The rule groups, one file each.
void checkStartLine(const CheckContext &c);
void checkRequiredHeaders(const CheckContext &c);
void checkHeaderCounts(const CheckContext &c);
void checkHeaderValues(const CheckContext &c);
void checkBody(const CheckContext &c);
void checkReasonAndWarning(const CheckContext &c);

} // namespace sipref
