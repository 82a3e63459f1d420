#pragma once

#include "jobrecord.h"

#include <QCoreApplication>
#include <QString>

namespace ccbulk {

// The words the dashboard shows for a job's type, status and row outcomes, in
// the user's language. jobrecord.h holds the stable names (JSON, database);
// these are for people.
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::JobText)

public:
    static QString typeName(JobType type);
    static QString statusName(JobStatus status);
    static QString outcomeName(RowResult::Outcome outcome);
};

} // namespace ccbulk
