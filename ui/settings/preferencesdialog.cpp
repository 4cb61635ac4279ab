#include "settings/preferencesdialog.h"

#include "settings.h"
#include "settings/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sipref {

namespace {

// The spin box's lowest value stands for "the system's fixed font" (stored as 0).
constexpr int systemFontValue = 5;

} // namespace

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_generalGroup(new QGroupBox)
    , m_colorsGroup(new QGroupBox)
    , m_inspectorGroup(new QGroupBox)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_colorSchemeLabel(new QLabel)
    , m_colorScheme(new QComboBox)
    , m_highContrast(new QCheckBox)
    , m_fontSizeLabel(new QLabel)
    , m_fontSize(new QSpinBox)
    , m_strictnessLabel(new QLabel)
    , m_strictness(new QComboBox)
    , m_strictnessNote(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setMinimumWidth(440);
    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("简体中文"), int(Language::Chinese));
    for (ColorScheme s : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
        m_colorScheme->addItem(QString(), colorSchemeId(s));
    m_fontSize->setRange(systemFontValue, 36);
    for (CheckStrictness s : {CheckStrictness::StrictRfc, CheckStrictness::Lenient, CheckStrictness::Gb28181})
        m_strictness->addItem(QString(), strictnessId(s));
    m_strictnessNote->setWordWrap(true);

    m_languageLabel->setBuddy(m_language);
    m_colorSchemeLabel->setBuddy(m_colorScheme);
    m_fontSizeLabel->setBuddy(m_fontSize);
    m_strictnessLabel->setBuddy(m_strictness);

    auto *general = new QFormLayout(m_generalGroup);
    general->addRow(m_languageLabel, m_language);
    auto *colors = new QFormLayout(m_colorsGroup);
    colors->addRow(m_colorSchemeLabel, m_colorScheme);
    colors->addRow(m_highContrast);
    auto *inspector = new QFormLayout(m_inspectorGroup);
    inspector->addRow(m_fontSizeLabel, m_fontSize);
    inspector->addRow(m_strictnessLabel, m_strictness);
    inspector->addRow(m_strictnessNote);
    for (QFormLayout *form : {general, colors, inspector})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalGroup);
    layout->addWidget(m_colorsGroup);
    layout->addWidget(m_inspectorGroup);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const Language language = Language(m_language->currentData().toInt());
        m_settings.setValue(Settings::Language, languageCode(language));
        Q_EMIT languageChanged(language);
    });
    connect(m_colorScheme, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_settings.setValue(Settings::ColorScheme, m_colorScheme->currentData());
        Q_EMIT appearanceChanged();
    });
    connect(m_highContrast, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_settings.setValue(Settings::HighContrastColors, on);
        Q_EMIT appearanceChanged();
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_loading)
            return;
        const int size = value <= systemFontValue ? 0 : value;
        m_settings.setValue(Settings::InspectorFontSize, size);
        Q_EMIT editorFontSizeChanged(size);
    });
    connect(m_strictness, &QComboBox::currentIndexChanged, this, [this] {
        updateStrictnessNote();
        if (m_loading)
            return;
        m_settings.setValue(Settings::CheckStrictness, m_strictness->currentData());
        Q_EMIT strictnessChanged(parseStrictness(m_strictness->currentData().toString()));
    });

    load();
    retranslateUi();
}

void PreferencesDialog::load()
{
    m_loading = true;
    Language language = Language::English;
    parseLanguage(m_settings.value(Settings::Language).toString(), &language);
    if (m_settings.value(Settings::Language).toString().isEmpty())
        language = systemLanguage();
    m_language->setCurrentIndex(m_language->findData(int(language)));
    m_colorScheme->setCurrentIndex(
        m_colorScheme->findData(colorSchemeId(parseColorScheme(m_settings.value(Settings::ColorScheme).toString()))));
    m_highContrast->setChecked(m_settings.value(Settings::HighContrastColors).toBool());
    const int size = m_settings.value(Settings::InspectorFontSize).toInt();
    m_fontSize->setValue(size <= 0 ? systemFontValue : size);
    m_strictness->setCurrentIndex(
        m_strictness->findData(strictnessId(parseStrictness(m_settings.value(Settings::CheckStrictness).toString()))));
    m_loading = false;
    updateStrictnessNote();
}

void PreferencesDialog::restoreDefaults()
{
    // Everything but the language, which the user chose on purpose and can see at a glance.
    for (Settings::Key key :
         {Settings::ColorScheme, Settings::HighContrastColors, Settings::InspectorFontSize, Settings::CheckStrictness})
        m_settings.remove(key);
    load();
    Q_EMIT appearanceChanged();
    Q_EMIT editorFontSizeChanged(0);
    Q_EMIT strictnessChanged(parseStrictness(m_settings.value(Settings::CheckStrictness).toString()));
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_generalGroup->setTitle(tr("General"));
    m_colorsGroup->setTitle(tr("Colours"));
    m_inspectorGroup->setTitle(tr("Inspector"));
    m_languageLabel->setText(tr("&Language:"));
    m_colorSchemeLabel->setText(tr("&Palette:"));
    m_colorScheme->setItemText(0, tr("Follow the system"));
    m_colorScheme->setItemText(1, tr("Light"));
    m_colorScheme->setItemText(2, tr("Dark"));
    m_highContrast->setText(tr("&High-contrast colours for classes and highlighting"));
    m_highContrast->setToolTip(tr("Darker colours on light backgrounds and lighter ones on dark backgrounds, "
                                  "for projectors and low vision"));
    m_fontSizeLabel->setText(tr("Editor &font size:"));
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt", "font size unit, after the number"));
    m_strictnessLabel->setText(tr("&Checks:"));
    m_strictness->setItemText(0, tr("Strict RFC"));
    m_strictness->setItemText(1, tr("Lenient"));
    m_strictness->setItemText(2, tr("GB/T 28181 profile"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Colours, font size and checks as on first start; the language stays"));
    updateStrictnessNote();
}

void PreferencesDialog::updateStrictnessNote()
{
    switch (parseStrictness(m_strictness->currentData().toString())) {
    case CheckStrictness::StrictRfc:
        m_strictnessNote->setText(tr("Every MUST of the RFCs is an error and every SHOULD a warning."));
        break;
    case CheckStrictness::Lenient:
        m_strictnessNote->setText(
            tr("For logs from real equipment: deviations that calls survive are notes, not warnings."));
        break;
    case CheckStrictness::Gb28181:
        m_strictnessNote->setText(tr("The RFCs plus the rules of the GB/T 28181 video-platform profile."));
        break;
    }
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sipref
