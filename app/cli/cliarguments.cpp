#include "cliarguments.h"

#include "i18n/language.h"

namespace ccbulk::cli {

QString CliArguments::languageFrom(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(QLatin1String("--lang="))) {
            return argument.mid(7);
        }
    }
    return QString();
}

bool CliArguments::parse(const QStringList &arguments, CliArguments *out, QString *error)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            const qsizetype at = argument.indexOf(QLatin1Char('='));
            inlineValue = argument.mid(at + 1);
            argument.truncate(at);
            hasInlineValue = true;
        }
        auto value = [&](QString *target) {
            if (hasInlineValue) {
                *target = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                *error = tr("Option %1 needs a value.").arg(argument);
                return false;
            }
            *target = arguments.at(++i);
            return true;
        };
        if (argument == QLatin1String("--tenant")) {
            if (!value(&out->tenantPath)) {
                return false;
            }
        } else if (argument == QLatin1String("--lang")) {
            if (!value(&out->language)) {
                return false;
            }
            if (!isSupportedLanguage(out->language)) {
                *error = tr("Unknown language “%1”: use en or sv.").arg(out->language);
                return false;
            }
        } else if (argument == QLatin1String("--user")) {
            if (!value(&out->user)) {
                return false;
            }
        } else if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            if (!value(&out->outputFile)) {
                return false;
            }
        } else if (argument == QLatin1String("--search")) {
            if (!value(&out->search)) {
                return false;
            }
        } else if (argument == QLatin1String("--errors-csv")) {
            if (!value(&out->errorsCsv)) {
                return false;
            }
        } else if (argument == QLatin1String("--template")) {
            out->exportTemplate = true;
        } else if (argument == QLatin1String("--offline")) {
            out->offline = true;
        } else if (argument == QLatin1String("--json")) {
            out->json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out->help = true;
        } else if (argument == QLatin1String("--version")) {
            out->version = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            *error = tr("Unknown option %1.").arg(arguments.at(i));
            return false;
        } else {
            out->words << argument;
        }
    }
    return true;
}

QString CliArguments::usage()
{
    return tr("Usage: ccbulk-cli [global options] COMMAND [arguments]\n"
              "\n"
              "Global options:\n"
              "  --tenant PATH        the local tenant database file\n"
              "  --lang en|sv         language of messages (default: the system's)\n"
              "  --user EMAIL         the “Submitted by” address\n"
              "  --help, --version\n"
              "\n"
              "Commands:\n"
              "  types [--json]                  list the object types\n"
              "  template TYPE [-o FILE]         write TYPE's CSV template (header row)\n"
              "  validate TYPE FILE [--offline] [--json]\n"
              "                                  check FILE (- for standard input) against\n"
              "                                  TYPE and the tenant (--offline: TYPE only);\n"
              "                                  writes nothing\n"
              "  import TYPE FILE [--json]       run an import job to its end\n"
              "  export TYPE -o FILE [--template] [--json]\n"
              "                                  run an export job (.csv, or .zip when over\n"
              "                                  5000 rows); --template writes the header only\n"
              "  people import FILE [--json]     load the local tenant's people (Email,\n"
              "                                  First Name, Last Name)\n"
              "  jobs [--search TEXT] [--json]   the jobs, newest first\n"
              "  job ID [--json] [--errors-csv FILE]\n"
              "                                  one job's details; write its error CSV\n"
              "\n"
              "Exit codes: 0 success or valid, 1 the file has errors, 2 wrong usage,\n"
              "3 the file was refused as a whole, 4 another job is active.\n");
}

} // namespace ccbulk::cli
