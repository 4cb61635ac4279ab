#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sipref {

const QTranslator &chineseTranslator()
{
    // A function-local static is initialised exactly once, also when worker threads race to it.
    static const QTranslator *const translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/sipref_zh_CN.qm")))
            qWarning("sipref: the embedded Chinese translation could not be loaded");
        return t;
    }();
    return *translator;
}

QString translate(Language language, const char *context, const char *source, const char *comment)
{
    if (!source || !*source)
        return {};
    if (language == Language::Chinese) {
        const QString zh = chineseTranslator().translate(context, source, comment);
        if (!zh.isEmpty())
            return zh;
    }
    return QString::fromUtf8(source);
}

LocalizedText translateBoth(const char *context, const char *source, const char *comment)
{
    return {translate(Language::English, context, source, comment),
            translate(Language::Chinese, context, source, comment)};
}

} // namespace sipref
