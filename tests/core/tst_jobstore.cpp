#include "i18n/language.h"
#include "jobs/jobstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

JobRecord importJob(const QString &fileName = QStringLiteral("queues.csv"),
                    const QString &objectType = QStringLiteral("queue"),
                    const QString &submittedBy = QStringLiteral("anna@example.com"))
{
    JobRecord job;
    job.fileName = fileName;
    job.type = JobType::Import;
    job.objectType = objectType;
    job.submittedBy = submittedBy;
    return job;
}

RowResult row(int number, const QString &key, RowResult::Outcome outcome,
              const QString &message = QString())
{
    return RowResult{number, key, outcome, message};
}

// Every field, so that a failure names the one that differs.
void compareJobs(const JobRecord &actual, const JobRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.fileName, expected.fileName);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.objectType, expected.objectType);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.submittedBy, expected.submittedBy);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.started, expected.started);
    QCOMPARE(actual.ended, expected.ended);
    QCOMPARE(actual.started.isNull(), expected.started.isNull());
    QCOMPARE(actual.ended.isNull(), expected.ended.isNull());
    QCOMPARE(actual.counts.total, expected.counts.total);
    QCOMPARE(actual.counts.created, expected.counts.created);
    QCOMPARE(actual.counts.updated, expected.counts.updated);
    QCOMPARE(actual.counts.unchanged, expected.counts.unchanged);
    QCOMPARE(actual.counts.failed, expected.counts.failed);
    QCOMPARE(actual.counts.skipped, expected.counts.skipped);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.storedFile, expected.storedFile);
    QCOMPARE(actual.progress, expected.progress);
}

void compareRows(const QList<RowResult> &actual, const QList<RowResult> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).row, expected.at(i).row);
        QCOMPARE(actual.at(i).key, expected.at(i).key);
        QCOMPARE(actual.at(i).outcome, expected.at(i).outcome);
        QCOMPARE(actual.at(i).message, expected.at(i).message);
    }
}

QStringList ids(const QList<JobRecord> &jobs)
{
    QStringList result;
    for (const JobRecord &job : jobs) {
        result << job.id;
    }
    return result;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensAndCreatesSchema();
    void newerSchemaIsRefused();
    void createAssignsIdTimeAndStatus();
    void roundTripOfEveryField();
    void lifeOfAJob();
    void wrongTransitionsFail();
    void unknownJobFails();
    void rowsAppendedInBatchesReadBackInOrder();
    void newestFirst();
    void search_data();
    void search();
    void searchTranslatedNames();
    void resolveId();
    void resolveAmbiguousPrefix();
    void storeFile();
    void storeFileRefusesBadNames();
    void purgeAfterOneYear();
    void purgeAtOpen();
    void failInterrupted();
    void reopenKeepsEverything();
    void twoInstancesShareTheFolder();

private:
    std::unique_ptr<JobStore> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestJobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = kNow;
}

void TestJobStore::cleanup()
{
    setUiLanguage(QStringLiteral("en"));
    m_dir.reset();
}

