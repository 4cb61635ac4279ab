// Messages grouped into transactions (RFC 3261 §17.1.3, §17.2.3), dialogs (§12) and calls.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"

#include <QHash>
#include <algorithm>

namespace sipref {

namespace {

// The method that names a request's transaction: the start line's, or CSeq's for a response.
QByteArray transactionMethod(const MessageFacts &f)
{
    if (f.request)
        return f.method;
    return f.cseqMethod;
}

// RFC 3261 §17.2.3: with the magic cookie, the top Via branch and sent-by plus the method (CANCEL
// is a transaction of its own with the same branch). Without it (RFC 2543 peers) the transaction
// is what Call-ID, CSeq number, method and From tag say (§17.2.3, last paragraphs, simplified).
QByteArray transactionKey(const MessageFacts &f, const QByteArray &method)
{
    QByteArray key;
    if (f.rfc3261Branch) {
        key.reserve(f.branch.size() + f.sentBy.size() + method.size() + 4);
        key += "b ";
        key += f.branch;
        key += ' ';
        key += f.sentBy;
    } else {
        key += "c ";
        key += f.callId;
        key += ' ';
        key += QByteArray::number(f.cseq);
        key += ' ';
        key += f.fromTag;
    }
    key += ' ';
    key += method;
    return key;
}

void groupTransactions(FlowContext &context, FlowAnalysis &flow)
{
    const std::vector<MessageFacts> &facts = context.facts;
    QHash<QByteArray, int> byKey;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const MessageFacts &f = facts[i];
        QByteArray method = transactionMethod(f);
        if (method.isEmpty())
            continue; // neither a method nor a CSeq: nothing to match it by
        int t = -1;
        // The ACK for a non-2xx final response is part of the INVITE transaction (§17.1.1.3);
        // the ACK for a 2xx has a branch of its own and forms a transaction of its own.
        if (f.isAck())
            t = byKey.value(transactionKey(f, QByteArrayLiteral("INVITE")), -1);
        if (t < 0) {
            const QByteArray key = transactionKey(f, method);
            t = byKey.value(key, -1);
            if (t < 0) {
                t = int(flow.transactions.size());
                byKey.insert(key, t);
                Transaction tx;
                tx.branch = f.branch;
                tx.method = method;
                tx.cseq = f.hasCSeq ? qint64(f.cseq) : -1;
                flow.transactions.push_back(std::move(tx));
            }
        }
        Transaction &tx = flow.transactions[t];
        tx.messages.push_back(int(i));
        if (f.request && !f.isAck() && tx.request < 0)
            tx.request = int(i);
        else if (f.isAck() && tx.method == "ACK" && tx.request < 0)
            tx.request = int(i);
        if (f.isFinal() && tx.finalResponse < 0)
            tx.finalResponse = int(i);
        context.transactionOf[i] = t;
    }
}

bool sameMessage(const FlowContext &context, int a, int b)
{
    const MessageFacts &x = context.facts[a], &y = context.facts[b];
    if (x.request != y.request || x.path != y.path || x.cseq != y.cseq || x.cseqMethod != y.cseqMethod)
        return false;
    if (x.request) {
        const Inspection &in = context.in;
        return in.view(in.messages[a].startLine) == in.view(in.messages[b].startLine);
    }
    return x.code == y.code && x.toTag == y.toTag && x.rseq == y.rseq;
}

// The same request (same transaction, start line and CSeq) or the same response (same
// transaction, code, CSeq, To tag and RSeq) seen before on the same path. Looked up by a hash of
// those fields and confirmed field by field: no key is built per message.
void markRetransmissions(FlowContext &context, FlowAnalysis &flow)
{
    const Inspection &in = context.in;
    QMultiHash<size_t, int> seen;
    seen.reserve(qsizetype(context.facts.size()));
    for (std::size_t i = 0; i < context.facts.size(); ++i) {
        const int t = context.transactionOf[i];
        if (t < 0)
            continue;
        const MessageFacts &f = context.facts[i];
        size_t h = qHashMulti(0, t, f.path, f.cseq, f.cseqMethod, f.request);
        h = f.request ? qHashMulti(h, in.view(in.messages[i].startLine)) : qHashMulti(h, f.code, f.toTag, f.rseq);
        int original = -1;
        for (auto it = seen.constFind(h); it != seen.constEnd() && it.key() == h; ++it) {
            if (context.transactionOf[it.value()] == t && sameMessage(context, it.value(), int(i))) {
                original = it.value();
                break;
            }
        }
        if (original < 0) {
            seen.insert(h, int(i));
        } else {
            flow.retransmission[i] = true;
            context.originalOf[i] = original;
        }
    }
}

bool formsDialog(const QByteArray &method)
{
    // RFC 3261 §12.1 (INVITE), RFC 6665 §4.1 (SUBSCRIBE, and the NOTIFY that may arrive before
    // its 2xx), RFC 3515 §2.4.4 (REFER creates a subscription).
    return method == "INVITE" || method == "SUBSCRIBE" || method == "REFER" || method == "NOTIFY";
}

QByteArray dialogKey(const MessageFacts &f)
{
    const QByteArray &a = std::min(f.fromTag, f.toTag);
    const QByteArray &b = std::max(f.fromTag, f.toTag);
    return f.callId + '\n' + a + '\n' + b;
}

// Dialogs are identified by Call-ID and the two tags, whichever side sends (§12). A dialog starts
// with a 1xx (early) or 2xx carrying a To tag to a request that can form one, or, in an excerpt
// that begins later, with the first mid-dialog request. Its messages: the request that formed it,
// then everything carrying both tags.
void groupDialogs(FlowContext &context, FlowAnalysis &flow)
{
    const std::vector<MessageFacts> &facts = context.facts;
    QHash<QByteArray, int> byKey;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const MessageFacts &f = facts[i];
        if (f.callId.isEmpty() || f.fromTag.isEmpty() || f.toTag.isEmpty())
            continue;
        const QByteArray key = dialogKey(f);
        int d = byKey.value(key, -1);
        const int t = context.transactionOf[i];
        const Transaction *tx = t >= 0 ? &flow.transactions[t] : nullptr;
        if (d < 0) {
            bool creates = false;
            int formingRequest = -1;
            if (f.request) {
                // A mid-dialog request; not a CANCEL, nor the ACK of a failed INVITE (a
                // transaction's, not a dialog's).
                creates = f.method != "CANCEL" && !(f.isAck() && tx && tx->method == "INVITE");
            } else if (tx && tx->request >= 0 && !facts[tx->request].toTag.isEmpty()) {
                creates = true; // answers a mid-dialog request
            } else if (f.code > 100 && f.code < 300 && formsDialog(f.cseqMethod)) {
                creates = true;
                if (tx && tx->request >= 0 && tx->request < int(i))
                    formingRequest = tx->request;
            }
            if (!creates)
                continue;
            d = int(flow.dialogs.size());
            byKey.insert(key, d);
            Dialog dialog;
            dialog.callId = f.callId;
            dialog.fromTag = f.fromTag;
            dialog.toTag = f.toTag;
            if (formingRequest >= 0)
                dialog.messages.push_back(formingRequest);
            flow.dialogs.push_back(std::move(dialog));
        }
        flow.dialogs[d].messages.push_back(int(i));
        context.dialogOf[i] = d;
    }
}

