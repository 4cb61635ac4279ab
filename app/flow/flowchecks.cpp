// The findings that need more than one message. A log is usually an excerpt: what is merely
// missing from the input is a note; a warning or an error needs evidence in the input itself.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"


namespace sipref {

namespace {

// 64*T1 (RFC 3261 §17.1.1.2 Timer B, §17.1.2.2 Timer F, §17.2.1 Timer H): a transaction that
// has seen nothing for this long has timed out.
constexpr qint64 transactionTimeoutUs = 32 * 1000000LL;

class FlowChecks
{
public:
    FlowChecks(const FlowContext &context, FlowAnalysis &flow)
        : in(context.in), facts(context.brief), full(context.facts), context(context), flow(flow)
    {
    }

    void run()
    {
        responsesWithoutRequest();
        unansweredRequests();
        cseqOrder();
        challenges();
        missingAcks();
        retransmissions();
        byeBeforeAnswer();
    }

private:
    const Inspection &in;
    const std::vector<MessageBrief> &facts; // what every pass reads
    const std::vector<MessageFacts> &full;  // for the strings, of the few messages concerned
    const FlowContext &context;
    FlowAnalysis &flow;

    void add(const char *id, const char *detail, Severity severity, int message, const char *rfc,
             QStringList args = {}, const char *header = "")
    {
        Diagnostic d;
        d.id = id;
        d.detail = detail;
        d.severity = severity;
        d.span = in.messages[message].startLine;
        d.header = header;
        d.rfc = rfc;
        d.args = std::move(args);
        d.message = message;
        flow.diagnostics.push_back(std::move(d));
    }

    static QString latin1(QByteArrayView b) { return QString::fromLatin1(b); }

    // How long the input goes on after a message, -1 when the times do not say.
    qint64 inputAfter(int message) const
    {
        const MessageOrigin &o = *in.messages[message].origin;
        if (!o.hasTime())
            return -1;
        return context.lastTime[o.hasDate] - o.timeUs;
    }

    bool laterInCall(int message) const
    {
        const int c = flow.callOf[message];
        return c >= 0 && flow.calls[c].messages.back() > message;
    }

    // A response whose request the input does not have: normal at the start of an excerpt.
    void responsesWithoutRequest()
    {
        for (const Transaction &tx : flow.transactions) {
            if (tx.request >= 0 || facts[tx.messages.front()].request)
                continue;
            const int first = tx.messages.front();
            add("flow-response-without-request", "", Severity::Info, first, "RFC 3261 §17.1.3",
                {QString::number(facts[first].code), latin1(full[first].cseqMethod)});
        }
    }

    // A request with no final response. A timeout is only claimed when the input goes on for
    // longer than the transaction may last: 32 s for a non-INVITE (Timer F) or for an INVITE
    // without any provisional response (Timer B); after a 1xx an INVITE may wait for minutes.
    void unansweredRequests()
    {
        for (const Transaction &tx : flow.transactions) {
            if (tx.request < 0 || tx.finalResponse >= 0 || tx.method == "ACK")
                continue;
            const bool invite = tx.method == "INVITE";
            bool provisional = false;
            for (int i : tx.messages)
                provisional = provisional || facts[i].isProvisional();
            const char *rfc = invite ? "RFC 3261 §17.1.1.2" : "RFC 3261 §17.1.2.2";
            const qint64 after = inputAfter(tx.request);
            if (!(invite && provisional) && after > transactionTimeoutUs) {
                add("flow-no-final-response", "timeout", Severity::Warning, tx.request, rfc,
                    {latin1(tx.method), QString::number(after / 1000000)});
            } else {
                add("flow-no-final-response", "", Severity::Info, tx.request, rfc, {latin1(tx.method)});
            }
        }
    }

    // RFC 3261 §12.2.1.1: each new request in a dialog carries a CSeq one higher than the last
    // from the same side, starting from the request that formed the dialog. ACK and CANCEL reuse
    // the CSeq of the request they belong to. The same request seen again (a retransmission,
    // or the copy a proxy forwards) has the same CSeq and method: not a new request.
    void cseqOrder()
    {
        // The last CSeq from each sender outside a dialog (which also stands for the start of
        // its dialogs) and in each dialog; an empty method while there is none.
        struct Last
        {
            quint64 cseq = 0;
            int message = -1;
        };
        std::vector<Last> lastOfSender(std::size_t(context.senderKeys)),
            lastInDialog(std::size_t(context.senderDialogKeys));
        auto update = [&](Last &l, const MessageBrief &f, int i) {
            if (l.message < 0 || facts[std::size_t(l.message)].kind == Method::None || f.cseq >= l.cseq)
                l = {f.cseq, i};
        };
        for (std::size_t i = 0; i < facts.size(); ++i) {
            const int sender = context.senderKeyOf[i];
            if (sender < 0)
                continue; // not a request that counts (see numberKeys)
            const MessageBrief &f = facts[i];
            const int inDialog = context.senderDialogKeyOf[i];
            if (inDialog < 0) {
                update(lastOfSender[std::size_t(sender)], f, int(i));
                continue;
            }
            Last &dialogLast = lastInDialog[std::size_t(inDialog)];
            const Last &l = dialogLast.message >= 0 ? dialogLast : lastOfSender[std::size_t(sender)];
            if (l.message >= 0
                && (f.cseq < l.cseq || (f.cseq == l.cseq && !sameMethod(i, std::size_t(l.message))))) {
                add("flow-cseq-not-increasing", "", Severity::Error, int(i), "RFC 3261 §12.2.1.1",
                    {latin1(full[i].method), QString::number(f.cseq), QString::number(l.cseq)}, "CSeq");
            }
            update(dialogLast, f, int(i));
        }
    }

