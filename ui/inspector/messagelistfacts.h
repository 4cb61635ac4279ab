#pragma once

#include "checks/inspection.h"

#include <QByteArray>
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
};

MessageListFacts messageListFacts(const Inspection &in);

} // namespace sipref
