// Messages grouped into transactions (RFC 3261 §17.1.3, §17.2.3), dialogs (§12) and calls.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"

#include <algorithm>

namespace sipref {

FlowContext::FlowContext(const Inspection &inspection, std::vector<MessageFacts> read)
    : in(inspection),
      facts(std::move(read)),
      transactionOf(inspection.messages.size(), -1),
      dialogOf(inspection.messages.size(), -1),
      originalOf(inspection.messages.size(), -1),
      dialogKeyOf(inspection.messages.size(), -1),
      senderKeyOf(inspection.messages.size(), -1),
      senderDialogKeyOf(inspection.messages.size(), -1)
{
    // Filled in input order by the grouping, without being initialised first (unless read already).
    facts.reserve(inspection.messages.size());
    brief.reserve(inspection.messages.size());
}

namespace {

// The bytes of a view, for FlowAnalysis. A view into Inspection::text is not copied but referred
// to (QByteArray::fromRawData): the analysis is kept in that same Inspection, whose text never
// changes, and a log has as many transactions as requests, whose copied branches, Call-IDs and
// tags were the larger part of the analysis's memory. A view into a message's unfolded facts
// (messagefacts.h), which go away with the FlowContext, is copied.
QByteArray keepBytes(const Inspection &in, QByteArrayView v)
{
    const char *const begin = in.text.constData();
    if (!v.isEmpty() && v.data() >= begin && v.data() + v.size() <= begin + in.text.size())
        return QByteArray::fromRawData(v.data(), v.size());
    return v.toByteArray();
}

// The method that names a request's transaction: the start line's, or CSeq's for a response.
QByteArrayView transactionMethod(const MessageFacts &f)
{
    return f.request ? f.method : f.cseqMethod;
}

// RFC 3261 §17.2.3: with the magic cookie, the top Via branch and sent-by plus the method (CANCEL
// is a transaction of its own with the same branch). Without it (RFC 2543 peers) the transaction
// is what Call-ID, CSeq number, method and From tag say (§17.2.3, last paragraphs, simplified).
// The key is never built: its hash without the method, then combined with the method's.
quint64 transactionHash(const MessageFacts &f, int call, quint64 fromTagHash)
{
    if (f.rfc3261Branch)
        return sentByHash(f.sentBy, hashBytes(f.branch, 1));
    return hashCombine(hashCombine(hashCombine(2, quint64(call)), f.cseq), fromTagHash);
}

bool formsDialog(Method method)
{
    // RFC 3261 §12.1 (INVITE), RFC 6665 §4.1 (SUBSCRIBE, and the NOTIFY that may arrive before
    // its 2xx), RFC 3515 §2.4.4 (REFER creates a subscription).
    return method == Method::Invite || method == Method::Subscribe || method == Method::Refer
           || method == Method::Notify;
}

// The first pass: each message's facts are read, and it is placed in its call and transaction,
// marked as a retransmission or not, and its dialog and sender keys numbered, while its bytes are
// still in the cache. A 20 MB log does not fit in it: pass after pass over the text would read
// it from memory again each time. For the same reason lookups start where the answer usually is
// (a message mostly belongs to the transaction its call saw last; a retransmission repeats a
// message of its own transaction) before the hash tables, which are all over memory.
class Grouping
{
public:
    Grouping(FlowContext &context, FlowAnalysis &flow)
        : context(context), facts(context.facts), in(context.in), flow(flow),
          callIndex(messages() / 4), transactionIndex(messages() / 2), dialogKeyIndex(messages() / 4),
          senderKeyIndex(messages() / 4), senderDialogKeyIndex(messages() / 4), sentHash(messages()),
          previousSent(messages(), -1)
    {
        // Room for a call and a transaction per message, the most there can be: address space
        // that is never touched costs no memory, while growing these lists by doubling copied
        // every call and transaction again and touched the new pages twice (a tenth of the flow
        // analysis of a big input).
        flow.calls.reserve(messages());
        callState.reserve(messages());
        flow.transactions.reserve(messages());
        txState.reserve(messages());
    }

    void add(std::size_t i)
    {
        if (facts.size() == i)
            facts.push_back(readFacts(in, i));
        const MessageFacts &f = facts[i];
        context.brief.emplace_back(f);
        const MessageOrigin &origin = *in.messages[i].origin;
        if (origin.hasTime())
            context.lastTime[origin.hasDate] = std::max(context.lastTime[origin.hasDate], origin.timeUs);
        const int call = placeInCall(i, f);
        const Hashes hashes{hashBytes(f.fromTag), hashBytes(f.toTag)};
        const int t = placeInTransaction(i, f, call, hashes);
        if (t >= 0)
            markRetransmission(i, f, t, hashes);
        if (call >= 0)
            numberKeys(i, f, call, hashes);
    }

