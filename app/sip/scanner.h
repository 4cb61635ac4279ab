#pragma once

#include "sip/message.h"

#include <QByteArrayView>
#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace sipref {

// Finds SIP messages in arbitrary text — a clean message, a stream of them, or a log with
// timestamps, wrappers and junk — and splits each into start line, header fields and body.
// One pass over the bytes; everything found is a span into the input.
class Scanner
{
public:
    // Spans are 32-bit (see span.h): an input is read up to this many bytes, the rest is ignored.
    static constexpr qsizetype maxInput = Span::maxInput;

    // progress receives the number of bytes done; cancel is polled every few thousand lines.
    using Progress = std::function<void(qsizetype done)>;

    static std::vector<SipMessage> scan(QByteArrayView text, const std::atomic_bool *cancel = nullptr,
                                        const Progress &progress = {});
};

// Exposed for the checks and tests: the lexical helpers the scanner uses.
namespace lex {
namespace detail {
// RFC 3261 §25.1 token: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".
// A table, because the scanner asks this of every byte of every header name.
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                            || c == '.' || c == '!' || c == '%' || c == '*' || c == '_' || c == '+' || c == '`'
                            || c == '\'' || c == '~';
    return t;
}
inline constexpr std::array<bool, 256> tokenTable = makeTokenTable();
} // namespace detail

inline bool isTokenChar(unsigned char c)
{
    return detail::tokenTable[c];
}
inline bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t';
}
inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
inline bool isLetter(unsigned char c) // ASCII only, whatever the C locale says of other bytes
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline int hexValue(unsigned char c) // 0 to 15, or -1 for a byte that is no hex digit
{
    if (isDigit(c))
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
} // namespace lex

} // namespace sipref
