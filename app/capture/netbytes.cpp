#include "capture/netbytes.h"

#include <arpa/inet.h>
#include <cstdio>

namespace sipref::capture {

QByteArray formatEndpoint(const Endpoint &e)
{
    char address[INET6_ADDRSTRLEN] = {};
    const bool v6 = e.address.version == 6;
    if (!inet_ntop(v6 ? AF_INET6 : AF_INET, e.address.bytes.data(), address, sizeof address))
        address[0] = '\0';
    QByteArray out;
    out.reserve(48);
    if (v6)
        out += '[';
    out += address;
    if (v6)
        out += ']';
    out += ':';
    out += QByteArray::number(e.port);
    return out;
}

QByteArray formatStamp(Stamp t)
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

    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld.%06d",
                                static_cast<long long>(year), static_cast<long long>(month),
                                static_cast<long long>(day), static_cast<long long>(secondOfDay / 3600),
                                static_cast<long long>(secondOfDay / 60 % 60),
                                static_cast<long long>(secondOfDay % 60), int(t.usec));
    return QByteArray(buffer, n > 0 ? qMin(n, int(sizeof buffer) - 1) : 0);
}

} // namespace sipref::capture
