#pragma once

#include "jobs/jobrecord.h"

#include <QString>

namespace ccbulk::ui {

// What the wizard's pages fill in, shared by all of them: the object type,
// import or export, and the files.
struct OperationParameters
{
    QString typeId;
    JobType type = JobType::Import;
    QString importFile;
    bool exportTemplate = false;
    QString exportFile;
    QString submittedJobId; // once the job has started
};

} // namespace ccbulk::ui