    // Each transaction's and call's messages, in input order, into vectors of the right size
    // (the vectors stay empty until then).
    void finish()
    {
        for (std::size_t t = 0; t < flow.transactions.size(); ++t)
            flow.transactions[t].messages.reserve(std::size_t(txState[t].size));
        for (std::size_t c = 0; c < flow.calls.size(); ++c)
            flow.calls[c].messages.reserve(std::size_t(callState[c].size));
        for (std::size_t i = 0; i < messages(); ++i) {
            const int t = context.transactionOf[i];
            if (t >= 0)
                flow.transactions[std::size_t(t)].messages.push_back(int(i));
            if (flow.callOf[i] >= 0)
                flow.calls[std::size_t(flow.callOf[i])].messages.push_back(int(i));
        }
        context.dialogKeys = int(dialogKeyMessage.size());
        context.senderKeys = int(senderKeyMessage.size());
        context.senderDialogKeys = int(senderDialogKeyMessage.size());
    }

private:
    // A transaction's messages that are no retransmission are chained (the last one here, each
    // one's predecessor in previousSent) until there are many: then they go into sentIndex.
    static constexpr int chainLimit = 16;

    std::size_t messages() const { return in.messages.size(); }

    struct TransactionState
    {
        int opener = -1;   // the first message, whose facts are the key
        int size = 0;      // messages so far
        int lastSent = -1; // the last message that is no retransmission
        int sent = 0;      // how many of those, while chained; -1 once in sentIndex
    };
    // Of the tags, which several keys contain.
    struct Hashes
    {
        quint64 fromTag, toTag;
    };
    struct CallState
    {
        int size = 0;
        int lastTransaction = -1;
        int lastDialogKey = -1, lastSenderKey = -1, lastSenderDialogKey = -1;
    };

    FlowContext &context;
    std::vector<MessageFacts> &facts;
    const Inspection &in;
    FlowAnalysis &flow;
    HashIndex callIndex, transactionIndex, sentIndex, dialogKeyIndex, senderKeyIndex, senderDialogKeyIndex;
    std::vector<TransactionState> txState;
    std::vector<CallState> callState;
    std::vector<quint64> sentHash;   // per message: what markRetransmission() compares first
    std::vector<int> previousSent;   // per message: the chain of its transaction
    std::vector<int> dialogKeyMessage, senderKeyMessage, senderDialogKeyMessage; // first message of each key
    int lastCall = -1;

    // Calls by Call-ID, compared with the call's own copy (the call's first message may be far
    // back in the text). Consecutive messages often share a call.
    int placeInCall(std::size_t i, const MessageFacts &f)
    {
        if (f.callId.isEmpty())
            return -1;
        auto same = [&](int k) { return sameBytes(flow.calls[std::size_t(k)].callId, f.callId); };
        int c = lastCall >= 0 && same(lastCall) ? lastCall : callIndex.find(f.callIdHash, same);
        if (c < 0) {
            c = int(flow.calls.size());
            callIndex.insert(f.callIdHash, c);
            Call call;
            call.callId = keepBytes(in, f.callId);
            flow.calls.push_back(std::move(call));
            callState.push_back({});
        }
        ++callState[std::size_t(c)].size;
        flow.callOf[i] = c;
        lastCall = c;
        // MessageOrigin::timeUs of the call's first and last message that has one.
        const qint64 time = in.messages[i].origin->timeUs;
        if (time >= 0) {
            Call &call = flow.calls[std::size_t(c)];
            if (call.firstUs < 0)
                call.firstUs = time;
            call.lastUs = time;
        }
        return c;
    }

    static Method transactionKind(const MessageFacts &f) { return f.request ? f.kind : f.cseqKind; }

    // Whether message f, looked up under `method` (of that kind), has transaction t's key.
    bool hasKey(int t, const MessageFacts &f, int call, Method kind, QByteArrayView method) const
    {
        const Transaction &tx = flow.transactions[std::size_t(t)];
        const int first = txState[std::size_t(t)].opener;
        const MessageFacts &o = facts[std::size_t(first)];
        if (o.rfc3261Branch != f.rfc3261Branch || transactionKind(o) != kind
            || (kind == Method::Other && !sameBytes(tx.method, method)))
            return false;
        if (f.rfc3261Branch)
            return sameBytes(tx.branch, f.branch) && sameSentBy(o.sentBy, f.sentBy);
        return o.cseq == f.cseq && flow.callOf[std::size_t(first)] == call && sameBytes(o.fromTag, f.fromTag);
    }

