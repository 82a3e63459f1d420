#include "jobs/activejoblock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;

namespace {

constexpr int kLineTimeoutMs = 10000;

// A lock-holder process (tests/helpers/lockholder.cpp) on folder.
std::unique_ptr<QProcess> startHolder(const QString &folder, const QString &jobId)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(CCBULK_LOCKHOLDER_PATH), {folder, jobId});
    return process;
}

// The helper's first line, without its line end; empty on a timeout.
QString firstLine(QProcess *process)
{
    const QDeadlineTimer deadline(kLineTimeoutMs);
    while (!process->canReadLine() && !deadline.hasExpired()) {
        if (process->state() == QProcess::NotRunning && !process->canReadLine()) {
            process->waitForReadyRead(10); // drain what a finished process left
            if (!process->canReadLine()) {
                break;
            }
        }
        process->waitForReadyRead(50);
    }
    return QString::fromUtf8(process->readLine()).trimmed();
}

void killAndReap(QProcess *process)
{
    process->kill(); // SIGKILL: no destructor runs, the lock file stays
    QVERIFY(process->waitForFinished(kLineTimeoutMs));
}

} // namespace

class TestJobLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acquireAndRelease();
    void secondInstanceIsBusy();
    void destructorReleases();
    void acquireTwiceIsAnError();
    void unwritableFolderIsAnError();
    void otherProcessHoldsTheLock();
    void staleLockOfAKilledProcessIsTakenOver();
    void twoProcessesRace();
    void emptyLockFile();

private:
    QString folder() const { return m_dir->filePath(QStringLiteral("data")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJobLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJobLock::cleanup()
{
    m_dir.reset();
}

void TestJobLock::acquireAndRelease()
{
    QVERIFY(!ActiveJobLock::isHeld(folder()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::nullopt);

    ActiveJobLock lock(folder());
    QVERIFY2(lock.tryAcquire(QStringLiteral("job-1")), qPrintable(lock.errorString()));
    QVERIFY(lock.isAcquired());
    QCOMPARE(lock.jobId(), QStringLiteral("job-1"));
    QCOMPARE(lock.failure(), ActiveJobLock::Failure::None);
    QVERIFY(QFile::exists(ActiveJobLock::lockFilePath(folder())));
    QVERIFY(ActiveJobLock::isHeld(folder()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("job-1")));

    lock.release();
    QVERIFY(!lock.isAcquired());
    QVERIFY(lock.jobId().isEmpty());
    QVERIFY(!QFile::exists(ActiveJobLock::lockFilePath(folder())));
    QVERIFY(!QFile::exists(ActiveJobLock::jobFilePath(folder())));
    QVERIFY(!ActiveJobLock::isHeld(folder()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::nullopt);
    lock.release(); // twice: nothing

    QVERIFY(lock.tryAcquire(QStringLiteral("job-2")));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("job-2")));
}

void TestJobLock::secondInstanceIsBusy()
{
    ActiveJobLock first(folder());
    ActiveJobLock second(folder());
    QVERIFY(first.tryAcquire(QStringLiteral("job-a")));
    QVERIFY(!second.tryAcquire(QStringLiteral("job-b")));
    QVERIFY(!second.isAcquired());
    QCOMPARE(second.failure(), ActiveJobLock::Failure::Busy);
    QCOMPARE(second.holderJobId(), QStringLiteral("job-a"));
    QVERIFY2(second.errorString().contains(u"job-a"), qPrintable(second.errorString()));
    // The failed attempt leaves the holder's record alone.
    QVERIFY(first.isAcquired());
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("job-a")));

    first.release();
    QVERIFY(second.tryAcquire(QStringLiteral("job-b")));
    QCOMPARE(second.failure(), ActiveJobLock::Failure::None);
    QVERIFY(second.holderJobId().isEmpty());
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("job-b")));
    QVERIFY(!first.tryAcquire(QStringLiteral("job-c")));
    QCOMPARE(first.holderJobId(), QStringLiteral("job-b"));
}

void TestJobLock::destructorReleases()
{
    {
        ActiveJobLock lock(folder());
        QVERIFY(lock.tryAcquire(QStringLiteral("job-1")));
    }
    QVERIFY(!ActiveJobLock::isHeld(folder()));
    ActiveJobLock again(folder());
    QVERIFY(again.tryAcquire(QStringLiteral("job-2")));
}

void TestJobLock::acquireTwiceIsAnError()
{
    ActiveJobLock lock(folder());
    QVERIFY(lock.tryAcquire(QStringLiteral("job-1")));
    QVERIFY(!lock.tryAcquire(QStringLiteral("job-2")));
    QCOMPARE(lock.failure(), ActiveJobLock::Failure::Error);
    QVERIFY(lock.isAcquired());
    QCOMPARE(lock.jobId(), QStringLiteral("job-1"));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("job-1")));
}