std::unique_ptr<JobStore> TestJobStore::openStore()
{
    auto store = std::make_unique<JobStore>(m_dir->filePath(QStringLiteral("data")));
    store->setClock([this] { return m_now; });
    QString error;
    if (!store->open(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return store;
}

void TestJobStore::opensAndCreatesSchema()
{
    const auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->isOpen());
    QVERIFY(QFile::exists(store->databasePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(store->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), JobStore::kSchemaVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    store->close();
    QVERIFY(!store->isOpen());
    QVERIFY(store->createJob(importJob()).isEmpty());
    QVERIFY(!store->lastError().isEmpty());
}

void TestJobStore::newerSchemaIsRefused()
{
    QString path;
    {
        const auto store = openStore();
        QVERIFY(store);
        path = store->databasePath();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    JobStore store(m_dir->filePath(QStringLiteral("data")));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(u"newer version") && error.contains(u"99"), qPrintable(error));
}

void TestJobStore::createAssignsIdTimeAndStatus()
{
    const auto store = openStore();
    QVERIFY(store);
    JobRecord submitted = importJob();
    submitted.id = QStringLiteral("mine");
    submitted.status = JobStatus::Completed;
    const QString id = store->createJob(submitted);
    QVERIFY(JobStore::isValidId(id));
    const std::optional<JobRecord> job = store->job(id);
    QVERIFY(job);
    QCOMPARE(job->id, id);
    QCOMPARE(job->status, JobStatus::New);
    QCOMPARE(job->created, kNow);
    QCOMPARE(job->created.timeSpec(), Qt::UTC);
    QVERIFY(job->started.isNull());
    QVERIFY(job->ended.isNull());
    QVERIFY(job->isActive());
    QVERIFY(store->createJob(importJob()) != id);
}

void TestJobStore::roundTripOfEveryField()
{
    const auto store = openStore();
    QVERIFY(store);
    JobRecord job = importJob();
    job.id = store->createJob(job);
    QVERIFY(!job.id.isEmpty());

    job.fileName = QStringLiteral("Köer, nya.csv");
    job.type = JobType::Export;
    job.objectType = QStringLiteral("entry-point");
    job.status = JobStatus::CompletedWithErrors;
    job.submittedBy = QStringLiteral("Örjan.Åberg@example.se");
    job.created = kNow.addSecs(-60);
    job.started = kNow.addMSecs(1);
    job.ended = kNow.addDays(1).addMSecs(7);
    job.counts = JobCounts{10, 2, 3, 1, 3, 1};
    job.message = QStringLiteral("Det gick sådär: \"citat\" och 'apostrof'\nny rad");
    job.storedFile = QStringLiteral("/tmp/ö/export.zip");
    job.progress = 42;
    QVERIFY2(store->update(job), qPrintable(store->lastError()));
    const std::optional<JobRecord> read = store->job(job.id);
    QVERIFY(read);
    compareJobs(*read, job);

    // Empty and null texts, null times.
    job.message.clear();
    job.storedFile = QString();
    job.started = QDateTime();
    job.ended = QDateTime();
    QVERIFY2(store->update(job), qPrintable(store->lastError()));
    compareJobs(*store->job(job.id), job);
}

void TestJobStore::lifeOfAJob()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    m_now = kNow.addSecs(5);
    QVERIFY2(store->markStarted(id), qPrintable(store->lastError()));
    JobRecord job = *store->job(id);
    QCOMPARE(job.status, JobStatus::InProgress);
    QCOMPARE(job.started, kNow.addSecs(5));
    QVERIFY(job.ended.isNull());

    QVERIFY(store->setProgress(id, 40));
    QCOMPARE(store->job(id)->progress, 40);
    QVERIFY(store->setProgress(id, 400));
    QCOMPARE(store->job(id)->progress, 100);

    m_now = kNow.addSecs(65);
    const JobCounts counts{4, 1, 1, 1, 1, 0};
    QVERIFY2(store->finish(id, JobStatus::CompletedWithErrors, counts),
             qPrintable(store->lastError()));
    job = *store->job(id);
    QCOMPARE(job.status, JobStatus::CompletedWithErrors);
    QCOMPARE(job.started, kNow.addSecs(5));
    QCOMPARE(job.ended, kNow.addSecs(65));
    QCOMPARE(job.counts.total, 4);
    QCOMPARE(job.counts.failed, 1);
    QCOMPARE(job.progress, 100);
    QVERIFY(job.message.isEmpty());
    QVERIFY(!job.isActive());

    const QString failed = store->createJob(importJob());
    QVERIFY(store->finish(failed, JobStatus::Failed, JobCounts(), QStringLiteral("No tenant")));
    job = *store->job(failed);
    QCOMPARE(job.status, JobStatus::Failed);
    QCOMPARE(job.message, QStringLiteral("No tenant"));
    QVERIFY(job.started.isNull());
    QCOMPARE(job.ended, kNow.addSecs(65));
}

void TestJobStore::wrongTransitionsFail()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    QVERIFY(store->markStarted(id));
    QVERIFY(!store->markStarted(id));
    QVERIFY2(store->lastError().contains(u"already started"), qPrintable(store->lastError()));
    QVERIFY(!store->finish(id, JobStatus::InProgress, JobCounts()));
    QVERIFY(!store->finish(id, JobStatus::New, JobCounts()));
    QCOMPARE(store->job(id)->status, JobStatus::InProgress);
}

void TestJobStore::unknownJobFails()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
    QVERIFY(!store->job(unknown));
    QVERIFY(store->lastError().contains(unknown));
    JobRecord job = importJob();
    job.id = unknown;
    QVERIFY(!store->update(job));
    QVERIFY(!store->markStarted(unknown));
    QVERIFY(store->lastError().contains(unknown));
    QVERIFY(!store->finish(unknown, JobStatus::Completed, JobCounts()));
    QVERIFY(
        !store->appendRows(unknown, {row(2, QStringLiteral("A"), RowResult::Outcome::Created)}));
    QVERIFY(store->rows(unknown).isEmpty());
    QVERIFY(!store->setProgress(unknown, 1));
}

