#pragma once

#include <QString>

namespace sipref {

// The two languages every text of the product exists in. English is the source language.
enum class Language { English, Chinese };

QString languageCode(Language language); // "en" or "zh_CN"
// Accepts "en", "zh_CN", "zh-CN", "zh", "cn" (case-insensitive); false when unknown.
bool parseLanguage(const QString &code, Language *language);
Language systemLanguage();

// A text in both languages, resolved once when the catalog is loaded.
struct LocalizedText
{
    QString en;
    QString zh;

    const QString &in(Language language) const { return language == Language::Chinese ? zh : en; }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

} // namespace sipref
