#include "capture/capturefile.h"

#include "capture/textbuilder.h"
#include "capture/packetdecoder.h"
#include "capture/sipframing.h"
#include "capture/tcpreassembly.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

namespace sipref {

using namespace capture;

namespace {

// Reported streams with missing bytes; more than this many say nothing new.
constexpr std::size_t maxGapFindings = 20;
// Progress is reported every this many packets.
constexpr qint64 progressEvery = 2048;
// Later than 9999-12-31: a time stamp that is garbage.
constexpr qint64 lastSecond = 253402300799;

Diagnostic problem(const char *id, const char *detail, Severity severity, QStringList args)
{
    Diagnostic d;
    d.id = id;
    d.detail = detail;
    d.severity = severity;
    d.span = Span{0, 0};
    d.args = std::move(args);
    d.message = -1;
    return d;
}

// libpcap says "truncated dump file; tried to read ..." when the file ends inside a record.
bool saysTruncated(const char *error)
{
    return error && std::strstr(error, "truncated") != nullptr;
}

void readFailure(CaptureText &out, const char *error, bool inHeader)
{
    const QString message = QString::fromUtf8(error ? error : "");
    if (saysTruncated(error)) {
        out.problems.push_back(inHeader ? problem("capture-truncated", "header", Severity::Error, {})
                                        : problem("capture-truncated", "", Severity::Warning,
                                                  {QString::number(out.packets)}));
    } else {
        out.problems.push_back(inHeader ? problem("capture-corrupt", "header", Severity::Error, {message})
                                        : problem("capture-corrupt", "", Severity::Error,
                                                  {QString::number(out.packets), message}));
    }
}

Stamp stampOf(const pcap_pkthdr &header)
{
    qint64 sec = qBound(qint64(0), qint64(header.ts.tv_sec), lastSecond);
    qint64 usec = qint64(header.ts.tv_usec);
    if (usec < 0 || usec >= 1000000) { // libpcap normalises; a broken file may still say anything
        sec += usec / 1000000;
        usec %= 1000000;
        if (usec < 0) {
            usec += 1000000;
            sec -= 1;
        }
        sec = qBound(qint64(0), sec, lastSecond);
    }
    return Stamp{sec, qint32(usec)};
}

class Reader
{
public:
    Reader(CaptureText &out, int linkType)
        : m_out(out), m_decoder(linkType),
          m_tcp([this](const StreamKey &key, const PacketInfo &packet,
                       QByteArrayView message) { m_writer.add('T', key.source, key.destination, packet, message); },
                [this](const StreamKey &key) { gap(key); })
    {
    }

    void packet(const pcap_pkthdr &header, const u_char *data, qint64 index)
    {
        const PacketInfo info{index, stampOf(header)};
        const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(header.caplen));
        Segment segment;
        if (!m_decoder.decode(frame, segment))
            return;
        if (segment.protocol == Protocol::Tcp) {
            m_tcp.add(segment, info);
            return;
        }
        // UDP: one datagram, one message. Keep-alives (CRLF, zeros) and anything that does not
        // begin with a SIP start line are passed over, whatever the port.
        const QByteArrayView payload = segment.payload;
        if (payload.isEmpty() || isKeepAlive(payload))
            return;
        const QByteArrayView message = payload.sliced(leadingLineBreaks(payload));
        if (sipStartLine(message) == StartLine::Yes)
            m_writer.add('U', segment.source, segment.destination, info, message);
    }

    void finish()
    {
        m_tcp.finish();
        if (const int fragments = m_decoder.incompleteFragments(); fragments > 0)
            m_out.problems.push_back(
                problem("capture-ip-fragments", "", Severity::Warning, {QString::number(fragments)}));
        m_out.sipMessages = m_writer.count();
        m_out.text = m_writer.take(&m_out.origins);
    }

private:
    void gap(const StreamKey &key)
    {
        if (m_gapStreams.size() >= maxGapFindings || !m_gapStreams.insert(key).second)
            return;
        const QByteArray stream = formatEndpoint(key.source) + " -> " + formatEndpoint(key.destination);
        m_out.problems.push_back(
            problem("capture-tcp-gap", "", Severity::Warning, {QString::fromLatin1(stream)}));
    }

    CaptureText &m_out;
    PacketDecoder m_decoder;
    TextBuilder m_writer;
    TcpReassembly m_tcp;
    std::set<StreamKey> m_gapStreams;
};

} // namespace

bool looksLikeCapture(QByteArrayView firstBytes)
{
    if (firstBytes.size() < 4)
        return false;
    static const char magics[][4] = {
        {'\xa1', '\xb2', '\xc3', '\xd4'}, {'\xd4', '\xc3', '\xb2', '\xa1'}, // pcap, microseconds
        {'\xa1', '\xb2', '\x3c', '\x4d'}, {'\x4d', '\x3c', '\xb2', '\xa1'}, // pcap, nanoseconds
        {'\xa1', '\xb2', '\xcd', '\x34'}, {'\x34', '\xcd', '\xb2', '\xa1'}, // pcap, Kuznetzov's patch
        {'\x0a', '\x0d', '\x0d', '\x0a'},                                   // pcapng section header
    };
    for (const auto &magic : magics) {
        if (std::memcmp(firstBytes.data(), magic, 4) == 0)
            return true;
    }
    return false;
}

CaptureText readCapture(QByteArray bytes, const std::atomic_bool *cancel, const CaptureProgress &progress)
{
    CaptureText out;
    if (!looksLikeCapture(bytes))
        return out;
    out.isCapture = true;
    const qint64 total = bytes.size();
    if (progress)
        progress(0, total);

    // libpcap reads a FILE; the bytes are already in memory, and read-only mode never writes them.
    FILE *file = fmemopen(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()), "rb");
    if (!file) {
        readFailure(out, std::strerror(errno), true);
        return out;
    }
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, error);
    if (!pcap) {
        std::fclose(file);
        readFailure(out, error, true);
        return out;
    }

    const int linkType = pcap_datalink(pcap);
    if (!linkTypeSupported(linkType)) {
        const char *name = pcap_datalink_val_to_name(linkType);
        out.problems.push_back(problem("capture-link-type", "", Severity::Error,
                                       {name ? QString::fromLatin1(name) : QStringLiteral("?"),
                                        QString::number(linkType)}));
        pcap_close(pcap);
        return out;
    }

    Reader reader(out, linkType);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            break;
        }
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int status = pcap_next_ex(pcap, &header, &data);
        if (status == PCAP_ERROR_BREAK || status == 0)
            break; // end of the file (0 is for live captures only)
        if (status != 1) {
            readFailure(out, pcap_geterr(pcap), false);
            break;
        }
        reader.packet(*header, data, out.packets);
        ++out.packets;
        if (progress && out.packets % progressEvery == 0)
            progress(qBound(qint64(0), qint64(std::ftell(pcap_file(pcap))), total), total);
    }
    pcap_close(pcap); // closes the FILE too
    // Let go of the capture's bytes (when the caller handed them over) before the text is put in
    // packet order, which holds it twice for a moment: a TCP capture's peak memory.
    bytes = QByteArray();

    reader.finish();
    if (out.cancelled)
        return out; // with what was found so far
    if (out.sipMessages == 0 && out.packets == 0)
        out.problems.push_back(problem("capture-no-sip", "empty", Severity::Error, {}));
    else if (out.sipMessages == 0)
        out.problems.push_back(problem("capture-no-sip", "", Severity::Error, {QString::number(out.packets)}));
    if (progress)
        progress(total, total);
    return out;
}

} // namespace sipref