void TestJobStore::rowsAppendedInBatchesReadBackInOrder()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    const QString other = store->createJob(importJob());
    QList<RowResult> expected;
    int number = 2;
    for (int batch = 0; batch < 4; ++batch) {
        QList<RowResult> rows;
        for (int i = 0; i < 25; ++i, ++number) {
            const auto outcome = RowResult::Outcome(number % 5);
            rows << row(number, QStringLiteral("Kö %1").arg(number), outcome,
                        outcome == RowResult::Outcome::Failed
                            ? QStringLiteral("Fel på rad %1").arg(number)
                            : QString());
        }
        QVERIFY2(store->appendRows(id, rows), qPrintable(store->lastError()));
        QVERIFY(store->appendRows(other,
                                  {row(number, QStringLiteral("x"), RowResult::Outcome::Skipped)}));
        expected << rows;
    }
    // Rows are kept in the order they came, not sorted by row number.
    const QList<RowResult> late = {row(1000, QStringLiteral("late"), RowResult::Outcome::Updated),
                                   row(3, QStringLiteral("early"), RowResult::Outcome::Unchanged)};
    QVERIFY(store->appendRows(id, late));
    expected << late;
    QVERIFY(store->appendRows(id, {}));
    compareRows(store->rows(id), expected);
    QCOMPARE(store->rows(other).size(), 4);
}

void TestJobStore::newestFirst()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString first = store->createJob(importJob());
    m_now = kNow.addSecs(10);
    const QString second = store->createJob(importJob());
    const QString third = store->createJob(importJob()); // the same millisecond
    m_now = kNow.addSecs(5);
    const QString middle = store->createJob(importJob());
    QCOMPARE(ids(store->jobs()), (QStringList{third, second, middle, first}));
}

void TestJobStore::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names"); // file names of the jobs found
    const QStringList all = {u"f.csv"_s, u"e.csv"_s, u"d.csv"_s,
                             u"c.csv"_s, u"b.csv"_s, u"Köer Norr.csv"_s};
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blank") << u"  "_s << all;
    QTest::newRow("file name, other case") << u"KÖER nORR"_s << QStringList{u"Köer Norr.csv"_s};
    QTest::newRow("file name part") << u"d.CSV"_s << QStringList{u"d.csv"_s};
    QTest::newRow("import") << u"IMPORT"_s
                            << QStringList{u"f.csv"_s, u"e.csv"_s, u"d.csv"_s, u"c.csv"_s,
                                           u"Köer Norr.csv"_s};
    QTest::newRow("export") << u"Export"_s << QStringList{u"b.csv"_s};
    QTest::newRow("object type id") << u"ENTRY-POINT"_s << QStringList{u"c.csv"_s};
    QTest::newRow("object type name") << u"entry point"_s << QStringList{u"c.csv"_s};
    QTest::newRow("skill") << u"skill-"_s << QStringList{u"b.csv"_s};
    QTest::newRow("status stable name") << u"in_progress"_s << QStringList{u"e.csv"_s};
    QTest::newRow("status display name") << u"In Progress"_s << QStringList{u"e.csv"_s};
    QTest::newRow("completed, with errors too")
        << u"completed"_s << QStringList{u"d.csv"_s, u"c.csv"_s};
    QTest::newRow("with errors") << u"COMPLETED WITH ERRORS"_s << QStringList{u"c.csv"_s};
    QTest::newRow("failed") << u"failed"_s << QStringList{u"b.csv"_s};
    QTest::newRow("new") << u"NEW"_s << QStringList{u"f.csv"_s, u"Köer Norr.csv"_s};
    QTest::newRow("submitter") << u"ÖRJAN@EXAMPLE"_s << QStringList{u"b.csv"_s};
    QTest::newRow("submitter domain")
        << u"example.com"_s
        << QStringList{u"f.csv"_s, u"e.csv"_s, u"d.csv"_s, u"c.csv"_s, u"Köer Norr.csv"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList();
}

