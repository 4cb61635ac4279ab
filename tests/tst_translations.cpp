#include <QtTest>
class Placeholdertranslations : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholdertranslations)
#include "tst_translations.moc"
