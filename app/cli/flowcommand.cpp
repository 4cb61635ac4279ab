#include "cli/flowcommand.h"

#include "capture/inputinspection.h"
#include "catalog/catalog.h"
#include "checks/inspection.h"
#include "cli/cli.h"
#include "cli/commandoptions.h"
#include "flow/asciiladder.h"
#include "flow/flow.h"

#include <QCoreApplication>
#include <QFile>

namespace sipref::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

LadderImageWriter &imageWriter()
{
    static LadderImageWriter writer;
    return writer;
}

void write(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

QString seconds(qint64 us)
{
    return QString::number(double(us) / 1e6, 'f', 3);
}

// "answered (200), setup 2.100 s, duration 61.020 s" or "REGISTER (200)".
QString outcome(const Call &call, Language language)
{
    QString text = call.state == CallState::NonInvite ? QString::fromLatin1(call.method)
                                                      : callStateName(call.state, language);
    if (call.finalCode > 0)
        text += QStringLiteral(" (%1)").arg(call.finalCode);
    if (call.setupUs >= 0)
        text += Cli::tr(", setup %1 s").arg(seconds(call.setupUs));
    if (call.durationUs >= 0)
        text += Cli::tr(", duration %1 s").arg(seconds(call.durationUs));
    return text;
}

QString parties(const Call &call)
{
    return call.caller + QStringLiteral(" -> ") + call.callee;
}

QString callText(const Inspection &in, const Call &call, Language language)
{
    QString text = Cli::tr("Call %1").arg(QString::fromUtf8(call.callId)) + QLatin1Char('\n');
    text += QStringLiteral("  ") + parties(call) + QLatin1Char('\n');
    text += QStringLiteral("  ") + outcome(call, language) + QStringLiteral("\n\n");
    text += asciiLadder(buildLadder(in, in.flow, call.messages), in, language);
    return text;
}

bool readInput(const QString &name, QIODevice *in, QIODevice &err, QByteArray *bytes)
{
    if (name == QLatin1String("-")) {
        if (!in) {
            writeLine(err, Cli::tr("Standard input cannot be read."));
            return false;
        }
        *bytes = in->readAll();
        return true;
    }
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        writeLine(err, Cli::tr("Cannot read \"%1\": %2").arg(name, file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

void setLadderImageWriter(LadderImageWriter writer)
{
    imageWriter() = std::move(writer);
}

int flowCommand(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in)
{
    CommandOptions options({QStringLiteral("text"), QStringLiteral("svg"), QStringLiteral("png")}, QStringLiteral("file"),
                           Cli::tr("A file with SIP messages or a log, or - for standard input."));
    const QCommandLineOption callOption(QStringLiteral("call"), Cli::tr("Only the call with this Call-ID."),
                                        QStringLiteral("call-id"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          Cli::tr("Write to this file instead of standard output (required for "
                                                  "svg and png)."),
                                          QStringLiteral("file"));
    options.addOption(callOption);
    options.addOption(outputOption);
    if (!options.parse(arguments, err))
        return UsageError;
    if (options.positional().size() != 1) {
        writeLine(err, Cli::tr("Usage: sipref flow FILE|- [--call CALL-ID] [--format text|svg|png] [--output OUT] "
                               "[--lang en|zh_CN]"));
        return UsageError;
    }
    const Language language = options.language();
    const QString format = options.format();
    const QString output = options.value(outputOption);
    const bool image = format != QLatin1String("text");
    if (image && !imageWriter()) {
        writeLine(err, Cli::tr("This build of sipref cannot draw images; use --format text."));
        return UsageError;
    }
    if (image && output.isEmpty()) {
        writeLine(err, Cli::tr("--format %1 needs --output FILE.").arg(format));
        return UsageError;
    }
    QByteArray bytes;
    if (!readInput(options.positional().first(), in, err, &bytes))
        return UsageError;

    const Catalog catalog;
    const Inspection inspection = inspectInput(std::move(bytes), catalog); // a capture or any text
    const std::vector<Call> &calls = inspection.flow.calls;
    std::vector<const Call *> chosen;
    if (options.isSet(callOption)) {
        const QByteArray wanted = options.value(callOption).trimmed().toUtf8();
        for (const Call &c : calls) {
            if (c.callId == wanted)
                chosen.push_back(&c);
        }
        if (chosen.empty()) {
            writeLine(err, Cli::tr("No call with Call-ID \"%1\" in the input.").arg(options.value(callOption)));
            return NotFound;
        }
    } else {
        for (const Call &c : calls)
            chosen.push_back(&c);
    }
    if (chosen.empty()) {
        writeLine(err, Cli::tr("No call in the input: no SIP message with a Call-ID was found."));
        return NotFound;
    }

    if (image) {
        if (chosen.size() > 1) {
            writeLine(err, Cli::tr("The input has %1 calls; choose one with --call for an image.").arg(chosen.size()));
            return UsageError;
        }
        QString error;
        const Ladder ladder = buildLadder(inspection, inspection.flow, chosen.front()->messages);
        if (!imageWriter()(inspection, ladder, format, output, language, &error)) {
            writeLine(err, Cli::tr("Cannot write \"%1\": %2").arg(output, error));
            return UsageError;
        }
        return Ok;
    }

    QString text;
    if (!options.isSet(callOption)) {
        text += Cli::tr("Calls: %1").arg(chosen.size()) + QLatin1Char('\n');
        for (const Call *c : chosen) {
            text += QStringLiteral("  %1  %2  %3\n")
                        .arg(QString::fromUtf8(c->callId), parties(*c), outcome(*c, language));
        }
    }
    for (const Call *c : chosen) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += callText(inspection, *c, language);
    }
    if (output.isEmpty()) {
        write(out, text);
        return Ok;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        writeLine(err, Cli::tr("Cannot write \"%1\": %2").arg(output, file.errorString()));
        return UsageError;
    }
    return Ok;
}

} // namespace sipref::cli
