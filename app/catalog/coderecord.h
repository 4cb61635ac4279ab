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
