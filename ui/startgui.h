#pragma once

class QApplication;

namespace sipref {

// Starts fontconfig reading its configuration and its font caches on a thread of its own. Call it
// first thing, before the QApplication is made: that takes as long on the GUI thread, and the
// first widget that measures text would otherwise wait for fontconfig (BENCHMARKS.md). startGui()
// joins the thread. Does nothing where Qt does not use fontconfig.
void beginFontconfigInit();

// Creates the catalog, the translators and the main window, restores the saved state and runs
// the event loop. Call beginFontconfigInit() before making the QApplication.
int startGui(QApplication &app);

} // namespace sipref
