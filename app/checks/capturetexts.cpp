// The sentences of the findings about a capture file as a whole (ids "capture-…", app/capture).
#include "checks/sentences.h"

#include <iterator>

namespace sipref {

namespace {

const Sentence sentences[] = {
    {"capture-truncated", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture file ends in the middle of a packet: it was cut short, or copied while it was "
                        "still being written. The %1 packets before that point were read.",
                        "capture-truncated; %1 = packets read")},
    {"capture-truncated", "header",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture file ends inside its own header, before the first packet: nothing could be "
                        "read from it.",
                        "capture-truncated header")},
    {"capture-corrupt", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture file is damaged after %1 packets and was read no further (libpcap: %2).",
                        "capture-corrupt; %1 = packets read, %2 = libpcap's error message")},
    {"capture-corrupt", "header",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture file begins like a pcap or pcapng file, but its header cannot be read "
                        "(libpcap: %1).",
                        "capture-corrupt header; %1 = libpcap's error message")},
    {"capture-link-type", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture's link type %1 (%2) is not supported; sipref reads Ethernet, Linux cooked "
                        "(SLL and SLL2), raw IP and loopback captures.",
                        "capture-link-type; %1 = link type name, %2 = link type number")},
    {"capture-no-sip", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "None of the %1 packets in the capture carries a SIP message over UDP or TCP. SIP over TLS "
                        "(often port 5061) is encrypted and cannot be read from a capture.",
                        "capture-no-sip; %1 = packets in the capture")},
    {"capture-no-sip", "empty",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "The capture holds no packets at all: it was stopped before anything was captured, or the "
                        "capture filter matched nothing.",
                        "capture-no-sip empty")},
    {"capture-tcp-gap", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "Bytes are missing from the TCP stream %1: the capture lost packets or cut them short. The "
                        "message they belonged to is left out; reading goes on with the next message.",
                        "capture-tcp-gap; %1 = stream, source -> destination")},
    {"capture-ip-fragments", "",
     QT_TRANSLATE_NOOP3("Diagnostics",
                        "%1 fragmented IP datagrams could not be put back together because fragments are missing "
                        "from the capture; any SIP message they carried is left out.",
                        "capture-ip-fragments; %1 = datagrams")},
};

} // namespace

SentenceTable captureSentences()
{
    return {std::begin(sentences), std::end(sentences)};
}

} // namespace sipref
