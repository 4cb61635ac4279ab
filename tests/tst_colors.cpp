// Every colour the program writes text in is readable on the light Base (#ffffff) and on the dark
// one (#2b2b2b): WCAG 2 contrast of 4.5:1 for text (7:1 in high-contrast mode), 3:1 for the
// underlines of findings. Checked on the colour functions and on the HTML the panes really show.
#include "browser/entryhtml.h"
#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "checks/inspection.h"
#include "classcolors.h"
#include "inspector/siphighlighter.h"
#include "inspector/summarycard.h"
#include "settings/appearance.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>
#include <QTextDocument>
#include <QtTest>

using namespace sipref;

namespace {

const QColor lightBase(0xff, 0xff, 0xff);
const QColor darkBase(0x2b, 0x2b, 0x2b);

QColor base(bool dark)
{
    return dark ? darkBase : lightBase;
}

// Every text colour an HTML fragment sets (not backgrounds).
QList<QColor> textColours(const QString &html)
{
    static const QRegularExpression color(QStringLiteral("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6})"));
    QList<QColor> out;
    for (auto it = color.globalMatch(html); it.hasNext();)
        out.append(QColor(it.next().captured(1)));
    return out;
}

const QByteArray messages = "INVITE sip:bob@example.com SIP/2.0\r\n"
                            "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\r\n"
                            "To: Bob <sip:bob@example.com>\r\n"
                            "From: Alice <sip:alice@example.com>;tag=1928301774\r\n"
                            "Call-ID: a84b4c76e66710@pc33.example.com\r\n"
                            "CSeq: 314159 INVITE\r\n"
                            "Contact: <sip:alice@pc33.example.com>\r\n"
                            "Content-Length: 0\r\n\r\n"
                            "SIP/2.0 486 Busy Here\r\n"
                            "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\r\n"
                            "To: Bob <sip:bob@example.com>;tag=a6c85cf\r\n"
                            "From: Alice <sip:alice@example.com>;tag=1928301774\r\n"
                            "Call-ID: a84b4c76e66710@pc33.example.com\r\n"
                            "CSeq: 314159 INVITE\r\n"
                            "Reason: Q.850;cause=17;text=\"User busy\"\r\n"
                            "Warning: 399 gw.example.com \"Line busy\"\r\n"
                            "Content-Length: 0\r\n\r\n"
                            "SIP/2.0 200 OK\r\n"
                            "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\r\n"
                            "To: Bob <sip:bob@example.com>;tag=a6c85cf\r\n"
                            "From: Alice <sip:alice@example.com>;tag=1928301774\r\n"
                            "Call-ID: a84b4c76e66710@pc33.example.com\r\n"
                            "CSeq: 314159 INVITE\r\n"
                            "Content-Length: 0\r\n\r\n";

} // namespace

class TestColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setHighContrastColors(false); }
    void cleanup() { setHighContrastColors(false); }
    void contrastFormula();
    void palette();
    void classColours_data();
    void classColours();
    void highlighter_data();
    void highlighter();
    void entryHtml_data();
    void entryHtml();
    void summaryCard_data();
    void summaryCard();
    void lightAndDarkDiffer();

private:
    const Catalog m_catalog;
};

void TestColors::contrastFormula()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    // The WCAG example: #777 on white is just under 4.5.
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
}

void TestColors::palette()
{
    // The dark palette's own text and links are readable on its Base and Window.
    const QPalette p = darkPalette();
    QCOMPARE(p.color(QPalette::Base), darkBase);
    for (QPalette::ColorRole bg : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
        QVERIFY(contrastRatio(p.color(QPalette::Text), p.color(bg)) >= 7);
        QVERIFY(contrastRatio(p.color(QPalette::Link), p.color(bg)) >= 4.5);
        QVERIFY(contrastRatio(p.color(QPalette::PlaceholderText), p.color(bg)) >= 4.5);
    }
    QVERIFY(contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrastRatio(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)) >= 7);
    QVERIFY(contrastRatio(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7);
}

void TestColors::classColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("strong");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("light, high contrast") << false << true;
    QTest::newRow("dark, high contrast") << true << true;
}

