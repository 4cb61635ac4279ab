#include "sip/scaninput.h"

#include "sip/hexdumps.h"
#include "sip/inputmarks.h"
#include "sip/ngreplineends.h"
#include "sip/nonbreakingspaces.h"
#include "sip/sipdumprules.h"
#include "sip/span.h"
#include "sip/terminalcolors.h"

#include <algorithm>
#include <utility>

namespace sipref {

ScanInput prepareScanInput(const QByteArray &input, bool passes, bool hexDumps)
{
    ScanInput result;
    // One walk over the input tells which of the input passes below have work, and whether every
    // byte is ASCII: then it is UTF-8 without a walk of its own to check that. Not for a
    // capture's text, which the passes leave as it is.
    const bool passesWanted = passes && input.size() <= Span::maxInput;
    const InputMarks inputMarks = passesWanted ? findInputMarks(QByteArrayView(input)) : InputMarks{};
    DecodedInput decoded = prepareInput(input, passesWanted && !inputMarks.highBytes);
    result.text = std::move(decoded.bytes);
    result.encoding = decoded.encoding;
    result.converted = decoded.converted;

    // Terminal colour codes are left out, non-breaking spaces read as spaces, and messages written
    // with escaped line breaks (a JSON log) are read as the lines they stand for. Not in a
    // capture's text: the known origins point into it as it is.
    int &colouredLines = result.colouredLines;
    int &nbspLines = result.nbspLines;
    int &escapedLines = result.escapedLines;
    int &ngrepLines = result.ngrepLines;
    // The maps are 32-bit, as spans are; an input past Span::maxInput is read as it is.
    if (passes && result.text.size() <= Span::maxInput) {
        auto replaceText = [&result](QByteArray text, EscapeMap map) {
            QByteArray before = std::exchange(result.text, std::move(text));
            if (result.originalInput.isNull())
                result.originalInput = std::move(before);
            result.inputMaps.push_back(std::move(map));
        };
        // The non-breaking spaces of UTF-8 text (a UTF-16 input is UTF-8 by now); GB18030 and
        // Windows-1252 write them otherwise.
        const bool utf8 = result.encoding == TextEncoding::Utf8 || result.converted;
        // Each pass runs only on an input that holds what it looks for: one walk over the input
        // finds that for all of them (and again after a pass has changed the text).
        // The marks of the input hold for the text unless UTF-16 was made UTF-8.
        InputMarks marks = passesWanted && !result.converted ? inputMarks : findInputMarks(QByteArrayView(result.text));
        auto replaceAndMark = [&](QByteArray text, EscapeMap map) {
            replaceText(std::move(text), std::move(map));
            marks = findInputMarks(QByteArrayView(result.text));
        };
        auto plainPasses = [&] {
            if (marks.escape) {
                ReplacedText stripped = stripTerminalColors(QByteArrayView(result.text));
                if (stripped.lines > 0) {
                    colouredLines = std::max(colouredLines, stripped.lines);
                    replaceAndMark(std::move(stripped.text), std::move(stripped.map));
                }
            }
            if (utf8 && marks.c2) {
                ReplacedText spaced = replaceNonBreakingSpaces(QByteArrayView(result.text));
                if (spaced.lines > 0) {
                    nbspLines = std::max(nbspLines, spaced.lines);
                    replaceAndMark(std::move(spaced.text), std::move(spaced.map));
                }
            }
            if (marks.pipe) {
                if (ReplacedText split = splitGluedSipdumpRules(QByteArrayView(result.text)); split.lines > 0)
                    replaceAndMark(std::move(split.text), std::move(split.map));
            }
            if (marks.loneDot) {
                ReplacedText restored = restoreNgrepLineEnds(QByteArrayView(result.text));
                if (restored.lines > 0) {
                    ngrepLines = std::max(ngrepLines, restored.lines);
                    replaceAndMark(std::move(restored.text), std::move(restored.map));
                }
            }
        };
        // Hex dumps first: the bytes they show are the text the other passes read.
        if (hexDumps) {
            ReplacedText decoded = decodeHexDumps(QByteArrayView(result.text));
            if (decoded.lines > 0) {
                result.hexDumpLines = decoded.lines;
                replaceAndMark(std::move(decoded.text), std::move(decoded.map));
            }
        }
        plainPasses();
        // A JSON line inside another JSON string is escaped twice: each pass undoes one level.
        for (int pass = 0; pass < 3 && (marks.backslash || marks.hash); ++pass) {
            UnescapedText unescaped = unescapeMessages(QByteArrayView(result.text));
            if (unescaped.lines == 0)
                break;
            escapedLines = std::max(escapedLines, unescaped.lines);
            replaceAndMark(std::move(unescaped.text), std::move(unescaped.map));
        }
        // Escaped, colour codes and non-breaking spaces read "\u001b[32m" and "\u00a0" (Docker's
        // JSON logs), and ngrep's output may have been logged by a container: they are there only now.
        if (escapedLines > 0)
            plainPasses();
    }
    return result;
}

} // namespace sipref
