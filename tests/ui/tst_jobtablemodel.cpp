// JobTableModel and JobFilterProxyModel: the dashboard's rows, their texts
// and raw values, merging polled jobs, search in both languages and sorting
// by value, all under QAbstractItemModelTester.

#include "dashboard/jobfilterproxymodel.h"
#include "dashboard/jobtablemodel.h"
#include "i18n/language.h"
#include "jobs/jobtext.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace ccbulk;
using namespace ccbulk::ui;
using namespace Qt::StringLiterals;

namespace {

// Jobs are stored with UTC times; the display is local.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute), Qt::UTC);
}

JobRecord makeJob(const QString &id, JobType type, const QString &objectType, JobStatus status,
                  const QDateTime &created)
{
    JobRecord job;
    job.id = id;
    job.type = type;
    job.objectType = objectType;
    job.status = status;
    job.created = created;
    if (status != JobStatus::New) {
        job.started = created.addSecs(5);
    }
    if (!job.isActive()) {
        job.ended = created.addSecs(65);
        job.progress = 100;
    }
    return job;
}

// Five jobs, newest first as the store lists them; each status once, so
// that a sort by status has one right order.
QList<JobRecord> sampleJobs()
{
    JobRecord running = makeJob(u"e5e5e5e5000000000000000000000005"_s, JobType::Import,
                                u"entry-point"_s, JobStatus::InProgress, at(5, 9));
    running.fileName = u"entrypoints.csv"_s;
    running.submittedBy = u"erin@example.com"_s;
    running.progress = 42;

    JobRecord queued = makeJob(u"d4d4d4d4000000000000000000000004"_s, JobType::Import, u"team"_s,
                               JobStatus::New, at(4, 9));
    queued.fileName = u"teams.csv"_s;
    queued.submittedBy = u"dave@example.com"_s;

    JobRecord failed = makeJob(u"c3c3c3c3000000000000000000000003"_s, JobType::Export, u"queue"_s,
                               JobStatus::Failed, at(3, 9));
    failed.fileName = u"queue_export.csv"_s;
    failed.submittedBy = u"carol@example.com"_s;
    failed.message = u"The tenant cannot be reached."_s;

    JobRecord withErrors = makeJob(u"b2b2b2b2000000000000000000000002"_s, JobType::Import,
                                   u"skill-definition"_s, JobStatus::CompletedWithErrors, at(2, 9));
    withErrors.fileName = u"skills.csv"_s;
    withErrors.submittedBy = u"bob@example.com"_s;
    withErrors.storedFile = u"/jobs/files/b2/skills.csv"_s;

    JobRecord exported = makeJob(u"a1a1a1a1000000000000000000000001"_s, JobType::Export, u"site"_s,
                                 JobStatus::Completed, at(1, 9));
    exported.fileName = u"site_export.csv"_s;
    exported.submittedBy = u"alice@example.com"_s;
    exported.storedFile = u"/jobs/files/a1/site_export.csv"_s;

    return {running, queued, failed, withErrors, exported};
}

const QString kRunning = u"e5e5e5e5000000000000000000000005"_s;
const QString kQueued = u"d4d4d4d4000000000000000000000004"_s;
const QString kFailed = u"c3c3c3c3000000000000000000000003"_s;
const QString kWithErrors = u"b2b2b2b2000000000000000000000002"_s;
const QString kExported = u"a1a1a1a1000000000000000000000001"_s;

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(JobTableModel::JobIdRole).toString();
    }
    return ids;
}

QStringList modelIds(const JobTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.job(row).id;
    }
    return ids;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void headers_data();
    void headers();
    void displayTextPerColumn();
    void unknownObjectTypeShowsItsId();
    void statusAndProgress_data();
    void statusAndProgress();
    void actionColumn_data();
    void actionColumn();
    void rawValues();
    void setProgress();
    void mergeInsertsAtTopAndReplaces();
    void mergeOnlyChangedRows();
    void rowOfNewestCreatedActiveIds();
    void search_data();
    void search();
    void searchFollowsLanguage();
    void sort_data();
    void sort();
    void sortByEndTimeRunningLast();
    void sortFollowsMergedStatus();

