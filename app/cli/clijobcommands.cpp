// The commands that run or show jobs: import, export, people import, jobs, job.

#include "clicommands.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/errorcsv.h"
#include "jobs/jobtext.h"
#include "tenant/peopleimport.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace ccbulk::cli {

namespace {

int exitCodeFor(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return ExitSuccess;
    case JobStatus::CompletedWithErrors:
        return ExitFileHasErrors;
    default:
        return ExitRefused;
    }
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("–");
}

} // namespace

QString CliCommands::describeJob(const JobRecord &job)
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(job.objectType);
    QString text = tr("%1  %2 of %3 (%4): %5")
                       .arg(job.id, JobText::typeName(job.type), job.fileName,
                            type ? type->name(uiLanguage()) : job.objectType,
                            JobText::statusName(job.status)) +
                   QLatin1Char('\n');
    text += QStringLiteral("    ") +
            tr("Submitted by %1, started %2, ended %3")
                .arg(job.submittedBy, localTime(job.started), localTime(job.ended)) +
            QLatin1Char('\n');
    const JobCounts &counts = job.counts;
    if (job.type == JobType::Import) {
        text += QStringLiteral("    ") +
                tr("%n row(s): %1 created, %2 updated, %3 unchanged, %4 failed, %5 skipped",
                   nullptr, counts.total)
                    .arg(counts.created)
                    .arg(counts.updated)
                    .arg(counts.unchanged)
                    .arg(counts.failed)
                    .arg(counts.skipped) +
                QLatin1Char('\n');
    } else if (job.status == JobStatus::Completed) {
        text += QStringLiteral("    ") +
                tr("%n object(s) written to %1", nullptr, counts.total)
                    .arg(QDir::toNativeSeparators(job.storedFile)) +
                QLatin1Char('\n');
    }
    if (job.status == JobStatus::Failed && !job.message.isEmpty()) {
        text += QStringLiteral("    ") + job.message + QLatin1Char('\n');
    }
    return text;
}

int CliCommands::finishJob(const CliArguments &arguments, const JobRunner::Result &result)
{
    if (result.start == JobRunner::Result::Start::Busy) {
        printErr(result.message + QLatin1Char('\n'));
        return ExitJobActive;
    }
    if (result.start == JobRunner::Result::Start::Error) {
        printErr(result.message + QLatin1Char('\n'));
        return ExitRefused;
    }
    if (arguments.json) {
        printJson(jobJson(result.job));
    } else {
        printOut(describeJob(result.job));
    }
    return exitCodeFor(result.job.status);
}

