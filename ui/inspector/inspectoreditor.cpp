#include "inspector/inspectoreditor.h"

#include "sip/encoding.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTimer>

namespace sipref {

InspectorEditor::InspectorEditor(QWidget *parent) : QPlainTextEdit(parent), m_partTimer(new QTimer(this))
{
    // A zero interval: the next part goes in as soon as the events that came meanwhile (input,
    // painting, the 5 ms watch of the GUI benchmark) have been handled.
    m_partTimer->setInterval(0);
    connect(m_partTimer, &QTimer::timeout, this, [this] {
        if (!insertNextPart())
            endReplacing();
    });
}

namespace {

// Whether a run of more than `limit` units without LF or CR is in `text`.
template<typename View, typename Unit>
bool hasLineLongerThan(View text, qsizetype limit, Unit lf, Unit cr)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == lf || text[i] == cr)
            lineStart = i + 1;
        else if (i - lineStart >= limit)
            return true;
    }
    return false;
}

} // namespace

bool InspectorEditor::tooLargeToEdit(QStringView text)
{
    return text.size() > largeText || hasLineLongerThan(text, longLine, QChar(u'\n'), QChar(u'\r'));
}

bool InspectorEditor::tooLargeToEdit(QByteArrayView bytes)
{
    return bytes.size() > largeText || hasLineLongerThan(bytes, longLine, '\n', '\r');
}

