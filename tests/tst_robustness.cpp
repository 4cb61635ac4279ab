#include <QtTest>
class Placeholderrobustness : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholderrobustness)
#include "tst_robustness.moc"