void TestJobStore::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    const auto store = openStore();
    QVERIFY(store);
    const auto add = [&](const JobRecord &record, std::optional<JobStatus> status) {
        m_now = m_now.addSecs(1);
        JobRecord job = record;
        job.id = store->createJob(record);
        if (status) {
            job.status = *status;
            job.created = m_now;
            QVERIFY(store->update(job));
        }
    };
    add(importJob(u"Köer Norr.csv"_s), std::nullopt);
    JobRecord exportJob = importJob(u"b.csv"_s, u"skill-profile"_s, u"örjan@example.se"_s);
    exportJob.type = JobType::Export;
    add(exportJob, JobStatus::Failed);
    add(importJob(u"c.csv"_s, u"entry-point"_s), JobStatus::CompletedWithErrors);
    add(importJob(u"d.csv"_s), JobStatus::Completed);
    add(importJob(u"e.csv"_s), JobStatus::InProgress);
    add(importJob(u"f.csv"_s), std::nullopt);

    QStringList found;
    for (const JobRecord &job : store->jobs(search)) {
        found << job.fileName;
    }
    QCOMPARE(found, names);

    // The id, whole or in part, in any case.
    const QString id = store->jobs().constLast().id;
    QCOMPARE(store->jobs(id.toUpper()).size(), 1);
    QCOMPARE(store->jobs(id.mid(5, 10)).constFirst().id, id);
}

void TestJobStore::searchTranslatedNames()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString queue = store->createJob(importJob(u"a.csv"_s, u"queue"_s));
    const QString site = store->createJob(importJob(u"b.csv"_s, u"site"_s));
    QCOMPARE(setUiLanguage(QStringLiteral("sv")), QStringLiteral("sv"));
    // The object type's name in the user's language, and still in English.
    QCOMPARE(ids(store->jobs(u"KÖ"_s)), QStringList{queue});
    QCOMPARE(ids(store->jobs(u"plats"_s)), QStringList{site});
    QCOMPARE(ids(store->jobs(u"queue"_s)), QStringList{queue});
    QCOMPARE(store->jobs(u"new"_s).size(), 2);
}

void TestJobStore::resolveId()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    store->createJob(importJob());
    using Outcome = JobStore::ResolveResult::Outcome;

    JobStore::ResolveResult result = store->resolveId(id);
    QCOMPARE(result.outcome, Outcome::Found);
    QCOMPARE(result.id, id);
    result = store->resolveId(id.left(8));
    QCOMPARE(result.outcome, Outcome::Found);
    QCOMPARE(result.id, id);
    QVERIFY(result.message.isEmpty());
    result = store->resolveId(u"  "_s + id.left(12).toUpper() + u" "_s);
    QCOMPARE(result.outcome, Outcome::Found);
    QCOMPARE(result.id, id);

    result = store->resolveId(id.left(7));
    QCOMPARE(result.outcome, Outcome::NotFound);
    QVERIFY(result.id.isEmpty());
    QVERIFY2(result.message.contains(u"8"), qPrintable(result.message));
    result = store->resolveId(QString());
    QCOMPARE(result.outcome, Outcome::NotFound);
    result = store->resolveId(u"ffffffffffff"_s);
    QCOMPARE(result.outcome, Outcome::NotFound);
    QVERIFY2(result.message.contains(u"ffffffffffff"), qPrintable(result.message));
    result = store->resolveId(id + u"0"_s);
    QCOMPARE(result.outcome, Outcome::NotFound);
    result = store->resolveId(u"%%%%%%%%"_s);
    QCOMPARE(result.outcome, Outcome::NotFound);
}

