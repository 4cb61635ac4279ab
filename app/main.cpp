// sipref: SIP response codes explained, and SIP messages inspected, in English and Chinese.
// With a command (lookup, search, list, inspect) it is a command-line tool and creates no widget;
// without one it opens the window.
#include "cli/cli.h"
#include "i18n/apptranslator.h"
#include "ui/flow/ladderexport.h"
#include "ui/startgui.h"

#include <QApplication>
#include <QFile>
#include <memory>

using namespace sipref;

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

// Translators go in before the command line is parsed, so that --help is translated too.
Language cliLanguage(const QStringList &args)
{
    Language language = systemLanguage();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            parseLanguage(args[i + 1], &language);
        else if (args[i].startsWith(QLatin1String("--lang=")))
            parseLanguage(args[i].mid(7), &language);
    }
    return language;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("sipref"));
    QCoreApplication::setApplicationName(QStringLiteral("sipref"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPREF_VERSION));

    const QStringList args = argumentList(argc, argv);
    if (cli::isCommand(args)) {
        // `flow` can draw the ladder as SVG or PNG, which lays out text: that needs a
        // QGuiApplication, on the offscreen platform so that it runs without a display.
        std::unique_ptr<QCoreApplication> application;
        if (args.size() > 1 && args.at(1) == QLatin1String("flow")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
            cli::setLadderImageWriter(writeLadderImage);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        AppTranslator translator;
        translator.setLanguage(cliLanguage(args));
        QFile out, err, in;
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly);
        in.open(stdin, QIODevice::ReadOnly);
        return cli::run(app.arguments(), out, err, &in);
    }

    beginFontconfigInit();
    QApplication app(argc, argv);
    // Lets Wayland match the window to the installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sipref.sipref"));
    return startGui(app);
}
