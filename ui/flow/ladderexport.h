#pragma once

#include "flow/flow.h"
#include "i18n/language.h"

#include <QImage>
#include <QString>

namespace sipref {

struct Inspection;

// The ladder as a picture on white, with a title line (Call-ID, caller → callee), drawn by the
// same LadderPainter as the screen. Shared by the Calls tab and `sipref flow --format svg|png`.
//
// Needs a QGuiApplication (fonts are laid out for both formats); a command-line run without a
// display can make one on the offscreen platform (QT_QPA_PLATFORM=offscreen, or
// `-platform offscreen`). Without one it returns false with an explanation in *error.
bool writeLadderImage(const Inspection &inspection, const Ladder &ladder, const QString &format, const QString &path,
                      Language language, QString *error);

// The same picture in memory, at `pixelRatio` device pixels per point (2 for crisp PNGs).
QImage renderLadderImage(const Inspection &inspection, const Ladder &ladder, Language language, qreal pixelRatio = 2);
// The title line: "Call-ID: … · Alice <sip:…> → Bob <sip:…>", or "3 calls" for several.
QString ladderTitle(const Inspection &inspection, const Ladder &ladder, Language language);

} // namespace sipref