void TestJobStore::resolveAmbiguousPrefix()
{
    const auto store = openStore();
    QVERIFY(store);
    QStringList generated = {u"abcdef0123456789abcdef0123456789"_s,
                             u"abcdef01ffffffffffffffffffffffff"_s,
                             u"abcdef0123456789abcdef0123456789"_s};
    store->setIdGenerator([&generated] { return generated.takeFirst(); });
    const QString first = store->createJob(importJob());
    m_now = kNow.addSecs(1);
    const QString second = store->createJob(importJob());
    QCOMPARE(first, u"abcdef0123456789abcdef0123456789"_s);
    QCOMPARE(second, u"abcdef01ffffffffffffffffffffffff"_s);
    // A generator that repeats an id is refused, not silently merged.
    QVERIFY(store->createJob(importJob()).isEmpty());
    QVERIFY(!store->lastError().isEmpty());
    store->setIdGenerator([] { return u"not an id"_s; });
    QVERIFY(store->createJob(importJob()).isEmpty());

    using Outcome = JobStore::ResolveResult::Outcome;
    const JobStore::ResolveResult both = store->resolveId(u"abcdef01"_s);
    QCOMPARE(both.outcome, Outcome::Ambiguous);
    QVERIFY(both.id.isEmpty());
    QCOMPARE(both.candidates, (QStringList{second, first}));
    QVERIFY2(both.message.contains(first) && both.message.contains(second),
             qPrintable(both.message));
    QCOMPARE(store->resolveId(u"abcdef012"_s).id, first);
    QCOMPARE(store->resolveId(u"ABCDEF01F"_s).id, second);
    QCOMPARE(store->jobs().size(), 2);
}

void TestJobStore::storeFile()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    const QString source = m_dir->filePath(QStringLiteral("submitted.csv"));
    const QByteArray bytes = "Name;Beskrivning\r\nK\xf6;\"a\r\nb\"\r\n";
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString stored = store->storeFile(id, source, u"Köer.csv"_s);
    QVERIFY2(!stored.isEmpty(), qPrintable(store->lastError()));
    QCOMPARE(stored, QDir(store->folder()).filePath(u"files/"_s + id + u"/Köer.csv"_s));
    QCOMPARE(store->filesFolder(id), QDir(store->folder()).filePath(u"files/"_s + id));
    QFile copy(stored);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    QCOMPARE(store->job(id)->storedFile, stored);

    // From a device, and again under the same name: replaced.
    QBuffer buffer;
    buffer.setData("other");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(store->storeFile(id, &buffer, u"Köer.csv"_s), stored);
    copy.close();
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("other"));

    // Export files go to the same folder.
    const QString exportPath = store->filePathFor(id, u"export.zip"_s);
    QCOMPARE(exportPath, QDir(store->filesFolder(id)).filePath(u"export.zip"_s));
    QVERIFY(QFileInfo(exportPath).dir().exists());
}

void TestJobStore::storeFileRefusesBadNames()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString id = store->createJob(importJob());
    QBuffer buffer;
    buffer.setData("x");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    for (const QString &name :
         {u"../x.csv"_s, u"a/b.csv"_s, u"a\\b.csv"_s, u".."_s, u"."_s, QString(), u"c:x"_s}) {
        QVERIFY2(store->storeFile(id, &buffer, name).isEmpty(), qPrintable(name));
        QVERIFY(store->filePathFor(id, name).isEmpty());
    }
    QVERIFY(store->filePathFor(u"../../etc"_s, u"x.csv"_s).isEmpty());
    QVERIFY(store->filesFolder(u"../../etc"_s).isEmpty());
    QVERIFY(store->storeFile(u"0123456789abcdef0123456789abcdef"_s, &buffer, u"x.csv"_s).isEmpty());
    QVERIFY(!QFileInfo::exists(store->filesFolder(u"0123456789abcdef0123456789abcdef"_s)));
    QVERIFY(store->storeFile(id, m_dir->filePath(u"missing.csv"_s), u"x.csv"_s).isEmpty());
    QVERIFY(store->lastError().contains(u"missing.csv"));
    const QDir files(QDir(store->folder()).filePath(u"files"_s));
    QVERIFY(files.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty() ||
            files.entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList{id});
}

void TestJobStore::purgeAfterOneYear()
{
    const auto store = openStore();
    QVERIFY(store);
    const auto addJob = [&](int daysAgo) {
        m_now = kNow.addDays(-daysAgo);
        const QString id = store->createJob(importJob(QStringLiteral("%1.csv").arg(daysAgo)));
        store->appendRows(id, {row(2, u"A"_s, RowResult::Outcome::Created)});
        QBuffer buffer;
        buffer.setData("Name\r\nA\r\n");
        buffer.open(QIODevice::ReadOnly);
        store->storeFile(id, &buffer, u"submitted.csv"_s);
        return id;
    };
    const QString old = addJob(366);
    const QString young = addJob(364);
    const QString today = addJob(0);
    QVERIFY(QFileInfo::exists(store->filesFolder(old)));
    // Purging with an explicit time.
    QCOMPARE(store->purge(kNow.addDays(-10)), 0);
    QCOMPARE(store->purge(kNow), 1);
    QVERIFY(!store->job(old));
    QVERIFY(store->rows(old).isEmpty());
    QVERIFY(!QFileInfo::exists(store->filesFolder(old)));
    for (const QString &id : {young, today}) {
        QVERIFY(store->job(id));
        QCOMPARE(store->rows(id).size(), 1);
        QVERIFY(QFile::exists(store->job(id)->storedFile));
    }
    // Through the clock: two days later the 364-day job is 366 days old.
    m_now = kNow.addDays(2);
    QCOMPARE(store->purgeExpired(), 1);
    QCOMPARE(ids(store->jobs()), QStringList{today});
    QVERIFY(!QFileInfo::exists(store->filesFolder(young)));
    QCOMPARE(store->purgeExpired(), 0);
}

