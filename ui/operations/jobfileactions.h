#pragma once

#include "jobs/jobrecord.h"

#include <QCoreApplication>

class QWidget;

namespace ccbulk {
class JobStore;
}

namespace ccbulk::ui {

// Saving a job's files where the user chooses: the export file of an export
// job ("Download export file") and the failed rows of an import ("Export
// errors to CSV"). The target is replaced only when the whole file is
// written; errors come back in the user's language.
class JobFileActions
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ui::JobFileActions)

public:
    static bool canDownload(const JobRecord &job);
    static bool canExportErrors(const JobRecord &job);

    static bool saveExportFile(const JobRecord &job, const QString &target, QString *error);
    static bool saveErrorCsv(const JobStore &store, const JobRecord &job, const QString &target,
                             QString *error);

    // The same, asking for the target with a save dialog and telling the
    // user about a failure. False when cancelled or failed.
    static bool downloadExportFile(QWidget *parent, const JobRecord &job);
    static bool exportErrors(QWidget *parent, const JobStore &store, const JobRecord &job);
};

} // namespace ccbulk::ui
