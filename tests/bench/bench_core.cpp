// bench_core FILE [REPEAT]: the inspector core on one file, part by part, as inspect() runs it:
// input preparation (decoding, colour codes left out, non-breaking spaces, sipdump's rules, ngrep's
// dotted line ends, escaped messages unescaped), the scan, every
// check on every message (findings kept), the log origins.
// Prints one CORE line with the best time of each part over REPEAT runs (default 1, a cold
// process as `sipref inspect --bench` is). Run under /usr/bin/time -f %M for the peak memory of
// the core alone, without the flow analysis. See BENCHMARKS.md.
#include "catalog/catalog.h"
#include "checks/checks.h"
#include "sip/logorigin.h"
#include "sip/scaninput.h"
#include "sip/scanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>

using namespace sipref;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_core FILE [REPEAT]\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << args.at(1) << '\n';
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const int repeat = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 1;
    const Catalog catalog;

    double best[4] = {1e9, 1e9, 1e9, 1e9}; // prepare, scan, checks, origins
    std::size_t messageCount = 0, findingCount = 0;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        // Exactly as inspect() prepares its input: decoding and the passes for log text.
        const ScanInput input = prepareScanInput(bytes, true);
        const double prepared = double(timer.nsecsElapsed()) / 1e9;
        std::vector<SipMessage> messages = Scanner::scan(QByteArrayView(input.text));
        const double scanned = double(timer.nsecsElapsed()) / 1e9;
        std::vector<Diagnostic> findings;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            const HeaderCounts counts(messages[i]);
            checkMessage({QByteArrayView(input.text), messages[i], int(i), catalog, findings, counts, input.encoding});
        }
        const double checked = double(timer.nsecsElapsed()) / 1e9;
        attachLogOrigins(QByteArrayView(input.text), messages);
        const double done = double(timer.nsecsElapsed()) / 1e9;
        best[0] = std::min(best[0], prepared);
        best[1] = std::min(best[1], scanned - prepared);
        best[2] = std::min(best[2], checked - scanned);
        best[3] = std::min(best[3], done - checked);
        messageCount = messages.size();
        findingCount = findings.size();
    }
    const double core = best[0] + best[1] + best[2];
    auto mbps = [&](double seconds) { return seconds > 0 ? double(bytes.size()) / 1e6 / seconds : 0.0; };
    out << "CORE bytes=" << bytes.size() << " messages=" << messageCount << " findings=" << findingCount
        << " prepare=" << QString::number(best[0], 'f', 4) << " scan=" << QString::number(best[1], 'f', 4)
        << " checks=" << QString::number(best[2], 'f', 4) << " origins=" << QString::number(best[3], 'f', 4)
        << " scan_mbps=" << QString::number(mbps(best[1]), 'f', 1)
        << " checks_mbps=" << QString::number(mbps(best[2]), 'f', 1)
        << " core_mbps=" << QString::number(mbps(core), 'f', 1) << '\n';
    return 0;
}
