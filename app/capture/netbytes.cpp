#include "capture/netbytes.h"

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>

namespace sipref::capture {

namespace {

// n decimal digits of v, zero-padded, at p; returns the end.
char *putDigits(char *p, qint64 v, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    return p + n;
}

// v in decimal without padding at p; returns the end.
char *putNumber(char *p, unsigned v)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = digits[--n];
    return p;
}

// "0" to "255" for each byte value, and its length: an IPv4 address is four copies.
struct Octets
{
    char text[256][4] = {};
    quint8 length[256] = {};
    constexpr Octets()
    {
        for (int v = 0; v < 256; ++v) {
            int n = 0;
            if (v >= 100)
                text[v][n++] = char('0' + v / 100);
            if (v >= 10)
                text[v][n++] = char('0' + v / 10 % 10);
            text[v][n++] = char('0' + v % 10);
            length[v] = quint8(n);
        }
    }
};
constexpr Octets octets;

} // namespace

char *writeEndpoint(char *p, const Endpoint &e)
{
    // Two of these head every message of a capture: IPv4 is written here, as inet_ntop writes it
    // (inet_ntop and the arrays it went into took nearly half of the time of reading a capture).
    if (e.address.version == 6) {
        *p++ = '[';
        if (!inet_ntop(AF_INET6, e.address.bytes.data(), p, INET6_ADDRSTRLEN))
            *p = '\0';
        p += std::strlen(p);
        *p++ = ']';
    } else {
        for (int i = 0; i < 4; ++i) {
            const quint8 b = e.address.bytes[std::size_t(i)];
            std::memcpy(p, octets.text[b], 4); // the buffer has room for the whole address
            p += octets.length[b];
            *p++ = '.';
        }
        --p; // the last dot
    }
    *p++ = ':';
    return putNumber(p, e.port);
}

QByteArray formatEndpoint(const Endpoint &e)
{
    char buffer[maxEndpointLength];
    return QByteArray(buffer, writeEndpoint(buffer, e) - buffer);
}

char *writeStamp(char *out, Stamp t)
{
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm), proleptic Gregorian, UTC.
    const qint64 days = t.sec >= 0 ? t.sec / 86400 : (t.sec - 86399) / 86400;
    const qint64 secondOfDay = t.sec - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    if (year >= 0 && year <= 9999 && t.usec >= 0 && t.usec <= 999999) {
        // Every stamp of a real capture: written digit by digit (snprintf took nearly a third of
        // the time of reading a capture).
        char *p = putDigits(out, year, 4);
        *p++ = '-';
        p = putDigits(p, month, 2);
        *p++ = '-';
        p = putDigits(p, day, 2);
        *p++ = ' ';
        p = putDigits(p, secondOfDay / 3600, 2);
        *p++ = ':';
        p = putDigits(p, secondOfDay / 60 % 60, 2);
        *p++ = ':';
        p = putDigits(p, secondOfDay % 60, 2);
        *p++ = '.';
        return putDigits(p, t.usec, 6);
    }
    // A broken file's stamp far outside the calendar: as printf writes it.
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld.%06d",
                                static_cast<long long>(year), static_cast<long long>(month),
                                static_cast<long long>(day), static_cast<long long>(secondOfDay / 3600),
                                static_cast<long long>(secondOfDay / 60 % 60),
                                static_cast<long long>(secondOfDay % 60), int(t.usec));
    const int length = n > 0 ? qMin(n, maxStampLength) : 0;
    std::memcpy(out, buffer, std::size_t(length));
    return out + length;
}

QByteArray formatStamp(Stamp t)
{
    char buffer[maxStampLength];
    return QByteArray(buffer, writeStamp(buffer, t) - buffer);
}

} // namespace sipref::capture
