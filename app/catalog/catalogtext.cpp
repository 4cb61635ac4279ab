#include "catalog/catalogtext.h"

#include "i18n/translations.h"

namespace sipref {

QString CatalogText::in(Language language) const
{
    if (m_source)
        return translate(language, "Catalog", m_source, m_comment);
    return m_made.in(language);
}

} // namespace sipref
