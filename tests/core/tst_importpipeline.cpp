// The import's two threads: PlanningHandOver on its own (order, the bound on
// batches planned ahead, calls made on the writing thread, stopping), and
// ImportEngine over it: every tenant call on the thread that owns the
// tenant, a file read once (so a pipe will do), and a job that ends early
// (a tenant that cannot be read or written, a cancel) without hanging.

#include "definitions/definitionregistry.h"
#include "jobs/audioimportengine.h"
#include "jobs/importengine.h"
#include "jobs/planninghandover.h"
#include "sequentialdevice.h"
#include "tenant/local/localtenant.h"
#include "tenant/peopleimport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

constexpr char kSiteHeader[] = "Name,Multimedia Profile\n";

const TypeDefinition &siteType()
{
    return *DefinitionRegistry::instance().find(u"site"_s);
}

// A site file of count rows, "Site 1" to "Site <count>".
QByteArray siteFile(int count)
{
    QByteArray file(kSiteHeader);
    for (int i = 1; i <= count; ++i) {
        file += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\n";
    }
    return file;
}

PlannedBatch batchOf(const QString &key, int total = 0)
{
    PlannedObject object;
    object.key = key;
    PlannedBatch batch;
    batch.objects = {object};
    batch.total = total;
    return batch;
}

// A tenant in front of another that notes every call made from a thread
// other than the one that made it, and can be told to fail reads of a type
// or the nth batch written.
class ThreadCheckingTenant final : public Tenant
{
public:
    explicit ThreadCheckingTenant(Tenant &tenant) : m_tenant(tenant) {}

    QString description() const override
    {
        check();
        return m_tenant.description();
    }
    Capabilities capabilities() const override
    {
        check();
        return m_tenant.capabilities();
    }
    std::optional<QList<TenantObject>> objects(const QString &typeId, QString *error) override
    {
        check();
        ++reads[typeId];
        if (batchesApplied > 0) {
            readsAfterWriting << typeId;
        }
        if (typeId == failReadsOf) {
            *error = u"the disk is unreadable"_s;
            return std::nullopt;
        }
        return m_tenant.objects(typeId, error);
    }
    void prepare(Change *change) const override
    {
        ++prepared; // on any thread, as Tenant allows
        m_tenant.prepare(change);
    }
    bool knowsType(const QString &typeId) override
    {
        check();
        return m_tenant.knowsType(typeId);
    }
    bool apply(const QString &typeId, const QList<Change> &changes, QList<ChangeResult> *results,
               QString *error) override
    {
        check();
        if (++batchesApplied == failBatch) {
            *error = u"the disk is full"_s;
            return false;
        }
        return m_tenant.apply(typeId, changes, results, error);
    }
    std::optional<Person> person(const QString &email) override
    {
        check();
        return m_tenant.person(email);
    }

    QString failReadsOf;
    int failBatch = 0; // 1 for the first
    int batchesApplied = 0;
    QHash<QString, int> reads;     // objects() calls, by type
    QStringList readsAfterWriting; // types read once a batch was written
    mutable std::atomic_int prepared = 0;
    mutable std::atomic_int callsFromOtherThreads = 0;

private:
    void check() const
    {
        if (QThread::currentThread() != m_owner) {
            ++callsFromOtherThreads;
        }
    }

    Tenant &m_tenant;
    QThread *const m_owner = QThread::currentThread();
};

} // namespace

class TestImportPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void batchesArriveInOrder();
    void planningWaitsWhileQueueIsFull();
    void callsAreMadeOnWritingThread();
    void stopReleasesPlanningThread();
    void failureEndsTheBatches();
    void discardedBatchesAreFreedByPlanningThread();

    void tenantIsOnlyUsedOnItsThread();
    void pipeIsReadOnce();
    void unreadableTenantFailsJobAndWritesNothing();
    void typesTheRulesReadAreReadAhead();
    void failedWriteEndsJobWithoutHanging();
    void examplesAreReadBeforeAnythingIsWritten();
    void cancelStopsPlanning();
    void fileRulesSeeEveryObject();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestImportPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tenant = std::make_unique<LocalTenant>(m_dir->filePath(u"tenant.sqlite"_s));
    QString error;
    QVERIFY2(m_tenant->open(&error), qPrintable(error));
}

void TestImportPipeline::cleanup()
{
    m_tenant.reset();
    m_dir.reset();
}

