#include <QtTest>
class Placeholderscanner : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholderscanner)
#include "tst_scanner.moc"
