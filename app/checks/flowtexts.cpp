// The sentences of the findings that need more than one message (ids "flow-…", app/flow).
// English is the source; the translations are in translations/sipref_zh_CN.ts.
#include "checks/sentences.h"

#include <iterator>

namespace sipref {

namespace {

const Sentence sentences[] = {
    {"flow-response-without-request", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The %2 request this %1 response answers is not in the input; normal when the log is an "
                        "excerpt.",
                        "flow-response-without-request; %1 = status code, %2 = CSeq method")},
    {"flow-no-final-response", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "No final response to this %1 is in the input; the log may end before it.",
                        "flow-no-final-response; %1 = method")},
    {"flow-no-final-response", "timeout",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This %1 got no final response, and the input goes on for %2 s after it: longer than the "
                        "32 s (64*T1) a client transaction waits before it times out. The next hop did not "
                        "receive it or did not answer.",
                        "flow-no-final-response timeout; %1 = method, %2 = seconds")},
    {"flow-cseq-not-increasing", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This %1 has CSeq %2, but the same side already sent CSeq %3 in this dialog; each new "
                        "request in a dialog must carry a higher CSeq number, and the peer rejects a lower one with "
                        "500 (Server Internal Error).",
                        "flow-cseq-not-increasing; %1 = method, %2 = CSeq number, %3 = previous CSeq number")},
    {"flow-challenge-not-answered", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This %1 challenge is not followed by a request with %2 in the input: the client had no "
                        "credentials for it, gave up, or the log ends before the retry.",
                        "flow-challenge-not-answered; %1 = 401 or 407, %2 = Authorization or Proxy-Authorization")},
    {"flow-challenge-not-answered", "retried-without",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "After this %1 challenge the client sent %3 again without %2; it should retry with "
                        "credentials for the realm in the challenge, or the request is rejected again.",
                        "flow-challenge-not-answered retried-without; %1 = 401 or 407, %2 = Authorization or "
                        "Proxy-Authorization, %3 = method")},
    {"flow-ack-missing", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "No ACK for this %1 final response to INVITE is in the input; the log may end before it.",
                        "flow-ack-missing; %1 = status code")},
    {"flow-ack-missing", "continues",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "No ACK for this %1 final response to INVITE, though the input goes on after it. Every "
                        "final response to INVITE must be acknowledged; without the ACK the server retransmits "
                        "the response and, after 32 s, gives up (a 2xx then usually ends the call with BYE).",
                        "flow-ack-missing continues; %1 = status code")},
    {"flow-retransmission", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "This message was sent again %1 more time(s) in the input: the sender did not receive the "
                        "answer in time (packet loss, a slow peer, or a wrong address for the response).",
                        "flow-retransmission; %1 = number of retransmissions")},
    {"flow-bye-before-answer", "callee-early",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The called party sends BYE on an early dialog, before any 2xx to the INVITE; the callee "
                        "must not send BYE on an early dialog. To refuse the call it answers the INVITE with a "
                        "final error response such as 486 or 603.",
                        "flow-bye-before-answer callee-early")},
    {"flow-bye-before-answer", "caller-early",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The caller sends BYE on an early dialog, before any 2xx to the INVITE. That is allowed, "
                        "but it ends only this dialog: the INVITE stays pending at other branches. CANCEL is what "
                        "ends the whole call attempt.",
                        "flow-bye-before-answer caller-early")},
};

} // namespace

SentenceTable flowSentences()
{
    return {std::begin(sentences), std::end(sentences)};
}

} // namespace sipref