void groupCalls(FlowContext &context, FlowAnalysis &flow)
{
    QHash<QByteArray, int> byCallId;
    for (std::size_t i = 0; i < context.facts.size(); ++i) {
        const QByteArray &callId = context.facts[i].callId;
        if (callId.isEmpty())
            continue;
        int c = byCallId.value(callId, -1);
        if (c < 0) {
            c = int(flow.calls.size());
            byCallId.insert(callId, c);
            Call call;
            call.callId = callId;
            flow.calls.push_back(std::move(call));
        }
        flow.calls[c].messages.push_back(int(i));
        flow.callOf[i] = c;
    }
    for (std::size_t t = 0; t < flow.transactions.size(); ++t) {
        const int c = flow.callOf[flow.transactions[t].messages.front()];
        if (c >= 0)
            flow.calls[c].transactions.push_back(int(t));
    }
    for (std::size_t d = 0; d < flow.dialogs.size(); ++d) {
        const int c = byCallId.value(flow.dialogs[d].callId, -1);
        if (c >= 0)
            flow.calls[c].dialogs.push_back(int(d));
    }
}

} // namespace

FlowAnalysis analyzeFlow(const Inspection &inspection)
{
    FlowAnalysis flow;
    const std::size_t n = inspection.messages.size();
    FlowContext context{inspection, readFacts(inspection), std::vector<int>(n, -1), std::vector<int>(n, -1),
                        std::vector<int>(n, -1)};
    flow.retransmission.assign(n, false);
    flow.callOf.assign(n, -1);
    groupTransactions(context, flow);
    markRetransmissions(context, flow);
    groupDialogs(context, flow);
    groupCalls(context, flow);
    summarizeCalls(context, flow);
    checkFlow(context, flow);
    std::stable_sort(flow.diagnostics.begin(), flow.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.message != b.message ? a.message < b.message : a.span.offset < b.span.offset;
    });
    return flow;
}

} // namespace sipref