private:
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestJobTableModel::initTestCase()
{
    ccbulk::setUiLanguage(u"en"_s);
}

void TestJobTableModel::init()
{
    m_model = std::make_unique<JobTableModel>();
    m_proxy = std::make_unique<JobFilterProxyModel>(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestJobTableModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    ccbulk::setUiLanguage(u"en"_s);
}

void TestJobTableModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::newRow("id") << int(JobTableModel::IdColumn) << u"Bulk operation ID"_s;
    QTest::newRow("file") << int(JobTableModel::FileNameColumn) << u"File name"_s;
    QTest::newRow("type") << int(JobTableModel::TypeColumn) << u"Job type"_s;
    QTest::newRow("object") << int(JobTableModel::ObjectColumn) << u"Object"_s;
    QTest::newRow("status") << int(JobTableModel::StatusColumn) << u"Status"_s;
    QTest::newRow("submitter") << int(JobTableModel::SubmittedByColumn) << u"Submitted by"_s;
    QTest::newRow("start") << int(JobTableModel::StartTimeColumn) << u"Start time"_s;
    QTest::newRow("end") << int(JobTableModel::EndTimeColumn) << u"End time"_s;
    QTest::newRow("action") << int(JobTableModel::ActionColumn) << u"Action"_s;
}

void TestJobTableModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    QCOMPARE(m_model->columnCount(), 9);
    QCOMPARE(m_model->columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), header);
    QCOMPARE(m_proxy->headerData(column, Qt::Horizontal).toString(), header);
    // A table has no children.
    m_model->setJobs(sampleJobs());
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestJobTableModel::displayTextPerColumn()
{
    m_model->setJobs(sampleJobs());
    QCOMPARE(m_model->rowCount(), 5);
    const int row = m_model->rowOf(kWithErrors);
    QCOMPARE(row, 3);
    const JobRecord &job = m_model->job(row);
    const auto text = [&](int column) {
        return m_model->index(row, column).data().toString();
    };

    QCOMPARE(text(JobTableModel::IdColumn), kWithErrors);
    QCOMPARE(text(JobTableModel::FileNameColumn), u"skills.csv"_s);
    QCOMPARE(text(JobTableModel::TypeColumn), JobText::typeName(JobType::Import));
    QCOMPARE(text(JobTableModel::TypeColumn), u"Import"_s);
    QCOMPARE(text(JobTableModel::ObjectColumn), u"Skill Definition"_s);
    QCOMPARE(text(JobTableModel::StatusColumn), u"Completed with errors"_s);
    QCOMPARE(text(JobTableModel::SubmittedByColumn), u"bob@example.com"_s);
    QCOMPARE(text(JobTableModel::StartTimeColumn),
             QLocale().toString(job.started.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(JobTableModel::EndTimeColumn),
             QLocale().toString(job.ended.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!text(JobTableModel::StartTimeColumn).isEmpty());
    QVERIFY(text(JobTableModel::StartTimeColumn) != text(JobTableModel::EndTimeColumn));
    QCOMPARE(text(JobTableModel::ActionColumn), QString());

    // The export's type word, and the running and queued jobs' missing times.
    QCOMPARE(m_model->index(m_model->rowOf(kExported), JobTableModel::TypeColumn).data().toString(),
             u"Export"_s);
    QCOMPARE(
        m_model->index(m_model->rowOf(kExported), JobTableModel::ObjectColumn).data().toString(),
        u"Site"_s);
    QCOMPARE(
        m_model->index(m_model->rowOf(kRunning), JobTableModel::EndTimeColumn).data().toString(),
        QString());
    QCOMPARE(
        m_model->index(m_model->rowOf(kQueued), JobTableModel::StartTimeColumn).data().toString(),
        QString());

    // A failed job's message is the status cell's tool tip.
    QCOMPARE(m_model->index(m_model->rowOf(kFailed), JobTableModel::StatusColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             u"The tenant cannot be reached."_s);
}

void TestJobTableModel::unknownObjectTypeShowsItsId()
{
    JobRecord job = makeJob(u"f0f0f0f0000000000000000000000000"_s, JobType::Import,
                            u"no-such-type"_s, JobStatus::Completed, at(1, 8));
    m_model->setJobs({job});
    QCOMPARE(m_model->index(0, JobTableModel::ObjectColumn).data().toString(), u"no-such-type"_s);
}

void TestJobTableModel::statusAndProgress_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("progressRole");
    QTest::newRow("new") << int(JobStatus::New) << 0 << u"New"_s << -1;
    QTest::newRow("in progress") << int(JobStatus::InProgress) << 42 << u"In progress (42%)"_s
                                 << 42;
    QTest::newRow("in progress, just started")
        << int(JobStatus::InProgress) << 0 << u"In progress (0%)"_s << 0;
    QTest::newRow("completed") << int(JobStatus::Completed) << 100 << u"Completed"_s << -1;
    QTest::newRow("completed with errors")
        << int(JobStatus::CompletedWithErrors) << 100 << u"Completed with errors"_s << -1;
    QTest::newRow("failed") << int(JobStatus::Failed) << 37 << u"Failed"_s << -1;
}

void TestJobTableModel::statusAndProgress()
{
    QFETCH(int, status);
    QFETCH(int, progress);
    QFETCH(QString, text);
    QFETCH(int, progressRole);
    JobRecord job = makeJob(u"0123456789abcdef0123456789abcdef"_s, JobType::Import, u"site"_s,
                            JobStatus(status), at(1, 8));
    job.progress = progress;
    m_model->setJobs({job});
    const QModelIndex cell = m_model->index(0, JobTableModel::StatusColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(JobTableModel::ProgressRole).toInt(), progressRole);
    QCOMPARE(cell.data(JobTableModel::RawValueRole).toInt(), status);
    QCOMPARE(cell.data(JobTableModel::JobIdRole).toString(), job.id);
}

void TestJobTableModel::actionColumn_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("storedFile");
    QTest::addColumn<bool>("canDownload");
    const QString file = u"/jobs/files/x/export.csv"_s;
    QTest::newRow("completed export with file")
        << int(JobType::Export) << int(JobStatus::Completed) << file << true;
    QTest::newRow("completed export without file")
        << int(JobType::Export) << int(JobStatus::Completed) << QString() << false;
    QTest::newRow("failed export with file")
        << int(JobType::Export) << int(JobStatus::Failed) << file << false;
    QTest::newRow("running export")
        << int(JobType::Export) << int(JobStatus::InProgress) << file << false;
    QTest::newRow("completed import with file")
        << int(JobType::Import) << int(JobStatus::Completed) << file << false;
}

void TestJobTableModel::actionColumn()
{
    QFETCH(int, type);
    QFETCH(int, status);
    QFETCH(QString, storedFile);
    QFETCH(bool, canDownload);
    JobRecord job = makeJob(u"0123456789abcdef0123456789abcdef"_s, JobType(type), u"site"_s,
                            JobStatus(status), at(1, 8));
    job.storedFile = storedFile;
    m_model->setJobs({job});
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QCOMPARE(m_model->index(0, column).data(JobTableModel::CanDownloadRole).toBool(),
                 canDownload);
    }
    const QModelIndex action = m_model->index(0, JobTableModel::ActionColumn);
    QCOMPARE(action.data().toString(), canDownload ? u"Download export file"_s : QString());
    QCOMPARE(action.data(Qt::ToolTipRole).isValid(), canDownload);
}

