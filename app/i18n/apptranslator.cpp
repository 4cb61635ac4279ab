#include "i18n/apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sipref {

AppTranslator::~AppTranslator()
{
    removeAll();
}

void AppTranslator::removeAll()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_sipref)
        QCoreApplication::removeTranslator(m_sipref.get());
    m_qt.reset();
    m_sipref.reset();
}

void AppTranslator::setLanguage(Language language)
{
    removeAll();
    m_language = language;
    m_sipref = std::make_unique<QTranslator>();
    if (language == Language::English) {
        // English is the source language; its file only holds the plural forms ("1 code", "2 codes").
        if (m_sipref->load(QStringLiteral(":/i18n/sipref_en.qm")))
            QCoreApplication::installTranslator(m_sipref.get());
        return;
    }
    m_qt = std::make_unique<QTranslator>();
    // Embedded at build time; the system copy is the fallback for builds made without it.
    if (m_qt->load(QStringLiteral(":/i18n/qtbase_zh_CN.qm"))
        || m_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    if (m_sipref->load(QStringLiteral(":/i18n/sipref_zh_CN.qm")))
        QCoreApplication::installTranslator(m_sipref.get());
}

} // namespace sipref