void TestImportPipeline::batchesArriveInOrder()
{
    PlanningHandOver handOver(2);
    std::unique_ptr<QThread> planning(QThread::create([&] {
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(handOver.push(batchOf(QString::number(i), 5)));
        }
        handOver.finish();
    }));
    planning->start();
    QStringList keys;
    PlannedBatch batch;
    QString message;
    while (handOver.next(&batch, &message) == PlanningHandOver::Next::Batch) {
        QCOMPARE(batch.total, 5);
        keys << batch.objects.value(0).key;
    }
    QVERIFY(planning->wait(10000));
    QCOMPARE(keys, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    // After the end, the end again.
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::End);
}

void TestImportPipeline::planningWaitsWhileQueueIsFull()
{
    PlanningHandOver handOver(1);
    std::atomic_int pushed = 0;
    std::unique_ptr<QThread> planning(QThread::create([&] {
        for (int i = 1; i <= 3; ++i) {
            handOver.push(batchOf(QString::number(i)));
            ++pushed;
        }
        handOver.finish();
    }));
    planning->start();
    // One batch fits; the second push waits until the writer takes one.
    QTRY_COMPARE(pushed.load(), 1);
    QTest::qWait(100);
    QCOMPARE(pushed.load(), 1);
    QCOMPARE(handOver.queued(), 1);
    PlannedBatch batch;
    QString message;
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::Batch);
    QTRY_COMPARE(pushed.load(), 2);
    QTest::qWait(100);
    QCOMPARE(pushed.load(), 2);
    while (handOver.next(&batch, &message) == PlanningHandOver::Next::Batch) {
    }
    QVERIFY(planning->wait(10000));
    QCOMPARE(pushed.load(), 3);
}

void TestImportPipeline::callsAreMadeOnWritingThread()
{
    PlanningHandOver handOver;
    QThread *const writer = QThread::currentThread();
    QList<QThread *> madeOn;
    bool made = false;
    std::unique_ptr<QThread> planning(QThread::create([&] {
        for (int i = 0; i < 3; ++i) {
            made = handOver.callOnWriter([&] { madeOn << QThread::currentThread(); });
        }
        handOver.finish();
    }));
    planning->start();
    PlannedBatch batch;
    QString message;
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::End);
    QVERIFY(planning->wait(10000));
    QVERIFY(made);
    QCOMPARE(madeOn, (QList<QThread *>{writer, writer, writer}));
}

void TestImportPipeline::stopReleasesPlanningThread()
{
    // A push waiting for room, and a call waiting for the writer, both
    // return false once the writer stops, and the call is never made.
    for (const bool waitInCall : {false, true}) {
        PlanningHandOver handOver(1);
        std::atomic_bool waiting = false;
        std::atomic_bool returned = false;
        bool refused = false;
        bool callMade = false;
        std::unique_ptr<QThread> planning(QThread::create([&] {
            handOver.push(batchOf(u"1"_s)); // fills the queue
            waiting = true;
            refused = waitInCall ? !handOver.callOnWriter([&] { callMade = true; })
                                 : !handOver.push(batchOf(u"2"_s));
            returned = true;
        }));
        planning->start();
        QTRY_VERIFY(waiting.load());
        QTest::qWait(50);
        QVERIFY2(!returned.load(), "it did not wait"); // the writer takes nothing
        handOver.stop();
        QVERIFY(planning->wait(10000));
        QVERIFY(refused);
        QVERIFY(!callMade);
    }
}

void TestImportPipeline::failureEndsTheBatches()
{
    PlanningHandOver handOver;
    std::unique_ptr<QThread> planning(QThread::create([&] {
        handOver.push(batchOf(u"1"_s));
        handOver.fail(u"the tenant went away"_s);
    }));
    planning->start();
    QVERIFY(planning->wait(10000));
    PlannedBatch batch;
    QString message;
    // The batch planned before the failure comes first.
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::Batch);
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::Failed);
    QCOMPARE(message, u"the tenant went away"_s);
}

