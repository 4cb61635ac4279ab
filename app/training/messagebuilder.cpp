#include "training/messagebuilder.h"

#include <QStringList>

namespace sipref::training {

namespace {

QByteArray toCrlf(const QByteArray &lf)
{
    QByteArray out;
    out.reserve(lf.size() + lf.count('\n'));
    for (char c : lf) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

// Where the header block ends (the index of the empty line's CRLF), or the size.
qsizetype headerEnd(const QByteArray &wire)
{
    const qsizetype end = wire.indexOf("\r\n\r\n");
    return end < 0 ? wire.size() : end + 2;
}

HeaderId lineHeader(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
        return HeaderId::Unknown;
    return headerIdFromName(line.first(colon).trimmed());
}

} // namespace

QByteArray wireMessage(const QByteArray &head, const QByteArray &body)
{
    QByteArray h = head;
    if (!h.endsWith('\n'))
        h += '\n';
    const QByteArray b = toCrlf(body);
    return toCrlf(h) + "Content-Length: " + QByteArray::number(b.size()) + "\r\n\r\n" + b;
}

QByteArray withoutHeader(const QByteArray &wire, HeaderId header)
{
    const qsizetype end = headerEnd(wire);
    QByteArray out;
    out.reserve(wire.size());
    qsizetype pos = 0;
    bool skipping = false;
    while (pos < end) {
        qsizetype eol = wire.indexOf("\r\n", pos);
        eol = eol < 0 || eol > end ? end : eol + 2;
        const QByteArrayView line = QByteArrayView(wire).sliced(pos, eol - pos);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            skipping = pos > 0 && lineHeader(line) == header;
        if (!skipping)
            out += line;
        pos = eol;
    }
    out += QByteArrayView(wire).sliced(end);
    return out;
}

QStringList headerNames(const QByteArray &wire)
{
    QStringList out;
    const qsizetype end = headerEnd(wire);
    qsizetype pos = wire.indexOf("\r\n");
    pos = pos < 0 ? end : pos + 2; // after the start line
    while (pos < end) {
        qsizetype eol = wire.indexOf("\r\n", pos);
        eol = eol < 0 || eol > end ? end : eol + 2;
        const HeaderId id = lineHeader(QByteArrayView(wire).sliced(pos, eol - pos));
        const QString name = QString::fromLatin1(canonicalHeaderName(id));
        if (id != HeaderId::Unknown && !out.contains(name))
            out.append(name);
        pos = eol;
    }
    return out;
}

QString displayText(const QByteArray &wire)
{
    QByteArray lf = wire;
    lf.replace("\r\n", "\n");
    return QString::fromUtf8(lf);
}

} // namespace sipref::training
