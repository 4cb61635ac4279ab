#pragma once

#include <QVariant>

class QSettings;

namespace sipref {

// Every persisted setting in one table, behind a typed accessor: no string keys scattered
// through the widgets, and tests can point it at a temporary file.
class Settings
{
public:
    enum Key {
        WindowGeometry,
        WindowState,
        CurrentTab,
        Language,
        BrowserSplitter,
        BrowserLastCode,
        BrowserLastProfile,
        BrowserLastKind,
        BrowserClassFilter,
        InspectorSplitter,
        InspectorSideSplitter,
        InspectorText,
        InspectorFontSize,   // point size of the editor; 0 = the system's fixed font
        CheckStrictness,     // "strict", "lenient" or "gb28181" (see settings/checkstrictness.h)
        ColorScheme,         // "system", "light" or "dark"
        HighContrastColors,  // bool
        RecentFiles,         // QStringList, newest first
        PrintScope,          // the code sheet's last scope (SheetScope in print/codesheet.h)
        PrintLanguages,      // "en", "zh_CN" or "both"
        KeyCount
    };

    Settings();                            // the user's settings
    explicit Settings(const QString &file); // an INI file (tests)
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    bool contains(Key key) const;
    void remove(Key key);
    void sync();

    // The table itself, for tests and diagnostics.
    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    QSettings *m_settings;
};

} // namespace sipref
