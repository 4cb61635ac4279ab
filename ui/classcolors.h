#pragma once

#include "catalog/codeentry.h"

#include <QColor>

class QPalette;

namespace sipref {

// Every colour the program puts text in, chosen for the background it sits on: one variant for
// light palettes (contrast of at least 4.5:1 against white and the light panel, WCAG 2 AA) and a
// lighter one for dark palettes (the same against #2b2b2b and the dark panel). In high-contrast
// mode both variants reach 7:1 (WCAG AAA). tst_colors checks every one of them.

// True when text sits on a dark background in this palette.
bool isDarkPalette(const QPalette &palette);
// Whether the application palette is dark (for item views and style sheets built from it).
bool isDarkApplicationPalette();

// A process-wide choice like the palette itself; set from the preferences. Widgets that paint
// class colours redraw on QEvent::PaletteChange, which applyAppearance() sends after changing it.
void setHighContrastColors(bool on);
bool highContrastColors();

// One colour per response class (and one for the GB/T 28181 profile).
QColor classColor(int codeClass, Profile profile, bool dark);
// The colour of any catalog entry: SIP codes by class, Q.850 causes and Warning codes their own.
QColor entryColor(const CodeEntry &entry, bool dark);
// The same for the application palette.
QColor classColor(int codeClass, Profile profile = Profile::Ietf);
QColor entryColor(const CodeEntry &entry);

// Secondary text (badges, labels before values) and the panel behind side-by-side boxes.
QColor mutedTextColor(bool dark);
QColor panelColor(bool dark);
// "No problems found."
QColor successTextColor(bool dark);

// The inspector's highlighting: request lines, header names, bodies.
enum class SipTextRole { RequestLine, HeaderName, Body };
QColor sipTextColor(SipTextRole role, bool dark);
// The wavy underline of a finding by severity (0 error, 1 warning, 2 note): not text, so it
// needs 3:1 (WCAG 1.4.11), and the three must stay apart.
QColor findingMarkColor(int severity, bool dark);

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace sipref
