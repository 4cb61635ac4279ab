#pragma once

#include <QPlainTextEdit>
#include <QTextCursor>

class QTimer;

namespace sipref {

// The inspector's text editor. A text that replaces all of it (a big paste, an opened file, a
// restored input) goes in by replaceAllText(): a few lines at once as setPlainText() does, a big
// one in parts, one per pass of the event loop, so that the window never stalls. A paste too big
// for any QPlainTextEdit is not inserted at all but handed on (largePaste) to be shown read-only.
class InspectorEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit InspectorEditor(QWidget *parent = nullptr);

    // Pastes of more characters than this that replace all of the text go to largePaste(), and so
    // do those with a line longer than longLine: QPlainTextEdit lays out a line whole, some 30 ms
    // for 64 K characters, and again on every change to it (a 1.4 MB line held the window a second).
    static constexpr qsizetype largeText = 1536 * 1024;
    static constexpr qsizetype longLine = 32 * 1024;
    // Whether a text (characters, or bytes of a file) is better shown read-only than edited.
    static bool tooLargeToEdit(QStringView text);
    static bool tooLargeToEdit(QByteArrayView bytes);
    // Texts longer than this go in by parts of about this many characters (whole lines): some
    // 10 ms each for a log on this machine, where setPlainText() held the window 75 ms per megabyte.
    static constexpr qsizetype partSize = 64 * 1024;
    static constexpr int partLines = 2048;

    // Replaces all of the text. While a big text goes in, the editor is read-only; the parts are
    // one step to undo when `undoable` (a paste), else the undo history is cleared, as by
    // setPlainText(). replacingFinished() follows once all of it is in, also for a short text.
    // Any other change to the text meanwhile (clear(), say) abandons the rest.
    void replaceAllText(const QString &text, bool undoable);
    bool isReplacing() const { return m_replacing; }
    // Puts in the rest of a text being replaced at once (before the text is saved, say).
    void finishReplacing();
    // Where the part of `text` that starts at `from` ends (exposed for the tests).
    static qsizetype partEnd(const QString &text, qsizetype from);

signals:
    void largePaste(const QString &text);
    void replacingFinished();
    // A paste is about to replace all of the text (or to fill the empty editor).
    void pastingOverEverything();

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    // Puts `text` in at `at`, over its selection, by parts (see replaceAllText()).
    void insertInParts(QTextCursor at, const QString &text, bool undoable);
    // Puts in the next part; false once nothing is left, or the text changed under it.
    bool insertNextPart();
    // announce: replacingFinished() when all of it went in, textChanged() when a change stopped it.
    void endReplacing(bool announce = true);

    QTimer *m_partTimer;
    QString m_pending;          // the text being put in
    QTextCursor m_insertAt;     // where its next part goes
    qsizetype m_pendingDone = 0; // characters of it already in
    int m_expectedCharacters = 0;
    bool m_replacing = false;
    bool m_undoable = false;
    bool m_joinFirstPart = false; // the old text was taken out as an undo step the paste joins
    bool m_wasReadOnly = false;
};

} // namespace sipref