void TestColors::classColours()
{
    QFETCH(bool, dark);
    QFETCH(bool, strong);
    setHighContrastColors(strong);
    const double text = strong ? 7.0 : 4.5;
    auto check = [&](const QColor &c, const QString &what) {
        const double onBase = contrastRatio(c, base(dark));
        QVERIFY2(onBase >= text,
                 qPrintable(QStringLiteral("%1 %2 on base: %3").arg(what, c.name()).arg(onBase, 0, 'f', 2)));
        // The browser puts related codes in a panel; the class filter shows them on the window.
        const double onPanel = contrastRatio(c, panelColor(dark));
        QVERIFY2(onPanel >= 4.5,
                 qPrintable(QStringLiteral("%1 %2 on panel: %3").arg(what, c.name()).arg(onPanel, 0, 'f', 2)));
        const QColor window = dark ? darkPalette().color(QPalette::Window) : QColor(0xef, 0xef, 0xef);
        const double onWindow = contrastRatio(c, window);
        QVERIFY2(onWindow >= 4.5,
                 qPrintable(QStringLiteral("%1 %2 on window: %3").arg(what, c.name()).arg(onWindow, 0, 'f', 2)));
    };
    for (int cls = 0; cls <= 7; ++cls)
        check(classColor(cls, Profile::Ietf, dark), QStringLiteral("class %1").arg(cls));
    check(classColor(4, Profile::Gb28181, dark), QStringLiteral("GB/T 28181"));
    for (const CodeEntry &e : m_catalog.entries())
        check(entryColor(e, dark), entryTitle(e));
    check(mutedTextColor(dark), QStringLiteral("muted"));
    check(successTextColor(dark), QStringLiteral("success"));
    // A checked class filter button: the colour as background, white (light) or Base (dark) on it.
    for (int cls = 1; cls <= 6; ++cls) {
        const double chip = contrastRatio(classColor(cls, Profile::Ietf, dark), dark ? darkBase : QColor(Qt::white));
        QVERIFY2(chip >= 4.5, qPrintable(QStringLiteral("chip %1: %2").arg(cls).arg(chip)));
    }
}

void TestColors::highlighter_data()
{
    classColours_data();
}

void TestColors::highlighter()
{
    QFETCH(bool, dark);
    QFETCH(bool, strong);
    setHighContrastColors(strong);
    QTextDocument document;
    SipHighlighter highlighter(&document);
    highlighter.setResult(nullptr, dark);
    const double text = strong ? 7.0 : 4.5;
    for (int k = 0; k < SipHighlighter::KindCount; ++k) {
        const QTextCharFormat f = highlighter.kindFormat(SipHighlighter::Kind(k));
        if (f.hasProperty(QTextFormat::ForegroundBrush)) {
            const double ratio = contrastRatio(f.foreground().color(), base(dark));
            QVERIFY2(ratio >= text,
                     qPrintable(QStringLiteral("kind %1 %2: %3").arg(k).arg(f.foreground().color().name()).arg(ratio)));
        }
        if (f.underlineStyle() != QTextCharFormat::NoUnderline) {
            const double ratio = contrastRatio(f.underlineColor(), base(dark));
            QVERIFY2(ratio >= 3.0,
                     qPrintable(QStringLiteral("mark %1 %2: %3").arg(k).arg(f.underlineColor().name()).arg(ratio)));
        }
    }
}

void TestColors::entryHtml_data()
{
    classColours_data();
}

void TestColors::entryHtml()
{
    QFETCH(bool, dark);
    QFETCH(bool, strong);
    setHighContrastColors(strong);
    int checked = 0;
    for (const CodeEntry &e : m_catalog.entries()) {
        for (Language l : {Language::English, Language::Chinese}) {
            const QString html = sipref::entryHtml(e, m_catalog, l, dark);
            for (const QColor &c : textColours(html)) {
                // Text in the entry pane sits on Base or on the panel of the side-by-side box.
                const double ratio = std::min(contrastRatio(c, base(dark)), contrastRatio(c, panelColor(dark)));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1: %2 at %3").arg(entryTitle(e), c.name()).arg(ratio)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 1000);
}

void TestColors::summaryCard_data()
{
    classColours_data();
}

void TestColors::summaryCard()
{
    QFETCH(bool, dark);
    QFETCH(bool, strong);
    setHighContrastColors(strong);
    const Inspection in = inspect(messages, m_catalog);
    QCOMPARE(int(in.messages.size()), 3);
    int checked = 0;
    for (int m = -1; m < 3; ++m) {
        const QString html = summaryCardHtml(in, m, m_catalog, Language::Chinese, dark);
        for (const QColor &c : textColours(html)) {
            const double ratio = contrastRatio(c, base(dark));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("message %1: %2 at %3").arg(m).arg(c.name()).arg(ratio)));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
}

void TestColors::lightAndDarkDiffer()
{
    // The variants really are chosen by palette: the same class is lighter on a dark one.
    for (int cls = 1; cls <= 6; ++cls)
        QVERIFY(classColor(cls, Profile::Ietf, true).lightnessF() > classColor(cls, Profile::Ietf, false).lightnessF());
    QApplication::setPalette(darkPalette());
    QCOMPARE(classColor(4), classColor(4, Profile::Ietf, true));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QCOMPARE(classColor(4), classColor(4, Profile::Ietf, false));
}

QTEST_MAIN(TestColors)
#include "tst_colors.moc"
