// JobRunner: one job from start to end against a local tenant and a job
// store in a temporary folder: the lock, the job's statuses, its rows stored
// as batches finish, the kept file, and jobs left behind by a dead process.

#include "definitions/definitionregistry.h"
#include "jobs/activejoblock.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "tenant/local/localtenant.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

constexpr char kSiteHeader[] = "Name,Multimedia Profile\n";
const QString kOtherJobId = u"0123456789abcdef0123456789abcdef"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A job as the progress callback saw it, with what the store held then.
struct Report
{
    JobStatus status = JobStatus::New;
    int total = 0;
    int progress = 0;
    qsizetype storedRows = 0;
    bool lockHeld = false;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importCompletes();
    void importCompletedWithErrors();
    void importOfRefusedFileFails();
    void importOfMissingFileFails();
    void importOverSizeLimitIsRefusedAndKept();
    void importThatCannotKeepItsFileWritesNothing();
    void importFromPipe_data();
    void importFromPipe();
    void exportCompletes();
    void exportTemplate();
    void exportOfAudioFails();
    void unknownTypeStartsNothing();
    void busyLockStartsNothing();
    void cancelledJobFails();
    void recoverInterrupted();
    void recoverLeavesLiveJobAlone();
    void runRecoversJobsLeftBehind();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    JobRunner::Result run(JobRunner::Request request, const std::atomic_bool *cancel = nullptr);
    QString folder() const { return m_dir->filePath(u"data"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTenant> m_tenant;
    std::unique_ptr<JobStore> m_store;
    QList<Report> m_reports;
    Limits m_limits;
};

void TestJobRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tenant = std::make_unique<LocalTenant>(m_dir->filePath(u"tenant.sqlite"_s));
    QString error;
    QVERIFY2(m_tenant->open(&error), qPrintable(error));
    m_store = std::make_unique<JobStore>(folder());
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_reports.clear();
    m_limits = Limits();
}

void TestJobRunner::cleanup()
{
    m_store.reset();
    m_tenant.reset();
    m_dir.reset();
}

QString TestJobRunner::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

JobRunner::Result TestJobRunner::run(JobRunner::Request request, const std::atomic_bool *cancel)
{
    JobRunner runner(*m_store, folder(), *m_tenant, DefinitionRegistry::instance(), m_limits);
    runner.setCancelFlag(cancel);
    runner.setProgress([this](const JobRecord &job) {
        Report report;
        report.status = job.status;
        report.total = job.counts.total;
        report.progress = job.progress;
        report.storedRows = m_store->rows(job.id).size();
        report.lockHeld = ActiveJobLock::activeJobId(folder()) == std::optional<QString>(job.id);
        m_reports << report;
    });
    if (request.submittedBy.isEmpty()) {
        request.submittedBy = u"anna@example.se"_s;
    }
    return runner.run(request);
}

void TestJobRunner::importCompletes()
{
    // 600 objects: four batches, the engine's first of 25, then of 250.
    QByteArray csv = kSiteHeader;
    for (int i = 1; i <= 600; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\n";
    }
    const QString path = writeFile(u"sites.csv"_s, csv);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QVERIFY(result.message.isEmpty());

    // In progress from the first report; each batch's rows are in the store
    // by the time it is reported; the lock names the job until the end.
    QCOMPARE(m_reports.size(), 6);
    QCOMPARE(m_reports.first().status, JobStatus::InProgress);
    QCOMPARE(m_reports.first().storedRows, 0);
    const QList<int> totals{0, 25, 275, 525, 600, 600};
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        const Report &report = m_reports.at(i);
        QCOMPARE(report.total, totals.at(i));
        QCOMPARE(report.storedRows, qsizetype(totals.at(i)));
        QVERIFY(report.lockHeld);
        if (i > 0 && i < m_reports.size() - 1) {
            QCOMPARE(report.status, JobStatus::InProgress);
            QCOMPARE(report.progress, totals.at(i) * 100 / 600);
        }
    }
    QCOMPARE(m_reports.last().status, JobStatus::Completed);
    QVERIFY(!ActiveJobLock::isHeld(folder()));

