#pragma once

#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "../tenant/tenant.h"
#include "importengine.h"
#include "jobrecord.h"
#include "jobstore.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>

namespace ccbulk {

// Runs one bulk operation from start to end: wins the active-job lock (one
// job at a time, across processes), records the job and its submitted file,
// runs the import or export engine, stores every row's result as batches
// finish, and ends the job with its status. Synchronous: the desktop app
// calls it on a worker thread, the command line directly.
class JobRunner
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::JobRunner)

public:
    JobRunner(JobStore &store, const QString &lockFolder, Tenant &tenant,
              const DefinitionRegistry &registry, const Limits &limits);

    struct Request
    {
        JobType type = JobType::Import;
        QString objectType; // a type id
        QString file;       // import: the file to read; export: where to write
        bool exportTemplate = false;
        QString submittedBy;
    };

    struct Result
    {
        enum class Start
        {
            Started,
            Busy,
            Error
        };
        Start start = Start::Error;
        QString message; // Busy or Error: why nothing started
        JobRecord job;   // Started: the finished job
    };

    // Called with the job as it moves (started, each batch, finished).
    void setProgress(std::function<void(const JobRecord &)> callback)
    {
        m_progress = std::move(callback);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result run(const Request &request);

    // Marks jobs left New or In progress by a process that died as Failed
    // ("interrupted"), unless a live process holds the lock. Returns how many.
    static int recoverInterrupted(JobStore &store, const QString &lockFolder);
    static QString interruptedMessage();

private:
    void runImport(const TypeDefinition &type, const Request &request, JobRecord *job);
    void runAudioImport(const TypeDefinition &type, const Request &request, JobRecord *job);
    template<typename Engine>
    ImportOutcome runEngine(Engine &engine, QIODevice *device, JobRecord *job);
    static void finishImport(const ImportOutcome &outcome, JobRecord *job);
    static QByteArray readAtMost(QIODevice *device, qint64 limit);
    void runExport(const TypeDefinition &type, const Request &request, JobRecord *job);
    void report(const JobRecord &job) const;

    JobStore &m_store;
    QString m_lockFolder;
    Tenant &m_tenant;
    const DefinitionRegistry &m_registry;
    Limits m_limits;
    std::function<void(const JobRecord &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace ccbulk
