// Every translatable string has a finished zh_CN translation that keeps its placeholders, and
// the compiled translation embedded in the binary is the one the texts come from.
#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "i18n/translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sipref;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noUnfinishedEntries();
    void placeholdersKept();
    void embeddedTranslationLoads();
    void diagnosticsTranslated();

private:
    struct Message
    {
        QString context, source, translation;
        bool unfinished = false;
        bool numerus = false;
    };
    QList<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    QFile file(QStringLiteral(SIPREF_SOURCE_DIR "/translations/sipref_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false, xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m_messages.append(current);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(m_messages.size() > 500);
}

void TestTranslations::noUnfinishedEntries()
{
    QStringList missing;
    for (const Message &m : m_messages) {
        if (m.unfinished || m.translation.trimmed().isEmpty())
            missing.append(m.context + QStringLiteral(": ") + m.source.left(70));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(missing.size()) + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersKept()
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    for (const Message &m : m_messages) {
        QSet<QString> wanted, got;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured(0));
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            got.insert(it.next().captured(0));
        QVERIFY2(wanted == got, qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
}

void TestTranslations::embeddedTranslationLoads()
{
    QVERIFY(!chineseTranslator().isEmpty());
    QCOMPARE(translate(Language::Chinese, "Diagnostics", "error", "severity"), QStringLiteral("错误"));
    QCOMPARE(translate(Language::English, "Diagnostics", "error", "severity"), QStringLiteral("error"));
}

void TestTranslations::diagnosticsTranslated()
{
    for (const auto &[id, detail] : knownDiagnostics()) {
        const QByteArray idBytes = id.toLatin1(), detailBytes = detail.toLatin1();
        Diagnostic d;
        d.id = idBytes.constData();
        d.detail = detailBytes.constData();
        d.args = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const QString en = diagnosticMessage(d, Language::English);
        const QString zh = diagnosticMessage(d, Language::Chinese);
        QVERIFY2(en != id, qPrintable(id));
        QVERIFY2(zh != en, qPrintable(id + QLatin1Char(' ') + detail));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
