#pragma once

#include "jobs/jobrecord.h"

#include <QIcon>

namespace ccbulk::ui {

// A job status as an icon: a coloured disc with a sign, drawn for the size and
// device pixel ratio asked for, so it stays sharp on high-DPI screens. The
// colour is never the only cue: each status has its own sign and its text.
QIcon statusIcon(JobStatus status);
QIcon outcomeIcon(RowResult::Outcome outcome);

} // namespace ccbulk::ui
