#include "jobrecord.h"

namespace ccbulk {

void JobCounts::add(RowResult::Outcome outcome)
{
    ++total;
    switch (outcome) {
    case RowResult::Outcome::Created:
        ++created;
        break;
    case RowResult::Outcome::Updated:
        ++updated;
        break;
    case RowResult::Outcome::Unchanged:
        ++unchanged;
        break;
    case RowResult::Outcome::Failed:
        ++failed;
        break;
    case RowResult::Outcome::Skipped:
        ++skipped;
        break;
    }
}

QString jobTypeName(JobType type)
{
    return type == JobType::Import ? QStringLiteral("import") : QStringLiteral("export");
}

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return QStringLiteral("new");
    case JobStatus::InProgress:
        return QStringLiteral("in_progress");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::CompletedWithErrors:
        return QStringLiteral("completed_with_errors");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString outcomeName(RowResult::Outcome outcome)
{
    switch (outcome) {
    case RowResult::Outcome::Created:
        return QStringLiteral("created");
    case RowResult::Outcome::Updated:
        return QStringLiteral("updated");
    case RowResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case RowResult::Outcome::Failed:
        return QStringLiteral("failed");
    case RowResult::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

std::optional<JobType> jobTypeFromName(const QString &name)
{
    for (const JobType type : {JobType::Import, JobType::Export}) {
        if (jobTypeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    for (const JobStatus status : {JobStatus::New, JobStatus::InProgress, JobStatus::Completed,
                                   JobStatus::CompletedWithErrors, JobStatus::Failed}) {
        if (jobStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<RowResult::Outcome> outcomeFromName(const QString &name)
{
    for (const auto outcome :
         {RowResult::Outcome::Created, RowResult::Outcome::Updated, RowResult::Outcome::Unchanged,
          RowResult::Outcome::Failed, RowResult::Outcome::Skipped}) {
        if (outcomeName(outcome) == name) {
            return outcome;
        }
    }
    return std::nullopt;
}

} // namespace ccbulk
