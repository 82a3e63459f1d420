#include "clicommands.h"

#include "clioutput.h"
#include "clisession.h"
#include "csv/csvwriter.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/audioimportengine.h"
#include "jobs/importcheck.h"
#include "validation/filevalidator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace ccbulk::cli {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int CliCommands::usageError(const QString &message)
{
    printErr(message + QLatin1Char('\n') + tr("Run “ccbulk-cli --help” for usage.") +
             QLatin1Char('\n'));
    return ExitUsage;
}

int CliCommands::run(const CliArguments &arguments)
{
    if (arguments.version) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') +
                 QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return ExitSuccess;
    }
    if (arguments.help) {
        printOut(CliArguments::usage());
        return ExitSuccess;
    }
    if (arguments.words.isEmpty()) {
        printErr(CliArguments::usage());
        return ExitUsage;
    }
    const QString &command = arguments.words.first();
    if (command == QLatin1String("types")) {
        return types(arguments);
    }
    if (command == QLatin1String("template")) {
        return writeTemplate(arguments);
    }
    if (command == QLatin1String("validate")) {
        return validate(arguments);
    }
    if (command == QLatin1String("import")) {
        return importFile(arguments);
    }
    if (command == QLatin1String("export")) {
        return exportFile(arguments);
    }
    if (command == QLatin1String("people")) {
        return importPeople(arguments);
    }
    if (command == QLatin1String("jobs")) {
        return listJobs(arguments);
    }
    if (command == QLatin1String("job")) {
        return showJob(arguments);
    }
    return usageError(tr("Unknown command “%1”.").arg(command));
}

int CliCommands::types(const CliArguments &arguments)
{
    if (arguments.words.size() != 1) {
        return usageError(tr("“types” takes no arguments."));
    }
    const QString language = uiLanguage();
    const auto &types = DefinitionRegistry::instance().types();
    if (arguments.json) {
        QJsonArray list;
        for (const TypeDefinition &type : types) {
            list.append(QJsonObject{{QStringLiteral("id"), type.id()},
                                    {QStringLiteral("name"), type.name(language)},
                                    {QStringLiteral("format"), type.format() == FileFormat::Zip
                                                                   ? QStringLiteral("zip")
                                                                   : QStringLiteral("csv")}});
        }
        printJson(QJsonObject{{QStringLiteral("types"), list}});
        return ExitSuccess;
    }
    QString text;
    for (const TypeDefinition &type : types) {
        text += type.id().leftJustified(22) + type.name(language) + QStringLiteral("  (") +
                (type.format() == FileFormat::Zip ? tr("ZIP of WAV files") : tr("CSV")) +
                QStringLiteral(")\n    ") + type.description(language) + QLatin1Char('\n');
    }
    printOut(text);
    return ExitSuccess;
}

int CliCommands::writeTemplate(const CliArguments &arguments)
{
    if (arguments.words.size() != 2) {
        return usageError(tr("Usage: ccbulk-cli template TYPE [-o FILE]"));
    }
    const TypeDefinition *type = DefinitionRegistry::instance().find(arguments.words.at(1));
    if (!type) {
        return usageError(tr("Unknown object type “%1”. “ccbulk-cli types” lists them.")
                              .arg(arguments.words.at(1)));
    }
    if (type->format() != FileFormat::Csv) {
        printErr(tr("%1 has no CSV template: it is imported as a ZIP of WAV files.")
                     .arg(type->name(uiLanguage())) +
                 QLatin1Char('\n'));
        return ExitRefused;
    }
    // The header row as the writer encodes it (mark, quotes, line end), then
    // to standard output, or to the file whole or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(type->templateHeaders());
    }
    if (arguments.outputFile.isEmpty() || arguments.outputFile == QLatin1String("-")) {
        writeRawOut(buffer.data());
        return ExitSuccess;
    }
    QSaveFile file(arguments.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit()) {
        printErr(tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(arguments.outputFile), file.errorString()) +
                 QLatin1Char('\n'));
        return ExitRefused;
    }
    return ExitSuccess;
}

