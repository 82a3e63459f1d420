#include "jobtext.h"

namespace ccbulk {

QString JobText::typeName(JobType type)
{
    switch (type) {
    case JobType::Import:
        return tr("Import", "job type");
    case JobType::Export:
        return tr("Export", "job type");
    }
    return QString();
}

QString JobText::statusName(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return tr("New", "job status");
    case JobStatus::InProgress:
        return tr("In progress", "job status");
    case JobStatus::Completed:
        return tr("Completed", "job status");
    case JobStatus::CompletedWithErrors:
        return tr("Completed with errors", "job status");
    case JobStatus::Failed:
        return tr("Failed", "job status");
    }
    return QString();
}

QString JobText::outcomeName(RowResult::Outcome outcome)
{
    switch (outcome) {
    case RowResult::Outcome::Created:
        return tr("Created", "row result");
    case RowResult::Outcome::Updated:
        return tr("Updated", "row result");
    case RowResult::Outcome::Unchanged:
        return tr("Unchanged", "row result");
    case RowResult::Outcome::Failed:
        return tr("Failed", "row result");
    case RowResult::Outcome::Skipped:
        return tr("Skipped", "row result");
    }
    return QString();
}

} // namespace ccbulk
