// The example contact center in examples/ ("Nordic Retail AB"), imported
// in-process into a new local tenant: every file imports cleanly in the order
// of csv-definitions.md section 4, every type's export imports back unchanged,
// and every example, checked again against the filled tenant, has nothing
// left to create or update.

#include "definitions/definitionregistry.h"
#include "jobs/importengine.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "settings/limits.h"
#include "tenant/local/localtenant.h"
#include "tenant/peopleimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

// csv-definitions.md section 4, without audio-file (a ZIP, not a CSV).
const QStringList &importOrder()
{
    static const QStringList order{
        u"work-type"_s,   u"auxiliary-code"_s, u"skill-definition"_s,    u"skill-profile"_s,
        u"site"_s,        u"team"_s,           u"entry-point"_s,         u"entry-point-mapping"_s,
        u"queue"_s,       u"outdial-queue"_s,  u"outdial-entry-point"_s, u"address-book"_s,
        u"outdial-ani"_s, u"agent-profile"_s,  u"user-profile"_s,        u"user"_s,
    };
    return order;
}

QString examplesDir()
{
    return QStringLiteral(CCBULK_EXAMPLES_DIR);
}

QString examplePath(const QString &fileName)
{
    return QDir(examplesDir()).filePath(fileName);
}

// Every failed row, "row key: message", for a readable failure.
QString failedRows(const QList<RowResult> &rows)
{
    QStringList lines;
    for (const RowResult &row : rows) {
        if (row.outcome == RowResult::Outcome::Failed) {
            lines << u"row %1 %2: %3"_s.arg(row.row).arg(row.key, row.message);
        }
    }
    return lines.join(u"; "_s);
}

// The first column of every data row of a simple CSV (no quoted commas in it).
QStringList firstColumn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QStringList values;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        values << lines.at(i).section(u',', 0, 0).trimmed().toLower();
    }
    return values;
}

} // namespace

class TestExamplesRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void coversEveryCsvType();
    void scriptImportsInOrder();
    void everyPersonHasAUserRow();
    void importExample_data();
    void importExample();
    void exportImportsBackUnchanged_data();
    void exportImportsBackUnchanged();
    void exampleIsUnchangedInFilledTenant_data();
    void exampleIsUnchangedInFilledTenant();

private:
    static void typeRows();
    JobRunner::Result runJob(JobType type, const QString &typeId, const QString &file);
    // Imports the example of typeId; false (with a test failure) if it fails.
    bool importType(const QString &typeId);
    // Imports, in order, every example before typeId (every example, when
    // typeId is empty) not imported yet, so that each test function also runs
    // alone. Returns the type whose example failed, or an empty string.
    QString fillTenant(const QString &typeId = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTenant> m_tenant;
    std::unique_ptr<JobStore> m_store;
    QSet<QString> m_imported;
    QSet<QString> m_failed; // tried once and failed: not tried again
    Limits m_limits;
};

void TestExamplesRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(examplesDir()).isDir(), qPrintable(examplesDir()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    QString error;
    m_tenant = std::make_unique<LocalTenant>(m_dir->filePath(u"tenant.sqlite"_s));
    QVERIFY2(m_tenant->open(&error), qPrintable(error));
    m_store = std::make_unique<JobStore>(m_dir->filePath(u"data"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));

    // Users are only ever updated: the people come first, as with
    // "ccbulk-cli people import".
    const PeopleImport::Result people = PeopleImport().readFile(examplePath(u"people.csv"_s));
    QVERIFY(!people.refused);
    QVERIFY(!people.hasErrors());
    QVERIFY(people.rows > 0);
    QCOMPARE(people.people.size(), people.rows);
    int added = 0;
    int updated = 0;
    QVERIFY2(m_tenant->importPeople(people.people, &added, &updated, &error), qPrintable(error));

    // The audio files the queues name come first too (step 1 of the order).
    const JobRunner::Result audio =
        runJob(JobType::Import, u"audio-file"_s, examplePath(u"audio-file.zip"_s));
    QCOMPARE(audio.start, JobRunner::Result::Start::Started);
    QVERIFY2(audio.job.status == JobStatus::Completed, qPrintable(audio.job.message));
    QCOMPARE(audio.job.counts.created, 2);
    QCOMPARE(audio.job.counts.skipped, 1);
    QCOMPARE(added, people.rows);
    QCOMPARE(updated, 0);
}

