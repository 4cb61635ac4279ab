#pragma once

#include "flow/flow.h"
#include "i18n/language.h"

#include <QString>

namespace sipref {

// The ladder as plain text for a ticket or a terminal: the time of each message on the left
// (when the input gives times), one lifeline per host under its address, one arrow per message
// spanning the lifelines between sender and receiver:
//
//                  10.0.0.1:5060          10.0.0.2:5060
//   15:06:41.123         |-----INVITE (SDP)---->|
//   15:06:41.130         |<----180 Ringing------|
//
// Columns are as wide as the longest label needs; lines have no trailing spaces; everything is
// ASCII except host names and labels as the messages write them. Ends with a line break.
QString asciiLadder(const Ladder &ladder, const Inspection &inspection, Language language = Language::English);

// "answered", "busy", ... in that language (for the CLI and the flow view).
QString callStateName(CallState state, Language language);

// Columns a monospaced terminal gives the text: 2 for East Asian wide characters, else 1.
int displayWidth(const QString &text);

} // namespace sipref
