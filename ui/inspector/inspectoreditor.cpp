#include "inspector/inspectoreditor.h"

#include <QMimeData>
#include <QTextBlock>

namespace sipref {

void InspectorEditor::insertFromMimeData(const QMimeData *source)
{
    constexpr qsizetype bigPaste = 256 * 1024;
    if (source->hasText() && !isReadOnly()) {
        const QString text = source->text();
        const QTextCursor cursor = textCursor();
        const bool replacesEverything = document()->isEmpty()
                                        || (cursor.selectionStart() == 0
                                            && cursor.selectionEnd() >= document()->characterCount() - 1);
        if (text.size() > largeText && replacesEverything) {
            emit largePaste(text);
            return;
        }
        if (text.size() > bigPaste && replacesEverything) {
            setPlainText(text);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace sipref
