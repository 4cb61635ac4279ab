#pragma once

#include "sip/headernames.h"

#include <QByteArray>
#include <QString>

namespace sipref::training {

// Messages for training are written readably, with "\n" line ends and without Content-Length;
// this turns one into what goes on the wire: CRLF line ends and Content-Length counted from the
// body, so a body is never miscounted by hand.
QByteArray wireMessage(const QByteArray &head, const QByteArray &body = {});

// The wire message with every field line of that header removed (compact form included); the body
// and every other line stay byte for byte.
QByteArray withoutHeader(const QByteArray &wire, HeaderId header);

// The canonical names of the header fields in a wire message, in order, each once.
QStringList headerNames(const QByteArray &wire);

// CRLF to LF: how a log or an editor shows the text.
QString displayText(const QByteArray &wire);

} // namespace sipref::training