    const JobRecord &job = result.job;
    QVERIFY(JobStore::isValidId(job.id));
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.type, JobType::Import);
    QCOMPARE(job.objectType, u"site"_s);
    QCOMPARE(job.fileName, u"sites.csv"_s);
    QCOMPARE(job.submittedBy, u"anna@example.se"_s);
    QCOMPARE(job.counts.total, 600);
    QCOMPARE(job.counts.created, 600);
    QCOMPARE(job.counts.failed, 0);
    QCOMPARE(job.progress, 100);
    QVERIFY(job.message.isEmpty());
    QVERIFY(job.created >= before);
    QVERIFY(job.started >= job.created);
    QVERIFY(job.ended >= job.started);
    QCOMPARE(job.started.timeSpec(), Qt::UTC);

    // The store holds the same, every row in file order, and the file as
    // submitted, in the job's own folder.
    const std::optional<JobRecord> stored = m_store->job(job.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, JobStatus::Completed);
    QCOMPARE(stored->counts.created, 600);
    QCOMPARE(stored->storedFile, job.storedFile);
    const QList<RowResult> rows = m_store->rows(job.id);
    QCOMPARE(rows.size(), 600);
    QCOMPARE(rows.first().row, 2);
    QCOMPARE(rows.first().key, u"Site 1"_s);
    QCOMPARE(rows.last().row, 601);
    QCOMPARE(QFileInfo(job.storedFile).absolutePath(),
             QFileInfo(m_store->filesFolder(job.id)).absoluteFilePath());
    QCOMPARE(readAll(job.storedFile), csv);
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 600);
}

void TestJobRunner::importCompletedWithErrors()
{
    const QString path =
        writeFile(u"sites.csv"_s, QByteArray(kSiteHeader) + "Lund,Default Multimedia Profile\n"
                                                            "Umea,Default Multimedia Profle\n");
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QCOMPARE(result.job.status, JobStatus::CompletedWithErrors);
    QCOMPARE(result.job.counts.created, 1);
    QCOMPARE(result.job.counts.failed, 1);
    QVERIFY(result.job.message.isEmpty()); // rows say why, not the job
    const QList<RowResult> rows = m_store->rows(result.job.id);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).outcome, RowResult::Outcome::Failed);
    QVERIFY2(rows.at(1).message.contains(u"Did you mean “Default Multimedia Profile”?"_s),
             qPrintable(rows.at(1).message));
}

void TestJobRunner::importOfRefusedFileFails()
{
    const QString path = writeFile(u"sites.csv"_s, "Name\nLund\n");
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY2(result.job.message.contains(u"Multimedia Profile"_s), qPrintable(result.job.message));
    QVERIFY(result.job.ended.isValid());
    QCOMPARE(m_store->rows(result.job.id).size(), 0);
    QCOMPARE(m_store->job(result.job.id)->message, result.job.message);
    // The file is kept all the same: it is what the user submitted.
    QCOMPARE(readAll(result.job.storedFile), QByteArray("Name\nLund\n"));
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 0);
}

void TestJobRunner::importOverSizeLimitIsRefusedAndKept()
{
    QByteArray csv = kSiteHeader;
    for (int i = 1; i <= 40; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\n";
    }
    m_limits.maxCsvBytes = csv.size() - 1;
    const QString path = writeFile(u"sites.csv"_s, csv);
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY2(result.job.message.contains(u"limit"_s), qPrintable(result.job.message));
    QCOMPARE(readAll(result.job.storedFile), csv);
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 0);
}

void TestJobRunner::importThatCannotKeepItsFileWritesNothing()
{
    // A file where the jobs' folders go: the submitted file cannot be kept.
    const QString files = QDir(folder()).filePath(u"files"_s);
    QDir(files).removeRecursively();
    QFile blocker(files);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QByteArray csv = kSiteHeader;
    for (int i = 1; i <= 60; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\n";
    }
    const QString path = writeFile(u"sites.csv"_s, csv);
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY2(result.job.message.contains(QDir::toNativeSeparators(files)),
             qPrintable(result.job.message));
    QVERIFY(result.job.storedFile.isEmpty());
    QCOMPARE(m_store->rows(result.job.id).size(), 0);
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 0);
}

void TestJobRunner::importFromPipe_data()
{
    QTest::addColumn<int>("sites");
    QTest::addColumn<bool>("overLimit");
    QTest::newRow("within the limit") << 300 << false;
    // Over it, by less than a pipe holds: the writer is done before the
    // reader stops reading.
    QTest::newRow("over the limit") << 600 << true;
}