void TestJobLock::unwritableFolderIsAnError()
{
    // A file where the folder should be.
    const QString path = m_dir->filePath(QStringLiteral("file"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ActiveJobLock lock(path + QStringLiteral("/sub"));
    QVERIFY(!lock.tryAcquire(QStringLiteral("job-1")));
    QCOMPARE(lock.failure(), ActiveJobLock::Failure::Error);
    QVERIFY(!lock.errorString().isEmpty());
}

void TestJobLock::otherProcessHoldsTheLock()
{
    const auto holder = startHolder(folder(), QStringLiteral("helper-job"));
    QCOMPARE(firstLine(holder.get()), QStringLiteral("locked helper-job"));

    QVERIFY(ActiveJobLock::isHeld(folder()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("helper-job")));
    ActiveJobLock lock(folder());
    QVERIFY(!lock.tryAcquire(QStringLiteral("mine")));
    QCOMPARE(lock.failure(), ActiveJobLock::Failure::Busy);
    QCOMPARE(lock.holderJobId(), QStringLiteral("helper-job"));
    // Still held: probing and failing took nothing from the helper.
    QCOMPARE(holder->state(), QProcess::Running);
    QVERIFY(!lock.tryAcquire(QStringLiteral("mine")));

    killAndReap(holder.get());
}

void TestJobLock::staleLockOfAKilledProcessIsTakenOver()
{
    const auto holder = startHolder(folder(), QStringLiteral("doomed"));
    QCOMPARE(firstLine(holder.get()), QStringLiteral("locked doomed"));
    ActiveJobLock lock(folder());
    QVERIFY(!lock.tryAcquire(QStringLiteral("mine")));

    killAndReap(holder.get());
    // The dead process's files are still there, but nobody holds the lock.
    QVERIFY(QFile::exists(ActiveJobLock::lockFilePath(folder())));
    QVERIFY(QFile::exists(ActiveJobLock::jobFilePath(folder())));
    QVERIFY(!ActiveJobLock::isHeld(folder()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::nullopt);

    QVERIFY2(lock.tryAcquire(QStringLiteral("mine")), qPrintable(lock.errorString()));
    QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(QStringLiteral("mine")));
    // And another process now finds it busy with this job.
    const auto late = startHolder(folder(), QStringLiteral("late"));
    QCOMPARE(firstLine(late.get()), QStringLiteral("busy mine"));
    QVERIFY(late->waitForFinished(kLineTimeoutMs));
    QCOMPARE(late->exitCode(), 1);
}

void TestJobLock::twoProcessesRace()
{
    // Several rounds: the order in which the two start varies.
    for (int round = 0; round < 5; ++round) {
        const QString a = QStringLiteral("job-a%1").arg(round);
        const QString b = QStringLiteral("job-b%1").arg(round);
        const auto first = startHolder(folder(), a);
        const auto second = startHolder(folder(), b);
        const QString lineA = firstLine(first.get());
        const QString lineB = firstLine(second.get());
        const QStringList lines = {lineA, lineB};
        const bool aWon = lineA == u"locked " + a && lineB == u"busy " + a;
        const bool bWon = lineB == u"locked " + b && lineA == u"busy " + b;
        QVERIFY2(aWon || bWon, qPrintable(lines.join(u" | ")));
        QProcess *winner = aWon ? first.get() : second.get();
        QProcess *loser = aWon ? second.get() : first.get();
        QVERIFY(loser->waitForFinished(kLineTimeoutMs));
        QCOMPARE(loser->exitCode(), 1);
        QCOMPARE(winner->state(), QProcess::Running);
        QCOMPARE(ActiveJobLock::activeJobId(folder()), std::optional(aWon ? a : b));
        killAndReap(winner);
    }
}

void TestJobLock::emptyLockFile()
{
    // A lock file with nothing in it: its creator is between creating and
    // writing it (busy), or died there long ago (stale).
    QVERIFY(QDir().mkpath(folder()));
    QFile file(ActiveJobLock::lockFilePath(folder()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ActiveJobLock lock(folder());
    QVERIFY(!lock.tryAcquire(QStringLiteral("mine")));
    QCOMPARE(lock.failure(), ActiveJobLock::Failure::Busy);

    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(!ActiveJobLock::isHeld(folder()));
    QVERIFY2(lock.tryAcquire(QStringLiteral("mine")), qPrintable(lock.errorString()));
}

QTEST_GUILESS_MAIN(TestJobLock)
#include "tst_joblock.moc"
