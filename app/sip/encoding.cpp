#include "sip/encoding.h"

#include <QStringDecoder>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
#if defined(__SSE2__)
        // Plain ASCII runs are the common case, and this runs over the whole input before the
        // scan: 64 bytes per step while no byte has its top bit set.
        while (size - i >= 64) {
            const auto *q = reinterpret_cast<const __m128i *>(p + i);
            const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                             _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
            if (_mm_movemask_epi8(any) != 0)
                break;
            i += 64;
        }
        if (i >= size)
            break;
#endif
        // Plain ASCII runs are the common case: test eight bytes at a time.
        if (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, p + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

namespace {

bool looksUtf16(const QByteArray &b, bool *bigEndian)
{
    if (b.size() >= 2) {
        const auto c0 = uchar(b[0]), c1 = uchar(b[1]);
        if (c0 == 0xff && c1 == 0xfe) {
            *bigEndian = false;
            return true;
        }
        if (c0 == 0xfe && c1 == 0xff) {
            *bigEndian = true;
            return true;
        }
    }
    // No BOM: ASCII text in UTF-16 has a NUL in every other byte.
    const qsizetype n = std::min<qsizetype>(b.size(), 4096) & ~qsizetype(1);
    if (n < 16)
        return false;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += b[i] == 0;
        oddNul += b[i + 1] == 0;
    }
    if (oddNul > n * 4 / 10 && evenNul < n / 50) {
        *bigEndian = false;
        return true;
    }
    if (evenNul > n * 4 / 10 && oddNul < n / 50) {
        *bigEndian = true;
        return true;
    }
    return false;
}

bool looksBinary(const QByteArray &b)
{
    const qsizetype n = std::min<qsizetype>(b.size(), 65536);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(b[i]);
        control += (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f;
    }
    return n > 0 && control * 10 > n; // over 10% control bytes
}

// Whether text that is not UTF-8 reads as GB18030. Chinese text is made of byte pairs with both
// bytes at or above 0x81 (GB2312's range, nearly every character in use) or four-byte forms;
// Latin-1 text has single high bytes, followed by an ASCII letter (which GBK also allows as a
// second byte, but for rare characters only), a space or punctuation (which it does not). A few
// broken pairs (a log cut inside a character) do not change the answer.
bool readsAsGb18030(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData());
    const qsizetype n = std::min<qsizetype>(b.size(), 4 << 20);
    qsizetype chinese = 0, other = 0;
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const uchar second = i + 1 < n ? p[i + 1] : 0;
        if (c >= 0x81 && c <= 0xfe && second >= 0x81 && second <= 0xfe) {
            ++chinese;
            i += 2;
        } else if (c >= 0x81 && c <= 0xfe && second >= 0x30 && second <= 0x39 && i + 3 < n && p[i + 2] >= 0x81
                   && p[i + 2] <= 0xfe && p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
            ++chinese;
            i += 4;
        } else {
            ++other; // a lone high byte, or one before ASCII
            i += 1 + (second >= 0x40 && second <= 0x7e);
        }
    }
    return chinese > 0 && chinese >= other;
}

} // namespace

TextEncoding detectEncoding(const QByteArray &bytes, bool plainAscii)
{
    bool bigEndian = false;
    if (looksUtf16(bytes, &bigEndian))
        return bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
    if (looksBinary(bytes))
        return TextEncoding::Binary;
    if (plainAscii || isValidUtf8(bytes.constData(), bytes.size()))
        return TextEncoding::Utf8;
    return readsAsGb18030(bytes) ? TextEncoding::Gb18030 : TextEncoding::Windows1252;
}

DecodedInput prepareInput(const QByteArray &bytes, bool plainAscii)
{
    DecodedInput in;
    in.encoding = detectEncoding(bytes, plainAscii);
    if (in.encoding == TextEncoding::Utf16LE || in.encoding == TextEncoding::Utf16BE) {
        in.bytes = decodeText(bytes).toUtf8();
        in.converted = true;
    } else {
        in.bytes = bytes;
    }
    return in;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Binary:
        return QStringLiteral("binary");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString decodeBytes(const char *data, qsizetype size, TextEncoding encoding)
{
    if (encoding == TextEncoding::Gb18030) {
        QStringDecoder gb("GB18030");
        if (gb.isValid())
            return gb.decode(QByteArrayView(data, size));
    }
    if (encoding == TextEncoding::Windows1252) {
        QStringDecoder windows("windows-1252");
        return windows.isValid() ? windows.decode(QByteArrayView(data, size)) : QString::fromLatin1(data, size);
    }
    // Binary and UTF-16 inputs are parsed as UTF-8 bytes; invalid sequences become U+FFFD.
    return QString::fromUtf8(data, size);
}

QString withoutDoubledCr(QString text)
{
    static const QString doubled = QStringLiteral("\r\r\n");
    if (text.contains(doubled))
        text.replace(doubled, QStringLiteral("\n"));
    return text;
}

QString decodeText(const QByteArray &bytes, TextEncoding *detected)
{
    QString text;
    const TextEncoding encoding = detectEncoding(bytes);
    if (detected)
        *detected = encoding;
    switch (encoding) {
    case TextEncoding::Utf16LE:
        text = QStringDecoder(QStringConverter::Utf16LE).decode(bytes);
        break;
    case TextEncoding::Utf16BE:
        text = QStringDecoder(QStringConverter::Utf16BE).decode(bytes);
        break;
    case TextEncoding::Gb18030:
    case TextEncoding::Windows1252:
        text = decodeBytes(bytes.constData(), bytes.size(), encoding);
        break;
    case TextEncoding::Utf8:
    case TextEncoding::Binary:
        text = QString::fromUtf8(bytes);
        break;
    }
    return text;
}

} // namespace sipref