int CliCommands::validate(const CliArguments &arguments)
{
    if (arguments.words.size() != 3) {
        return usageError(tr("Usage: ccbulk-cli validate TYPE FILE [--json]"));
    }
    const DefinitionRegistry &registry = DefinitionRegistry::instance();
    const TypeDefinition *type = registry.find(arguments.words.at(1));
    if (!type) {
        return usageError(tr("Unknown object type “%1”. “ccbulk-cli types” lists them.")
                              .arg(arguments.words.at(1)));
    }
    const QString path = arguments.words.at(2);
    CliSession session(arguments);
    QString error;
    if (!arguments.offline && !session.openTenant(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    // The dry run of an import (checkImport); with --offline, the file
    // against its type alone.
    QFile file;
    QBuffer piped;
    QIODevice *device = &file;
    if (path == QLatin1String("-")) {
        // Standard input, for pipes in scripts; read whole, as the dry run
        // reads the file twice.
        QFile input;
        input.open(stdin, QIODevice::ReadOnly);
        piped.setData(input.readAll());
        piped.open(QIODevice::ReadOnly);
        device = &piped;
    } else {
        file.setFileName(path);
        file.open(QIODevice::ReadOnly);
    }
    // A file that cannot be opened is refused like any other, in the output's form.
    ImportOutcome outcome;
    if (device->isOpen() && !arguments.offline) {
        outcome = checkImport(*type, registry, session.tenant(), session.limits(), device);
    } else if (device->isOpen() && type->format() == FileFormat::Zip) {
        // A ZIP of WAV files without the tenant, in the same shape.
        outcome = AudioImportEngine(*type, registry, session.tenant(), session.limits())
                      .checkWithoutTenant(device);
    } else if (device->isOpen()) {
        // The file against its type alone: nothing about the tenant.
        outcome.report = FileValidator(*type, registry, session.limits()).validate(device);
    } else {
        outcome.report = FileValidator(*type, registry, session.limits()).validateFile(path);
    }
    const bool counted = !arguments.offline;
    const ValidationReport &report = outcome.report;

    if (arguments.json) {
        QJsonArray issues;
        for (const Issue &issue : report.issues) {
            issues.append(
                QJsonObject{{QStringLiteral("row"), issue.row},
                            {QStringLiteral("column"), nullable(issue.column)},
                            {QStringLiteral("severity"),
                             issue.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                            {QStringLiteral("message"), issue.message}});
        }
        printJson(QJsonObject{{QStringLiteral("valid"), report.isValid()},
                              {QStringLiteral("rows"), report.rows},
                              {QStringLiteral("create"),
                               counted ? QJsonValue(outcome.objectsToCreate) : QJsonValue()},
                              {QStringLiteral("update"),
                               counted ? QJsonValue(outcome.objectsToUpdate) : QJsonValue()},
                              {QStringLiteral("unchanged"),
                               counted ? QJsonValue(outcome.objectsUnchanged) : QJsonValue()},
                              {QStringLiteral("issues"), issues}});
    } else {
        const QString fileName =
            path == QLatin1String("-") ? tr("standard input") : QFileInfo(path).fileName();
        QString text;
        if (report.refused) {
            text += tr("%1: refused.").arg(fileName) + QLatin1Char('\n');
        } else {
            text += tr("%1: %n row(s)", nullptr, report.rows).arg(fileName) + QStringLiteral(", ") +
                    tr("%n error(s)", nullptr, report.errorCount()) + QStringLiteral(", ") +
                    tr("%n warning(s)", nullptr, report.warningCount()) + QLatin1Char('\n');
        }
        for (const Issue &issue : report.issues) {
            QString where;
            if (issue.row > 0 && !issue.column.isEmpty()) {
                where = tr("Row %1, %2").arg(issue.row).arg(issue.column);
            } else if (issue.row > 0) {
                where = tr("Row %1").arg(issue.row);
            } else {
                where = tr("File");
            }
            const QString severity = issue.isError() ? tr("error") : tr("warning");
            text += QStringLiteral("  %1 (%2): %3\n").arg(where, severity, issue.message);
        }
        if (!report.refused && counted) {
            text += QStringLiteral("  ") +
                    tr("Objects: %1 to create, %2 to update, %3 unchanged.")
                        .arg(outcome.objectsToCreate)
                        .arg(outcome.objectsToUpdate)
                        .arg(outcome.objectsUnchanged) +
                    QLatin1Char('\n');
        }
        if (report.isValid()) {
            text += tr("The file is valid.") + QLatin1Char('\n');
        }
        printOut(text);
    }
    if (report.refused) {
        return ExitRefused;
    }
    return report.errorCount() > 0 ? ExitFileHasErrors : ExitSuccess;
}

} // namespace ccbulk::cli