    // Keys are unique (a transaction is only made for a key no other has), so the one the call
    // saw last, when it has the key, is the one the table would give.
    int findTransaction(quint64 hash, const MessageFacts &f, int call, Method kind, QByteArrayView method) const
    {
        const int recent = call >= 0 ? callState[std::size_t(call)].lastTransaction : -1;
        if (recent >= 0 && hasKey(recent, f, call, kind, method))
            return recent;
        return transactionIndex.find(hash, [&](int t) { return hasKey(t, f, call, kind, method); });
    }

    int placeInTransaction(std::size_t i, const MessageFacts &f, int call, Hashes hashes)
    {
        const QByteArrayView method = transactionMethod(f);
        if (method.isEmpty())
            return -1; // neither a method nor a CSeq: nothing to match it by
        const quint64 base = transactionHash(f, call, hashes.fromTag);
        int t = -1;
        // The ACK for a non-2xx final response is part of the INVITE transaction (§17.1.1.3);
        // the ACK for a 2xx has a branch of its own and forms a transaction of its own.
        if (f.isAck())
            t = findTransaction(hashBytes("INVITE", base), f, call, Method::Invite, "INVITE");
        if (t < 0) {
            const quint64 hash = hashBytes(method, base);
            const Method kind = transactionKind(f);
            t = findTransaction(hash, f, call, kind, method);
            if (t < 0) {
                t = int(flow.transactions.size());
                transactionIndex.insert(hash, t);
                Transaction tx;
                tx.branch = keepBytes(in, f.branch);
                tx.method = methodBytes(method);
                tx.cseq = f.hasCSeq ? qint64(f.cseq) : -1;
                flow.transactions.push_back(std::move(tx));
                TransactionState state;
                state.opener = int(i);
                txState.push_back(state);
            }
        }
        Transaction &tx = flow.transactions[std::size_t(t)];
        ++txState[std::size_t(t)].size;
        if (f.request && !f.isAck() && tx.request < 0)
            tx.request = int(i);
        else if (f.isAck() && tx.method == "ACK" && tx.request < 0)
            tx.request = int(i);
        if (f.isFinal() && tx.finalResponse < 0)
            tx.finalResponse = int(i);
        context.transactionOf[i] = t;
        if (call >= 0)
            callState[std::size_t(call)].lastTransaction = t;
        return t;
    }

    bool sameMessage(std::size_t a, std::size_t b) const
    {
        const MessageFacts &x = facts[a], &y = facts[b];
        if (x.request != y.request || x.cseq != y.cseq || !sameBytes(x.cseqMethod, y.cseqMethod)
            || !samePath(*in.messages[a].origin, *in.messages[b].origin))
            return false;
        if (x.request)
            return sameBytes(in.view(in.messages[a].startLine), in.view(in.messages[b].startLine));
        return x.code == y.code && sameBytes(x.toTag, y.toTag) && sameBytes(x.rseq, y.rseq);
    }

    // The same request (same transaction, start line and CSeq) or the same response (same
    // transaction, code, CSeq, To tag and RSeq) seen before on the same path: among the
    // transaction's earlier messages that are no retransmission themselves. The path is left out
    // of the hash (reading the origin's addresses costs more than the rare extra candidate).
    void markRetransmission(std::size_t i, const MessageFacts &f, int t, Hashes hashes)
    {
        quint64 h = hashBytes(f.cseqMethod, hashCombine(f.cseq, f.request));
        h = f.request ? hashBytes(in.view(in.messages[i].startLine), h)
                      : hashBytes(f.rseq, hashCombine(hashCombine(h, quint64(f.code)), hashes.toTag));
        sentHash[i] = h;
        TransactionState &state = txState[std::size_t(t)];
        const quint64 indexed = hashCombine(h, quint64(t));
        int original = -1;
        if (state.sent >= 0) {
            for (int j = state.lastSent; j >= 0 && original < 0; j = previousSent[std::size_t(j)]) {
                if (sentHash[std::size_t(j)] == h && sameMessage(std::size_t(j), i))
                    original = j;
            }
        } else {
            original = sentIndex.find(indexed, [&](int j) {
                return context.transactionOf[std::size_t(j)] == t && sameMessage(std::size_t(j), i);
            });
        }
        if (original >= 0) {
            flow.retransmission[i] = true;
            context.originalOf[i] = original;
            return;
        }
        if (state.sent < 0) {
            sentIndex.insert(indexed, int(i));
            return;
        }
        previousSent[i] = state.lastSent;
        state.lastSent = int(i);
        // A transaction this large (a client that reuses one branch for everything) is looked
        // up by hash from now on, or it would cost time squared.
        if (++state.sent > chainLimit) {
            for (int j = state.lastSent; j >= 0; j = previousSent[std::size_t(j)])
                sentIndex.insert(hashCombine(sentHash[std::size_t(j)], quint64(t)), j);
            state.sent = -1;
        }
    }

