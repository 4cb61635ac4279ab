#pragma once

#include "i18n/language.h"

#include <QCommandLineParser>
#include <QStringList>

class QIODevice;

namespace sipref::cli {

// What every command parses the same way: --lang, --format (from the formats it offers, the
// first being the default) and its positional arguments. Errors go to `err` as one line.
class CommandOptions
{
public:
    CommandOptions(const QStringList &formats, const QString &positionalName, const QString &positionalHelp);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    bool parse(const QStringList &arguments, QIODevice &err);

    Language language() const { return m_language; }
    QString format() const { return m_format; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_langOption;
    QCommandLineOption m_formatOption;
    QStringList m_formats;
    Language m_language = Language::English;
    QString m_format;
};

void writeLine(QIODevice &device, const QString &line);

} // namespace sipref::cli
