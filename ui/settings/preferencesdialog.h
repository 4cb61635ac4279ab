#pragma once

#include "i18n/language.h"
#include "settings/checkstrictness.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace sipref {

class Settings;

// Edit › Preferences…: language, colours, the inspector's font size and how strictly it checks.
// Every change is stored in the settings at once and announced, so the window applies it while
// the dialog is still open; there is nothing to confirm.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *colorSchemeBox() const { return m_colorScheme; }
    QCheckBox *highContrastBox() const { return m_highContrast; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *strictnessBox() const { return m_strictness; }
    void restoreDefaults();

Q_SIGNALS:
    void languageChanged(sipref::Language language);
    void appearanceChanged();                  // colour scheme or high contrast: call applyAppearance()
    void editorFontSizeChanged(int pointSize); // 0: the system's fixed font
    void strictnessChanged(sipref::CheckStrictness strictness);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void updateStrictnessNote();

    Settings &m_settings;
    bool m_loading = false;
    QGroupBox *m_generalGroup;
    QGroupBox *m_colorsGroup;
    QGroupBox *m_inspectorGroup;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_colorSchemeLabel;
    QComboBox *m_colorScheme;
    QCheckBox *m_highContrast;
    QLabel *m_fontSizeLabel;
    QSpinBox *m_fontSize;
    QLabel *m_strictnessLabel;
    QComboBox *m_strictness;
    QLabel *m_strictnessNote;
    QDialogButtonBox *m_buttons;
};

} // namespace sipref
