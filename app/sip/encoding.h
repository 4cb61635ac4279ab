#pragma once

#include <QByteArray>
#include <QString>

namespace sipref {

// The text encodings an input can arrive in. SIP syntax is ASCII, so the scanner reads UTF-8,
// GB18030 and Windows-1252 bytes as they are (GB18030 never uses CR, LF, SP, ':' or '/' inside a
// character); only UTF-16 must be converted first. Text that is not UTF-8 is GB18030 when it reads
// as Chinese, else Windows-1252 (Latin-1 with the Windows extras): a log from a Western European
// Windows machine.
enum class TextEncoding { Utf8, Gb18030, Utf16LE, Utf16BE, Binary, Windows1252 };

struct DecodedInput
{
    QByteArray bytes;          // what the scanner reads: the input, or its UTF-8 form for UTF-16
    TextEncoding encoding = TextEncoding::Utf8;
    bool converted = false;    // offsets refer to the converted bytes, not the file
};

bool isValidUtf8(const char *data, qsizetype size);
// plainAscii: the caller has seen that no byte is 0x80 or above (findInputMarks() does, on its walk
// over the input), so the input is UTF-8 without the walk that checks it.
TextEncoding detectEncoding(const QByteArray &bytes, bool plainAscii = false);
DecodedInput prepareInput(const QByteArray &bytes, bool plainAscii = false);
QString encodingName(TextEncoding encoding); // "UTF-8", "GB18030", ...
// Text of a part of the input as characters, in the input's encoding.
QString decodeBytes(const char *data, qsizetype size, TextEncoding encoding);
// CR CR LF (CRLF text converted once more on Windows) as one line break: an editor takes the CR
// alone for a line break of its own, and every line of the message came out double-spaced, the
// header block ended by the first "empty" line.
QString withoutDoubledCr(QString text);
// The whole input as characters (for the editor: with withoutDoubledCr()); `detected`, when given,
// receives the encoding it was read in.
QString decodeText(const QByteArray &bytes, TextEncoding *detected = nullptr);

} // namespace sipref
