#include "print/codesheetdialog.h"

#include "catalog/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sipref {

CodeSheetDialog::CodeSheetDialog(const Catalog &catalog, Purpose purpose, const CodeSheetOptions &initial,
                                 QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_purpose(purpose)
    , m_scope(new QComboBox)
    , m_languages(new QComboBox)
    , m_pages(new QLabel)
    , m_scopeLabel(new QLabel)
    , m_languagesLabel(new QLabel)
    , m_pagesLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_countTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("CodeSheetDialog"));
    setMinimumWidth(380);
    for (int i = 0; i < sheetScopeCount; ++i)
        m_scope->addItem(QString(), i);
    m_scope->setCurrentIndex(std::clamp(int(initial.scope), 0, sheetScopeCount - 1));
    for (SheetLanguages l : {SheetLanguages::English, SheetLanguages::Chinese, SheetLanguages::Both})
        m_languages->addItem(QString(), int(l));
    m_languages->setCurrentIndex(int(initial.languages));

    auto *form = new QFormLayout;
    m_scopeLabel->setBuddy(m_scope);
    m_languagesLabel->setBuddy(m_languages);
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_languagesLabel, m_languages);
    form->addRow(m_pagesLabel, m_pages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Counting pages lays the whole sheet out: wait until the choice settles.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(120);
    connect(m_countTimer, &QTimer::timeout, this, &CodeSheetDialog::updatePageCount);
    connect(m_scope, &QComboBox::currentIndexChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_languages, &QComboBox::currentIndexChanged, m_countTimer, qOverload<>(&QTimer::start));
    retranslateUi();
}

CodeSheetOptions CodeSheetDialog::options() const
{
    CodeSheetOptions options;
    options.scope = SheetScope(m_scope->currentData().toInt());
    options.languages = SheetLanguages(m_languages->currentData().toInt());
    return options;
}

void CodeSheetDialog::retranslateUi()
{
    setWindowTitle(m_purpose == Print ? tr("Print Code Sheet") : tr("Export Code Sheet as PDF"));
    m_scopeLabel->setText(tr("&Codes:"));
    m_languagesLabel->setText(tr("&Language:"));
    m_pagesLabel->setText(tr("Pages:"));
    m_scope->setItemText(int(SheetScope::AllCodes), tr("All codes, causes and Warning codes"));
    for (int cls = 1; cls <= 6; ++cls)
        m_scope->setItemText(cls, tr("SIP %1 only").arg(QStringLiteral("%1xx").arg(cls)));
    m_scope->setItemText(int(SheetScope::Gb28181), tr("GB/T 28181 platform codes"));
    m_scope->setItemText(int(SheetScope::Q850), tr("Q.850 cause values"));
    m_scope->setItemText(int(SheetScope::Warning), tr("SIP Warning codes"));
    // Language names in their own language, as in the View menu.
    m_languages->setItemText(int(SheetLanguages::English), QStringLiteral("English"));
    m_languages->setItemText(int(SheetLanguages::Chinese), QStringLiteral("简体中文"));
    m_languages->setItemText(int(SheetLanguages::Both), tr("Both, side by side"));
    m_scope->setAccessibleName(tr("Codes on the sheet"));
    m_languages->setAccessibleName(tr("Language of the sheet"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_purpose == Print ? tr("&Print…") : tr("&Export…"));
    updatePageCount();
}

void CodeSheetDialog::updatePageCount()
{
    CodeSheet sheet(m_catalog, options());
    const int pages = sheet.pageCount();
    m_pages->setText(tr("%n A4 page(s), %1 entries", nullptr, pages).arg(sheet.entryCount()));
}

void CodeSheetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sipref
