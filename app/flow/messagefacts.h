#pragma once

// What the flow analysis needs to know of each message, read once from its header fields.
// Internal to app/flow.
#include <QByteArray>
#include <vector>

namespace sipref {

struct Inspection;

struct MessageFacts
{
    bool request = false;
    int code = 0;             // status code of a response
    QByteArray method;        // request method from the start line
    QByteArray callId;
    bool hasCSeq = false;
    quint64 cseq = 0;
    QByteArray cseqMethod;
    QByteArray branch;        // top Via branch, "" when none
    bool rfc3261Branch = false; // begins with the magic cookie z9hG4bK
    QByteArray sentBy;        // top Via sent-by as written, host lower-cased
    QByteArray viaTransport;  // "UDP", "TLS", ...
    QByteArray fromTag, toTag;
    QByteArray rseq;          // RSeq value of a reliable provisional response
    bool authorization = false;      // carries Authorization
    bool proxyAuthorization = false; // carries Proxy-Authorization
    QByteArray path;          // direction and addresses from the origin: same path, same direction

    bool isAck() const { return request && method == "ACK"; }
    bool isFinal() const { return !request && code >= 200; }
    bool isProvisional() const { return !request && code >= 100 && code < 200; }
};

std::vector<MessageFacts> readFacts(const Inspection &in);
MessageFacts readFacts(const Inspection &in, std::size_t message);

struct FlowAnalysis;

// Everything the grouping learnt that the checks and the summary need beyond FlowAnalysis.
struct FlowContext
{
    const Inspection &in;
    std::vector<MessageFacts> facts;
    std::vector<int> transactionOf; // per message, -1 when none
    std::vector<int> dialogOf;      // per message carrying both tags, else -1
    std::vector<int> originalOf;    // per retransmission: the message it repeats; else -1
};

void summarizeCalls(const FlowContext &context, FlowAnalysis &flow); // callsummary.cpp
void checkFlow(const FlowContext &context, FlowAnalysis &flow);      // flowchecks.cpp

// "host:port" of a sent-by or URI host part, ready to compare: lower case, IPv6 in brackets,
// brackets around anything else dropped, the default port added when there is none.
QByteArray normalizedHostPort(QByteArrayView hostPort, int defaultPort = 5060);
// The host[:port] of a SIP or SIPS URI (after any userinfo), normalised; "" when not a SIP URI.
QByteArray uriHostPort(QByteArrayView uri);

} // namespace sipref
