#include "capture/tcpreassembly.h"

#include "capture/sipframing.h"

#include <algorithm>

namespace sipref::capture {

namespace {

// Out-of-order data held per stream before the hole in front of it is given up on.
constexpr std::size_t maxPendingSegments = 256;
constexpr qsizetype maxPendingBytes = 1024 * 1024;
// A header block that has not ended after this many bytes is not SIP.
constexpr qsizetype maxHeaderBlock = 256 * 1024;

// a - b in sequence-number arithmetic (RFC 9293 §3.4: modulo 2^32).
qint64 distance(quint32 a, quint32 b)
{
    return qint64(qint32(a - b));
}

} // namespace

TcpReassembly::TcpReassembly(MessageSink messages, GapSink gaps)
    : m_messages(std::move(messages)), m_gaps(std::move(gaps))
{
}

void TcpReassembly::add(const Segment &segment, const PacketInfo &packet)
{
    const StreamKey key{segment.source, segment.destination};
    Stream &s = m_streams[key];
    quint32 sequence = segment.sequence;
    if (segment.syn) {
        if (s.synSeen && sequence == s.initial)
            return; // retransmitted SYN
        if (s.haveSequence) { // a new connection on the same addresses and ports
            endOfStream(key, s);
            s = Stream();
        }
        s.haveSequence = s.synSeen = true;
        s.initial = sequence;
        s.next = sequence + 1;
        s.aligned = true; // the stream begins here: its first byte must begin a message
        sequence += 1;
    }
    if (segment.rst) {
        if (s.haveSequence)
            endOfStream(key, s);
        s = Stream();
        return;
    }
    if (s.closed || (segment.payload.isEmpty() && !segment.fin))
        return;
    if (!s.haveSequence) { // the capture began in the middle of this connection
        s.haveSequence = true;
        s.next = sequence;
        s.aligned = false;
    }
    place(key, s, sequence, segment.payload, packet, segment.fin);
    drain(key, s);
    while (!s.closed && (s.pending.size() > maxPendingSegments || s.pendingBytes > maxPendingBytes)) {
        skipHole(key, s);
        drain(key, s);
    }
}

void TcpReassembly::finish()
{
    for (auto &[key, s] : m_streams) {
        drain(key, s);
        while (!s.closed && !s.pending.empty()) {
            skipHole(key, s);
            drain(key, s);
        }
        if (!s.closed)
            endOfStream(key, s);
        s.pending.clear();
    }
}

void TcpReassembly::place(const StreamKey &key, Stream &s, quint32 sequence, QByteArrayView data,
                          const PacketInfo &packet, bool fin)
{
    const qint64 ahead = distance(sequence, s.next);
    if (ahead > 0) { // a hole before it: wait for the bytes in between
        s.pending.push_back({sequence, data.toByteArray(), packet, fin});
        s.pendingBytes += data.size();
        return;
    }
    if (ahead < 0) { // retransmitted or overlapping: only the bytes not taken yet count
        const qint64 seen = -ahead;
        if (seen > data.size())
            return; // all old, the FIN too if it has one
        data = data.sliced(qsizetype(seen));
    }
    if (!data.isEmpty()) {
        deliver(key, s, data, packet);
        s.next += quint32(data.size());
    }
    if (fin) {
        endOfStream(key, s);
        s.next += 1;
        s.closed = true;
    }
}

void TcpReassembly::drain(const StreamKey &key, Stream &s)
{
    while (!s.closed && !s.pending.empty()) {
        auto first = std::min_element(s.pending.begin(), s.pending.end(), [&](const Pending &a, const Pending &b) {
            return distance(a.sequence, s.next) < distance(b.sequence, s.next);
        });
        if (distance(first->sequence, s.next) > 0)
            return; // the hole is still there
        Pending p = std::move(*first);
        s.pending.erase(first);
        s.pendingBytes -= p.data.size();
        place(key, s, p.sequence, p.data, p.packet, p.fin);
    }
}

void TcpReassembly::skipHole(const StreamKey &key, Stream &s)
{
    if (s.pending.empty())
        return;
    auto first = std::min_element(s.pending.begin(), s.pending.end(), [&](const Pending &a, const Pending &b) {
        return distance(a.sequence, s.next) < distance(b.sequence, s.next);
    });
    m_gaps(key);
    // The message the hole is in cannot be put together: drop it, and wait for one to begin.
    discardBuffer(s);
    s.aligned = false;
    s.next = first->sequence;
}

void TcpReassembly::deliver(const StreamKey &key, Stream &s, QByteArrayView data, const PacketInfo &packet)
{
    if (!s.aligned) {
        // Resynchronise only on a segment that begins a message (after keep-alive line breaks), or
        // may: one that ends inside its start line ("OPTIONS sip:bob@10.0.") is kept until the
        // next shows (cut() drops it if it was not SIP); that message was lost.
        const qsizetype breaks = leadingLineBreaks(data);
        if (breaks == data.size() || sipStartLine(data.sliced(breaks)) == StartLine::No)
            return;
        s.aligned = true;
        data = data.sliced(breaks);
    }
    s.marks.push_back({s.base + s.buffer.size(), packet});
    s.buffer.append(data.data(), data.size());
    cut(key, s);
}

namespace {

// How long the message at the start of rest is, its header block and Content-Length complete in
// rest; -1 while the bytes after it are still to come and decide.
//
// A Content-Length larger than the body (a stack that counted wrong) runs into the next message
// of the connection and would swallow its start line: that message was lost. Where the bytes after
// the declared body begin no message but one begins inside it, the message ends there, and the
// inspection reports its Content-Length, as it does for the same message in a text. A body that
// itself holds a start line (message/sipfrag) with a right Content-Length is followed by the next
// message or by the end of the stream, and keeps its length.
qsizetype lengthInStream(QByteArrayView rest, const MessageExtent &extent, bool streamEnded)
{
    const qsizetype declared = extent.length();
    if (extent.contentLength == 0)
        return declared;
    QByteArrayView after = rest.sliced(declared);
    after = after.sliced(leadingLineBreaks(after));
    StartLine next = after.isEmpty() ? (streamEnded ? StartLine::Yes : StartLine::NeedMore) : sipStartLine(after);
    if (streamEnded && next == StartLine::NeedMore)
        next = StartLine::No; // nothing more is coming
    if (next == StartLine::Yes)
        return declared;
    // Looked for in the body's last 16 KiB only (all of nearly every body): a message that waits is
    // asked again with every segment, and a hostile stream can send them a byte at a time.
    bool cutShort = false;
    const qsizetype inside =
        findStartLine(rest, std::max(extent.headerLength, declared - 16 * 1024) - 1, declared, &cutShort);
    if (inside < 0 || (cutShort && streamEnded))
        return declared;
    return next == StartLine::No && !cutShort ? inside : -1;
}

} // namespace

void TcpReassembly::cut(const StreamKey &key, Stream &s)
{
    while (s.aligned) {
        QByteArrayView rest = QByteArrayView(s.buffer).sliced(s.read);
        const qsizetype breaks = leadingLineBreaks(rest); // CRLF keep-alives between messages
        s.read += breaks;
        rest = rest.sliced(breaks);
        if (rest.isEmpty())
            break;
        const StartLine start = sipStartLine(rest);
        if (start == StartLine::NeedMore && rest.size() <= maxHeaderBlock)
            break;
        if (start != StartLine::Yes) {
            // No message where one should begin (a wrong Content-Length before, or not SIP at
            // all): go on at the next line that begins one, or wait for a segment that does.
            const qsizetype next = findStartLine(rest, 0);
            if (next < 0) {
                discardBuffer(s);
                s.aligned = false;
                return;
            }
            s.read += next;
            continue;
        }
        const MessageExtent extent = messageExtent(rest);
        if (extent.headerLength < 0) {
            if (rest.size() > maxHeaderBlock) {
                discardBuffer(s);
                s.aligned = false;
                return;
            }
            break;
        }
        if (rest.size() < extent.length())
            break; // the body is still coming
        const qsizetype length = lengthInStream(rest, extent, false);
        if (length < 0)
            break; // the next bytes tell where it ends
        emitMessage(key, s, length);
    }
    if (s.read == s.buffer.size()) {
        s.base += s.buffer.size();
        s.buffer.clear();
        s.read = 0;
    } else if (s.read > 64 * 1024 && s.read > s.buffer.size() / 2) {
        s.buffer.remove(0, s.read);
        s.base += s.read;
        s.read = 0;
    }
    // Marks before the one the unread bytes begin in are no longer needed.
    const qint64 position = s.base + s.read;
    auto after = std::upper_bound(s.marks.begin(), s.marks.end(), position,
                                  [](qint64 offset, const Mark &m) { return offset < m.offset; });
    if (after - s.marks.begin() > 1)
        s.marks.erase(s.marks.begin(), after - 1);
}

void TcpReassembly::emitMessage(const StreamKey &key, Stream &s, qsizetype length)
{
    const qint64 position = s.base + s.read;
    auto after = std::upper_bound(s.marks.begin(), s.marks.end(), position,
                                  [](qint64 offset, const Mark &m) { return offset < m.offset; });
    const PacketInfo packet = after == s.marks.begin() ? PacketInfo() : (after - 1)->packet;
    m_messages(key, packet, QByteArrayView(s.buffer).sliced(s.read, length));
    s.read += length;
}

void TcpReassembly::endOfStream(const StreamKey &key, Stream &s)
{
    // What is left is a message the stream ended inside of, shown as it is for the checks, or one
    // that waited for the bytes after it (lengthInStream), cut as they now are.
    while (s.aligned) {
        QByteArrayView rest = QByteArrayView(s.buffer).sliced(s.read);
        const qsizetype breaks = leadingLineBreaks(rest);
        s.read += breaks;
        rest = rest.sliced(breaks);
        if (rest.isEmpty() || sipStartLine(rest) != StartLine::Yes)
            break;
        const MessageExtent extent = messageExtent(rest);
        const bool whole = extent.headerLength >= 0 && rest.size() >= extent.length();
        emitMessage(key, s, whole ? lengthInStream(rest, extent, true) : rest.size());
    }
    discardBuffer(s);
}

void TcpReassembly::discardBuffer(Stream &s)
{
    s.base += s.buffer.size();
    s.buffer.clear();
    s.read = 0;
    s.marks.clear();
}

} // namespace sipref::capture
