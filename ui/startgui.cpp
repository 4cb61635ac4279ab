#include "startgui.h"

#include "catalog/catalog.h"
#include "i18n/apptranslator.h"
#include "bench/guibench.h"
#include "inspector/inspectorview.h"
#include "mainwindow.h"
#include "settings.h"
#include "settings/appearance.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

namespace sipref {

int startGui(QApplication &app)
{
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/sipref.svg")));
    Settings settings;
    Language language = systemLanguage();
    parseLanguage(settings.value(Settings::Language).toString(), &language);

    AppTranslator translator;
    translator.setLanguage(language);
    applyAppearance(settings); // the palette before the first widget, so nothing is drawn twice
    const Catalog catalog;
    MainWindow window(catalog, translator, settings);
    window.show();

    const QStringList args = app.arguments();
    // Benchmarks (BENCHMARKS.md): start-up to the first exposed frame, and pasting a big log.
    if (args.contains(QStringLiteral("--bench-startup"))) {
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
        return app.exec();
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--bench-paste")); i >= 0 && i + 1 < args.size())
        return benchPaste(window, args.at(i + 1));
    if (const qsizetype i = args.indexOf(QStringLiteral("--bench-typing")); i >= 0 && i + 1 < args.size())
        return benchTyping(window, args.at(i + 1));
    // Files given on the command line (the desktop entry passes %F) open in the inspector.
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (!args.at(i).startsWith(QLatin1Char('-')) && QFileInfo(args.at(i)).isFile()) {
            window.showInspector();
            window.inspector()->openFile(args.at(i));
            break;
        }
    }
    return app.exec();
}

} // namespace sipref
