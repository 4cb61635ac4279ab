#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace sipref {

class Catalog;

// Search-as-you-type and the class filter over CodeListModel. With a query, rows are ranked by
// the catalog's search score; without one they stay in code order.
class CodeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // 0 = everything, 1..6 = that SIP class, then the GB/T 28181 profile, Q.850 causes, Warning codes.
    static constexpr int GbClass = 7;
    static constexpr int Q850Class = 8;
    static constexpr int WarningClass = 9;

    explicit CodeFilterProxy(const Catalog &catalog, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setClassFilter(int codeClass);
    int classFilter() const { return m_class; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refresh();

    const Catalog &m_catalog;
    QString m_query;
    int m_class = 0;
    QHash<int, int> m_scores; // entry index -> score, for the current query
};

} // namespace sipref
