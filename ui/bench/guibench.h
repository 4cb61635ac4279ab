#pragma once

#include <QString>

namespace sipref {

class MainWindow;

// `sipref --bench-paste FILE`: pastes the file into the inspector of a shown main window, waits
// until the inspection has been applied and the visible text highlighted, and prints
// "GUIBENCH bytes=N seconds=S max_stall_ms=M". A 5 ms timer measures how late the event loop runs
// it meanwhile: the longest lateness is the longest stall a user would feel.
int benchPaste(MainWindow &window, const QString &file);

// `sipref --bench-typing FILE`: loads the file (about a megabyte) into the inspector's editor, then
// types 100 characters into the middle of it, one every 40 ms, while the debounced re-inspections
// run and are applied, and prints "TYPEBENCH bytes=N keys=K max_key_ms=A max_stall_ms=M": the
// longest time one keystroke took to handle and the longest event-loop stall meanwhile.
int benchTyping(MainWindow &window, const QString &file);

} // namespace sipref