void TestExamplesRoundTrip::cleanupTestCase()
{
    m_store.reset();
    m_tenant.reset();
    m_dir.reset();
}

void TestExamplesRoundTrip::typeRows()
{
    QTest::addColumn<QString>("typeId");
    for (const QString &typeId : importOrder()) {
        QTest::newRow(qPrintable(typeId)) << typeId;
    }
}

JobRunner::Result TestExamplesRoundTrip::runJob(JobType type, const QString &typeId,
                                                const QString &file)
{
    JobRunner runner(*m_store, m_store->folder(), *m_tenant, DefinitionRegistry::instance(),
                     m_limits);
    JobRunner::Request request;
    request.type = type;
    request.objectType = typeId;
    request.file = file;
    request.submittedBy = u"examples@nordicretail.example"_s;
    return runner.run(request);
}

bool TestExamplesRoundTrip::importType(const QString &typeId)
{
    m_failed.insert(typeId); // until it succeeds
    const JobRunner::Result result =
        runJob(JobType::Import, typeId, examplePath(typeId + u".csv"_s));
    [&] {
        QVERIFY2(result.start == JobRunner::Result::Start::Started, qPrintable(result.message));
        const JobRecord &job = result.job;
        const QList<RowResult> rows = m_store->rows(job.id);
        QVERIFY2(job.status == JobStatus::Completed,
                 qPrintable(u"%1: %2 %3"_s.arg(typeId, job.message, failedRows(rows))));
        QCOMPARE(job.counts.failed, 0);
        QCOMPARE(job.counts.skipped, 0);
        QVERIFY(job.counts.total > 0);
        QCOMPARE(rows.size(), job.counts.total);
        // A new tenant: every example object is new, except the users, which
        // the people import made and the file updates.
        if (typeId == u"user"_s) {
            QCOMPARE(job.counts.updated, job.counts.total);
        } else {
            QCOMPARE(job.counts.created, job.counts.total);
        }
        m_failed.remove(typeId);
        m_imported.insert(typeId);
    }();
    return m_imported.contains(typeId);
}

QString TestExamplesRoundTrip::fillTenant(const QString &typeId)
{
    for (const QString &earlier : importOrder()) {
        if (earlier == typeId) {
            break;
        }
        if (m_failed.contains(earlier) || (!m_imported.contains(earlier) && !importType(earlier))) {
            return earlier;
        }
    }
    return QString();
}

void TestExamplesRoundTrip::coversEveryCsvType()
{
    QSet<QString> csvTypes;
    for (const TypeDefinition &type : DefinitionRegistry::instance().types()) {
        if (type.format() == FileFormat::Csv) {
            csvTypes.insert(type.id());
        }
    }
    QCOMPARE(csvTypes.size(), 16);
    const QSet<QString> ordered(importOrder().cbegin(), importOrder().cend());
    QCOMPARE(ordered.size(), importOrder().size());
    QCOMPARE(ordered, csvTypes);

    // One CSV per type, named after it, and people.csv; nothing else.
    QSet<QString> files;
    const QStringList names = QDir(examplesDir()).entryList({u"*.csv"_s}, QDir::Files);
    for (const QString &name : names) {
        files.insert(QFileInfo(name).completeBaseName());
    }
    QVERIFY2(files.remove(u"people"_s), "examples/people.csv is missing");
    QCOMPARE(files, csvTypes);
}

void TestExamplesRoundTrip::scriptImportsInOrder()
{
    // examples/import-all.sh imports the types in the same order.
    QFile file(examplePath(u"import-all.sh"_s));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString script = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch list =
        QRegularExpression(u"\\ntypes=\\(([^)]*)\\)"_s).match(script);
    QVERIFY(list.hasMatch());
    QCOMPARE(list.captured(1).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts),
             importOrder());
    QVERIFY(script.contains(u"people import"_s));
}