void TestJobRunner::importFromPipe()
{
    // A named pipe, as a script's process substitution gives: it tells no
    // size, and is read once.
#ifndef Q_OS_UNIX
    QSKIP("named pipes are a Unix thing");
#else
    QFETCH(int, sites);
    QFETCH(bool, overLimit);
    QByteArray csv = kSiteHeader;
    for (int i = 1; i <= sites; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\n";
    }
    m_limits.maxCsvBytes = 20000;
    QCOMPARE(csv.size() > m_limits.maxCsvBytes, overLimit);
    const QString pipe = m_dir->filePath(u"sites.csv"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {pipe}), 0);
    std::unique_ptr<QThread> writer(QThread::create([&] {
        QFile out(pipe);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(csv);
        }
    }));
    writer->start();
    const JobRunner::Result result = run({JobType::Import, u"site"_s, pipe, false, {}});
    QVERIFY(writer->wait(10000));
    QString error;
    if (overLimit) {
        QCOMPARE(result.job.status, JobStatus::Failed);
        QVERIFY2(result.job.message.contains(u"limit"_s), qPrintable(result.job.message));
        QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 0);
        return;
    }
    QVERIFY2(result.job.status == JobStatus::Completed, qPrintable(result.job.message));
    QCOMPARE(result.job.counts.created, sites);
    QCOMPARE(readAll(result.job.storedFile), csv);
#endif
}

void TestJobRunner::importOfMissingFileFails()
{
    const JobRunner::Result result =
        run({JobType::Import, u"site"_s, m_dir->filePath(u"no-such-file.csv"_s), false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY2(result.job.message.contains(u"no-such-file.csv"_s), qPrintable(result.job.message));
    QCOMPARE(result.job.fileName, u"no-such-file.csv"_s);
}

void TestJobRunner::exportCompletes()
{
    const QString input =
        writeFile(u"sites.csv"_s, QByteArray(kSiteHeader) + "Lund,Default Multimedia Profile\n"
                                                            "Abisko,Default Multimedia Profile\n");
    QCOMPARE(run({JobType::Import, u"site"_s, input, false, {}}).job.status, JobStatus::Completed);
    m_reports.clear();

    const QString output = m_dir->filePath(u"out/export.csv"_s);
    QVERIFY(QDir().mkpath(QFileInfo(output).absolutePath()));
    const JobRunner::Result result = run({JobType::Export, u"site"_s, output, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    const JobRecord &job = result.job;
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.type, JobType::Export);
    QCOMPARE(job.fileName, u"export.csv"_s);
    QCOMPARE(job.counts.total, 2);
    QVERIFY(job.message.isEmpty());
    QCOMPARE(m_reports.first().status, JobStatus::InProgress);
    QCOMPARE(m_reports.last().status, JobStatus::Completed);

    // The file where it was asked for, and a copy kept with the job.
    const QByteArray expected = "\xEF\xBB\xBFName,Multimedia Profile\r\n"
                                "Abisko,Default Multimedia Profile\r\n"
                                "Lund,Default Multimedia Profile\r\n";
    QCOMPARE(readAll(output), expected);
    QVERIFY(job.storedFile != output);
    QCOMPARE(QFileInfo(job.storedFile).absolutePath(),
             QFileInfo(m_store->filesFolder(job.id)).absoluteFilePath());
    QCOMPARE(readAll(job.storedFile), expected);
    QCOMPARE(m_store->job(job.id)->storedFile, job.storedFile);
    QCOMPARE(m_store->rows(job.id).size(), 0);
}

void TestJobRunner::exportTemplate()
{
    const QString output = m_dir->filePath(u"team-template.csv"_s);
    const JobRunner::Result result = run({JobType::Export, u"team"_s, output, true, {}});
    QCOMPARE(result.job.status, JobStatus::Completed);
    QCOMPARE(result.job.counts.total, 0);
    const QByteArray header = "\xEF\xBB\xBFName,Site,Type,Multimedia Profile,Skill "
                              "Profile,DN,Capacity,Desktop Layout\r\n";
    QCOMPARE(readAll(output), header);
    QCOMPARE(readAll(result.job.storedFile), header);
}

void TestJobRunner::exportOfAudioFails()
{
    const QString output = m_dir->filePath(u"audio.csv"_s);
    const JobRunner::Result result = run({JobType::Export, u"audio-file"_s, output, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Started);
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY(!result.job.message.isEmpty());
    QVERIFY(!QFileInfo::exists(output));
}

void TestJobRunner::unknownTypeStartsNothing()
{
    const JobRunner::Result result =
        run({JobType::Import, u"no-such-type"_s, m_dir->filePath(u"x.csv"_s), false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Error);
    QVERIFY2(result.message.contains(u"no-such-type"_s), qPrintable(result.message));
    QVERIFY(m_store->jobs().isEmpty());
    QVERIFY(m_reports.isEmpty());
}

void TestJobRunner::busyLockStartsNothing()
{
    const QString path =
        writeFile(u"sites.csv"_s, QByteArray(kSiteHeader) + "Lund,Default Multimedia Profile\n");
    ActiveJobLock other(folder()); // another job, as the GUI would hold it
    QVERIFY2(other.tryAcquire(kOtherJobId), qPrintable(other.errorString()));
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.start, JobRunner::Result::Start::Busy);
    QVERIFY2(result.message.contains(kOtherJobId), qPrintable(result.message));
    QVERIFY(m_store->jobs().isEmpty()); // a refused start leaves no job behind
    QVERIFY(m_reports.isEmpty());
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 0);

    other.release();
    QCOMPARE(run({JobType::Import, u"site"_s, path, false, {}}).job.status, JobStatus::Completed);
}

void TestJobRunner::cancelledJobFails()
{
    const QString path =
        writeFile(u"sites.csv"_s, QByteArray(kSiteHeader) + "Lund,Default Multimedia Profile\n");
    const std::atomic_bool cancel = true;
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}}, &cancel);
    QCOMPARE(result.job.status, JobStatus::Failed);
    QVERIFY2(result.job.message.contains(u"Cancelled"_s), qPrintable(result.job.message));
    QCOMPARE(m_store->rows(result.job.id).size(), 0);
}

