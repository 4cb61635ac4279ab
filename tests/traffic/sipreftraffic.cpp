// sipref-traffic: writes deterministic SIP traffic for benchmarks and fuzzing seeds.
//   sipref-traffic OUT [--bytes N] [--style raw|log|capture|tcp-capture] [--seed N] [--faulty PER_MILLE]
#include "trafficgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("File to write."));
    const QCommandLineOption bytes(QStringLiteral("bytes"), QStringLiteral("Size to generate."), QStringLiteral("n"),
                                   QStringLiteral("20000000"));
    const QCommandLineOption style(QStringLiteral("style"), QStringLiteral("raw, log, capture (pcap, UDP) or tcp-capture."), QStringLiteral("style"),
                                   QStringLiteral("raw"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption faulty(QStringLiteral("faulty"), QStringLiteral("Faulty messages per mille."),
                                    QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({bytes, style, seed, faulty});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    sipref::traffic::Options o;
    o.bytes = parser.value(bytes).toLongLong();
    using Style = sipref::traffic::Options::Style;
    o.style = parser.value(style) == QLatin1String("log")           ? Style::Log
              : parser.value(style) == QLatin1String("capture")     ? Style::Capture
              : parser.value(style) == QLatin1String("tcp-capture") ? Style::TcpCapture
                                                                    : Style::Raw;
    o.seed = parser.value(seed).toUInt();
    o.faultyPerMille = parser.value(faulty).toInt();
    const sipref::traffic::Traffic t = sipref::traffic::generate(o);
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly) || file.write(t.text) != t.text.size())
        return 2;
    QTextStream(stdout) << "wrote " << t.text.size() << " bytes, " << t.messages << " messages, " << t.faulty
                        << " faulty\n";
    return 0;
}