void TestImportPipeline::discardedBatchesAreFreedByPlanningThread()
{
    PlanningHandOver handOver;
    // Shared with the batch: detached again once the batch is freed.
    const QList<PlannedObject> probe{PlannedObject()};
    QSemaphore mayDispose;
    std::unique_ptr<QThread> planning(QThread::create([&] {
        PlannedBatch batch;
        batch.objects = probe;
        handOver.push(std::move(batch));
        handOver.finish();
        mayDispose.acquire();
        handOver.disposeUntilStopped();
    }));
    planning->start();
    PlannedBatch batch;
    QString message;
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::Batch);
    handOver.discard(std::move(batch));
    QCOMPARE(handOver.next(&batch, &message), PlanningHandOver::Next::End);
    QVERIFY(!probe.isDetached()); // the writer did not free it
    mayDispose.release();
    QTRY_VERIFY(probe.isDetached());  // the planning thread did
    QVERIFY(!planning->isFinished()); // and frees until the writer stops
    handOver.stop();
    QVERIFY(planning->wait(10000));
}

void TestImportPipeline::tenantIsOnlyUsedOnItsThread()
{
    ThreadCheckingTenant tenant(*m_tenant);
    QBuffer buffer;
    buffer.setData(siteFile(25));
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(siteType(), DefinitionRegistry::instance(), tenant, Limits());
    engine.setBatchSize(4);
    QList<int> done;
    engine.setBatchDone([&](const QList<RowResult> &, int objects, int) { done << objects; });
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(outcome.counts.created, 25);
    QCOMPARE(done, (QList<int>{4, 8, 12, 16, 20, 24, 25}));
    QCOMPARE(tenant.batchesApplied, 7);
    QCOMPARE(tenant.callsFromOtherThreads.load(), 0);
    // Each type is read once: the sites (and multimedia profiles they name)
    // are read ahead, while the file is checked, for the planning to use.
    QCOMPARE(tenant.reads.value(u"site"_s), 1);
    QCOMPARE(tenant.reads.value(u"multimedia-profile"_s), 1);
}

void TestImportPipeline::pipeIsReadOnce()
{
    test::SequentialDevice pipe(siteFile(30), 7);
    ImportEngine engine(siteType(), DefinitionRegistry::instance(), *m_tenant, Limits());
    engine.setBatchSize(8);
    const ImportOutcome outcome = engine.run(&pipe, false);
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(outcome.counts.created, 30);
    QCOMPARE(outcome.rows.size(), 30);
    QCOMPARE(outcome.rows.first().row, 2);
    QCOMPARE(outcome.rows.last().row, 31);
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 30);
}

void TestImportPipeline::unreadableTenantFailsJobAndWritesNothing()
{
    ThreadCheckingTenant tenant(*m_tenant);
    tenant.failReadsOf = u"site"_s;
    QBuffer buffer;
    buffer.setData(siteFile(10));
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(siteType(), DefinitionRegistry::instance(), tenant, Limits());
    engine.setBatchSize(3);
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"the disk is unreadable"_s), qPrintable(outcome.message));
    QCOMPARE(tenant.batchesApplied, 0);
    QCOMPARE(tenant.callsFromOtherThreads.load(), 0);
}

void TestImportPipeline::typesTheRulesReadAreReadAhead()
{
    // A skill definition that drops enum values is checked against the
    // skill profiles, a type no column of it names, and only for such a row:
    // here the last. The profiles are read before anything is written all
    // the same: when they cannot be, nothing is.
    const TypeDefinition &skills = *DefinitionRegistry::instance().find(u"skill-definition"_s);
    const QByteArray header("Name,Description,Service Level Threshold,Type,List Values For Enum\n");
    QBuffer stored;
    stored.setData(header + "Language,,10,ENUM,English|Swedish|Finnish\n");
    stored.open(QIODevice::ReadOnly);
    ImportEngine first(skills, DefinitionRegistry::instance(), *m_tenant, Limits());
    QCOMPARE(first.run(&stored, false).status, JobStatus::Completed);

    QByteArray file = header;
    for (int i = 1; i <= 24; ++i) {
        file += "Level " + QByteArray::number(i) + ",,10,PROFICIENCY,\n";
    }
    file += "Language,,10,ENUM,English|Swedish\n";
    ThreadCheckingTenant tenant(*m_tenant);
    tenant.failReadsOf = u"skill-profile"_s;
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(skills, DefinitionRegistry::instance(), tenant, Limits());
    engine.setBatchSize(2);
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"the disk is unreadable"_s), qPrintable(outcome.message));
    QCOMPARE(tenant.batchesApplied, 0);
    QVERIFY(outcome.rows.isEmpty());
}

