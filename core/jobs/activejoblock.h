#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <optional>

namespace ccbulk {

// One active job at a time, across processes: the GUI and the CLI, or two
// CLIs, on the same application data folder. Whoever runs a job holds a lock
// file in the folder for as long as the job runs, and names the job in a side
// file so that another process can say which job is in the way.
//
//   <folder>/active-job.lock   QLockFile: PID, process name, host
//   <folder>/active-job.id     "<pid>\n<job id>\n", written after locking
//
// A process that dies leaves a stale lock: QLockFile notices that the PID is
// gone (or belongs to another program now) and the next tryAcquire() takes
// the lock over. The lock has no age limit: a job may run for hours.
class ActiveJobLock
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ActiveJobLock)

public:
    enum class Failure
    {
        None,
        Busy, // another live holder: holderJobId() names its job
        Error // the folder or the files cannot be written: errorString()
    };

    explicit ActiveJobLock(const QString &folder);
    // Releases the lock if this instance holds it.
    ~ActiveJobLock();
    Q_DISABLE_COPY_MOVE(ActiveJobLock)

    // Takes the lock for jobId without waiting. False when another instance
    // (in this or another process) holds it, or on an error; see failure().
    bool tryAcquire(const QString &jobId);
    void release();
    // Names the job the held lock is for, once the job has its id (a job is
    // created only after the lock is won, so that a refused start leaves no
    // job behind).
    bool setJobId(const QString &jobId);

    bool isAcquired() const { return m_lock.isLocked(); }
    QString jobId() const { return m_jobId; }
    QString folder() const { return m_folder; }
    // Why the last tryAcquire() failed.
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    // Busy: the job the holder runs (empty if it could not be read).
    QString holderJobId() const { return m_holderJobId; }

    // The id of the job that a live process runs under the lock in folder, or
    // nullopt when no live process holds it. An empty id means a live holder
    // whose job could not be read (it did not write it within a second).
    // Reading never takes the lock, so a probe cannot make another process's
    // tryAcquire() fail.
    static std::optional<QString> activeJobId(const QString &folder);
    static bool isHeld(const QString &folder);

    static QString lockFilePath(const QString &folder);
    static QString jobFilePath(const QString &folder);

private:
    bool fail(Failure failure, const QString &message);
    bool removeUnreadableLock();
    bool writeSideFile(const QString &jobId);

    QString m_folder;
    QLockFile m_lock;
    QString m_jobId;
    Failure m_failure = Failure::None;
    QString m_error;
    QString m_holderJobId;
};

} // namespace ccbulk
