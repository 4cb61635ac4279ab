#pragma once

#include <QPlainTextEdit>

namespace sipref {

// The inspector's text editor. A big paste into an empty editor (or over all of its text) goes
// through setPlainText(), which lays the document out in one go: inserting it at the cursor, as
// QPlainTextEdit does, took about three times as long for a megabyte of log. A paste too big for
// any QPlainTextEdit is not inserted at all but handed on (largePaste) to be shown read-only.
class InspectorEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

    // Pastes of more characters than this that replace all of the text go to largePaste().
    static constexpr qsizetype largeText = 1536 * 1024;

signals:
    void largePaste(const QString &text);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace sipref
