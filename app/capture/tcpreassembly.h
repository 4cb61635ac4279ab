#pragma once

// Internal to the capture reader: TCP byte streams put back in order and cut into SIP messages
// (RFC 3261 §18.3: the header block up to the empty line, then Content-Length bytes of body).
// Each direction of a connection is a stream of its own. Segments are ordered by sequence
// number; retransmitted and overlapping bytes are taken once; a hole that is never filled is
// reported, and the stream picks up again at the next segment that begins a SIP start line.
#include "capture/netbytes.h"
#include "capture/packetdecoder.h"

#include <QByteArray>
#include <functional>
#include <map>
#include <vector>

namespace sipref::capture {

struct StreamKey
{
    Endpoint source;
    Endpoint destination;

    friend bool operator<(const StreamKey &a, const StreamKey &b)
    {
        return a.source == b.source ? a.destination < b.destination : a.source < b.source;
    }
};

class TcpReassembly
{
public:
    // A SIP message (or, when its stream ends first, what there was of it) and the packet its
    // first byte came in.
    using MessageSink = std::function<void(const StreamKey &, const PacketInfo &, QByteArrayView message)>;
    // Bytes that never appeared in a stream (lost by the capture, or cut by the snap length).
    using GapSink = std::function<void(const StreamKey &)>;

    TcpReassembly(MessageSink messages, GapSink gaps);

    void add(const Segment &segment, const PacketInfo &packet);
    // End of the capture: holes are given up on, what is left of every stream is delivered.
    void finish();

private:
    struct Pending
    {
        quint32 sequence;
        QByteArray data;
        PacketInfo packet;
        bool fin;
    };
    struct Mark
    {
        qint64 offset; // in the stream
        PacketInfo packet;
    };
    struct Stream
    {
        bool haveSequence = false;
        bool synSeen = false;
        quint32 initial = 0;   // the SYN's sequence number
        quint32 next = 0;      // the next sequence number expected
        bool aligned = false;  // the bytes delivered begin at a message boundary
        bool closed = false;   // FIN taken
        std::vector<Pending> pending;
        qsizetype pendingBytes = 0;
        QByteArray buffer;     // delivered bytes not yet cut into messages, from `read` on
        qsizetype read = 0;
        qint64 base = 0;       // stream offset of buffer[0]
        std::vector<Mark> marks;
    };

    void place(const StreamKey &key, Stream &s, quint32 sequence, QByteArrayView data, const PacketInfo &packet,
               bool fin);
    void drain(const StreamKey &key, Stream &s);
    void deliver(const StreamKey &key, Stream &s, QByteArrayView data, const PacketInfo &packet);
    void cut(const StreamKey &key, Stream &s);
    void skipHole(const StreamKey &key, Stream &s);
    void endOfStream(const StreamKey &key, Stream &s);
    void discardBuffer(Stream &s);
    void emitMessage(const StreamKey &key, Stream &s, qsizetype length);

    MessageSink m_messages;
    GapSink m_gaps;
    std::map<StreamKey, Stream> m_streams;
};

} // namespace sipref::capture
