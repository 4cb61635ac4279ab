#pragma once

#include "checks/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sipref {

struct Inspection;

// How a call (all messages of one Call-ID) ended, judged from the first INVITE's final response
// and what followed it.
enum class CallState {
    InProgress, // no final response yet (still ringing, or the log ends)
    Answered,   // 2xx to the INVITE (and maybe a BYE later)
    Busy,       // 486 / 600
    Cancelled,  // CANCEL and 487
    Redirected, // 3xx
    Failed,     // any other 4xx/5xx/6xx; finalCode says which
    NonInvite,  // no INVITE: REGISTER, OPTIONS, SUBSCRIBE/NOTIFY, MESSAGE...; finalCode = last final
};

struct Transaction
{
    QByteArray branch;   // top Via branch ("" when the message has none: RFC 2543 peers)
    QByteArray method;   // CSeq method
    qint64 cseq = -1;
    int request = -1;        // first request message of the transaction, -1 if not in the input
    int finalResponse = -1;  // first final response, -1 if none
    std::vector<int> messages; // every message index, request, retransmissions and responses
};

struct Dialog
{
    QByteArray callId;
    QByteArray fromTag, toTag; // as in the dialog-forming request's direction
    std::vector<int> messages;
};

struct Call
{
    QByteArray callId;
    std::vector<int> messages; // indices into Inspection::messages, in input order
    QByteArray method;         // method of the first request ("INVITE", "REGISTER", ...)
    QString caller, callee;    // From and To of the first message (URI, display name if any)
    CallState state = CallState::InProgress;
    int finalCode = 0;          // the final response code that decided the state, 0 if none
    qint64 firstUs = -1, lastUs = -1; // MessageOrigin::timeUs of the first and last message
    qint64 setupUs = -1;        // INVITE to its 200, when both have a time
    qint64 durationUs = -1;     // 200 to BYE, when both have a time
    std::vector<int> transactions; // indices into FlowAnalysis::transactions
    std::vector<int> dialogs;      // indices into FlowAnalysis::dialogs
};

// Messages grouped into calls, transactions and dialogs, plus the findings that need more than
// one message (ids "flow-…", Diagnostic::message = the message concerned).
// Its Call-IDs, branches and tags refer to the bytes of the Inspection it was made from: it is
// kept with that Inspection (Inspection::flow), never without it.
struct FlowAnalysis
{
    std::vector<Call> calls; // in order of their first message
    std::vector<Transaction> transactions;
    std::vector<Dialog> dialogs;
    std::vector<bool> retransmission; // per message: the same request or response seen before
    std::vector<int> callOf;          // per message: index into calls, -1 without Call-ID
    std::vector<Diagnostic> diagnostics;
};

FlowAnalysis analyzeFlow(const Inspection &inspection);

// ---- Ladder -------------------------------------------------------------------------------------

struct LadderColumn
{
    QByteArray address; // "10.0.0.1:5060", a Via sent-by, or "" for the logging host itself
    bool localHost = false; // the host that wrote the log (direction known, address not)
};

struct LadderArrow
{
    int message = -1;
    int from = 0, to = 0;  // column indices
    QString label;         // "INVITE", "180 Ringing", "200 OK (INVITE)" as the message says
    int code = 0;          // status code, 0 for a request
    bool retransmission = false;
    bool hasBody = false;  // SDP or other body: drawn with a marker
    qint64 timeUs = -1;
};

struct Ladder
{
    std::vector<LadderColumn> columns;
    std::vector<LadderArrow> arrows; // in input order
};

// The ladder of the given messages (one call, or any selection). Columns come from the message
// origins (capture or log addresses); without them from Via sent-by and the Request-URI.
Ladder buildLadder(const Inspection &inspection, const FlowAnalysis &flow, const std::vector<int> &messages);

} // namespace sipref
