#pragma once

#include "print/codesheet.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTimer;

namespace sipref {

class Catalog;

// The small dialog before printing or exporting a code sheet: which codes, which language(s),
// and how many A4 pages that makes.
class CodeSheetDialog : public QDialog
{
    Q_OBJECT
public:
    enum Purpose { Print, ExportPdf };
    CodeSheetDialog(const Catalog &catalog, Purpose purpose, const CodeSheetOptions &initial,
                    QWidget *parent = nullptr);

    CodeSheetOptions options() const;
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *languageBox() const { return m_languages; }
    QLabel *pagesLabel() const { return m_pages; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePageCount();

    const Catalog &m_catalog;
    Purpose m_purpose;
    QComboBox *m_scope;
    QComboBox *m_languages;
    QLabel *m_pages;
    QLabel *m_scopeLabel;
    QLabel *m_languagesLabel;
    QLabel *m_pagesLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_countTimer;
};

} // namespace sipref
