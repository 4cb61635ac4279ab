#pragma once

// The static shape of one catalog entry, as written in app/catalog/data/*.cpp.
// Texts are English source strings marked with QT_TRANSLATE_NOOP3 so that Qt Linguist
// tracks them; the comment of each (e.g. "486 summary") makes every text a unique
// translation unit even when two codes share an English sentence.

namespace sipref {

// Layout-compatible with what QT_TRANSLATE_NOOP3 expands to: { source, comment }.
struct TrText
{
    const char *source;
    const char *comment;
};

enum class Profile { Ietf, Gb28181, Unregistered };

struct CodeRecord
{
    int code;
    Profile profile;
    const char *reason;     // protocol text, never translated ("Busy Here")
    const char *references; // "RFC 3261 §21.4.24|RFC 3262 §3": '|' separated
    const char *headers;    // "Retry-After:may|Warning:may": name:must|should|may, '|' separated
    const char *related;    // "600 603 480": space separated codes
    const char *aliases;    // protocol-side search aliases (old phrases), '|' separated; "" if none
    TrText name;            // short translated name ("Busy here")
    TrText summary;         // one line
    TrText explanation;     // what it means, who sends it, what the receiver does, final or not, retry
    TrText userAdvice;      // what to tell the customer
    TrText engineerAdvice;  // what to check
    TrText keywords;        // extra search words, space separated; the zh_CN translation lists synonyms
    TrText platformNotes;   // GB/T 28181 video-platform notes; {"", ""} when none
};

struct CodeRecordTable
{
    const CodeRecord *records;
    int count;
};

} // namespace sipref

namespace sipref {

// An ITU-T Q.850 / ISUP cause value, as written in app/catalog/data/q850_*.cpp.
struct Q850Record
{
    int cause;
    const char *ituName;    // the name as the ITU-T text gives it ("User busy"), never translated
    int sipCode;            // the SIP response RFC 3398 §7.2.4.1 maps it to; 0 when the RFC gives none
    const char *references; // '|' separated: "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1"
    const char *related;    // related cause values, space separated
    TrText name;            // short translated name
    TrText summary;
    TrText explanation;     // meaning and usual causes
    TrText userAdvice;
    TrText engineerAdvice;
    TrText keywords;
    TrText gatewayNotes;    // where common gateways map it differently; {"", ""} when none
};

// A SIP Warning header code (RFC 3261 §20.43 and the IANA warn-codes registry).
struct WarningRecord
{
    int code;
    const char *warnText;   // the registered text ("Incompatible media format"), never translated
    const char *references;
    const char *related;    // related warning codes or SIP codes, space separated, e.g. "305 488 606"
    TrText name;
    TrText summary;
    TrText explanation;
    TrText userAdvice;
    TrText engineerAdvice;
    TrText keywords;
};

struct Q850RecordTable
{
    const Q850Record *records;
    int count;
};

struct WarningRecordTable
{
    const WarningRecord *records;
    int count;
};

} // namespace sipref
