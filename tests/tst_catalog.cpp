#include "catalog/catalog.h"
#include <QtTest>
class TestCatalog : public QObject { Q_OBJECT private Q_SLOTS: void loads() { sipref::Catalog c; QCOMPARE(c.entries().size(), 84); } };
QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
