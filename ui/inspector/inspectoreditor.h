#pragma once

#include <QPlainTextEdit>

namespace sipref {

// The inspector's text editor. A big paste into an empty editor (or over all of its text) goes
// through setPlainText(), which lays the document out in one go: inserting it at the cursor, as
// QPlainTextEdit does, took about three times as long for a megabyte of log.
class InspectorEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace sipref
