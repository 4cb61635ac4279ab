#pragma once

#include <QPalette>
#include <QString>

namespace sipref {

class Settings;

enum class ColorScheme { System, Light, Dark };
QString colorSchemeId(ColorScheme scheme);       // "system", "light", "dark"
ColorScheme parseColorScheme(const QString &id); // unknown: System

// sipref's own dark palette (Base #2b2b2b), for Fusion, which honours every role.
QPalette darkPalette();

// Applies the colour scheme and the high-contrast choice stored in the settings to the running
// application: the palette (the system's own, or ours), and the class and highlighting colours.
// Call it before the first window is created and again after each change; widgets that paint
// class colours redraw on QEvent::PaletteChange. The first call remembers the system's palette
// and style, so "system" can return to them. With SIPREF_DARK=1 in the environment, "system"
// means dark (screenshots, trying the dark palette on a light desktop).
void applyAppearance(const Settings &settings);

} // namespace sipref
