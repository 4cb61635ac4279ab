#include "cli/commandoptions.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sipref::cli {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void writeLine(QIODevice &device, const QString &line)
{
    device.write((line + QLatin1Char('\n')).toUtf8());
}

CommandOptions::CommandOptions(const QStringList &formats, const QString &positionalName, const QString &positionalHelp)
    : m_langOption(QStringLiteral("lang"), Cli::tr("Language of the text output: en or zh_CN."), QStringLiteral("language")),
      m_formatOption(QStringLiteral("format"), Cli::tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                     QStringLiteral("format")),
      m_formats(formats)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_langOption);
    m_parser.addOption(m_formatOption);
    if (!positionalName.isEmpty())
        m_parser.addPositionalArgument(positionalName, positionalHelp);
}

bool CommandOptions::parse(const QStringList &arguments, QIODevice &err)
{
    if (!m_parser.parse(arguments)) {
        writeLine(err, m_parser.errorText());
        return false;
    }
    m_language = systemLanguage();
    if (m_parser.isSet(m_langOption) && !parseLanguage(m_parser.value(m_langOption), &m_language)) {
        writeLine(err, Cli::tr("Unknown language \"%1\"; use en or zh_CN.").arg(m_parser.value(m_langOption)));
        return false;
    }
    m_format = m_parser.isSet(m_formatOption) ? m_parser.value(m_formatOption).toLower() : m_formats.first();
    if (!m_formats.contains(m_format)) {
        writeLine(err, Cli::tr("Unknown format \"%1\"; use one of: %2.")
                           .arg(m_parser.value(m_formatOption), m_formats.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

} // namespace sipref::cli