void TestJobTableModel::rawValues()
{
    m_model->setJobs(sampleJobs());
    const auto raw = [&](const QString &id, int column) {
        return m_model->index(m_model->rowOf(id), column).data(JobTableModel::RawValueRole);
    };
    const JobRecord &exported = m_model->job(m_model->rowOf(kExported));
    QCOMPARE(raw(kExported, JobTableModel::StartTimeColumn).toLongLong(),
             exported.started.toMSecsSinceEpoch());
    QCOMPARE(raw(kExported, JobTableModel::StartTimeColumn).toLongLong(),
             at(1, 9).addSecs(5).toMSecsSinceEpoch());
    QCOMPARE(raw(kExported, JobTableModel::EndTimeColumn).toLongLong(),
             at(1, 9).addSecs(65).toMSecsSinceEpoch());
    // A job that has not started sorts by its submission; one that has not
    // ended, after every ended one.
    QCOMPARE(raw(kQueued, JobTableModel::StartTimeColumn).toLongLong(),
             at(4, 9).toMSecsSinceEpoch());
    QCOMPARE(raw(kRunning, JobTableModel::EndTimeColumn).toLongLong(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(raw(kFailed, JobTableModel::StatusColumn).toInt(), int(JobStatus::Failed));
    QCOMPARE(raw(kQueued, JobTableModel::StatusColumn).toInt(), int(JobStatus::New));
    // Text columns sort by their display text.
    QCOMPARE(raw(kExported, JobTableModel::FileNameColumn).toString(), u"site_export.csv"_s);
    for (const QString &id : {kRunning, kQueued, kFailed, kWithErrors, kExported}) {
        QCOMPARE(m_model->index(m_model->rowOf(id), JobTableModel::FileNameColumn)
                     .data(JobTableModel::JobIdRole)
                     .toString(),
                 id);
    }
}

void TestJobTableModel::setProgress()
{
    m_model->setJobs(sampleJobs());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int row = m_model->rowOf(kRunning);
    m_model->setProgress(kRunning, 77);
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell = m_model->index(row, JobTableModel::StatusColumn);
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);
    QCOMPARE(changed.first().at(1).toModelIndex(), cell);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(JobTableModel::ProgressRole));
    QCOMPARE(cell.data().toString(), u"In progress (77%)"_s);
    QCOMPARE(cell.data(JobTableModel::ProgressRole).toInt(), 77);
    const QModelIndex proxied = m_proxy->mapFromSource(cell);
    QCOMPARE(proxied.data().toString(), u"In progress (77%)"_s);

    // The same value again, or a job not held: nothing to repaint.
    m_model->setProgress(kRunning, 77);
    m_model->setProgress(u"ffffffffffffffffffffffffffffffff"_s, 10);
    QCOMPARE(changed.size(), 1);
}

void TestJobTableModel::mergeInsertsAtTopAndReplaces()
{
    QList<JobRecord> older = sampleJobs().mid(2); // failed, with errors, exported
    m_model->setJobs(older);
    QCOMPARE(modelIds(*m_model), (QStringList{kFailed, kWithErrors, kExported}));
    m_proxy->sort(JobTableModel::StartTimeColumn, Qt::DescendingOrder);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // A poll gives the two new jobs oldest first, and the export again with
    // a changed submitter field: the new go to the top, newest first.
    JobRecord updated = older.at(2);
    updated.submittedBy = u"alice.new@example.com"_s;
    const QList<JobRecord> all = sampleJobs();
    m_model->mergeJobs({all.at(1), updated, all.at(0)});

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(modelIds(*m_model), (QStringList{kRunning, kQueued, kFailed, kWithErrors, kExported}));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->rowOf(m_model->job(row).id), row);
    }
    QCOMPARE(m_model->index(m_model->rowOf(kExported), JobTableModel::SubmittedByColumn)
                 .data()
                 .toString(),
             u"alice.new@example.com"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2); // before the insert
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(idsOf(*m_proxy), (QStringList{kRunning, kQueued, kFailed, kWithErrors, kExported}));

    // The same jobs once more: nothing is added twice.
    m_model->mergeJobs(all);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(modelIds(*m_model), (QStringList{kRunning, kQueued, kFailed, kWithErrors, kExported}));
    QCOMPARE(m_model->index(m_model->rowOf(kExported), JobTableModel::SubmittedByColumn)
                 .data()
                 .toString(),
             u"alice@example.com"_s);

    // An empty poll changes nothing.
    m_model->mergeJobs({});
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.size(), 1);
}

