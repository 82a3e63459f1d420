#include "jobrunner.h"

#include "activejoblock.h"
#include "audioimportengine.h"
#include "exportengine.h"
#include "importengine.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ccbulk {

JobRunner::JobRunner(JobStore &store, const QString &lockFolder, Tenant &tenant,
                     const DefinitionRegistry &registry, const Limits &limits)
    : m_store(store), m_lockFolder(lockFolder), m_tenant(tenant), m_registry(registry),
      m_limits(limits)
{}

QString JobRunner::interruptedMessage()
{
    return tr("Interrupted: the program running this job stopped before it ended. Rows already "
              "written are kept; importing the same file again finishes the work.");
}

int JobRunner::recoverInterrupted(JobStore &store, const QString &lockFolder)
{
    // Only while holding the lock: then no live process runs a job, and none
    // can start one between the check and the update.
    ActiveJobLock lock(lockFolder);
    if (!lock.tryAcquire(QString())) {
        return 0; // a job is alive in another process
    }
    return store.failInterrupted(interruptedMessage());
}

void JobRunner::report(const JobRecord &job) const
{
    if (m_progress) {
        m_progress(job);
    }
}

JobRunner::Result JobRunner::run(const Request &request)
{
    Result result;
    const TypeDefinition *type = m_registry.find(request.objectType);
    if (!type) {
        result.message = tr("Unknown object type “%1”.").arg(request.objectType);
        return result;
    }
    ActiveJobLock lock(m_lockFolder);
    if (!lock.tryAcquire(QString())) {
        result.start = lock.failure() == ActiveJobLock::Failure::Busy ? Result::Start::Busy
                                                                      : Result::Start::Error;
        result.message = lock.errorString();
        return result;
    }
    // This process holds the lock: any job still open is a dead process's.
    m_store.failInterrupted(interruptedMessage());

    JobRecord job;
    job.type = request.type;
    job.objectType = type->id();
    job.fileName = QFileInfo(request.file).fileName();
    job.submittedBy = request.submittedBy;
    job.id = m_store.createJob(job);
    if (job.id.isEmpty() || !lock.setJobId(job.id)) {
        result.message = job.id.isEmpty() ? m_store.lastError() : lock.errorString();
        return result;
    }
    job = m_store.job(job.id).value_or(job);
    m_store.markStarted(job.id);
    job = m_store.job(job.id).value_or(job);
    report(job);

    if (request.type == JobType::Import) {
        runImport(*type, request, &job);
    } else {
        runExport(*type, request, &job);
    }
    m_store.finish(job.id, job.status, job.counts, job.message);
    result.start = Result::Start::Started;
    result.job = m_store.job(job.id).value_or(job);
    report(result.job);
    return result;
}

void JobRunner::runImport(const TypeDefinition &type, const Request &request, JobRecord *job)
{
    if (type.format() == FileFormat::Zip) {
        runAudioImport(type, request, job);
        return;
    }
    QFile source(request.file);
    if (!source.open(QIODevice::ReadOnly)) {
        job->status = JobStatus::Failed;
        job->message = tr("Cannot read %1: %2").arg(job->fileName, source.errorString());
        return;
    }
    // A file within the limit is read once, into memory: what is checked
    // and written, and what is kept with the job for its error CSV, are the
    // same bytes. A larger one is refused by its size alone, unread. A pipe
    // tells no size: one byte over the limit is read, enough to refuse it.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QIODevice *device = &source;
    if (source.isSequential() || source.size() <= m_limits.maxCsvBytes) {
        bytes = readAtMost(&source, m_limits.maxCsvBytes + 1);
        if (source.error() != QFileDevice::NoError) {
            job->status = JobStatus::Failed;
            job->message = tr("Cannot read %1: %2").arg(job->fileName, source.errorString());
            return;
        }
        buffer.open(QIODevice::ReadOnly);
        device = &buffer;
    }
    ImportEngine engine(type, m_registry, m_tenant, m_limits);
    // The submitted file is kept with the job while the engine checks it.
    engine.setBeforeWriting([&](QString *error) {
        QBuffer copy;
        copy.setData(bytes);
        copy.open(QIODevice::ReadOnly);
        job->storedFile = device == &buffer
                              ? m_store.storeFile(job->id, &copy, job->fileName)
                              : m_store.storeFile(job->id, request.file, job->fileName);
        *error = m_store.lastError();
        return !job->storedFile.isEmpty();
    });
    finishImport(runEngine(engine, device, job), job);
}

QByteArray JobRunner::readAtMost(QIODevice *device, qint64 limit)
{
    QByteArray bytes;
    while (bytes.size() < limit) {
        const QByteArray chunk = device->read(std::min<qint64>(limit - bytes.size(), 1 << 20));
        if (chunk.isEmpty() && (device->atEnd() || !device->waitForReadyRead(30000))) {
            break;
        }
        bytes += chunk;
    }
    return bytes;
}

void JobRunner::runAudioImport(const TypeDefinition &type, const Request &request, JobRecord *job)
{
    // The submitted file is kept with the job, for its error CSV; the
    // engine reads the kept copy.
    const QString stored = m_store.storeFile(job->id, request.file, job->fileName);
    if (stored.isEmpty()) {
        job->status = JobStatus::Failed;
        job->message = m_store.lastError();
        return;
    }
    job->storedFile = stored;
    QFile file(stored);
    if (!file.open(QIODevice::ReadOnly)) {
        job->status = JobStatus::Failed;
        job->message = tr("Cannot read %1: %2").arg(job->fileName, file.errorString());
        return;
    }
    AudioImportEngine engine(type, m_registry, m_tenant, m_limits);
    finishImport(runEngine(engine, &file, job), job);
}

template<typename Engine>
ImportOutcome JobRunner::runEngine(Engine &engine, QIODevice *device, JobRecord *job)
{
    // Both engines take the same callbacks: a CSV's rows, or a ZIP's entries.
    engine.setCancelFlag(m_cancel);
    engine.setBatchDone([&](const QList<RowResult> &rows, int done, int total) {
        m_store.appendRows(job->id, rows);
        job->progress = total > 0 ? done * 100 / total : 100;
        m_store.setProgress(job->id, job->progress);
        for (const RowResult &row : rows) {
            job->counts.add(row.outcome);
        }
        report(*job);
    });
    return engine.run(device, false);
}

void JobRunner::finishImport(const ImportOutcome &outcome, JobRecord *job)
{
    job->status = outcome.status;
    job->message = outcome.message;
    job->counts = outcome.counts;
}

void JobRunner::runExport(const TypeDefinition &type, const Request &request, JobRecord *job)
{
    ExportEngine engine(type, m_tenant, m_limits);
    const ExportOutcome outcome = request.exportTemplate ? engine.writeTemplate(request.file)
                                                         : engine.writeData(request.file);
    if (!outcome.ok) {
        job->status = JobStatus::Failed;
        job->message = outcome.message;
        return;
    }
    // A copy stays with the job, for downloading it again later.
    const QString kept =
        m_store.storeFile(job->id, outcome.filePath, QFileInfo(outcome.filePath).fileName());
    job->storedFile = kept.isEmpty() ? outcome.filePath : kept;
    job->fileName = QFileInfo(outcome.filePath).fileName();
    job->counts.total = outcome.objects;
    m_store.update(*job);
    job->status = JobStatus::Completed;
}

} // namespace ccbulk
