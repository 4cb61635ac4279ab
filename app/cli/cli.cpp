#include "cli/cli.h"

#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "cli/inspectcommand.h"
#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sipref::cli {

namespace {

const char *const commandNames[] = {"lookup", "search", "list", "inspect"};

void write(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

// Gives lupdate and the code one context, "Cli", for every command-line text.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Options shared by the commands; each command adds only what it takes.
struct Common
{
    QCommandLineOption lang{QStringLiteral("lang"), Cli::tr("Language of the text output: en or zh_CN."),
                            QStringLiteral("language")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("format")};
};

bool parse(QCommandLineParser &parser, const QStringList &arguments, QIODevice &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        write(err, parser.errorText() + QLatin1Char('\n'));
        return false;
    }
    return true;
}

bool chooseLanguage(const QCommandLineParser &parser, const Common &common, Language *language, QIODevice &err)
{
    *language = systemLanguage();
    if (!parser.isSet(common.lang))
        return true;
    if (parseLanguage(parser.value(common.lang), language))
        return true;
    write(err, Cli::tr("Unknown language \"%1\"; use en or zh_CN.").arg(parser.value(common.lang))
                   + QLatin1Char('\n'));
    return false;
}

bool chooseFormat(const QCommandLineParser &parser, const Common &common, const QStringList &allowed,
                  QString *format, QIODevice &err)
{
    *format = parser.isSet(common.format) ? parser.value(common.format).toLower() : allowed.first();
    if (allowed.contains(*format))
        return true;
    write(err, Cli::tr("Unknown format \"%1\"; use one of: %2.").arg(parser.value(common.format),
                                                                   allowed.join(QStringLiteral(", ")))
                   + QLatin1Char('\n'));
    return false;
}

QString json(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString oneLine(const CodeEntry &e, Language language)
{
    return QStringLiteral("%1  %2 — %3\n").arg(entryTitle(e), e.name.in(language), e.summary.in(language));
}

int lookup(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    Common common;
    common.format.setDescription(Cli::tr("Output format: text, json or markdown."));
    parser.addOptions({common.lang, common.format});
    parser.addPositionalArgument(QStringLiteral("code"), Cli::tr("A SIP response code, 100 to 699."));
    Language language;
    QString format;
    if (!parse(parser, arguments, err) || !chooseLanguage(parser, common, &language, err)
        || !chooseFormat(parser, common, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")},
                         &format, err))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        write(err, Cli::tr("Usage: sipref lookup CODE [--lang en|zh_CN] [--format text|json|markdown]") + QLatin1Char('\n'));
        return UsageError;
    }
    const QString arg = parser.positionalArguments().first().trimmed();
    static const QRegularExpression number(QStringLiteral("^\\d{1,9}$"));
    const Catalog catalog;
    const std::optional<CodeEntry> entry =
        number.match(arg).hasMatch() ? catalog.lookup(arg.toInt()) : std::optional<CodeEntry>();
    if (!entry) {
        write(err, Cli::tr("\"%1\" is not a SIP response code (100 to 699).").arg(arg) + QLatin1Char('\n'));
        return NotFound;
    }
    // A number registered in both profiles: show both meanings, IETF first.
    QList<CodeEntry> entries;
    if (entry->profile == Profile::Unregistered) {
        entries.append(*entry);
    } else {
        for (const CodeEntry *e : catalog.findAll(entry->code))
            entries.append(*e);
    }
    if (format == QLatin1String("json")) {
        if (entries.size() == 1) {
            write(out, json(entryToJson(entries.first())));
        } else {
            QJsonArray list;
            for (const CodeEntry &e : entries)
                list.append(entryToJson(e));
            write(out, json(list));
        }
        return Ok;
    }
    QStringList parts;
    for (const CodeEntry &e : entries)
        parts.append(format == QLatin1String("markdown") ? entryToMarkdown(e, {language}) : entryToText(e, {language}));
    write(out, parts.join(QStringLiteral("\n")));
    return Ok;
}

int search(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    Common common;
    common.format.setDescription(Cli::tr("Output format: text or json."));
    parser.addOptions({common.lang, common.format});
    parser.addPositionalArgument(QStringLiteral("text"), Cli::tr("Words, a code, a code prefix or a class such as 4xx."));
    Language language;
    QString format;
    if (!parse(parser, arguments, err) || !chooseLanguage(parser, common, &language, err)
        || !chooseFormat(parser, common, {QStringLiteral("text"), QStringLiteral("json")}, &format, err))
        return UsageError;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        write(err, Cli::tr("Usage: sipref search TEXT [--format text|json]") + QLatin1Char('\n'));
        return UsageError;
    }
    const Catalog catalog;
    const QList<SearchHit> hits = catalog.search(query);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const SearchHit &h : hits)
            list.append(entryToJson(catalog.entries()[h.index]));
        write(out, json(list));
    } else {
        for (const SearchHit &h : hits)
            write(out, oneLine(catalog.entries()[h.index], language));
    }
    return hits.isEmpty() ? NotFound : Ok;
}

int list(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    Common common;
    common.format.setDescription(Cli::tr("Output format: text or json."));
    parser.addOptions({common.lang, common.format});
    Language language;
    QString format;
    if (!parse(parser, arguments, err) || !chooseLanguage(parser, common, &language, err)
        || !chooseFormat(parser, common, {QStringLiteral("text"), QStringLiteral("json")}, &format, err))
        return UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        write(err, Cli::tr("Usage: sipref list [--format text|json]") + QLatin1Char('\n'));
        return UsageError;
    }
    const Catalog catalog;
    if (format == QLatin1String("json")) {
        QJsonArray all;
        for (const CodeEntry &e : catalog.entries())
            all.append(entryToJson(e));
        write(out, json(all));
    } else {
        for (const CodeEntry &e : catalog.entries())
            write(out, oneLine(e, language));
    }
    return Ok;
}

QString usage()
{
    return Cli::tr("Usage: sipref [COMMAND] [OPTIONS]\n"
                 "Without a command, sipref opens its window.\n\n"
                 "Commands:\n"
                 "  lookup CODE     explain a SIP response code\n"
                 "  search TEXT     find codes by number, class, words or header name\n"
                 "  list            the whole catalog\n"
                 "  inspect FILE|-  check SIP messages in a file, a log or standard input\n\n"
                 "Run sipref COMMAND --help for the options of a command.\n");
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    for (const char *name : commandNames) {
        if (first == QLatin1String(name))
            return true;
    }
    return first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")
           || first == QLatin1String("--version");
}

int run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in)
{
    if (arguments.size() < 2)
        return UsageError;
    const QString command = arguments.at(1);
    // The command's own parser sees "sipref COMMAND args..." minus the command word.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        write(out, usage());
        return Ok;
    }
    if (command == QLatin1String("lookup"))
        return lookup(rest, out, err);
    if (command == QLatin1String("search"))
        return search(rest, out, err);
    if (command == QLatin1String("list"))
        return list(rest, out, err);
    if (command == QLatin1String("inspect"))
        return inspectCommand(rest, out, err, in);
    if (command == QLatin1String("--version")) {
        write(out, QStringLiteral("sipref %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        write(out, usage());
        return Ok;
    }
    write(err, usage());
    return UsageError;
}

} // namespace sipref::cli