void TestJobTableModel::mergeOnlyChangedRows()
{
    m_model->setJobs(sampleJobs());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    JobRecord finished = m_model->job(m_model->rowOf(kRunning));
    finished.status = JobStatus::Completed;
    finished.ended = at(5, 10);
    finished.progress = 100;
    m_model->mergeJobs({finished});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             m_model->index(0, JobTableModel::ColumnCount - 1));
    QCOMPARE(m_model->index(0, JobTableModel::StatusColumn).data().toString(), u"Completed"_s);
    QCOMPARE(m_model->index(0, JobTableModel::StatusColumn).data(JobTableModel::ProgressRole),
             QVariant(-1));
    QCOMPARE(m_model->index(0, JobTableModel::EndTimeColumn).data().toString(),
             QLocale().toString(at(5, 10).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_model->activeJobIds(), QStringList{kQueued});
}

void TestJobTableModel::rowOfNewestCreatedActiveIds()
{
    QVERIFY(m_model->newestCreated().isNull());
    QCOMPARE(m_model->activeJobIds(), QStringList());
    QCOMPARE(m_model->rowOf(kRunning), -1);

    m_model->setJobs(sampleJobs());
    QCOMPARE(m_model->rowOf(kRunning), 0);
    QCOMPARE(m_model->rowOf(kExported), 4);
    QCOMPARE(m_model->rowOf(u"a1a1a1a1"_s), -1); // a prefix is not an id
    QCOMPARE(m_model->newestCreated(), at(5, 9));
    QCOMPARE(m_model->activeJobIds(), (QStringList{kRunning, kQueued}));

    JobRecord newest = makeJob(u"f6f6f6f6000000000000000000000006"_s, JobType::Export, u"user"_s,
                               JobStatus::New, at(6, 9));
    m_model->mergeJobs({newest});
    QCOMPARE(m_model->newestCreated(), at(6, 9));
    QCOMPARE(m_model->rowOf(newest.id), 0);
    QCOMPARE(m_model->rowOf(kExported), 5);
    QCOMPARE(m_model->activeJobIds(), (QStringList{newest.id, kRunning, kQueued}));

    m_model->setJobs({});
    QVERIFY(m_model->newestCreated().isNull());
    QCOMPARE(m_model->rowOf(kRunning), -1);
}

void TestJobTableModel::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("ids");
    const QStringList all{kRunning, kQueued, kFailed, kWithErrors, kExported};
    QTest::newRow("empty shows all") << QString() << all;
    QTest::newRow("blanks show all") << u"   "_s << all;
    QTest::newRow("id prefix") << u"c3c3c3"_s << QStringList{kFailed};
    QTest::newRow("whole id") << kWithErrors << QStringList{kWithErrors};
    QTest::newRow("id prefix in capitals") << u"B2B2"_s << QStringList{kWithErrors};
    QTest::newRow("file name") << u"teams.csv"_s << QStringList{kQueued};
    QTest::newRow("file name, part") << u"_export"_s << QStringList{kFailed, kExported};
    QTest::newRow("submitter") << u"carol@"_s << QStringList{kFailed};
    QTest::newRow("submitter, trimmed and capitals")
        << u"  ALICE@Example.com \t"_s << QStringList{kExported};
    QTest::newRow("object display name") << u"Skill Definition"_s << QStringList{kWithErrors};
    QTest::newRow("object display name, lower case") << u"entry point"_s << QStringList{kRunning};
    QTest::newRow("object id") << u"skill-definition"_s << QStringList{kWithErrors};
    QTest::newRow("status word") << u"failed"_s << QStringList{kFailed};
    QTest::newRow("status word, capitals") << u"FAILED"_s << QStringList{kFailed};
    QTest::newRow("status word, two statuses")
        << u"completed"_s << QStringList{kWithErrors, kExported};
    QTest::newRow("status with errors") << u"with errors"_s << QStringList{kWithErrors};
    QTest::newRow("status in progress") << u"in progress"_s << QStringList{kRunning};
    QTest::newRow("job type word") << u"export"_s << QStringList{kFailed, kExported};
    QTest::newRow("no match") << u"nothing like this"_s << QStringList();
    // Fields are searched one by one, never across two.
    QTest::newRow("across fields") << u"teams.csv import"_s << QStringList();
}

