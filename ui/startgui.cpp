#include "startgui.h"

#include "catalog/catalog.h"
#include "i18n/apptranslator.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QIcon>

namespace sipref {

int startGui(QApplication &app)
{
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/sipref.svg")));
    Settings settings;
    Language language = systemLanguage();
    parseLanguage(settings.value(Settings::Language).toString(), &language);

    AppTranslator translator;
    translator.setLanguage(language);
    const Catalog catalog;
    MainWindow window(catalog, translator, settings);
    window.show();
    return app.exec();
}

} // namespace sipref