    // Whether two requests have the same method: by kind, by name when it is another one.
    bool sameMethod(std::size_t a, std::size_t b) const
    {
        if (facts[a].kind != facts[b].kind)
            return false;
        return facts[a].kind != Method::Other || sameBytes(full[a].method, full[b].method);
    }

    // A 401/407 answered by a request with credentials later in the call (§8.1.3.5, §22.2,
    // §22.3). A UAC without credentials simply gives up: a note. Sending the same request again
    // without any is the loop that fills registrar logs: a warning.
    void challenges()
    {
        HashIndex nextRequest;
        for (const Call &call : flow.calls) {
            bool challenged = false;
            for (int i : call.messages) {
                const MessageBrief &f = facts[std::size_t(i)];
                challenged = challenged || (!f.request && (f.code == 401 || f.code == 407) && !flow.retransmission[i]);
            }
            if (!challenged)
                continue;
            // Walking the call backwards: whether credentials follow, and the requests of each
            // method from each sender that follow.
            bool authorizationLater = false, proxyAuthorizationLater = false;
            nextRequest.reset(call.messages.size());
            auto sameRequest = [&](QByteArrayView method, QByteArrayView fromTag) {
                return [&, method, fromTag](int k) {
                    return sameBytes(full[std::size_t(k)].method, method) && sameBytes(full[std::size_t(k)].fromTag, fromTag);
                };
            };
            for (auto it = call.messages.rbegin(); it != call.messages.rend(); ++it) {
                const int i = *it;
                const MessageFacts &f = full[std::size_t(i)];
                if (f.request) {
                    if (f.kind == Method::Ack || f.kind == Method::Cancel)
                        continue;
                    authorizationLater = authorizationLater || f.authorization;
                    proxyAuthorizationLater = proxyAuthorizationLater || f.proxyAuthorization;
                    const quint64 hash = hashBytes(f.fromTag, hashBytes(f.method));
                    if (nextRequest.find(hash, sameRequest(f.method, f.fromTag)) < 0)
                        nextRequest.insert(hash, i);
                    continue;
                }
                if ((f.code != 401 && f.code != 407) || flow.retransmission[i])
                    continue;
                const bool proxy = f.code == 407;
                if (proxy ? proxyAuthorizationLater : authorizationLater)
                    continue;
                const QString header = proxy ? QStringLiteral("Proxy-Authorization") : QStringLiteral("Authorization");
                const quint64 hash = hashBytes(f.fromTag, hashBytes(f.cseqMethod));
                if (nextRequest.find(hash, sameRequest(f.cseqMethod, f.fromTag)) >= 0) {
                    add("flow-challenge-not-answered", "retried-without", Severity::Warning, i, "RFC 3261 §8.1.3.5",
                        {QString::number(f.code), header, latin1(f.cseqMethod)});
                } else {
                    add("flow-challenge-not-answered", "", Severity::Info, i, "RFC 3261 §22.2",
                        {QString::number(f.code), header});
                }
            }
        }
    }