    // The number of message i's key: that of an earlier message with the same key (`equal` is
    // asked with that message's index), else the next one. The key the call saw last is tried
    // first (keys are unique, so when it is equal it is the one), and becomes this one.
    template<typename Equal>
    static int number(HashIndex &index, std::vector<int> &firstMessage, int &recent, quint64 hash, std::size_t i,
                      Equal equal)
    {
        auto same = [&](int key) { return equal(std::size_t(firstMessage[std::size_t(key)])); };
        int k = recent >= 0 && same(recent) ? recent : index.find(hash, same);
        if (k < 0) {
            k = int(firstMessage.size());
            index.insert(hash, k);
            firstMessage.push_back(int(i));
        }
        recent = k;
        return k;
    }

    // Dialog keys: Call-ID (as the call) and the two tags, whichever side sent the message.
    // Sender keys for the CSeq order of requests: Call-ID and From tag, and the To tag too.
    void numberKeys(std::size_t i, const MessageFacts &f, int call, Hashes hashes)
    {
        if (f.fromTag.isEmpty())
            return;
        CallState &state = callState[std::size_t(call)];
        if (!f.toTag.isEmpty()) {
            const quint64 hash = hashCombine(quint64(call), hashes.fromTag + hashes.toTag);
            context.dialogKeyOf[i] = number(dialogKeyIndex, dialogKeyMessage, state.lastDialogKey, hash, i, [&](std::size_t j) {
                const MessageFacts &g = facts[j];
                return flow.callOf[j] == call
                       && ((sameBytes(g.fromTag, f.fromTag) && sameBytes(g.toTag, f.toTag))
                           || (sameBytes(g.fromTag, f.toTag) && sameBytes(g.toTag, f.fromTag)));
            });
        }
        // RFC 3261 §12.2.1.1: ACK and CANCEL reuse the CSeq of their request; a retransmission
        // is not a new request.
        if (!f.request || !f.hasCSeq || f.kind == Method::Ack || f.kind == Method::Cancel || flow.retransmission[i])
            return;
        const quint64 sender = hashCombine(hashCombine(3, quint64(call)), hashes.fromTag);
        context.senderKeyOf[i] = number(senderKeyIndex, senderKeyMessage, state.lastSenderKey, sender, i, [&](std::size_t j) {
            return flow.callOf[j] == call && sameBytes(facts[j].fromTag, f.fromTag);
        });
        if (f.toTag.isEmpty())
            return;
        context.senderDialogKeyOf[i] =
            number(senderDialogKeyIndex, senderDialogKeyMessage, state.lastSenderDialogKey, hashCombine(sender, hashes.toTag), i,
                   [&](std::size_t j) {
                return flow.callOf[j] == call && sameBytes(facts[j].fromTag, f.fromTag)
                       && sameBytes(facts[j].toTag, f.toTag);
            });
    }
};

// Dialogs are identified by Call-ID and the two tags, whichever side sends (§12). A dialog starts
// with a 1xx (early) or 2xx carrying a To tag to a request that can form one, or, in an excerpt
// that begins later, with the first mid-dialog request. Its messages: the request that formed it,
// then everything carrying both tags. A pass of its own after the first: whether a response
// answers a mid-dialog request depends on the transaction's request, which may come later in
// the input.
void groupDialogs(FlowContext &context, FlowAnalysis &flow)
{
    const std::vector<MessageBrief> &brief = context.brief;
    std::vector<int> dialogOfKey(std::size_t(context.dialogKeys), -1);
    std::vector<int> sizes, forming;
    for (std::size_t i = 0; i < brief.size(); ++i) {
        const int key = context.dialogKeyOf[i];
        if (key < 0)
            continue;
        const MessageBrief &f = brief[i];
        int d = dialogOfKey[std::size_t(key)];
        const int t = context.transactionOf[i];
        const Transaction *tx = t >= 0 ? &flow.transactions[std::size_t(t)] : nullptr;
        if (d < 0) {
            bool creates = false;
            int formingRequest = -1;
            if (f.request) {
                // A mid-dialog request; not a CANCEL, nor the ACK of a failed INVITE (a
                // transaction's, not a dialog's).
                creates = f.kind != Method::Cancel && !(f.isAck() && tx && tx->method == "INVITE");
            } else if (tx && tx->request >= 0 && brief[std::size_t(tx->request)].hasToTag) {
                creates = true; // answers a mid-dialog request
            } else if (f.code > 100 && f.code < 300 && formsDialog(f.cseqKind)) {
                creates = true;
                if (tx && tx->request >= 0 && tx->request < int(i))
                    formingRequest = tx->request;
            }
            if (!creates)
                continue;
            d = int(flow.dialogs.size());
            dialogOfKey[std::size_t(key)] = d;
            Dialog dialog;
            dialog.callId = flow.calls[std::size_t(flow.callOf[i])].callId; // shared, not copied
            dialog.fromTag = keepBytes(context.in, context.facts[i].fromTag);
            dialog.toTag = keepBytes(context.in, context.facts[i].toTag);
            flow.dialogs.push_back(std::move(dialog));
            forming.push_back(formingRequest);
            sizes.push_back(formingRequest >= 0 ? 1 : 0);
        }
        ++sizes[std::size_t(d)];
        context.dialogOf[i] = d;
    }
    // The forming request first. It carries no To tag: it is no other message of the dialog.
    for (std::size_t d = 0; d < flow.dialogs.size(); ++d) {
        flow.dialogs[d].messages.reserve(std::size_t(sizes[d]));
        if (forming[d] >= 0)
            flow.dialogs[d].messages.push_back(forming[d]);
    }
    for (std::size_t i = 0; i < brief.size(); ++i) {
        if (context.dialogOf[i] >= 0)
            flow.dialogs[std::size_t(context.dialogOf[i])].messages.push_back(int(i));
    }
}

// Each call's transactions and dialogs, in order.
void attachToCalls(FlowAnalysis &flow)
{
    std::vector<int> transactionCounts(flow.calls.size()), dialogCounts(flow.calls.size());
    std::vector<int> callOfTransaction(flow.transactions.size()), callOfDialog(flow.dialogs.size());
    for (std::size_t t = 0; t < flow.transactions.size(); ++t) {
        const int c = flow.callOf[std::size_t(flow.transactions[t].messages.front())];
        callOfTransaction[t] = c;
        if (c >= 0)
            ++transactionCounts[std::size_t(c)];
    }
    // Every message of a dialog but the forming request has the dialog's Call-ID: the last one
    // says which call the dialog belongs to.
    for (std::size_t d = 0; d < flow.dialogs.size(); ++d) {
        const int c = flow.callOf[std::size_t(flow.dialogs[d].messages.back())];
        callOfDialog[d] = c;
        if (c >= 0)
            ++dialogCounts[std::size_t(c)];
    }
    for (std::size_t c = 0; c < flow.calls.size(); ++c) {
        flow.calls[c].transactions.reserve(std::size_t(transactionCounts[c]));
        flow.calls[c].dialogs.reserve(std::size_t(dialogCounts[c]));
    }
    for (std::size_t t = 0; t < flow.transactions.size(); ++t) {
        if (callOfTransaction[t] >= 0)
            flow.calls[std::size_t(callOfTransaction[t])].transactions.push_back(int(t));
    }
    for (std::size_t d = 0; d < flow.dialogs.size(); ++d) {
        if (callOfDialog[d] >= 0)
            flow.calls[std::size_t(callOfDialog[d])].dialogs.push_back(int(d));
    }
}

} // namespace

FlowAnalysis analyzeFlow(const Inspection &inspection)
{
    return analyzeFlow(inspection, {});
}

FlowAnalysis analyzeFlow(const Inspection &inspection, std::vector<MessageFacts> facts)
{
    FlowAnalysis flow;
    const std::size_t n = inspection.messages.size();
    Q_ASSERT(facts.empty() || facts.size() == n);
    FlowContext context(inspection, std::move(facts));
    flow.retransmission.assign(n, false);
    flow.callOf.assign(n, -1);
    {
        Grouping grouping(context, flow);
        for (std::size_t i = 0; i < n; ++i)
            grouping.add(i);
        grouping.finish();
    }
    groupDialogs(context, flow);
    attachToCalls(flow);
    summarizeCalls(context, flow);
    checkFlow(context, flow);
    std::stable_sort(flow.diagnostics.begin(), flow.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.message != b.message ? a.message < b.message : a.span.offset < b.span.offset;
    });
    return flow;
}

} // namespace sipref
