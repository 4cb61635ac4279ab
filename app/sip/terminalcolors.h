#pragma once

#include "sip/replacedtext.h"

#include <QByteArrayView>

namespace sipref {

// Terminal colour codes — ANSI escape sequences such as ESC[1;32m, which consoles with colours
// (a Kamailio with log_color, fs_cli, a pjsua log saved with its colours) put around log lines and
// sometimes around a start line — left out: "ESC[32mINVITE sip:b@c SIP/2.0ESC[0m" was no start line.
// Control sequences (ESC [ ... final byte) and charset selections (ESC ( B) go; everything else,
// a lone ESC too, is copied.
ReplacedText stripTerminalColors(QByteArrayView input);

} // namespace sipref
