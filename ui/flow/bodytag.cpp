#include "flow/bodytag.h"

#include "checks/inspection.h"

namespace sipref {

QString bodyTag(const Inspection &inspection, const SipMessage &message)
{
    const HeaderField *type = message.first(HeaderId::ContentType);
    if (!type)
        return QStringLiteral("BODY");
    QString value = inspection.unfoldedValue(*type).trimmed();
    value = value.left(value.indexOf(QLatin1Char(';'))).trimmed(); // parameters: charset, boundary
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (value.isEmpty() || slash < 0)
        return QStringLiteral("BODY");
    if (value.left(slash).compare(QLatin1String("multipart"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("MULTIPART");
    QString subtype = value.mid(slash + 1).toUpper();
    if (subtype.size() > 14)
        subtype = subtype.left(13) + QChar(0x2026);
    return subtype.isEmpty() ? QStringLiteral("BODY") : subtype;
}

} // namespace sipref
