#pragma once

#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "settings/appsettings.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ccbulk::ui {

// What the desktop app asks for: a bulk operation to run on the pool.
struct JobRequest
{
    JobType type = JobType::Import;
    QString objectType;
    QString file; // import: the file to submit; export: where to write
    bool exportTemplate = false;
};

// The desktop app's side of jobs, on the GUI thread: owns the job store the
// dashboard reads, starts one job at a time on the thread pool (the worker
// opens its own tenant and store: database connections belong to a thread),
// relays its progress, lets it be cancelled, and watches the store and the
// active-job lock for what other processes (another window, ccbulk-cli) do.
class JobManager final : public QObject
{
    Q_OBJECT

public:
    // folder: the job store's and the lock's folder (JobStore::defaultFolder()).
    explicit JobManager(const QString &folder, QObject *parent = nullptr);
    ~JobManager() override;
    Q_DISABLE_COPY_MOVE(JobManager)

    // Opens the store, fails jobs a dead process left open, purges expired
    // ones, and starts watching. False with *error when the store cannot be
    // opened.
    bool open(QString *error);
    JobStore &store() { return m_store; }
    QString folder() const { return m_folder; }

    // The settings a new job runs with (tenant, limits, submitter).
    void setSettings(const AppSettings &settings) { m_settings = settings; }
    const AppSettings &settings() const { return m_settings; }

    // True while a job is New or In progress, here or in another process.
    bool isBusy() const { return isRunningHere() || m_otherProcessBusy; }
    bool isRunningHere() const { return m_watcher.isRunning(); }
    // The job that makes isBusy() true, when known.
    QString activeJobId() const { return m_activeJobId; }

    // Starts request on the pool. False (and startFailed is not emitted) when
    // a job is already running here; a job running in another process makes
    // the start fail with startFailed.
    bool start(const JobRequest &request);
    // Asks the running job to stop after its current batch.
    void cancel();
    // Blocks until the job running here ends (used when quitting).
    void waitForFinished();

    // Looks at the store and the lock now instead of at the next tick.
    void poll();
    // How often the store and the lock are looked at; tests make it short.
    void setPollInterval(int milliseconds) { m_pollTimer.setInterval(milliseconds); }
    // How often expired jobs are purged (daily); tests make it short.
    void setPurgeInterval(int milliseconds) { m_purgeTimer.setInterval(milliseconds); }

Q_SIGNALS:
    // isBusy() changed.
    void busyChanged(bool busy);
    // The running job moved (started, a batch done): progress 0-100.
    void jobProgress(const QString &jobId, int progress);
    // A job started here ended (any status).
    void jobFinished(const ccbulk::JobRecord &job);
    // A job could not start (another process's job, an unwritable folder).
    void startFailed(const QString &message);
    // The store changed (this process or another): the dashboard reloads.
    void jobsChanged();
    // Expired jobs were purged: the dashboard reloads all.
    void jobsPurged();

private:
    void onProgressText(const QString &jobId);
    void onFinished();
    void updateBusy();
    void purge();

    QString m_folder;
    JobStore m_store;
    AppSettings m_settings;
    QFutureWatcher<JobRunner::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_pollTimer;
    QTimer m_purgeTimer;
    qint64 m_dataVersion = -1;
    bool m_otherProcessBusy = false;
    bool m_busy = false;
    QString m_activeJobId;
    QString m_otherJobId;
};

} // namespace ccbulk::ui
