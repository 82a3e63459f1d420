#pragma once

#include "jobs/jobrecord.h"

#include <QJsonObject>

namespace ccbulk::cli {

// The JSON shapes of the command-line contract.
QJsonObject jobJson(const JobRecord &job);
QJsonObject jobJsonWithRows(const JobRecord &job, const QList<RowResult> &rows);

} // namespace ccbulk::cli