int CliCommands::importFile(const CliArguments &arguments)
{
    if (arguments.words.size() != 3) {
        return usageError(tr("Usage: ccbulk-cli import TYPE FILE [--json]"));
    }
    const DefinitionRegistry &registry = DefinitionRegistry::instance();
    const TypeDefinition *type = registry.find(arguments.words.at(1));
    if (!type) {
        return usageError(tr("Unknown object type “%1”. “ccbulk-cli types” lists them.")
                              .arg(arguments.words.at(1)));
    }
    CliSession session(arguments);
    QString error;
    if (!session.openStore(&error) || !session.openTenant(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    JobRunner runner(session.store(), session.dataFolder(), session.tenant(), registry,
                     session.limits());
    JobRunner::Request request;
    request.type = JobType::Import;
    request.objectType = type->id();
    request.file = arguments.words.at(2);
    request.submittedBy = session.submitter();
    return finishJob(arguments, runner.run(request));
}

int CliCommands::exportFile(const CliArguments &arguments)
{
    if (arguments.words.size() != 2 || arguments.outputFile.isEmpty()) {
        return usageError(tr("Usage: ccbulk-cli export TYPE -o FILE [--template] [--json]"));
    }
    const DefinitionRegistry &registry = DefinitionRegistry::instance();
    const TypeDefinition *type = registry.find(arguments.words.at(1));
    if (!type) {
        return usageError(tr("Unknown object type “%1”. “ccbulk-cli types” lists them.")
                              .arg(arguments.words.at(1)));
    }
    if (type->format() != FileFormat::Csv) {
        printErr(tr("%1 cannot be exported: audio files are only imported, as a ZIP of WAV "
                    "files.")
                     .arg(type->name(uiLanguage())) +
                 QLatin1Char('\n'));
        return ExitRefused;
    }
    CliSession session(arguments);
    QString error;
    if (!session.openStore(&error) || !session.openTenant(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    JobRunner runner(session.store(), session.dataFolder(), session.tenant(), registry,
                     session.limits());
    JobRunner::Request request;
    request.type = JobType::Export;
    request.objectType = type->id();
    request.file = arguments.outputFile;
    request.exportTemplate = arguments.exportTemplate;
    request.submittedBy = session.submitter();
    return finishJob(arguments, runner.run(request));
}

int CliCommands::importPeople(const CliArguments &arguments)
{
    if (arguments.words.size() != 3 || arguments.words.at(1) != QLatin1String("import")) {
        return usageError(tr("Usage: ccbulk-cli people import FILE [--json]"));
    }
    CliSession session(arguments);
    QString error;
    if (!session.openTenant(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    PeopleImport reader;
    reader.setMaxBytes(session.limits().maxCsvBytes);
    const PeopleImport::Result read = reader.readFile(arguments.words.at(2));
    int added = 0;
    int updated = 0;
    if (!read.refused && !session.tenant().importPeople(read.people, &added, &updated, &error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    if (arguments.json) {
        QJsonArray issues;
        for (const Issue &issue : read.issues) {
            issues.append(
                QJsonObject{{QStringLiteral("row"), issue.row},
                            {QStringLiteral("column"),
                             issue.column.isEmpty() ? QJsonValue() : QJsonValue(issue.column)},
                            {QStringLiteral("severity"),
                             issue.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                            {QStringLiteral("message"), issue.message}});
        }
        printJson(QJsonObject{{QStringLiteral("rows"), read.rows},
                              {QStringLiteral("added"), added},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("issues"), issues}});
    } else {
        QString text = tr("%n person(s) added", nullptr, added) + QStringLiteral(", ") +
                       tr("%n updated", nullptr, updated) + QLatin1Char('\n');
        for (const Issue &issue : read.issues) {
            text += QStringLiteral("  ") +
                    (issue.row > 0 ? tr("Row %1").arg(issue.row) : tr("File")) +
                    QStringLiteral(": ") + issue.message + QLatin1Char('\n');
        }
        printOut(text);
    }
    if (read.refused) {
        return ExitRefused;
    }
    return read.hasErrors() ? ExitFileHasErrors : ExitSuccess;
}

int CliCommands::listJobs(const CliArguments &arguments)
{
    if (arguments.words.size() != 1) {
        return usageError(tr("Usage: ccbulk-cli jobs [--search TEXT] [--json]"));
    }
    CliSession session(arguments);
    QString error;
    if (!session.openStore(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    const QList<JobRecord> jobs = session.store().jobs(arguments.search);
    if (arguments.json) {
        QJsonArray list;
        for (const JobRecord &job : jobs) {
            list.append(jobJson(job));
        }
        printJson(QJsonObject{{QStringLiteral("jobs"), list}});
        return ExitSuccess;
    }
    QString text;
    for (const JobRecord &job : jobs) {
        text += describeJob(job);
    }
    if (jobs.isEmpty()) {
        text = tr("No jobs.") + QLatin1Char('\n');
    }
    printOut(text);
    return ExitSuccess;
}

int CliCommands::showJob(const CliArguments &arguments)
{
    if (arguments.words.size() != 2) {
        return usageError(tr("Usage: ccbulk-cli job ID [--json] [--errors-csv FILE]"));
    }
    CliSession session(arguments);
    QString error;
    if (!session.openStore(&error)) {
        printErr(error + QLatin1Char('\n'));
        return ExitRefused;
    }
    const JobStore::ResolveResult resolved = session.store().resolveId(arguments.words.at(1));
    if (resolved.outcome != JobStore::ResolveResult::Outcome::Found) {
        return usageError(resolved.message);
    }
    const std::optional<JobRecord> job = session.store().job(resolved.id);
    if (!job) {
        printErr(session.store().lastError() + QLatin1Char('\n'));
        return ExitRefused;
    }
    const QList<RowResult> rows = session.store().rows(job->id);
    if (!arguments.errorsCsv.isEmpty()) {
        const TypeDefinition *type = DefinitionRegistry::instance().find(job->objectType);
        if (job->type != JobType::Import || job->storedFile.isEmpty() ||
            (type && type->format() != FileFormat::Csv)) {
            printErr(tr("Job %1 has no CSV file to take failed rows from.").arg(job->id) +
                     QLatin1Char('\n'));
            return ExitRefused;
        }
        if (!ErrorCsv::writeFile(job->storedFile, ErrorCsv::failedRowMessages(rows),
                                 arguments.errorsCsv, &error)) {
            printErr(error + QLatin1Char('\n'));
            return ExitRefused;
        }
    }
    if (arguments.json) {
        printJson(jobJsonWithRows(*job, rows));
        return ExitSuccess;
    }
    QString text = describeJob(*job);
    for (const RowResult &row : rows) {
        if (row.outcome == RowResult::Outcome::Failed || !row.message.isEmpty()) {
            text += QStringLiteral("    ") +
                    tr("Row %1 (%2): %3: %4")
                        .arg(row.row)
                        .arg(row.key, JobText::outcomeName(row.outcome), row.message) +
                    QLatin1Char('\n');
        }
    }
    printOut(text);
    return ExitSuccess;
}

} // namespace ccbulk::cli
