#include "sip/origin.h"

#include <QDateTime>
#include <QTime>

namespace sipref {

namespace {

struct TransportName
{
    Transport transport;
    const char *name;
};

const TransportName transportNames[] = {
    {Transport::Udp, "UDP"}, {Transport::Tcp, "TCP"}, {Transport::Tls, "TLS"},
    {Transport::Sctp, "SCTP"}, {Transport::Ws, "WS"},  {Transport::Wss, "WSS"},
};

} // namespace

const char *transportName(Transport t)
{
    for (const TransportName &n : transportNames) {
        if (n.transport == t)
            return n.name;
    }
    return "";
}

Transport transportFromName(QByteArrayView name)
{
    for (const TransportName &n : transportNames) {
        if (name.compare(QByteArrayView(n.name), Qt::CaseInsensitive) == 0)
            return n.transport;
    }
    return Transport::Unknown;
}

QString formatOriginTime(const MessageOrigin &o)
{
    if (!o.hasTime())
        return {};
    const qint64 micros = o.timeUs % 1000000;
    const QString fraction = QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
    if (o.hasDate) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(o.timeUs / 1000, Qt::UTC);
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + fraction + QLatin1Char('Z');
    }
    const QTime t = QTime::fromMSecsSinceStartOfDay(int((o.timeUs / 1000) % 86400000));
    return t.toString(QStringLiteral("HH:mm:ss")) + fraction;
}

} // namespace sipref
