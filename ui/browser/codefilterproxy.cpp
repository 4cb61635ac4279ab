#include "browser/codefilterproxy.h"

#include "browser/codelistmodel.h"
#include "catalog/catalog.h"

namespace sipref {

CodeFilterProxy::CodeFilterProxy(const Catalog &catalog, QObject *parent)
    : QSortFilterProxyModel(parent), m_catalog(catalog)
{
}

void CodeFilterProxy::setQuery(const QString &query)
{
    const QString q = query.simplified();
    if (q == m_query)
        return;
    m_query = q;
    m_scores.clear();
    for (const SearchHit &hit : m_catalog.search(m_query))
        m_scores.insert(hit.index, hit.score);
    refresh();
}

void CodeFilterProxy::setClassFilter(int codeClass)
{
    if (codeClass == m_class)
        return;
    m_class = codeClass;
    refresh();
}

void CodeFilterProxy::refresh()
{
    invalidate();
    // Without a query the rows stay in the catalog's (code) order, the source order: sorting them
    // would only cost time (column -1 keeps the source order).
    sort(m_query.isEmpty() ? -1 : 0);
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int entry = index.data(CodeListModel::EntryIndexRole).toInt();
    const CodeEntry &e = m_catalog.entries().at(entry);
    const bool sip = e.kind == EntryKind::Sip;
    if (m_class == GbClass && (!sip || e.profile != Profile::Gb28181))
        return false;
    if (m_class >= 1 && m_class <= 6 && (!sip || e.codeClass() != m_class || e.profile == Profile::Gb28181))
        return false;
    if (m_class == Q850Class && e.kind != EntryKind::Q850)
        return false;
    if (m_class == WarningClass && e.kind != EntryKind::Warning)
        return false;
    return m_query.isEmpty() || m_scores.contains(entry);
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.data(CodeListModel::EntryIndexRole).toInt();
    const int r = right.data(CodeListModel::EntryIndexRole).toInt();
    if (!m_query.isEmpty()) {
        const int ls = m_scores.value(l), rs = m_scores.value(r);
        if (ls != rs)
            return ls > rs;
    }
    return l < r; // the catalog is in code order
}

} // namespace sipref
