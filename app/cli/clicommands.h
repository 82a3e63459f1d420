#pragma once

#include "cliarguments.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>

namespace ccbulk::cli {

// The exit codes of the command-line contract.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFileHasErrors = 1,
    ExitUsage = 2,
    ExitRefused = 3,
    ExitJobActive = 4,
};

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::cli::CliCommands)

public:
    static int run(const CliArguments &arguments);

private:
    static int types(const CliArguments &arguments);
    static int writeTemplate(const CliArguments &arguments);
    static int validate(const CliArguments &arguments);
    static int importFile(const CliArguments &arguments);
    static int exportFile(const CliArguments &arguments);
    static int importPeople(const CliArguments &arguments);
    static int listJobs(const CliArguments &arguments);
    static int showJob(const CliArguments &arguments);
    static int usageError(const QString &message);
    static int finishJob(const CliArguments &arguments, const JobRunner::Result &result);
    static QString describeJob(const JobRecord &job);
};

} // namespace ccbulk::cli
