#pragma once

#include "i18n/language.h"

#include <QTranslator>
#include <memory>

namespace sipref {

// The translators installed in the application: Qt's own first, ours last (so ours win).
// Switching language swaps them, which sends LanguageChange to every widget.
class AppTranslator
{
public:
    AppTranslator() = default;
    ~AppTranslator();
    void setLanguage(Language language);
    Language language() const { return m_language; }

private:
    void removeAll();
    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_sipref;
};

} // namespace sipref