void TestExamplesRoundTrip::everyPersonHasAUserRow()
{
    QStringList people = firstColumn(examplePath(u"people.csv"_s));
    QStringList users = firstColumn(examplePath(u"user.csv"_s));
    QVERIFY(!people.isEmpty());
    people.sort();
    users.sort();
    QCOMPARE(users, people);
}

void TestExamplesRoundTrip::importExample_data()
{
    typeRows();
}

void TestExamplesRoundTrip::importExample()
{
    QFETCH(QString, typeId);
    // The types before this one, should this function run alone.
    const QString failed = fillTenant(typeId);
    QVERIFY2(failed.isEmpty(), qPrintable(u"the example of %1 did not import"_s.arg(failed)));
    QVERIFY2(!m_imported.contains(typeId), "imported twice");
    QVERIFY(importType(typeId));
}

void TestExamplesRoundTrip::exportImportsBackUnchanged_data()
{
    typeRows();
}

void TestExamplesRoundTrip::exportImportsBackUnchanged()
{
    QFETCH(QString, typeId);
    const QString failed = fillTenant();
    QVERIFY2(failed.isEmpty(), qPrintable(u"the example of %1 did not import"_s.arg(failed)));

    const QString path = m_dir->filePath(u"exports/%1.csv"_s.arg(typeId));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    const JobRunner::Result exported = runJob(JobType::Export, typeId, path);
    QVERIFY2(exported.start == JobRunner::Result::Start::Started, qPrintable(exported.message));
    QVERIFY2(exported.job.status == JobStatus::Completed, qPrintable(exported.job.message));
    QVERIFY(exported.job.counts.total > 0);
    QVERIFY(QFileInfo::exists(path));

    const JobRunner::Result imported = runJob(JobType::Import, typeId, path);
    QVERIFY2(imported.start == JobRunner::Result::Start::Started, qPrintable(imported.message));
    const JobRecord &job = imported.job;
    const QList<RowResult> rows = m_store->rows(job.id);
    QVERIFY2(job.status == JobStatus::Completed, qPrintable(job.message + failedRows(rows)));
    QVERIFY(job.counts.total > 0);
    QCOMPARE(rows.size(), job.counts.total);
    for (const RowResult &row : rows) {
        QVERIFY2(row.outcome == RowResult::Outcome::Unchanged,
                 qPrintable(u"row %1 (%2): %3 %4"_s.arg(row.row).arg(
                     row.key, outcomeName(row.outcome), row.message)));
    }
    QCOMPARE(job.counts.unchanged, job.counts.total);
}

void TestExamplesRoundTrip::exampleIsUnchangedInFilledTenant_data()
{
    typeRows();
}

void TestExamplesRoundTrip::exampleIsUnchangedInFilledTenant()
{
    QFETCH(QString, typeId);
    const QString failed = fillTenant();
    QVERIFY2(failed.isEmpty(), qPrintable(u"the example of %1 did not import"_s.arg(failed)));

    const TypeDefinition *type = DefinitionRegistry::instance().find(typeId);
    QVERIFY(type);
    QFile file(examplePath(typeId + u".csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportEngine engine(*type, DefinitionRegistry::instance(), *m_tenant, m_limits);
    const ImportOutcome outcome = engine.run(&file, true);
    QStringList errors;
    for (const Issue &issue : outcome.report.issues) {
        if (issue.isError()) {
            errors << u"row %1 %2: %3"_s.arg(issue.row).arg(issue.column, issue.message);
        }
    }
    QVERIFY2(outcome.report.isValid(), qPrintable(errors.join(u"; "_s)));
    QVERIFY(outcome.status == JobStatus::Completed);
    QCOMPARE(outcome.counts.failed, 0);
    QCOMPARE(outcome.objectsToCreate, 0);
    QCOMPARE(outcome.objectsToUpdate, 0);
    QVERIFY(outcome.objectsUnchanged > 0);
    QCOMPARE(outcome.counts.unchanged, outcome.counts.total);
}

QTEST_GUILESS_MAIN(TestExamplesRoundTrip)
#include "tst_examplesroundtrip.moc"
