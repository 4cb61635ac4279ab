#include <QtTest>
class Placeholdercli : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholdercli)
#include "tst_cli.moc"
