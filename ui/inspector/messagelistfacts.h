#pragma once

#include "checks/inspection.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <vector>

namespace sipref {

// What the message list shows of each message besides its own fields, and what its filters ask:
// findings and errors counted, the method named (for a response, its CSeq's), whether the input
// told times and hosts. Worked out by the inspection's worker with the result: on the GUI thread
// this pass over a big log (180 000 messages) held the window 27 ms.
struct MessageListFacts
{
    std::vector<int> findings;
    std::vector<int> errors;
    std::vector<qsizetype> method;  // per message, into methodNames (a log repeats a handful)
    QList<QByteArray> methodNames;  // [0] is "" for a message that names none
    bool hasOrigins = false;        // some message says when and between which hosts it went
    bool severalTransports = false; // and they went over more than one transport

    // What the filter's words are looked for in: each message's start line, Call-ID and hosts,
    // lower-cased UTF-8 and apart by line breaks, all messages one after another (message i from
    // searchStart[i] to searchStart[i + 1]). Made once here, so that a keystroke in the filter is
    // a byte search, not a decoding of every message (0.1 - 0.6 s a keystroke for 180 000).
    QByteArray searchText;
    std::vector<qsizetype> searchStart; // one more than there are messages
    QByteArrayView searchTextOf(std::size_t message) const
    {
        return QByteArrayView(searchText).sliced(searchStart[message], searchStart[message + 1] - searchStart[message]);
    }
};

MessageListFacts messageListFacts(const Inspection &in);

} // namespace sipref
