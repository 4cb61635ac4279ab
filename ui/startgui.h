#pragma once

class QApplication;

namespace sipref {

// Creates the catalog, the translators and the main window, restores the saved state and runs
// the event loop.
int startGui(QApplication &app);

} // namespace sipref
