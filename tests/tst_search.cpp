#include <QtTest>
class Placeholdersearch : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholdersearch)
#include "tst_search.moc"