void TestImportPipeline::failedWriteEndsJobWithoutHanging()
{
    ThreadCheckingTenant tenant(*m_tenant);
    tenant.failBatch = 2;
    QBuffer buffer;
    buffer.setData(siteFile(40));
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(siteType(), DefinitionRegistry::instance(), tenant, Limits());
    engine.setBatchSize(2); // many batches still to plan when the write fails
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"the disk is full"_s), qPrintable(outcome.message));
    QCOMPARE(outcome.counts.created, 2); // the first batch
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 2);
}

void TestImportPipeline::cancelStopsPlanning()
{
    QBuffer buffer;
    buffer.setData(siteFile(50));
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(siteType(), DefinitionRegistry::instance(), *m_tenant, Limits());
    engine.setBatchSize(5);
    std::atomic_bool cancel = false;
    engine.setCancelFlag(&cancel);
    engine.setBatchDone([&](const QList<RowResult> &, int done, int) {
        if (done == 10) {
            cancel = true;
        }
    });
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QCOMPARE(outcome.counts.created, 10);
    QCOMPARE(outcome.rows.size(), 10);
    QString error;
    QCOMPARE(m_tenant->objects(u"site"_s, &error)->size(), 10);
}

void TestImportPipeline::fileRulesSeeEveryObject()
{
    // Auxiliary codes: one default per work type, over the whole file. The
    // second default is many batches after the first, and fails all the same.
    QByteArray file("Name,Description,Default,Work Type\n");
    file += "Code 1,,TRUE,Default Idle Work Type\n";
    for (int i = 2; i <= 19; ++i) {
        file += "Code " + QByteArray::number(i) + ",,FALSE,Default Idle Work Type\n";
    }
    file += "Code 20,,TRUE,Default Idle Work Type\n";
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    const TypeDefinition &codes = *DefinitionRegistry::instance().find(u"auxiliary-code"_s);
    ImportEngine engine(codes, DefinitionRegistry::instance(), *m_tenant, Limits());
    engine.setBatchSize(3);
    const ImportOutcome outcome = engine.run(&buffer, false);
    QCOMPARE(outcome.counts.total, 20);
    QCOMPARE(outcome.counts.failed, 2);
    QCOMPARE(outcome.rows.first().outcome, RowResult::Outcome::Failed);
    QCOMPARE(outcome.rows.last().outcome, RowResult::Outcome::Failed);
}

void TestImportPipeline::examplesAreReadBeforeAnythingIsWritten()
{
    // Every example file, in the order they import in: all that an import
    // reads of the tenant is read before its first batch is written, and
    // on the tenant's own thread.
    const QDir examples(QStringLiteral(CCBULK_EXAMPLES_DIR));
    const PeopleImport::Result people = PeopleImport().readFile(examples.filePath(u"people.csv"_s));
    int added = 0;
    int updated = 0;
    QString error;
    QVERIFY2(m_tenant->importPeople(people.people, &added, &updated, &error), qPrintable(error));
    QFile audio(examples.filePath(u"audio-file.zip"_s));
    QVERIFY(audio.open(QIODevice::ReadOnly));
    AudioImportEngine audioImport(*DefinitionRegistry::instance().find(u"audio-file"_s),
                                  DefinitionRegistry::instance(), *m_tenant, Limits());
    QCOMPARE(audioImport.run(&audio, false).status, JobStatus::Completed);

    const QStringList order{
        u"work-type"_s,   u"auxiliary-code"_s, u"skill-definition"_s,    u"skill-profile"_s,
        u"site"_s,        u"team"_s,           u"entry-point"_s,         u"entry-point-mapping"_s,
        u"queue"_s,       u"outdial-queue"_s,  u"outdial-entry-point"_s, u"address-book"_s,
        u"outdial-ani"_s, u"agent-profile"_s,  u"user-profile"_s,        u"user"_s,
    };
    for (const QString &typeId : order) {
        QFile file(examples.filePath(typeId + u".csv"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        ThreadCheckingTenant tenant(*m_tenant);
        ImportEngine engine(*DefinitionRegistry::instance().find(typeId),
                            DefinitionRegistry::instance(), tenant, Limits());
        engine.setBatchSize(1); // a read after the first object would show
        const ImportOutcome outcome = engine.run(&file, false);
        QVERIFY2(outcome.status == JobStatus::Completed,
                 qPrintable(typeId + u": "_s + outcome.message));
        QVERIFY2(tenant.readsAfterWriting.isEmpty(),
                 qPrintable(typeId + u" read "_s + tenant.readsAfterWriting.join(u", "_s)));
        QCOMPARE(tenant.callsFromOtherThreads.load(), 0);
    }
}

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
