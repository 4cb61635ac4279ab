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
        KeyCount
    };

    Settings();                            // the user's settings
    explicit Settings(const QString &file); // an INI file (tests)
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    bool contains(Key key) const;
    void sync();

private:
    QSettings *m_settings;
};

} // namespace sipref