void TestJobTableModel::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, ids);
    m_model->setJobs(sampleJobs());
    m_proxy->setSearchText(typed);
    QCOMPARE(m_proxy->searchText(), typed);
    QCOMPARE(idsOf(*m_proxy), ids);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->matches(row, typed.trimmed().toCaseFolded()),
                 ids.contains(m_model->job(row).id));
    }
    // Clearing the search brings every job back.
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestJobTableModel::searchFollowsLanguage()
{
    m_model->setJobs(sampleJobs());
    m_proxy->setSearchText(u"misslyckades"_s);
    QCOMPARE(m_proxy->rowCount(), 0);

    QCOMPARE(ccbulk::setUiLanguage(u"sv"_s), u"sv"_s);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(headers.size(), 1);

    // The search typed before the switch now finds the Swedish word, with no
    // new search typed.
    QCOMPARE(idsOf(*m_proxy), QStringList{kFailed});
    const QModelIndex status = m_model->index(m_model->rowOf(kFailed), JobTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Misslyckades"_s);
    QCOMPARE(status.data().toString(), JobText::statusName(JobStatus::Failed));
    QCOMPARE(
        m_model->index(m_model->rowOf(kExported), JobTableModel::ObjectColumn).data().toString(),
        u"Plats"_s);
    QCOMPARE(
        m_model->index(m_model->rowOf(kRunning), JobTableModel::StatusColumn).data().toString(),
        u"Pågår (42 %)"_s);
    QCOMPARE(
        m_model->index(m_model->rowOf(kExported), JobTableModel::ActionColumn).data().toString(),
        u"Hämta exportfilen"_s);
    QCOMPARE(m_model->headerData(JobTableModel::IdColumn, Qt::Horizontal).toString(),
             u"Massåtgärdens id"_s);
    QCOMPARE(m_proxy->headerData(JobTableModel::ActionColumn, Qt::Horizontal).toString(),
             u"Åtgärd"_s);

    const auto found = [&](const QString &typed) {
        m_proxy->setSearchText(typed);
        return idsOf(*m_proxy);
    };
    QCOMPARE(found(u"MISSLYCKADES"_s), QStringList{kFailed});
    QCOMPARE(found(u"slutförd med fel"_s), QStringList{kWithErrors});
    QCOMPARE(found(u"slutförd"_s), (QStringList{kWithErrors, kExported}));
    QCOMPARE(found(u"pågår"_s), QStringList{kRunning});
    QCOMPARE(found(u"plats"_s), QStringList{kExported});
    QCOMPARE(found(u"kompetensdefinition"_s), QStringList{kWithErrors});
    QCOMPARE(found(u"startadress"_s), QStringList{kRunning});
    // The stable names and English type names still match.
    QCOMPARE(found(u"failed"_s), QStringList{kFailed});
    QCOMPARE(found(u"skill definition"_s), QStringList{kWithErrors});

    // And back: the Swedish words no longer match.
    ccbulk::setUiLanguage(u"en"_s);
    m_model->retranslate();
    QCOMPARE(found(u"misslyckades"_s), QStringList());
    QCOMPARE(found(u"plats"_s), QStringList());
    QCOMPARE(
        m_model->index(m_model->rowOf(kExported), JobTableModel::ObjectColumn).data().toString(),
        u"Site"_s);
    QCOMPARE(m_model->headerData(JobTableModel::IdColumn, Qt::Horizontal).toString(),
             u"Bulk operation ID"_s);
}

void TestJobTableModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    // The queued job has no start time: it sorts by its submission (day 4).
    QTest::newRow("start time, ascending")
        << int(JobTableModel::StartTimeColumn) << int(Qt::AscendingOrder)
        << QStringList{kExported, kWithErrors, kFailed, kQueued, kRunning};
    QTest::newRow("start time, descending")
        << int(JobTableModel::StartTimeColumn) << int(Qt::DescendingOrder)
        << QStringList{kRunning, kQueued, kFailed, kWithErrors, kExported};
    // Status by its order in the enum, not by its word.
    QTest::newRow("status, ascending")
        << int(JobTableModel::StatusColumn) << int(Qt::AscendingOrder)
        << QStringList{kQueued, kRunning, kExported, kWithErrors, kFailed};
    QTest::newRow("status, descending")
        << int(JobTableModel::StatusColumn) << int(Qt::DescendingOrder)
        << QStringList{kFailed, kWithErrors, kExported, kRunning, kQueued};
    QTest::newRow("file name, ascending")
        << int(JobTableModel::FileNameColumn) << int(Qt::AscendingOrder)
        << QStringList{kRunning, kFailed, kExported, kWithErrors, kQueued};
}

