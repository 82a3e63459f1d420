#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ccbulk::cli {

// The command line of ccbulk-cli (see the command-line contract): global
// options anywhere, then a command and its arguments.
struct CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::cli::CliArguments)

public:
    QString tenantPath;
    QString language;
    QString user;
    bool json = false;
    bool help = false;
    bool version = false;
    QString outputFile;          // -o
    QString search;              // jobs --search
    QString errorsCsv;           // job --errors-csv
    bool exportTemplate = false; // export --template
    bool offline = false;        // validate --offline: the definitions only
    QStringList words;           // the command and its positional arguments

    // Returns false and sets *error (in the user's language) on wrong usage.
    static bool parse(const QStringList &arguments, CliArguments *out, QString *error);
    // Only --lang, read before translations are installed.
    static QString languageFrom(const QStringList &arguments);
    static QString usage();
};

} // namespace ccbulk::cli