void TestJobStore::purgeAtOpen()
{
    QString old;
    QString young;
    {
        const auto store = openStore();
        QVERIFY(store);
        m_now = kNow.addDays(-400);
        old = store->createJob(importJob());
        QVERIFY(!store->filePathFor(old, u"export.csv"_s).isEmpty());
        m_now = kNow.addDays(-300);
        young = store->createJob(importJob());
        // A folder whose job is gone (left by an interrupted purge).
        QVERIFY(QDir().mkpath(store->filesFolder(u"0123456789abcdef0123456789abcdef"_s)));
    }
    m_now = kNow;
    const auto store = openStore();
    QVERIFY(store);
    QCOMPARE(ids(store->jobs()), QStringList{young});
    QVERIFY(!QFileInfo::exists(store->filesFolder(old)));
    QVERIFY(!QFileInfo::exists(store->filesFolder(u"0123456789abcdef0123456789abcdef"_s)));
}

void TestJobStore::failInterrupted()
{
    const auto store = openStore();
    QVERIFY(store);
    const QString fresh = store->createJob(importJob());
    const QString running = store->createJob(importJob());
    QVERIFY(store->markStarted(running));
    const QString done = store->createJob(importJob());
    QVERIFY(store->markStarted(done));
    QVERIFY(store->finish(done, JobStatus::Completed, JobCounts{1, 1, 0, 0, 0, 0}));
    const JobRecord doneBefore = *store->job(done);

    m_now = kNow.addSecs(3600);
    QCOMPARE(store->failInterrupted(u"interrupted"_s), 2);
    for (const QString &id : {fresh, running}) {
        const JobRecord job = *store->job(id);
        QCOMPARE(job.status, JobStatus::Failed);
        QCOMPARE(job.ended, kNow.addSecs(3600));
        QCOMPARE(job.message, u"interrupted"_s);
    }
    QVERIFY(store->job(fresh)->started.isNull());
    QCOMPARE(store->job(running)->started, kNow);
    compareJobs(*store->job(done), doneBefore);
    QCOMPARE(store->failInterrupted(u"interrupted"_s), 0);
}

void TestJobStore::reopenKeepsEverything()
{
    JobRecord job;
    QList<RowResult> rows;
    {
        const auto store = openStore();
        QVERIFY(store);
        job = importJob(u"Användare.csv"_s, u"user"_s);
        job.id = store->createJob(job);
        QVERIFY(store->markStarted(job.id));
        rows = {row(2, u"a@example.com"_s, RowResult::Outcome::Updated),
                row(3, u"b@example.com"_s, RowResult::Outcome::Failed, u"Okänd person"_s)};
        QVERIFY(store->appendRows(job.id, rows));
        QVERIFY(store->finish(job.id, JobStatus::CompletedWithErrors, JobCounts{2, 0, 1, 0, 1, 0}));
        job = *store->job(job.id);
    }
    const auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->jobs().size(), 1);
    compareJobs(store->jobs().constFirst(), job);
    compareRows(store->rows(job.id), rows);
}

void TestJobStore::twoInstancesShareTheFolder()
{
    const auto writer = openStore();
    const auto reader = openStore();
    QVERIFY(writer && reader);
    const QString id = writer->createJob(importJob());
    QVERIFY(writer->appendRows(id, {row(2, u"A"_s, RowResult::Outcome::Created)}));
    QCOMPARE(ids(reader->jobs()), QStringList{id});
    QCOMPARE(reader->rows(id).size(), 1);
    QVERIFY(reader->markStarted(id));
    QCOMPARE(writer->job(id)->status, JobStatus::InProgress);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