void TestJobTableModel::sort()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    m_model->setJobs(sampleJobs());
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(idsOf(*m_proxy), ids);

    // The order agrees with the raw values, where they are numbers.
    if (column == JobTableModel::StartTimeColumn || column == JobTableModel::StatusColumn) {
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const qint64 previous =
                m_proxy->index(row - 1, column).data(JobTableModel::RawValueRole).toLongLong();
            const qint64 current =
                m_proxy->index(row, column).data(JobTableModel::RawValueRole).toLongLong();
            QVERIFY2(order == Qt::AscendingOrder ? previous < current : previous > current,
                     qPrintable(u"row %1"_s.arg(row)));
        }
    }

    // Filtering keeps the order.
    m_proxy->setSearchText(u"import"_s);
    QStringList imports = ids;
    imports.removeAll(kFailed);
    imports.removeAll(kExported);
    QCOMPARE(idsOf(*m_proxy), imports);
}

void TestJobTableModel::sortByEndTimeRunningLast()
{
    m_model->setJobs(sampleJobs());
    m_proxy->sort(JobTableModel::EndTimeColumn, Qt::AscendingOrder);
    const QStringList ids = idsOf(*m_proxy);
    QCOMPARE(ids.mid(0, 3), (QStringList{kExported, kWithErrors, kFailed}));
    // The two jobs that have not ended tie: either order between them.
    QStringList open = ids.mid(3);
    open.sort();
    QCOMPARE(open, (QStringList{kQueued, kRunning}));

    m_proxy->sort(JobTableModel::EndTimeColumn, Qt::DescendingOrder);
    QCOMPARE(idsOf(*m_proxy).mid(2), (QStringList{kFailed, kWithErrors, kExported}));
}

void TestJobTableModel::sortFollowsMergedStatus()
{
    m_model->setJobs(sampleJobs());
    m_proxy->sort(JobTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_proxy), (QStringList{kQueued, kRunning, kExported, kWithErrors, kFailed}));

    // The queued job fails: it moves to the end without a new sort call.
    JobRecord failed = m_model->job(m_model->rowOf(kQueued));
    failed.status = JobStatus::Failed;
    failed.ended = at(4, 10);
    m_model->mergeJobs({failed});
    const QStringList ids = idsOf(*m_proxy);
    QCOMPARE(ids.mid(0, 3), (QStringList{kRunning, kExported, kWithErrors}));
    // Two failed jobs: either order between them.
    QStringList failedIds = ids.mid(3);
    failedIds.sort();
    QCOMPARE(failedIds, (QStringList{kFailed, kQueued}));
}

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
