#include "activejoblock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <signal.h>
#endif

namespace ccbulk {

namespace {

// How long a reader waits for a holder that has just created the lock file
// to write into it and into the side file (microseconds, normally).
constexpr int kSettleMs = 1000;
// A lock file that stays unreadable this long was left by a process that died
// between creating and writing it; QLockFile (with no age limit) would never
// take it over.
constexpr int kUnreadableLockMs = 10000;

// Whether pid still runs the program that wrote the lock file, as QLockFile
// decides it, but without trying to lock: a probe must never take the lock.
bool isProcessAlive(qint64 pid, const QString &processName)
{
    if (pid == QCoreApplication::applicationPid()) {
        return true;
    }
#if defined(Q_OS_WIN)
    Q_UNUSED(processName);
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) {
        return GetLastError() != ERROR_INVALID_PARAMETER; // no such process
    }
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#elif defined(Q_OS_UNIX)
    if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH) {
        return false;
    }
#if defined(Q_OS_LINUX)
    // The PID may have been reused by another program since.
    QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
    if (!exe.isEmpty() && !processName.isEmpty()) {
        const QString deleted = QStringLiteral(" (deleted)");
        if (exe.endsWith(deleted)) {
            exe.chop(deleted.size());
        }
        return QFileInfo(exe).fileName() == QFileInfo(processName).fileName();
    }
#else
    Q_UNUSED(processName);
#endif
    return true;
#else
    Q_UNUSED(pid);
    Q_UNUSED(processName);
    return true;
#endif
}

struct SideFile
{
    qint64 pid = 0;
    QString jobId;
};

std::optional<SideFile> readSideFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool ok = false;
    SideFile side;
    side.pid = lines.value(0).toLongLong(&ok);
    if (!ok || lines.size() < 2) {
        return std::nullopt;
    }
    side.jobId = QString::fromUtf8(lines.at(1)).trimmed();
    return side;
}

struct Probe
{
    bool held = false;
    QString jobId;
};

// What the lock file and the side file say, waiting briefly for a holder
// that is between creating the lock and writing its job id.
Probe probe(const QString &folder, bool wantJobId)
{
    const QString lockPath = ActiveJobLock::lockFilePath(folder);
    const QDeadlineTimer deadline(kSettleMs);
    for (;;) {
        if (!QFileInfo::exists(lockPath)) {
            return {};
        }
        qint64 pid = 0;
        QString hostName;
        QString processName;
        const bool readable = QLockFile(lockPath).getLockInfo(&pid, &hostName, &processName);
        if (readable) {
            const bool sameHost = hostName.isEmpty() || hostName == QSysInfo::machineHostName();
            if (sameHost && !isProcessAlive(pid, processName)) {
                return {};
            }
            if (!wantJobId) {
                return {true, QString()};
            }
            const std::optional<SideFile> side = readSideFile(ActiveJobLock::jobFilePath(folder));
            if (side && side->pid == pid) {
                return {true, side->jobId};
            }
        }
        if (deadline.hasExpired()) {
            if (readable) {
                return {true, QString()};
            }
            const qint64 age =
                QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
            return {age < kUnreadableLockMs, QString()};
        }
        QThread::msleep(10);
    }
}

} // namespace

ActiveJobLock::ActiveJobLock(const QString &folder) : m_folder(folder), m_lock(lockFilePath(folder))
{
    // No age limit: a job holds the lock for as long as it runs. A dead
    // holder is still noticed by its PID.
    m_lock.setStaleLockTime(0);
}

ActiveJobLock::~ActiveJobLock()
{
    release();
}

QString ActiveJobLock::lockFilePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("active-job.lock"));
}

QString ActiveJobLock::jobFilePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("active-job.id"));
}

bool ActiveJobLock::tryAcquire(const QString &jobId)
{
    m_failure = Failure::None;
    m_error.clear();
    m_holderJobId.clear();
    if (m_lock.isLocked()) {
        return fail(Failure::Error,
                    tr("This process already holds the active-job lock, for job %1.").arg(m_jobId));
    }
    if (!QDir().mkpath(m_folder)) {
        return fail(Failure::Error,
                    tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    }
    // The lock can also fail while no live process holds it: another process
    // is just removing a dead holder's lock, or the holder has just let go.
    // Try again until the lock is ours or a live holder shows itself.
    const QDeadlineTimer deadline(kSettleMs);
    while (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError) {
            return fail(Failure::Error, tr("The lock file %1 cannot be created.")
                                            .arg(QDir::toNativeSeparators(lockFilePath(m_folder))));
        }
        if (removeUnreadableLock()) {
            continue;
        }
        const std::optional<QString> holder = activeJobId(m_folder);
        if (holder || deadline.hasExpired()) {
            m_holderJobId = holder.value_or(QString());
            return fail(
                Failure::Busy,
                m_holderJobId.isEmpty()
                    ? tr("Another job is active. Only one job can run at a time.")
                    : tr("Job %1 is active. Only one job can run at a time.").arg(m_holderJobId));
        }
        QThread::msleep(10);
    }
    if (!writeSideFile(jobId)) {
        m_lock.unlock();
        return false;
    }
    return true;
}

bool ActiveJobLock::setJobId(const QString &jobId)
{
    if (!m_lock.isLocked()) {
        return fail(Failure::Error, tr("The active-job lock is not held."));
    }
    return writeSideFile(jobId);
}

bool ActiveJobLock::writeSideFile(const QString &jobId)
{
    QSaveFile side(jobFilePath(m_folder));
    const QByteArray content =
        QByteArray::number(QCoreApplication::applicationPid()) + '\n' + jobId.toUtf8() + '\n';
    if (!side.open(QIODevice::WriteOnly) || side.write(content) != content.size() ||
        !side.commit()) {
        return fail(Failure::Error,
                    tr("The file %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(side.fileName()), side.errorString()));
    }
    m_jobId = jobId;
    return true;
}

void ActiveJobLock::release()
{
    if (!m_lock.isLocked()) {
        return;
    }
    // The side file goes first, while the lock still keeps others from
    // writing theirs.
    const std::optional<SideFile> side = readSideFile(jobFilePath(m_folder));
    if (side && side->pid == QCoreApplication::applicationPid() && side->jobId == m_jobId) {
        QFile::remove(jobFilePath(m_folder));
    }
    m_lock.unlock();
    m_jobId.clear();
}

std::optional<QString> ActiveJobLock::activeJobId(const QString &folder)
{
    const Probe found = probe(folder, true);
    return found.held ? std::optional<QString>(found.jobId) : std::nullopt;
}

bool ActiveJobLock::isHeld(const QString &folder)
{
    return probe(folder, false).held;
}

bool ActiveJobLock::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return false;
}

// A lock file that nobody wrote into for a long time: its creator died before
// writing it. removeStaleLockFile() refuses a file a live process holds.
bool ActiveJobLock::removeUnreadableLock()
{
    const QString path = lockFilePath(m_folder);
    if (m_lock.getLockInfo(nullptr, nullptr, nullptr)) {
        return false;
    }
    const qint64 age = QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime());
    return QFileInfo::exists(path) && age >= kUnreadableLockMs && m_lock.removeStaleLockFile();
}

} // namespace ccbulk
