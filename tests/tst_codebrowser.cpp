#include <QtTest>
class Placeholdercodebrowser : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("written next"); } };
QTEST_GUILESS_MAIN(Placeholdercodebrowser)
#include "tst_codebrowser.moc"
