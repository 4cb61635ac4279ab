#include <QtTest>
class Placeholderchecks : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholderchecks)
#include "tst_checks.moc"
