#pragma once

#include <QByteArrayView>
#include <vector>

namespace sipref::value {

// Small readers for the values of the core header fields. They take views into the input and
// return views into it: nothing is copied.

QByteArrayView trimmed(QByteArrayView v);

enum class NumberStatus { Ok, NotANumber, TooLarge };
// A plain decimal number (no sign, no spaces); TooLarge past 19 digits.
NumberStatus parseNumber(QByteArrayView v, quint64 *out);

struct CSeq
{
    bool wellFormed = false; // "number LWS method"
    NumberStatus numberStatus = NumberStatus::NotANumber;
    quint64 number = 0;
    QByteArrayView method;
};
CSeq parseCSeq(QByteArrayView v);

// Splits a comma-separated header value where the grammar allows it: commas inside quotes or
// angle brackets do not separate. Parts are trimmed; empty parts are left out.
std::vector<QByteArrayView> splitList(QByteArrayView v);

// The same parts one at a time, without building a vector (the checks read every list value of
// every message):  ListReader items(v); for (QByteArrayView one; items.next(&one);) ...
class ListReader
{
public:
    explicit ListReader(QByteArrayView v) : m_v(v) { }
    bool next(QByteArrayView *item);

private:
    QByteArrayView m_v;
    qsizetype m_pos = 0;
};
// The first part of a list value (empty when there is none), and how many parts it has.
QByteArrayView firstListItem(QByteArrayView v);
int countListItems(QByteArrayView v);

// The value of a header parameter (";tag=abc" → "abc") of a name-addr / addr-spec value, or of
// a Via value; null when absent, empty (not null) when present without a value.
QByteArrayView headerParam(QByteArrayView v, QByteArrayView name);

struct Via
{
    QByteArrayView protocol;  // "SIP/2.0/UDP"
    QByteArrayView transport; // "UDP"
    QByteArrayView branch;    // null when there is no branch parameter
};
Via parseVia(QByteArrayView oneValue);

// The values of one message that both the checks and the flow analysis read — the first CSeq,
// the first value of the first Via, the tags of the first From and To — as the checks parsed
// them, so that the flow analysis takes them from here instead of parsing them again. Each is
// set only once it has been parsed.
struct ParsedOnce
{
    bool hasCSeq = false, hasVia = false, hasFromTag = false, hasToTag = false;
    CSeq cseq;
    Via via;
    QByteArrayView viaItem; // the value parseVia() read
    QByteArrayView fromTag, toTag;
};

// Empty stays the last value: tests count the answers in an array sized by it.
enum class AddressProblem { None, UnterminatedQuote, UnclosedAngle, NameAddrRequired, SpacesInUri, DisplayNameNeedsQuotes, Empty };
// Checks a From / To / Contact / Route value against the name-addr / addr-spec grammar.
AddressProblem checkAddress(QByteArrayView oneValue);
// checkAddress() and headerParam(value, "tag") at once, for the From and To of every message:
// both answers from one look at the value's bytes.
struct AddressAndTag
{
    AddressProblem problem = AddressProblem::Empty;
    QByteArrayView tag;
};
AddressAndTag checkAddressAndTag(QByteArrayView oneValue);
namespace detail {
// The same, walking a trimmed, non-empty value byte by byte: what checkAddress() does with any
// value its bit masks do not decide (tests compare the two).
AddressProblem checkAddressByteByByte(QByteArrayView trimmedValue);
// headerParam() reading every parameter the general way, key and value trimmed one by one:
// what headerParam() does with parameters not written the usual way (tests compare the two).
QByteArrayView headerParamEachTrimmed(QByteArrayView v, QByteArrayView name);
}

// RFC 1123 date in GMT as required by RFC 3261 §20.17.
bool isValidSipDate(QByteArrayView v);
// "2026-11-21T15:06:41" with optional ".123": the local time GB/T 28181 platforms put in Date for
// time synchronisation of devices.
bool isIsoLocalTime(QByteArrayView v);

} // namespace sipref::value
