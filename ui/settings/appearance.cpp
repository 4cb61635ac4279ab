#include "settings/appearance.h"

#include "classcolors.h"
#include "settings.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace sipref {

namespace {

struct SystemLook
{
    QPalette palette;
    QString style;
};

// What the desktop gave us before we changed anything.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::palette(), QApplication::style()->name()};
    return look;
}

const QString fusion = QStringLiteral("fusion");

} // namespace

QString colorSchemeId(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme parseColorScheme(const QString &id)
{
    if (id == QLatin1String("light"))
        return ColorScheme::Light;
    if (id == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::ToolTipBase, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa4, 0xa4, 0xa4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa0, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void applyAppearance(const Settings &settings)
{
    const SystemLook &system = systemLook();
    ColorScheme scheme = parseColorScheme(settings.value(Settings::ColorScheme).toString());
    if (scheme == ColorScheme::System && qEnvironmentVariableIntValue("SIPREF_DARK") == 1)
        scheme = ColorScheme::Dark;
    const bool systemDark = isDarkPalette(system.palette);

    // The system's own look whenever it already is what was asked for; otherwise Fusion with our
    // palette, since Fusion draws every role of the palette and looks alike on every desktop.
    QString style = system.style;
    QPalette palette = system.palette;
    if (scheme == ColorScheme::Dark && !systemDark) {
        style = fusion;
        palette = darkPalette();
    } else if (scheme == ColorScheme::Light && systemDark) {
        style = fusion;
    }
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    if (scheme == ColorScheme::Light && systemDark)
        palette = QApplication::style()->standardPalette();

    const bool contrastChanged = highContrastColors() != settings.value(Settings::HighContrastColors).toBool();
    setHighContrastColors(settings.value(Settings::HighContrastColors).toBool());
    const bool paletteChanged = QApplication::palette() != palette;
    if (paletteChanged)
        QApplication::setPalette(palette);
    if (contrastChanged || paletteChanged) {
        // A new palette reaches every widget by itself once the event loop runs; a new set of
        // class colours does not, so tell every widget as if the palette had changed.
        for (QWidget *widget : QApplication::allWidgets()) {
            QEvent event(QEvent::PaletteChange);
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

} // namespace sipref
