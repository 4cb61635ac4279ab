#include "i18n/language.h"

#include <QLocale>

namespace sipref {

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool parseLanguage(const QString &code, Language *language)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_"))) {
        *language = Language::English;
        return true;
    }
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("cn")
        || c == QLatin1String("zh_hans")) {
        *language = Language::Chinese;
        return true;
    }
    return false;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

} // namespace sipref
