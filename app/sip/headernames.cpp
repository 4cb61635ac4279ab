#include "sip/headernames.h"

#include <array>
#include <cstring>

namespace sipref {

namespace {

struct NameInfo
{
    HeaderId id;
    const char *name;
    char compact;
};

// Order matches HeaderId so that canonicalHeaderName() is an index.
constexpr NameInfo names[] = {
    {HeaderId::Unknown, "", 0},
    {HeaderId::Accept, "Accept", 0},
    {HeaderId::AcceptContact, "Accept-Contact", 'a'},
    {HeaderId::AcceptEncoding, "Accept-Encoding", 0},
    {HeaderId::AcceptLanguage, "Accept-Language", 0},
    {HeaderId::AcceptResourcePriority, "Accept-Resource-Priority", 0},
    {HeaderId::AlertInfo, "Alert-Info", 0},
    {HeaderId::AlertMsgError, "AlertMsg-Error", 0},
    {HeaderId::Allow, "Allow", 0},
    {HeaderId::AllowEvents, "Allow-Events", 'u'},
    {HeaderId::AuthenticationInfo, "Authentication-Info", 0},
    {HeaderId::Authorization, "Authorization", 0},
    {HeaderId::CallId, "Call-ID", 'i'},
    {HeaderId::CallInfo, "Call-Info", 0},
    {HeaderId::Contact, "Contact", 'm'},
    {HeaderId::ContentDisposition, "Content-Disposition", 0},
    {HeaderId::ContentEncoding, "Content-Encoding", 'e'},
    {HeaderId::ContentLanguage, "Content-Language", 0},
    {HeaderId::ContentLength, "Content-Length", 'l'},
    {HeaderId::ContentType, "Content-Type", 'c'},
    {HeaderId::CSeq, "CSeq", 0},
    {HeaderId::Date, "Date", 0},
    {HeaderId::ErrorInfo, "Error-Info", 0},
    {HeaderId::Event, "Event", 'o'},
    {HeaderId::Expires, "Expires", 0},
    {HeaderId::From, "From", 'f'},
    {HeaderId::Identity, "Identity", 'y'},
    {HeaderId::IdentityInfo, "Identity-Info", 'n'},
    {HeaderId::InReplyTo, "In-Reply-To", 0},
    {HeaderId::InfoPackage, "Info-Package", 0},
    {HeaderId::MaxBreadth, "Max-Breadth", 0},
    {HeaderId::MaxForwards, "Max-Forwards", 0},
    {HeaderId::MimeVersion, "MIME-Version", 0},
    {HeaderId::MinExpires, "Min-Expires", 0},
    {HeaderId::MinSE, "Min-SE", 0},
    {HeaderId::Organization, "Organization", 0},
    {HeaderId::PAssertedIdentity, "P-Asserted-Identity", 0},
    {HeaderId::PPreferredIdentity, "P-Preferred-Identity", 0},
    {HeaderId::PermissionMissing, "Permission-Missing", 0},
    {HeaderId::Priority, "Priority", 0},
    {HeaderId::Privacy, "Privacy", 0},
    {HeaderId::ProxyAuthenticate, "Proxy-Authenticate", 0},
    {HeaderId::ProxyAuthorization, "Proxy-Authorization", 0},
    {HeaderId::ProxyRequire, "Proxy-Require", 0},
    {HeaderId::RAck, "RAck", 0},
    {HeaderId::Reason, "Reason", 0},
    {HeaderId::RecordRoute, "Record-Route", 0},
    {HeaderId::RecvInfo, "Recv-Info", 0},
    {HeaderId::ReferTo, "Refer-To", 'r'},
    {HeaderId::ReferredBy, "Referred-By", 'b'},
    {HeaderId::RejectContact, "Reject-Contact", 'j'},
    {HeaderId::Replaces, "Replaces", 0},
    {HeaderId::ReplyTo, "Reply-To", 0},
    {HeaderId::RequestDisposition, "Request-Disposition", 'd'},
    {HeaderId::Require, "Require", 0},
    {HeaderId::RetryAfter, "Retry-After", 0},
    {HeaderId::Route, "Route", 0},
    {HeaderId::RSeq, "RSeq", 0},
    {HeaderId::SecurityClient, "Security-Client", 0},
    {HeaderId::SecurityServer, "Security-Server", 0},
    {HeaderId::SecurityVerify, "Security-Verify", 0},
    {HeaderId::Server, "Server", 0},
    {HeaderId::SessionExpires, "Session-Expires", 'x'},
    {HeaderId::SipETag, "SIP-ETag", 0},
    {HeaderId::SipIfMatch, "SIP-If-Match", 0},
    {HeaderId::Subject, "Subject", 's'},
    {HeaderId::SubscriptionState, "Subscription-State", 0},
    {HeaderId::Supported, "Supported", 'k'},
    {HeaderId::Timestamp, "Timestamp", 0},
    {HeaderId::To, "To", 't'},
    {HeaderId::Unsupported, "Unsupported", 0},
    {HeaderId::UserAgent, "User-Agent", 0},
    {HeaderId::Via, "Via", 'v'},
    {HeaderId::Warning, "Warning", 0},
    {HeaderId::WwwAuthenticate, "WWW-Authenticate", 0},
};
static_assert(std::size(names) == std::size_t(HeaderId::Count), "one name per HeaderId");

constexpr unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

// Compact forms by letter: a single lookup instead of a string comparison.
constexpr std::array<HeaderId, 26> compactTable()
{
    std::array<HeaderId, 26> t{};
    for (const NameInfo &n : names) {
        if (n.compact)
            t[n.compact - 'a'] = n.id;
    }
    return t;
}
constexpr auto compactIds = compactTable();

// Full names bucketed by (length, first letter): a header name is compared with at most a few
// candidates, without allocating or lower-casing a copy.
struct Buckets
{
    static constexpr int maxLength = 25;
    std::array<std::array<unsigned char, 4>, (maxLength + 1) * 26> entries{};
};

constexpr Buckets makeBuckets()
{
    Buckets b{};
    for (std::size_t i = 1; i < std::size(names); ++i) {
        std::size_t len = 0;
        while (names[i].name[len])
            ++len;
        const std::size_t key = len * 26 + (lower(names[i].name[0]) - 'a');
        for (auto &slot : b.entries[key]) {
            if (slot == 0) {
                slot = static_cast<unsigned char>(i);
                break;
            }
        }
    }
    return b;
}
constexpr Buckets buckets = makeBuckets();

// Each known name lower-cased, with a mask that has 0x20 where the name has a letter: a byte c
// of the input matches letter l exactly when (c | 0x20) == l, and any other byte only itself.
// Compared eight bytes at a time; padded so that the loads never leave the arrays.
struct Folded
{
    static constexpr std::size_t width = Buckets::maxLength + 8;
    std::array<std::array<char, width>, std::size(names)> lower{};
    std::array<std::array<char, width>, std::size(names)> letters{};
};

constexpr Folded makeFolded()
{
    Folded f{};
    for (std::size_t i = 0; i < std::size(names); ++i) {
        for (std::size_t k = 0; names[i].name[k]; ++k) {
            const unsigned char c = static_cast<unsigned char>(names[i].name[k]);
            const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            f.lower[i][k] = char(lower(c));
            f.letters[i][k] = letter ? 0x20 : 0;
        }
    }
    return f;
}
constexpr Folded folded = makeFolded();

template<typename Word>
Word load(const char *p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

template<typename Word>
bool sameFolded(const char *input, const char *lowered, const char *letters, std::size_t at)
{
    return (load<Word>(input + at) | load<Word>(letters + at)) == load<Word>(lowered + at);
}

// Case-insensitive equality of a and the known name in slot (same length): windows of eight
// (or four) bytes, the last one overlapping the one before, so nothing past a is read.
inline bool equalsName(QByteArrayView a, std::size_t slot)
{
    const char *p = a.data();
    const char *lo = folded.lower[slot].data();
    const char *le = folded.letters[slot].data();
    const std::size_t n = std::size_t(a.size());
    if (n >= 8) {
        for (std::size_t at = 0; at + 8 < n; at += 8) {
            if (!sameFolded<quint64>(p, lo, le, at))
                return false;
        }
        return sameFolded<quint64>(p, lo, le, n - 8);
    }
    if (n >= 4)
        return sameFolded<quint32>(p, lo, le, 0) && sameFolded<quint32>(p, lo, le, n - 4);
    for (std::size_t k = 0; k < n; ++k) {
        if ((p[k] | le[k]) != lo[k])
            return false;
    }
    return true;
}

} // namespace

HeaderId headerIdFromName(QByteArrayView name)
{
    if (name.isEmpty())
        return HeaderId::Unknown;
    const unsigned char first = lower(static_cast<unsigned char>(name[0]));
    if (first < 'a' || first > 'z')
        return HeaderId::Unknown;
    if (name.size() == 1)
        return compactIds[first - 'a'];
    if (name.size() > Buckets::maxLength)
        return HeaderId::Unknown;
    for (unsigned char slot : buckets.entries[name.size() * 26 + (first - 'a')]) {
        if (slot == 0)
            break;
        if (equalsName(name, slot))
            return names[slot].id;
    }
    return HeaderId::Unknown;
}

const char *canonicalHeaderName(HeaderId id)
{
    return names[std::size_t(id)].name;
}

char compactForm(HeaderId id)
{
    return names[std::size_t(id)].compact;
}

} // namespace sipref
