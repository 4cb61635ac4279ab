#include "print/codesheetexport.h"

#include "print/codesheet.h"
#include "print/codesheetdialog.h"
#include "settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace sipref {

namespace {

struct CodeSheetExport
{
    Q_DECLARE_TR_FUNCTIONS(CodeSheetExport)
};

// Asks for the options; false when cancelled.
bool askOptions(QWidget *parent, const Catalog &catalog, Settings &settings, int browserClass,
                CodeSheetDialog::Purpose purpose, CodeSheetOptions *options)
{
    CodeSheetOptions initial;
    const int scope = browserClass > 0 ? browserClass : settings.value(Settings::PrintScope).toInt();
    initial.scope = SheetScope(std::clamp(scope, 0, sheetScopeCount - 1));
    initial.languages = parseSheetLanguages(settings.value(Settings::PrintLanguages).toString());
    CodeSheetDialog dialog(catalog, purpose, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    settings.setValue(Settings::PrintScope, int(options->scope));
    settings.setValue(Settings::PrintLanguages, sheetLanguagesId(options->languages));
    return true;
}

QString scopeFileName(SheetScope scope)
{
    switch (scope) {
    case SheetScope::AllCodes:
        return QStringLiteral("all");
    case SheetScope::Gb28181:
        return QStringLiteral("gb28181");
    case SheetScope::Q850:
        return QStringLiteral("q850");
    case SheetScope::Warning:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("%1xx").arg(int(scope));
    }
}

} // namespace

void printCodeSheet(QWidget *parent, const Catalog &catalog, Settings &settings, int browserClass)
{
    CodeSheetOptions options;
    if (!askOptions(parent, catalog, settings, browserClass, CodeSheetDialog::Print, &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(CodeSheet::defaultPageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(CodeSheetExport::tr("Print Code Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CodeSheet sheet(catalog, options);
    const int pages = sheet.print(&printer);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        QMessageBox::warning(parent, CodeSheetExport::tr("Cannot Print"),
                             CodeSheetExport::tr("The printer could not be started."));
}

QString exportCodeSheetPdf(QWidget *parent, const Catalog &catalog, Settings &settings, int browserClass)
{
    CodeSheetOptions options;
    if (!askOptions(parent, catalog, settings, browserClass, CodeSheetDialog::ExportPdf, &options))
        return {};
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("sipref-codes-%1-%2.pdf")
                          .arg(scopeFileName(options.scope), sheetLanguagesId(options.languages)));
    QString path = QFileDialog::getSaveFileName(parent, CodeSheetExport::tr("Export Code Sheet as PDF"), suggested,
                                                CodeSheetExport::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CodeSheet sheet(catalog, options);
    int pages = 0;
    const bool written = writeCodeSheetPdf(sheet, path, &pages);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, CodeSheetExport::tr("Cannot Export"),
                             CodeSheetExport::tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    QMessageBox done(
        QMessageBox::Information, CodeSheetExport::tr("Code Sheet Exported"),
        CodeSheetExport::tr("Saved %n page(s) to \"%1\".", nullptr, pages).arg(QDir::toNativeSeparators(path)),
        QMessageBox::Close, parent);
    QPushButton *open = done.addButton(CodeSheetExport::tr("&Open PDF"), QMessageBox::AcceptRole);
    done.setDefaultButton(open);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

} // namespace sipref
