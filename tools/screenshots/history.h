#pragma once

#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"
#include "tenant/local/localtenant.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QString>

#include <optional>

namespace ccbulk::screenshots {

// Writes content to path; false with *error when it cannot.
bool writeFile(const QString &path, const QByteArray &content, QString *error);

// The job history the screenshots show: the example contact center imported
// a few days ago (people first, then every object type in the import order),
// an export of the queues, an import that completed with errors and a
// refused file, by two administrators of the example company.
//
// The jobs run through JobRunner, as the desktop app's worker runs them, on
// a job store whose clock and ids are fixed here: the times read like days
// of work rather than one second, and the ids are the same on every run.
class History
{
public:
    // jobFolder: the job store's and the lock's folder. documents: where the
    // files the administrators submit are written.
    History(const QString &jobFolder, const QString &tenantPath, const QDir &examples,
            const QDir &documents);

    bool fill(QString *error);
    // The import that completed with errors, for its details.
    QString jobWithErrors() const { return m_jobWithErrors; }

private:
    bool importPeople(QString *error);
    std::optional<JobRecord> run(JobType type, const QString &typeId, const QString &file,
                                 const QString &submitter, QString *error);
    bool importExamples(QString *error);
    bool addLaterJobs(QString *error);

    QString m_jobFolder;
    JobStore m_store;
    LocalTenant m_tenant;
    QDir m_examples;
    QDir m_documents;
    QDateTime m_now; // the store's clock, local time
    int m_jobs = 0;
    QString m_jobWithErrors;
};

} // namespace ccbulk::screenshots
