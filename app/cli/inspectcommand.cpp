#include "cli/inspectcommand.h"

#include "capture/inputinspection.h"
#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "checks/inspection.h"
#include "cli/cli.h"
#include "cli/commandoptions.h"
#include "cli/inspectionjson.h"
#include "sip/filereading.h"
#include "sip/lineindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <atomic>

namespace sipref::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void write(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

// "  [15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060 UDP]": what the log or capture told.
QString originText(const MessageOrigin &o)
{
    if (!o.isKnown())
        return {};
    QStringList parts;
    if (o.hasTime())
        parts << formatOriginTime(o);
    const QString self = Cli::tr("this host");
    QString source = QString::fromUtf8(o.source);
    QString destination = QString::fromUtf8(o.destination);
    if (o.direction == Direction::Received && destination.isEmpty())
        destination = self;
    if (o.direction == Direction::Sent && source.isEmpty())
        source = self;
    if (!source.isEmpty() || !destination.isEmpty())
        parts << QStringLiteral("%1 -> %2").arg(source.isEmpty() ? QStringLiteral("?") : source,
                                                 destination.isEmpty() ? QStringLiteral("?") : destination);
    if (o.transport != Transport::Unknown)
        parts << QString::fromLatin1(transportName(o.transport));
    return QStringLiteral("  [") + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
}

} // namespace

QString textReport(const Inspection &in, const QString &name, Language language)
{
    // Lines and columns of the input as given, also where escaped messages were unescaped.
    const LineIndex lines{QByteArrayView(in.inputText())};
    QString out;
    auto location = [&](qsizetype textOffset) {
        const qsizetype offset = in.inputOffset(textOffset);
        return QStringLiteral("%1:%2:%3").arg(name).arg(lines.line(offset)).arg(lines.column(offset));
    };
    auto report = [&](const Diagnostic &d) {
        QString line = QStringLiteral("%1: %2: %3").arg(location(d.span.offset), severityLabel(d.severity, language),
                                                        diagnosticMessage(d, language));
        line += QStringLiteral(" [%1").arg(QString::fromLatin1(d.id));
        if (*d.rfc)
            line += QStringLiteral(", ") + QString::fromUtf8(d.rfc);
        out += line + QStringLiteral("]\n");
    };
    std::size_t next = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message < 0)
            report(d);
    }
    for (std::size_t i = 0; i < in.messages.size(); ++i) {
        const SipMessage &m = in.messages[i];
        out += QStringLiteral("%1: %2%3\n").arg(location(m.startLine.offset), in.string(m.startLine), originText(*m.origin));
        for (; next < in.diagnostics.size(); ++next) {
            const Diagnostic &d = in.diagnostics[next];
            if (d.message < 0)
                continue;
            if (std::size_t(d.message) != i)
                break;
            report(d);
        }
    }
    out += Cli::tr("%1 message(s): %2 error(s), %3 warning(s), %4 note(s)\n")
               .arg(in.messages.size())
               .arg(in.count(Severity::Error))
               .arg(in.count(Severity::Warning))
               .arg(in.count(Severity::Info));
    return out;
}

int inspectCommand(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in)
{
    CommandOptions options({QStringLiteral("text"), QStringLiteral("json")}, QStringLiteral("file"),
                           Cli::tr("A file with SIP messages or a log, or - for standard input."));
    const QCommandLineOption bench(QStringLiteral("bench"),
                                   Cli::tr("Time the inspection in-process and print one BENCH line."));
    options.addOption(bench);
    const QCommandLineOption strictness(QStringLiteral("strictness"),
                                        Cli::tr("How hard to judge: strict (the RFCs as written), lenient (warnings "
                                                "become notes) or gb28181 (GB/T 28181 platform habits accepted)."),
                                        QStringLiteral("level"));
    options.addOption(strictness);
    if (!options.parse(arguments, err))
        return UsageError;
    if (options.positional().size() != 1) {
        writeLine(err, Cli::tr("Usage: sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]"));
        return UsageError;
    }
    const Language language = options.language();
    const QString fmt = options.format();
    const QString name = options.positional().first();
    // Read up to what the inspector can read of an input (2 GiB): `sipref inspect /dev/zero`, or
    // an endless pipe, used to take all of the memory and then abort.
    const std::atomic_bool notCancelled(false);
    FileReadResult read;
    if (name == QLatin1String("-")) {
        if (!in) {
            write(err, Cli::tr("Standard input cannot be read.") + QLatin1Char('\n'));
            return UsageError;
        }
        read = readWholeFile(*in, notCancelled);
    } else {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            write(err, Cli::tr("Cannot read \"%1\": %2").arg(name, file.errorString()) + QLatin1Char('\n'));
            return UsageError;
        }
        read = readWholeFile(file, notCancelled);
    }
    if (!read.error.isEmpty()) {
        write(err, Cli::tr("Cannot read \"%1\": %2").arg(name, read.error) + QLatin1Char('\n'));
        return UsageError;
    }
    if (read.truncated)
        writeLine(err, Cli::tr("Only the first %1 bytes of \"%2\" are inspected: the inspector reads inputs of up to 2 GiB.")
                           .arg(read.bytes.size())
                           .arg(name));
    QByteArray bytes = std::move(read.bytes);

    InspectOptions inspectOptions;
    if (options.isSet(strictness)) {
        const QString level = options.value(strictness).toLower();
        if (level == QLatin1String("lenient"))
            inspectOptions.strictness = Strictness::Lenient;
        else if (level == QLatin1String("gb28181"))
            inspectOptions.strictness = Strictness::Gb28181;
        else if (level != QLatin1String("strict")) {
            writeLine(err, Cli::tr("Unknown strictness \"%1\"; use strict, lenient or gb28181.").arg(level));
            return UsageError;
        }
    }
    const Catalog catalog;
    QElapsedTimer timer;
    timer.start();
    // A pcap/pcapng file is read as a capture; anything else as text.
    const qsizetype size = bytes.size();
    const Inspection result = inspectInput(std::move(bytes), catalog, inspectOptions);
    const qint64 ns = timer.nsecsElapsed();
    if (options.isSet(bench)) {
        const double seconds = double(ns) / 1e9;
        write(out, QStringLiteral("BENCH bytes=%1 messages=%2 diagnostics=%3 seconds=%4 mbps=%5\n")
                       .arg(size)
                       .arg(result.messages.size())
                       .arg(result.diagnostics.size())
                       .arg(seconds, 0, 'f', 4)
                       .arg(seconds > 0 ? double(size) / 1e6 / seconds : 0.0, 0, 'f', 1));
    } else if (fmt == QLatin1String("json")) {
        write(out, QString::fromUtf8(QJsonDocument(inspectionToJson(result, name, language)).toJson()));
    } else {
        write(out, textReport(result, name == QLatin1String("-") ? QStringLiteral("<stdin>") : name, language));
    }
    return result.count(Severity::Error) > 0 ? NotFound : Ok;
}

} // namespace sipref::cli
