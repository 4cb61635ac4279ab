#include "cli/cli.h"

#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "cli/commandoptions.h"
#include "cli/flowcommand.h"
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

const char *const commandNames[] = {"lookup", "search", "list", "inspect", "flow"};

void write(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

// Gives lupdate and the code one context, "Cli", for every command-line text.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
    CommandOptions options({QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")},
                           QStringLiteral("code"), Cli::tr("A SIP response code (486), a Q.850 cause (q850:17) or a Warning code (warning:399)."));
    if (!options.parse(arguments, err))
        return UsageError;
    if (options.positional().size() != 1) {
        writeLine(err, Cli::tr("Usage: sipref lookup CODE [--lang en|zh_CN] [--format text|json|markdown]"));
        return UsageError;
    }
    const Language language = options.language();
    const QString format = options.format();
    const QString arg = options.positional().first().trimmed();
    const Catalog catalog;
    const std::optional<CodeEntry> entry = catalog.lookupKey(arg);
    if (!entry) {
        writeLine(err, Cli::tr("\"%1\" is not a SIP response code (100 to 699), a Q.850 cause (q850:N) or a "
                               "Warning code (warning:N).").arg(arg));
        return NotFound;
    }
    // A SIP number registered in both profiles: show both meanings, IETF first.
    QList<CodeEntry> entries;
    if (entry->kind != EntryKind::Sip || entry->profile == Profile::Unregistered) {
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
    CommandOptions options({QStringLiteral("text"), QStringLiteral("json")}, QStringLiteral("text"),
                           Cli::tr("Words, a code, a code prefix or a class such as 4xx."));
    if (!options.parse(arguments, err))
        return UsageError;
    const Language language = options.language();
    const QString format = options.format();
    const QString query = options.positional().join(QLatin1Char(' ')).trimmed();
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
    CommandOptions options({QStringLiteral("text"), QStringLiteral("json")}, QString(), QString());
    if (!options.parse(arguments, err))
        return UsageError;
    const Language language = options.language();
    const QString format = options.format();
    if (!options.positional().isEmpty()) {
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
                 "  lookup CODE     explain a SIP response code, q850:N cause or warning:N code\n"
                 "  search TEXT     find codes by number, class, words or header name\n"
                 "  list            the whole catalog\n"
                 "  inspect FILE|-  check SIP messages in a file, a log or standard input\n"
                 "  flow FILE|-     the calls in a file or log, each as a ladder diagram\n\n"
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
    if (command == QLatin1String("flow"))
        return flowCommand(rest, out, err, in);
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
