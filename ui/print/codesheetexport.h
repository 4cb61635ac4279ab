#pragma once

#include <QString>

class QWidget;

namespace sipref {

class Catalog;
class Settings;

// File › Print… and File › Export Code Sheet as PDF…: ask for the sheet's options (starting from
// the class shown in the browser, `browserClass`, numbered as SheetScope, else the last choice),
// remember them, then print through QPrintDialog or write an A4 PDF.
void printCodeSheet(QWidget *parent, const Catalog &catalog, Settings &settings, int browserClass);
// Returns the PDF written, or an empty string when cancelled or failed (the user was told).
QString exportCodeSheetPdf(QWidget *parent, const Catalog &catalog, Settings &settings, int browserClass);

} // namespace sipref