void InspectorEditor::insertFromMimeData(const QMimeData *source)
{
    constexpr qsizetype bigPaste = 256 * 1024;
    if (source->hasText() && !isReadOnly()) {
        const QString pasted = source->text();
        const QTextCursor cursor = textCursor();
        const bool replacesEverything = document()->isEmpty()
                                        || (cursor.selectionStart() == 0
                                            && cursor.selectionEnd() >= document()->characterCount() - 1);
        if (replacesEverything)
            emit pastingOverEverything();
        // Asked before the doubled CRs are taken out: that search through a paste of many
        // megabytes held up the window (86 ms for 100 MB). An input shown read-only keeps its
        // line breaks as they are, as an opened file does; the scanner reads CR CR LF as one.
        if (replacesEverything && tooLargeToEdit(pasted)) {
            emit largePaste(pasted);
            return;
        }
        const QString text = withoutDoubledCr(pasted);
        // QPlainTextEdit inserts a paste as a document fragment, about three times slower than
        // putting the same text in with a cursor, and in one go.
        if (text.size() > bigPaste) {
            if (replacesEverything)
                replaceAllText(text, true);
            else
                insertInParts(textCursor(), text, true); // over the selection, as a paste goes
            return;
        }
        if (text.size() != pasted.size()) {
            insertPlainText(text); // as QPlainTextEdit pastes plain text, with CR CR LF made one break
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void InspectorEditor::replaceAllText(const QString &text, bool undoable)
{
    if (m_replacing) // a newer text replaces the one still going in
        endReplacing(false);
    if (text.size() <= partSize && !undoable) {
        setPlainText(text);
        emit replacingFinished();
        return;
    }
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    // The cursor stays at the top while the parts go in after it, where setPlainText() leaves it.
    QTextCursor top = textCursor();
    top.setPosition(0);
    top.setKeepPositionOnInsert(true);
    setTextCursor(top);
    insertInParts(all, text, undoable);
}

void InspectorEditor::insertInParts(QTextCursor at, const QString &text, bool undoable)
{
    if (m_replacing)
        endReplacing(false);
    m_pending = text;
    m_pendingDone = 0;
    m_undoable = undoable;
    m_wasReadOnly = isReadOnly();
    m_replacing = true;
    setReadOnly(true);
    if (!undoable)
        document()->setUndoRedoEnabled(false); // clears the history, as setPlainText() does
    // The first part at once, with the selection taken out in the same step: the editor never
    // shows the old text and the new one side by side.
    m_joinFirstPart = undoable && at.hasSelection();
    at.beginEditBlock();
    at.removeSelectedText();
    at.endEditBlock();
    m_insertAt = at;
    m_expectedCharacters = document()->characterCount();
    if (insertNextPart())
        m_partTimer->start();
    else
        endReplacing();
}

// Where the part of `text` from `from` on ends: after the last line break (LF, CRLF or a CR alone,
// each of which ends a block) within partSize characters and partLines lines, else after the first
// one beyond, else at the end. Never between a CR and its LF, which in different parts would make
// two line breaks. The lines count as much as the characters: every line is a block of the
// document, and half a million empty lines took 164 ms per part of 64 K characters.
qsizetype InspectorEditor::partEnd(const QString &text, qsizetype from)
{
    auto isBreak = [&text](qsizetype i) {
        const QChar c = text.at(i);
        return c == QLatin1Char('\n') || (c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')));
    };
    const qsizetype limit = std::min(text.size(), from + partSize);
    qsizetype lastBreak = -1;
    int lines = 0;
    for (qsizetype i = from; i < limit; ++i) {
        if (isBreak(i)) {
            lastBreak = i;
            if (++lines == partLines)
                return i + 1;
        }
    }
    if (limit == text.size())
        return text.size();
    if (lastBreak >= 0)
        return lastBreak + 1;
    // One line longer than a part: it goes in whole (its layout costs the same either way, and a
    // line put in by pieces would be laid out again for each piece).
    for (qsizetype i = limit; i < text.size(); ++i) {
        if (isBreak(i))
            return i + 1;
    }
    return text.size();
}

bool InspectorEditor::insertNextPart()
{
    if (document()->characterCount() != m_expectedCharacters)
        return false; // changed by someone else (cleared, say): the rest is not wanted any more
    if (m_pendingDone >= m_pending.size())
        return false;
    const qsizetype end = partEnd(m_pending, m_pendingDone);
    // One undo step for the whole paste, the text it replaced taken out with it, as for a small
    // paste. The insertion cursor moves on past each part, and so does the editor's own cursor
    // when it stood there (a paste leaves it after the pasted text).
    if (m_undoable && (m_pendingDone > 0 || m_joinFirstPart))
        m_insertAt.joinPreviousEditBlock();
    else
        m_insertAt.beginEditBlock();
    m_insertAt.insertText(QStringView(m_pending).sliced(m_pendingDone, end - m_pendingDone).toString());
    m_insertAt.endEditBlock();
    // The editor's cursor held at the top (replaceAllText) keeps its position, but Qt moves its
    // anchor on with each part: the new text would show selected, and typing would replace it.
    QTextCursor cursor = textCursor();
    if (cursor.keepPositionOnInsert() && cursor.hasSelection()) {
        cursor.clearSelection();
        setTextCursor(cursor);
    }
    m_pendingDone = end;
    m_expectedCharacters = document()->characterCount();
    return m_pendingDone < m_pending.size();
}

void InspectorEditor::finishReplacing()
{
    if (!m_replacing)
        return;
    m_partTimer->stop();
    while (insertNextPart()) {
    }
    endReplacing();
}

void InspectorEditor::endReplacing(bool announce)
{
    m_partTimer->stop();
    const bool changed = document()->characterCount() != m_expectedCharacters;
    const bool complete = m_pendingDone >= m_pending.size() && !changed;
    m_replacing = false;
    m_pending.clear();
    m_insertAt = QTextCursor();
    m_pendingDone = 0;
    setReadOnly(m_wasReadOnly);
    if (!m_undoable)
        document()->setUndoRedoEnabled(true);
    QTextCursor cursor = textCursor();
    cursor.setKeepPositionOnInsert(false);
    setTextCursor(cursor);
    if (!announce)
        return;
    if (complete)
        emit replacingFinished();
    else if (changed)
        // The change that stopped it (a clear(), say) came while its text was going in, when a
        // listener takes changes for parts of it: it is told of it now, as a change of its own.
        emit textChanged();
}

} // namespace sipref
