#include "settings.h"

#include <QSettings>

namespace sipref {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::WindowState, "window/state", QByteArray()},
        {Settings::CurrentTab, "window/currentTab", 0},
        {Settings::Language, "ui/language", QString()},
        {Settings::BrowserSplitter, "browser/splitter", QByteArray()},
        {Settings::BrowserLastCode, "browser/lastCode", 486},
        {Settings::BrowserLastProfile, "browser/lastProfile", 0},
        {Settings::BrowserLastKind, "browser/lastKind", 0},
        {Settings::BrowserClassFilter, "browser/classFilter", 0},
        {Settings::InspectorSplitter, "inspector/splitter", QByteArray()},
        {Settings::InspectorSideSplitter, "inspector/sideSplitter", QByteArray()},
        {Settings::InspectorText, "inspector/text", QString()},
        {Settings::InspectorFontSize, "inspector/fontSize", 0},
        {Settings::CheckStrictness, "inspector/strictness", QStringLiteral("strict")},
        {Settings::ColorScheme, "ui/colorScheme", QStringLiteral("system")},
        {Settings::HighContrastColors, "ui/highContrast", false},
        {Settings::RecentFiles, "files/recent", QStringList()},
        {Settings::PrintScope, "print/scope", 0},
        {Settings::PrintLanguages, "print/languages", QStringLiteral("both")},
    };
    static_assert(std::size(table) == Settings::KeyCount, "one row per key");
    return table[key];
}

} // namespace

Settings::Settings() : m_settings(new QSettings) { }

Settings::Settings(const QString &file) : m_settings(new QSettings(file, QSettings::IniFormat)) { }

Settings::~Settings()
{
    delete m_settings;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(QLatin1String(info(key).name));
}

void Settings::remove(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
}

QString Settings::name(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace sipref