    // Every final response to an INVITE is acknowledged: a non-2xx by the client transaction
    // itself (same branch, §17.1.1.3), a 2xx end to end by the UAC in the dialog (§13.2.2.4,
    // an ACK of the same CSeq with the 2xx's To tag).
    void missingAcks()
    {
        // The ACKs of each call, in input order: those of call c are acks[ackStart[c], ackStart[c + 1]).
        std::vector<int> ackStart(flow.calls.size() + 1, 0), acks;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            if (facts[i].isAck() && flow.callOf[i] >= 0)
                ++ackStart[std::size_t(flow.callOf[i]) + 1];
        }
        for (std::size_t c = 0; c < flow.calls.size(); ++c)
            ackStart[c + 1] += ackStart[c];
        acks.resize(std::size_t(ackStart.back()));
        {
            std::vector<int> next(ackStart.begin(), ackStart.end() - 1);
            for (std::size_t i = 0; i < facts.size(); ++i) {
                if (facts[i].isAck() && flow.callOf[i] >= 0)
                    acks[std::size_t(next[std::size_t(flow.callOf[i])]++)] = int(i);
            }
        }
        for (const Transaction &tx : flow.transactions) {
            if (tx.method != "INVITE")
                continue;
            for (int r : tx.messages) {
                const MessageBrief &f = facts[r];
                if (!f.isFinal() || flow.retransmission[r])
                    continue;
                const bool success = f.code < 300;
                bool acked = false;
                for (int j : tx.messages)
                    acked = acked || (j > r && facts[j].isAck());
                // An ACK of the same CSeq in the same dialog does for a non-2xx too: examples
                // (RFC 3665 §3.8 F18) and logs at a proxy do not always show each hop's own.
                if (!acked && flow.callOf[r] >= 0) {
                    const std::size_t c = std::size_t(flow.callOf[r]);
                    for (int k = ackStart[c]; k < ackStart[c + 1]; ++k) {
                        const int j = acks[std::size_t(k)];
                        const MessageBrief &g = facts[std::size_t(j)];
                        acked = acked
                                || (j > r && g.cseq == f.cseq
                                    && (!g.hasToTag || !f.hasToTag || sameBytes(full[j].toTag, full[r].toTag)));
                    }
                }
                if (acked)
                    continue;
                const char *rfc = success ? "RFC 3261 §13.2.2.4" : "RFC 3261 §17.1.1.3";
                const bool goesOn = laterInCall(r) || inputAfter(r) > transactionTimeoutUs;
                add("flow-ack-missing", goesOn ? "continues" : "", goesOn ? Severity::Warning : Severity::Info, r, rfc,
                    {QString::number(f.code)});
            }
        }
    }

    // One note on the first copy of each message that was sent again, with the count.
    void retransmissions()
    {
        std::vector<int> copies, originals;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            const int original = context.originalOf[i];
            if (original < 0)
                continue;
            if (copies.empty())
                copies.assign(facts.size(), 0);
            if (copies[std::size_t(original)]++ == 0)
                originals.push_back(original);
        }
        for (int original : originals) {
            const MessageBrief &f = facts[original];
            const char *rfc = f.request ? (f.kind == Method::Invite ? "RFC 3261 §17.1.1.2" : "RFC 3261 §17.1.2.2")
                              : f.code < 200 ? "RFC 3262 §3"
                              : f.code < 300 && f.cseqKind == Method::Invite ? "RFC 3261 §13.3.1.4"
                                                                        : "RFC 3261 §17.2.1";
            add("flow-retransmission", "", Severity::Info, original, rfc, {QString::number(copies[std::size_t(original)])});
        }
    }

    bool answersReInvite(int response) const
    {
        const int t = context.transactionOf[response];
        const int request = t >= 0 ? flow.transactions[t].request : -1;
        return request >= 0 && facts[request].hasToTag;
    }

    // RFC 3261 §15: the callee MUST NOT send BYE on an early dialog; the caller may, though it
    // ends only that dialog and CANCEL is what ends the whole attempt. Judged only when the input
    // shows the early dialog (a 1xx with the tags) and no sign that it was confirmed (a 2xx or
    // the ACK for it) before the BYE.
    void byeBeforeAnswer()
    {
        for (std::size_t b = 0; b < facts.size(); ++b) {
            const MessageBrief &bye = facts[b];
            const int d = context.dialogOf[b];
            if (!bye.request || bye.kind != Method::Bye || d < 0 || flow.retransmission[b])
                continue;
            bool early = false, confirmed = false;
            QByteArrayView callerTag;
            for (int i : flow.dialogs[d].messages) {
                if (i >= int(b))
                    break;
                const MessageBrief &f = facts[i];
                if (f.isAck() && f.cseqKind == Method::Ack && context.transactionOf[i] >= 0
                    && flow.transactions[context.transactionOf[i]].method == "ACK") {
                    confirmed = true; // the ACK for a 2xx the input does not show
                }
                if (f.request || f.cseqKind != Method::Invite || context.dialogOf[i] != d || answersReInvite(i))
                    continue;
                if (f.code >= 200 && f.code < 300)
                    confirmed = true;
                if (f.code > 100 && f.code < 200) {
                    early = true;
                    callerTag = full[i].fromTag;
                }
            }
            if (!early || confirmed)
                continue;
            if (sameBytes(full[b].fromTag, callerTag))
                add("flow-bye-before-answer", "caller-early", Severity::Info, int(b), "RFC 3261 §15");
            else
                add("flow-bye-before-answer", "callee-early", Severity::Error, int(b), "RFC 3261 §15");
        }
    }
};

} // namespace

void checkFlow(const FlowContext &context, FlowAnalysis &flow)
{
    // One message pasted to be checked is not a flow: that its request or its response is not
    // there says nothing.
    if (context.in.messages.size() < 2)
        return;
    FlowChecks(context, flow).run();
}

} // namespace sipref