void TestJobRunner::recoverInterrupted()
{
    JobRecord record;
    record.objectType = u"site"_s;
    record.fileName = u"sites.csv"_s;
    const QString running = m_store->createJob(record);
    QVERIFY(m_store->markStarted(running));
    const QString waiting = m_store->createJob(record);
    const QString done = m_store->createJob(record);
    QVERIFY(m_store->markStarted(done));
    QVERIFY(m_store->finish(done, JobStatus::Completed, JobCounts()));

    QCOMPARE(JobRunner::recoverInterrupted(*m_store, folder()), 2);
    for (const QString &id : {running, waiting}) {
        const std::optional<JobRecord> job = m_store->job(id);
        QVERIFY(job);
        QCOMPARE(job->status, JobStatus::Failed);
        QVERIFY2(job->message.contains(u"Interrupted"_s), qPrintable(job->message));
        QVERIFY(job->ended.isValid());
    }
    QCOMPARE(m_store->job(done)->status, JobStatus::Completed);
    QVERIFY(m_store->job(done)->message.isEmpty());
    QCOMPARE(JobRunner::recoverInterrupted(*m_store, folder()), 0);
}

void TestJobRunner::recoverLeavesLiveJobAlone()
{
    JobRecord record;
    record.objectType = u"site"_s;
    const QString running = m_store->createJob(record);
    QVERIFY(m_store->markStarted(running));
    ActiveJobLock live(folder());
    QVERIFY(live.tryAcquire(running));
    QCOMPARE(JobRunner::recoverInterrupted(*m_store, folder()), 0);
    QCOMPARE(m_store->job(running)->status, JobStatus::InProgress);
}

void TestJobRunner::runRecoversJobsLeftBehind()
{
    // A job that a process left In progress when it died (nobody holds the
    // lock): the next job to run fails it first.
    JobRecord record;
    record.objectType = u"site"_s;
    const QString orphan = m_store->createJob(record);
    QVERIFY(m_store->markStarted(orphan));
    const QString path =
        writeFile(u"sites.csv"_s, QByteArray(kSiteHeader) + "Lund,Default Multimedia Profile\n");
    const JobRunner::Result result = run({JobType::Import, u"site"_s, path, false, {}});
    QCOMPARE(result.job.status, JobStatus::Completed);
    QCOMPARE(m_store->job(orphan)->status, JobStatus::Failed);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
