#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ccbulk {

enum class JobType
{
    Import,
    Export
};
enum class JobStatus
{
    New,
    InProgress,
    Completed,
    CompletedWithErrors,
    Failed
};

// What happened to one row (or, for an audio ZIP, one entry) of a job.
struct RowResult
{
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Failed,
        Skipped
    };
    int row = 0; // spreadsheet row (header = 1), or the entry's position
    QString key; // the object's key as the row gives it (an entry's path)
    Outcome outcome = Outcome::Failed;
    QString message; // why it failed or was skipped; may hold a warning
};

struct JobCounts
{
    int total = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int skipped = 0;

    void add(RowResult::Outcome outcome);
};

// A bulk operation, with every field the dashboard shows.
struct JobRecord
{
    QString id;
    QString fileName; // as the user gave or chose it
    JobType type = JobType::Import;
    QString objectType; // a type id
    JobStatus status = JobStatus::New;
    QString submittedBy;
    QDateTime created; // when it was submitted (UTC)
    QDateTime started; // null until it starts
    QDateTime ended;   // null until it ends
    JobCounts counts;
    QString message;    // why a Failed job failed
    QString storedFile; // the submitted file's copy (import) or the export file
    int progress = 0;   // 0-100 while in progress

    bool isActive() const { return status == JobStatus::New || status == JobStatus::InProgress; }
};

// The names the CLI's JSON and the job store use.
QString jobTypeName(JobType type);
QString jobStatusName(JobStatus status);
QString outcomeName(RowResult::Outcome outcome);
std::optional<JobType> jobTypeFromName(const QString &name);
std::optional<JobStatus> jobStatusFromName(const QString &name);
std::optional<RowResult::Outcome> outcomeFromName(const QString &name);

} // namespace ccbulk
