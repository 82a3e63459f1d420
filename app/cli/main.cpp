#include "cliarguments.h"
#include "clicommands.h"
#include "clioutput.h"
#include "i18n/language.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ccbulk"));
    QCoreApplication::setApplicationName(QStringLiteral("ccbulk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCBULK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    // --lang, else the language chosen in the desktop app, else the system's.
    QString language = ccbulk::cli::CliArguments::languageFrom(arguments);
    if (language.isEmpty()) {
        language = ccbulk::AppSettings::load(QSettings()).language;
    }
    ccbulk::setUiLanguage(language);

    ccbulk::cli::CliArguments parsed;
    QString error;
    if (!ccbulk::cli::CliArguments::parse(arguments, &parsed, &error)) {
        ccbulk::cli::printErr(error + QLatin1Char('\n') + ccbulk::cli::CliArguments::usage());
        return ccbulk::cli::ExitUsage;
    }
    return ccbulk::cli::CliCommands::run(parsed);
}
