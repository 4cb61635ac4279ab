#include "startgui.h"

#include "catalog/catalog.h"
#include "i18n/apptranslator.h"
#include "bench/guibench.h"
#include "bench/quitwhenexposed.h"
#include "inspector/inspectorview.h"
#include "mainwindow.h"
#include "settings.h"
#include "settings/appearance.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QtConcurrent>
#include <dlfcn.h>
#include <thread>

namespace sipref {

namespace {

// The window icon from the PNG sizes made for the desktop (resources/icons/hicolor), not from the
// SVG: at 16 and 24 px they are drawn from the simplified small icon, which stays legible in a
// task bar, and reading them costs a little less at start-up than rendering the SVG at the eight
// sizes the X11 window takes (1.2 M instructions less).
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/app/%1.png").arg(size), QSize(size, size));
    return icon;
}

std::thread fontconfigInit;

} // namespace

void beginFontconfigInit()
{
    // Looked up rather than linked: Qt's own libraries have loaded fontconfig already, and sipref
    // needs no header or library of its own for one call. FcInit() is thread-safe; Qt's font
    // database calls it again later, which then returns at once.
    if (auto init = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "FcInit")))
        fontconfigInit = std::thread(init);
}

int startGui(QApplication &app)
{
    // The font database (fontconfig's list of every installed font) is read beside the GUI thread
    // while that one builds the catalog: the first widget that measures text waits for it, by then
    // mostly or wholly read. QFontDatabase is thread-safe; this cut the start-up on X11 by about 8 ms.
    // fontconfig's own configuration has been read meanwhile (beginFontconfigInit).
    const QFuture<void> fontsRead = QtConcurrent::run([] {
        if (fontconfigInit.joinable())
            fontconfigInit.join();
        QFontDatabase::families();
    });

    // sipref's own icon theme (resources/icons/theme): the few icons it draws itself, every other one
    // from the style's built-in set. Looking them up in the desktop's theme read that theme's index
    // and searched dozens of its folders at every start, about a tenth of the start-up on X11.
    QIcon::setThemeSearchPaths({QStringLiteral(":/icons/theme")});
    QIcon::setThemeName(QStringLiteral("sipref"));
    app.setWindowIcon(applicationIcon());
    Settings settings;
    Language language = systemLanguage();
    parseLanguage(settings.value(Settings::Language).toString(), &language);

    AppTranslator translator;
    translator.setLanguage(language);
    applyAppearance(settings); // the palette before the first widget, so nothing is drawn twice
    const Catalog catalog;
    MainWindow window(catalog, translator, settings);
    const QStringList args = app.arguments();
    // Benchmarks (BENCHMARKS.md): start-up to the first exposed and drawn frame, and pasting a big log.
    const bool benchStartup = args.contains(QStringLiteral("--bench-startup"));
    if (benchStartup)
        quitWhenExposed(window);
    window.show();
    if (benchStartup)
        return app.exec();
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
