#include "jobmanager.h"

#include "definitions/definitionregistry.h"
#include "jobs/activejoblock.h"
#include "settings/submitter.h"
#include "tenant/local/localtenant.h"

#include <QPromise>
#include <QSettings>
#include <QtConcurrent>

namespace ccbulk::ui {

namespace {

constexpr int kPollMilliseconds = 1000;
constexpr int kPurgeMilliseconds = 24 * 60 * 60 * 1000; // daily

// The worker: runs on the pool with connections of its own, reports the job
// id as the progress text and the job's progress as the value.
void runJob(QPromise<JobRunner::Result> &promise, const QString &folder,
            const AppSettings &settings, const JobRequest &request,
            const std::shared_ptr<std::atomic_bool> &cancel)
{
    JobRunner::Result result;
    JobStore store(folder);
    LocalTenant tenant(settings.effectiveTenantPath());
    QString error;
    if (!store.open(&error) || !tenant.open(&error)) {
        result.message = error;
        promise.addResult(result);
        return;
    }
    JobRunner runner(store, folder, tenant, DefinitionRegistry::instance(), settings.limits);
    runner.setCancelFlag(cancel.get());
    promise.setProgressRange(0, 100);
    runner.setProgress([&promise](const JobRecord &job) {
        promise.setProgressValueAndText(job.progress, job.id);
    });
    JobRunner::Request runRequest;
    runRequest.type = request.type;
    runRequest.objectType = request.objectType;
    runRequest.file = request.file;
    runRequest.exportTemplate = request.exportTemplate;
    runRequest.submittedBy = submitterName(settings.submitterEmail, QSettings());
    promise.addResult(runner.run(runRequest));
}

} // namespace

JobManager::JobManager(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_store(folder)
{
    m_pollTimer.setInterval(kPollMilliseconds);
    connect(&m_pollTimer, &QTimer::timeout, this, &JobManager::poll);
    m_purgeTimer.setInterval(kPurgeMilliseconds);
    connect(&m_purgeTimer, &QTimer::timeout, this, &JobManager::purge);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            &JobManager::onProgressText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &JobManager::onFinished);
}

JobManager::~JobManager()
{
    // The worker holds the lock and writes to the store: let it end cleanly.
    cancel();
    waitForFinished();
}

bool JobManager::open(QString *error)
{
    if (!m_store.open(error)) {
        return false;
    }
    JobRunner::recoverInterrupted(m_store, m_folder);
    m_dataVersion = m_store.dataVersion();
    m_pollTimer.start();
    m_purgeTimer.start();
    poll();
    return true;
}

bool JobManager::start(const JobRequest &request)
{
    if (isRunningHere()) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_activeJobId.clear();
    m_watcher.setFuture(QtConcurrent::run(runJob, m_folder, m_settings, request, m_cancel));
    updateBusy();
    return true;
}

void JobManager::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void JobManager::waitForFinished()
{
    m_watcher.waitForFinished();
}

void JobManager::onProgressText(const QString &jobId)
{
    if (jobId.isEmpty()) {
        return;
    }
    const bool first = m_activeJobId != jobId;
    m_activeJobId = jobId;
    Q_EMIT jobProgress(jobId, m_watcher.progressValue());
    if (first) {
        Q_EMIT jobsChanged(); // a new job to show
    }
}

void JobManager::onFinished()
{
    const JobRunner::Result result =
        m_watcher.future().resultCount() > 0 ? m_watcher.result() : JobRunner::Result();
    m_cancel.reset();
    m_activeJobId.clear();
    if (result.start == JobRunner::Result::Start::Started) {
        Q_EMIT jobFinished(result.job);
    } else {
        Q_EMIT startFailed(result.message);
    }
    poll();
    updateBusy();
}

void JobManager::poll()
{
    // Another process's job: the lock says whether one is alive, whatever
    // the store says (a process that died leaves its job In progress).
    // While this process runs the job, the lock is its own. Otherwise the
    // cheap check first; the holder's job id only when the lock is held (the
    // holder writes it right after taking the lock).
    if (isRunningHere() || !ActiveJobLock::isHeld(m_folder)) {
        m_otherProcessBusy = false;
        m_otherJobId.clear();
    } else {
        const std::optional<QString> held = ActiveJobLock::activeJobId(m_folder);
        m_otherProcessBusy = held.has_value();
        m_otherJobId = held.value_or(QString());
    }
    const qint64 version = m_store.dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT jobsChanged();
    }
    updateBusy();
}

void JobManager::updateBusy()
{
    if (!isRunningHere() && m_otherProcessBusy) {
        m_activeJobId = m_otherJobId;
    }
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void JobManager::purge()
{
    if (m_store.purgeExpired() > 0) {
        Q_EMIT jobsPurged();
    }
}

} // namespace ccbulk::ui
