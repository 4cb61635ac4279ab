#pragma once

#include <QString>

namespace sipref {

class MainWindow;

// `sipref --bench-paste FILE`: pastes the file into the inspector of a shown main window, waits
// until the inspection has been applied and the visible text highlighted, and prints
// "GUIBENCH bytes=N seconds=S max_stall_ms=M". A 5 ms timer measures how late the event loop runs
// it meanwhile: the longest lateness is the longest stall a user would feel.
int benchPaste(MainWindow &window, const QString &file);

} // namespace sipref
