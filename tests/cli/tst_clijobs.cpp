// Jobs end to end, as a user runs them: ccbulk-cli as a process importing a
// whole contact center in dependency order, then re-imports, changes,
// failures, the job list and details, error CSVs, exports, people and users,
// one active job at a time (the lock held by another process), and a job
// killed halfway.
//
// Every run has HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME in a
// temporary folder and names its tenant with --tenant, in that folder too.
// The job store and the lock are in the CLI's application data folder, which
// on Linux is $XDG_DATA_HOME/ccbulk/ccbulk (checked below). The test slots
// build on one another, in the order declared; the tests that need a clean
// state (a refused file, the lock, the killed job) use a home of their own.

#include "csv/csvreader.h"
#include "definitions/definitionregistry.h"
#include "testdata.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    FileHasErrors = 1,
    Usage = 2,
    Refused = 3,
    JobActive = 4
};

constexpr int kProcessTimeoutMs = 180000;
const QString kAdmin = u"admin@example.com"_s;
const QString kHolderJobId = u"feedfacefeedfacefeedfacefeedface"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A user's home: its folders and the tenant file its runs name.
struct Home
{
    QString path;

    QString tenant() const { return path + u"/tenant.sqlite"_s; }
    QString dataFolder() const { return path + u"/data/ccbulk/ccbulk"_s; }
    QString configFile() const { return path + u"/config/ccbulk/ccbulk.conf"_s; }
};

QString jobsFile(const QString &name)
{
    return test::dataPath(u"cli/jobs/"_s + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The records of CSV bytes, each as its cells joined with commas (the test
// files hold no commas inside cells).
QStringList csvLines(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QStringList lines;
    while (reader.readRecord(&record)) {
        lines << record.cells().join(u',');
    }
    return lines;
}

QJsonObject parseJson(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s): %s / %s", qPrintable(error.errorString()),
                 run.out.constData(), run.err.constData());
        return QJsonObject();
    }
    return document.object();
}

QString text(const Run &run)
{
    return QString::fromUtf8(run.out + run.err);
}

// One job's JSON as cli.md gives it: every key, and values of their kinds.
void checkJob(const QJsonObject &job, const QString &jobType, const QString &objectType,
              const QString &status)
{
    QStringList keys = job.keys();
    keys.removeOne(u"rows"_s); // job ID --json adds them
    QCOMPARE(keys, (QStringList{u"counts"_s, u"endTime"_s, u"exportFile"_s, u"fileName"_s, u"id"_s,
                                u"jobType"_s, u"message"_s, u"objectType"_s, u"startTime"_s,
                                u"status"_s, u"submittedBy"_s}));
    static const QRegularExpression idPattern(u"^[0-9a-f]{32}$"_s);
    QVERIFY2(idPattern.match(job.value(u"id"_s).toString()).hasMatch(),
             qPrintable(job.value(u"id"_s).toString()));
    QCOMPARE(job.value(u"jobType"_s).toString(), jobType);
    QCOMPARE(job.value(u"objectType"_s).toString(), objectType);
    QCOMPARE(job.value(u"status"_s).toString(), status);
    QVERIFY(job.value(u"fileName"_s).isString());
    QVERIFY(job.value(u"submittedBy"_s).isString());

    // ISO 8601 in UTC, to the second; started before it ended.
    static const QRegularExpression timePattern(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    const QString start = job.value(u"startTime"_s).toString();
    const QString end = job.value(u"endTime"_s).toString();
    QVERIFY2(timePattern.match(start).hasMatch(), qPrintable(start));
    QVERIFY2(timePattern.match(end).hasMatch(), qPrintable(end));
    const QDateTime started = QDateTime::fromString(start, Qt::ISODate);
    const QDateTime ended = QDateTime::fromString(end, Qt::ISODate);
    QVERIFY(started.isValid() && ended.isValid());
    QCOMPARE(started.timeSpec(), Qt::UTC);
    QVERIFY(started <= ended);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(started.secsTo(now) >= -1 && started.secsTo(now) < 3600, qPrintable(start));

    const QJsonObject counts = job.value(u"counts"_s).toObject();
    QCOMPARE(counts.keys(), (QStringList{u"created"_s, u"failed"_s, u"skipped"_s, u"total"_s,
                                         u"unchanged"_s, u"updated"_s}));
    if (jobType == u"import") {
        int sum = 0;
        for (const QString &key :
             {u"created"_s, u"updated"_s, u"unchanged"_s, u"failed"_s, u"skipped"_s}) {
            QVERIFY(counts.value(key).isDouble());
            sum += counts.value(key).toInt();
        }
        QCOMPARE(sum, counts.value(u"total"_s).toInt());
        QVERIFY(job.value(u"exportFile"_s).isNull());
    }
    if (status == u"failed") {
        QVERIFY(job.value(u"message"_s).isString());
        QVERIFY(!job.value(u"message"_s).toString().isEmpty());
    } else {
        QVERIFY(job.value(u"message"_s).isNull());
    }
}

// "created/updated/unchanged/failed/total" of a job's counts.
QString countsOf(const QJsonObject &job)
{
    const QJsonObject counts = job.value(u"counts"_s).toObject();
    return u"%1/%2/%3/%4/%5"_s.arg(counts.value(u"created"_s).toInt())
        .arg(counts.value(u"updated"_s).toInt())
        .arg(counts.value(u"unchanged"_s).toInt())
        .arg(counts.value(u"failed"_s).toInt())
        .arg(counts.value(u"total"_s).toInt());
}

// A minimal RIFF/WAVE file: 16-bit mono PCM, a few samples of silence.
QByteArray waveFile()
{
    QByteArray data(200, '\0');
    QByteArray wave = "RIFF";
    auto le32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i) {
            bytes[i] = char((value >> (8 * i)) & 0xff);
        }
        return bytes;
    };
    auto le16 = [](quint16 value) {
        QByteArray bytes(2, '\0');
        bytes[0] = char(value & 0xff);
        bytes[1] = char(value >> 8);
        return bytes;
    };
    wave += le32(quint32(36 + data.size())) + "WAVEfmt " + le32(16) + le16(1) + le16(1) +
            le32(8000) + le32(16000) + le16(2) + le16(16) + "data" + le32(quint32(data.size())) +
            data;
    return wave;
}

} // namespace

class TestCliJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importInDependencyOrder_data();
    void importInDependencyOrder();
    void storeAndLockLiveInTheDataFolder();
    void reimportLeavesAllUnchanged_data();
    void reimportLeavesAllUnchanged();
    void exportEqualsImport_data();
    void exportEqualsImport();
    void exportTemplate();
    void exportOfAudioIsRefused();
    void changedRowIsUpdated();
    void missingSiteFailsItsRow();
    void jobRowsAreSpreadsheetRows();
    void jobIdPrefixes_data();
    void jobIdPrefixes();
    void errorsCsvRoundTrip();
    void usersAreUpdatedNeverCreated();
    void submittedBy();
    void jobsNewestFirst();
    void jobsSearch_data();
    void jobsSearch();
    void refusedFileWritesNothing();
    void exportBeyondRowLimitIsZip();
    void oneActiveJob();
    void interruptedJobFailsAndConverges();
    void audioZipImport();

private:
    Run run(const QStringList &arguments, const Home &home) const;
    // On the main home, with its tenant and --user admin; the id of a job it
    // starts is recorded, for the job list.
    Run cli(const QStringList &arguments);
    QJsonObject cliJson(const QStringList &arguments, int *exitCode);
    QList<QJsonObject> allJobs(const Home &home);
    QString writeWorkFile(const QString &name, const QByteArray &bytes) const;
    Home newHome(const QString &name) const;

    QTemporaryDir m_root;
    Home m_main;
    QString m_work;
    QStringList m_created;    // ids of the main home's jobs, oldest first
    QString m_stockhlmJobId;  // the import with failed rows
    QString m_completedJobId; // an import without failed rows
};

Home TestCliJobs::newHome(const QString &name) const
{
    Home home{m_root.filePath(name)};
    QDir().mkpath(home.path);
    return home;
}

void TestCliJobs::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CCBULK_CLI_PATH)), CCBULK_CLI_PATH);
    QVERIFY2(QFile::exists(QStringLiteral(CCBULK_LOCKHOLDER_PATH)), CCBULK_LOCKHOLDER_PATH);
    QVERIFY(QFile::exists(jobsFile(u"06-team.csv"_s)));
    m_main = newHome(u"main"_s);
    m_work = m_root.filePath(u"work"_s);
    QVERIFY(QDir().mkpath(m_work));
}

Run TestCliJobs::run(const QStringList &arguments, const Home &home) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.insert(u"HOME"_s, home.path);
    environment.insert(u"XDG_DATA_HOME"_s, home.path + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home.path + u"/cache"_s);
    environment.insert(u"USER"_s, u"tester"_s);
    environment.remove(u"USERNAME"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_work);
    process.start(QStringLiteral(CCBULK_CLI_PATH),
                  QStringList{u"--tenant"_s, home.tenant()} + arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        qWarning("ccbulk-cli did not start: %s", qPrintable(process.errorString()));
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("ccbulk-cli timed out: %s", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

Run TestCliJobs::cli(const QStringList &arguments)
{
    // Jobs are started with --json, so that their ids can be recorded.
    const QString command = arguments.value(0);
    const bool job = command == u"import" || command == u"export";
    QStringList all = QStringList{u"--user"_s, kAdmin} + arguments;
    if (job && !all.contains(u"--json"_s)) {
        all << u"--json"_s;
    }
    const Run result = run(all, m_main);
    if (job && result.out.startsWith('{')) {
        const QString id = parseJson(result).value(u"id"_s).toString();
        if (!id.isEmpty()) {
            m_created << id;
        }
    }
    return result;
}

QJsonObject TestCliJobs::cliJson(const QStringList &arguments, int *exitCode)
{
    const Run result = cli(arguments + QStringList{u"--json"_s});
    *exitCode = result.exitCode;
    return parseJson(result);
}

QList<QJsonObject> TestCliJobs::allJobs(const Home &home)
{
    const Run result = run({u"jobs"_s, u"--json"_s}, home);
    QList<QJsonObject> jobs;
    if (result.exitCode != Success) {
        qWarning("jobs failed: %s", result.err.constData());
        return jobs;
    }
    for (const QJsonValue &job : parseJson(result).value(u"jobs"_s).toArray()) {
        jobs << job.toObject();
    }
    return jobs;
}

QString TestCliJobs::writeWorkFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = QDir(m_work).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestCliJobs::importInDependencyOrder_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("rows");

    // csv-definitions.md section 4, each type after the types it names.
    QTest::newRow("work-type") << u"work-type"_s << u"01-work-type.csv"_s << 2;
    QTest::newRow("auxiliary-code") << u"auxiliary-code"_s << u"02-auxiliary-code.csv"_s << 4;
    QTest::newRow("skill-definition") << u"skill-definition"_s << u"03-skill-definition.csv"_s << 2;
    QTest::newRow("skill-profile") << u"skill-profile"_s << u"04-skill-profile.csv"_s << 2;
    QTest::newRow("site") << u"site"_s << u"05-site.csv"_s << 2;
    QTest::newRow("team") << u"team"_s << u"06-team.csv"_s << 3;
    QTest::newRow("entry-point") << u"entry-point"_s << u"07-entry-point.csv"_s << 1;
    QTest::newRow("entry-point-mapping")
        << u"entry-point-mapping"_s << u"08-entry-point-mapping.csv"_s << 1;
    QTest::newRow("queue") << u"queue"_s << u"09-queue.csv"_s << 3;
    QTest::newRow("address-book") << u"address-book"_s << u"10-address-book.csv"_s << 2;
    QTest::newRow("outdial-ani") << u"outdial-ani"_s << u"11-outdial-ani.csv"_s << 1;
    QTest::newRow("agent-profile") << u"agent-profile"_s << u"12-agent-profile.csv"_s << 1;
    QTest::newRow("user-profile") << u"user-profile"_s << u"13-user-profile.csv"_s << 2;
}

void TestCliJobs::importInDependencyOrder()
{
    QFETCH(QString, typeId);
    QFETCH(QString, fileName);
    QFETCH(int, rows);

    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, typeId, jobsFile(fileName)}, &exitCode);
    QVERIFY2(exitCode == Success, QJsonDocument(job).toJson().constData());
    checkJob(job, u"import"_s, typeId, u"completed"_s);
    QCOMPARE(job.value(u"fileName"_s).toString(), fileName);
    QCOMPARE(job.value(u"submittedBy"_s).toString(), kAdmin);
    QCOMPARE(countsOf(job), u"%1/0/0/0/%1"_s.arg(rows));
    m_completedJobId = job.value(u"id"_s).toString();
}

void TestCliJobs::storeAndLockLiveInTheDataFolder()
{
    // QStandardPaths::AppDataLocation with organisation and application
    // "ccbulk": $XDG_DATA_HOME/ccbulk/ccbulk. The tenant is where --tenant
    // says, and no default tenant was made beside the store.
    const QDir folder(m_main.dataFolder());
    QVERIFY2(folder.exists(u"jobs.sqlite"_s), qPrintable(folder.path()));
    QVERIFY(folder.exists(u"files"_s));
    QVERIFY(QFileInfo::exists(m_main.tenant()));
    QVERIFY(!folder.exists(u"tenant.sqlite"_s));
    // No job runs now: the lock was let go.
    QVERIFY(!folder.exists(u"active-job.lock"_s));
    // Each import's file is kept in its job's folder.
    QCOMPARE(readAll(folder.filePath(u"files/%1/06-team.csv"_s.arg(m_created.at(5)))),
             readAll(jobsFile(u"06-team.csv"_s)));
}

void TestCliJobs::reimportLeavesAllUnchanged_data()
{
    importInDependencyOrder_data();
}

void TestCliJobs::reimportLeavesAllUnchanged()
{
    QFETCH(QString, typeId);
    QFETCH(QString, fileName);
    QFETCH(int, rows);

    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, typeId, jobsFile(fileName)}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    checkJob(job, u"import"_s, typeId, u"completed"_s);
    QCOMPARE(countsOf(job), u"0/0/%1/0/%1"_s.arg(rows));

    // validate agrees: nothing to create or update.
    const Run validate = cli({u"validate"_s, typeId, jobsFile(fileName), u"--json"_s});
    QCOMPARE(validate.exitCode, int(Success));
    const QJsonObject report = parseJson(validate);
    QCOMPARE(report.value(u"create"_s).toInt(-1), 0);
    QCOMPARE(report.value(u"update"_s).toInt(-1), 0);
    QVERIFY(report.value(u"unchanged"_s).toInt() >= 1);
}

void TestCliJobs::exportEqualsImport_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("objects");

    // The import files are written as export writes: every column, sorted
    // by key, canonical spellings, the parent/child layout of 2.11.
    QTest::newRow("site") << u"site"_s << u"05-site.csv"_s << 2;
    QTest::newRow("team") << u"team"_s << u"06-team.csv"_s << 3;
    QTest::newRow("skill-profile") << u"skill-profile"_s << u"04-skill-profile.csv"_s << 1;
    QTest::newRow("queue") << u"queue"_s << u"09-queue.csv"_s << 2;
    QTest::newRow("address-book") << u"address-book"_s << u"10-address-book.csv"_s << 1;
    QTest::newRow("user-profile") << u"user-profile"_s << u"13-user-profile.csv"_s << 2;
}

void TestCliJobs::exportEqualsImport()
{
    QFETCH(QString, typeId);
    QFETCH(QString, fileName);
    QFETCH(int, objects);

    const QString output = QDir(m_work).filePath(typeId + u"-export.csv"_s);
    int exitCode = -1;
    const QJsonObject job = cliJson({u"export"_s, typeId, u"-o"_s, output}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    checkJob(job, u"export"_s, typeId, u"completed"_s);
    QCOMPARE(job.value(u"fileName"_s).toString(), typeId + u"-export.csv"_s);
    QCOMPARE(job.value(u"counts"_s).toObject().value(u"total"_s).toInt(), objects);

    // The file where it was asked for, equal row for row to the import.
    const QByteArray written = readAll(output);
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csvLines(written), csvLines(readAll(jobsFile(fileName))));

    // exportFile: the copy kept with the job, in its files folder.
    const QString kept = job.value(u"exportFile"_s).toString();
    QVERIFY2(!kept.isEmpty(), QJsonDocument(job).toJson().constData());
    QCOMPARE(
        QFileInfo(kept).absolutePath(),
        QDir(m_main.dataFolder()).absoluteFilePath(u"files/"_s + job.value(u"id"_s).toString()));
    QCOMPARE(readAll(kept), written);
}

void TestCliJobs::exportTemplate()
{
    const QString output = QDir(m_work).filePath(u"team-template.csv"_s);
    int exitCode = -1;
    const QJsonObject job =
        cliJson({u"export"_s, u"team"_s, u"--template"_s, u"-o"_s, output}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    checkJob(job, u"export"_s, u"team"_s, u"completed"_s);
    const QByteArray expected =
        "\xEF\xBB\xBF" +
        DefinitionRegistry::instance().find(u"team"_s)->templateHeaders().join(u',').toUtf8() +
        "\r\n";
    QCOMPARE(readAll(output), expected);
    QCOMPARE(readAll(job.value(u"exportFile"_s).toString()), expected);
}

void TestCliJobs::exportOfAudioIsRefused()
{
    const qsizetype jobs = allJobs(m_main).size();
    const QString output = QDir(m_work).filePath(u"audio.csv"_s);
    const Run result = cli({u"export"_s, u"audio-file"_s, u"-o"_s, output, u"--json"_s});
    QCOMPARE(result.exitCode, int(Refused));
    QVERIFY2(!result.err.isEmpty(), result.out.constData());
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(allJobs(m_main).size(), jobs);
}

void TestCliJobs::changedRowIsUpdated()
{
    QByteArray file = readAll(jobsFile(u"06-team.csv"_s));
    QVERIFY(file.contains("+4685551,10,"));
    file.replace("+4685551,10,", "+4685551,12,");
    const QString path = writeWorkFile(u"team-changed.csv"_s, file);
    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, u"team"_s, path}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    checkJob(job, u"import"_s, u"team"_s, u"completed"_s);
    QCOMPARE(countsOf(job), u"0/1/2/0/3"_s);

    const Run details = cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s});
    QCOMPARE(details.exitCode, int(Success));
    QStringList results;
    for (const QJsonValue &row : parseJson(details).value(u"rows"_s).toArray()) {
        results << row.toObject().value(u"key"_s).toString() + u':' +
                       row.toObject().value(u"result"_s).toString();
    }
    QCOMPARE(results, (QStringList{u"Kundtjänst Östra:unchanged"_s, u"Overflow:updated"_s,
                                   u"Support EU:unchanged"_s}));
}

void TestCliJobs::missingSiteFailsItsRow()
{
    // Row 3 is blank (skipped, not counted); rows 4 and 5 name sites that do
    // not exist, the first a near miss.
    int exitCode = -1;
    const QJsonObject job =
        cliJson({u"import"_s, u"team"_s, jobsFile(u"team-stockhlm.csv"_s)}, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    checkJob(job, u"import"_s, u"team"_s, u"completed_with_errors"_s);
    QCOMPARE(countsOf(job), u"1/0/0/2/3"_s);
    m_stockhlmJobId = job.value(u"id"_s).toString();

    const Run details = cli({u"job"_s, m_stockhlmJobId, u"--json"_s});
    QCOMPARE(details.exitCode, int(Success));
    const QJsonObject withRows = parseJson(details);
    checkJob(withRows, u"import"_s, u"team"_s, u"completed_with_errors"_s);
    QCOMPARE(withRows.value(u"id"_s), job.value(u"id"_s));
    const QJsonArray rows = withRows.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QStringList summary;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.keys(), (QStringList{u"key"_s, u"message"_s, u"result"_s, u"row"_s}));
        summary << u"%1:%2:%3"_s.arg(row.value(u"row"_s).toInt())
                       .arg(row.value(u"key"_s).toString(), row.value(u"result"_s).toString());
    }
    QCOMPARE(summary, (QStringList{u"2:Night Shift:created"_s, u"4:Late Shift:failed"_s,
                                   u"5:Far Team:failed"_s}));
    QVERIFY(rows.at(0).toObject().value(u"message"_s).isNull());
    const QString nearMiss = rows.at(1).toObject().value(u"message"_s).toString();
    QVERIFY2(nearMiss.contains(u"“Stockhlm”"_s) &&
                 nearMiss.contains(u"Did you mean “Stockholm”?"_s),
             qPrintable(nearMiss));
    const QString farOff = rows.at(2).toObject().value(u"message"_s).toString();
    QVERIFY2(farOff.contains(u"“Kiruna”"_s) && !farOff.contains(u"Did you mean"_s),
             qPrintable(farOff));

    // The human form lists the failed rows with their reasons.
    const Run human = cli({u"job"_s, m_stockhlmJobId});
    QCOMPARE(human.exitCode, int(Success));
    QVERIFY2(text(human).contains(u"Stockhlm"_s) && text(human).contains(u"Kiruna"_s),
             qPrintable(text(human)));
}

void TestCliJobs::jobRowsAreSpreadsheetRows()
{
    // Row 2 spans three lines; the records after it are rows 3 and 4.
    const QString path =
        writeWorkFile(u"work-types-multiline.csv"_s,
                      "Name,Description,Type\r\n"
                      "Night Break,\"Break\r\nwith two\r\nline breaks\",IDLE_CODE\r\n"
                      "Bad Type,,SQUAD\r\n"
                      "Day Break,,IDLE_CODE\r\n");
    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, u"work-type"_s, path}, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    const Run details = cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s});
    QStringList summary;
    for (const QJsonValue &value : parseJson(details).value(u"rows"_s).toArray()) {
        summary << u"%1:%2"_s.arg(value.toObject().value(u"row"_s).toInt())
                       .arg(value.toObject().value(u"result"_s).toString());
    }
    QCOMPARE(summary, (QStringList{u"2:created"_s, u"3:failed"_s, u"4:created"_s}));
}

void TestCliJobs::jobIdPrefixes_data()
{
    QTest::addColumn<int>("length"); // of the id typed; 0: an unknown id
    QTest::addColumn<int>("exitCode");

    QTest::newRow("whole id") << 32 << int(Success);
    QTest::newRow("8 characters") << 8 << int(Success);
    QTest::newRow("12 characters") << 12 << int(Success);
    QTest::newRow("4 characters") << 4 << int(Usage);
    QTest::newRow("7 characters") << 7 << int(Usage);
    QTest::newRow("unknown id") << 0 << int(Usage);
}

void TestCliJobs::jobIdPrefixes()
{
    QFETCH(int, length);
    QFETCH(int, exitCode);

    QVERIFY(!m_stockhlmJobId.isEmpty());
    QString typed = m_stockhlmJobId.left(length);
    if (length == 0) {
        // Not a prefix of any job made here.
        typed = u"00000000"_s;
        for (const QString &id : std::as_const(m_created)) {
            QVERIFY(!id.startsWith(typed));
        }
    }
    const Run result = cli({u"job"_s, typed, u"--json"_s});
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == Success) {
        QCOMPARE(parseJson(result).value(u"id"_s).toString(), m_stockhlmJobId);
        return;
    }
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY(!result.err.isEmpty());
    if (length > 0) {
        QVERIFY2(text(result).contains(u'8'), qPrintable(text(result)));
    } else {
        QVERIFY2(text(result).contains(typed), qPrintable(text(result)));
    }
}

void TestCliJobs::errorsCsvRoundTrip()
{
    const QString errors = QDir(m_work).filePath(u"team-errors.csv"_s);
    const Run written = cli({u"job"_s, m_stockhlmJobId.left(8), u"--errors-csv"_s, errors});
    QVERIFY2(written.exitCode == Success, written.err.constData());

    // Only the failed rows, as the user wrote them, with the reason added.
    const QByteArray bytes = readAll(errors);
    const QStringList lines = csvLines(bytes);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             DefinitionRegistry::instance().find(u"team"_s)->templateHeaders().join(u',') +
                 u",Error Message"_s);
    QVERIFY2(lines.at(1).startsWith(u"Late Shift,Stockhlm,AGENT,,,,,,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"Did you mean “Stockholm”?"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"Far Team,Kiruna,AGENT,,,,,,"_s), qPrintable(lines.at(2)));
    QVERIFY(!bytes.contains("Night Shift"));

    // The user fixes the cells in place and imports that file: the Error
    // Message column is ignored.
    QByteArray fixed = bytes;
    fixed.replace("Stockhlm", "Stockholm").replace("Kiruna", "Malmo-2");
    const QString path = writeWorkFile(u"team-errors-fixed.csv"_s, fixed);
    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, u"team"_s, path}, &exitCode);
    QVERIFY2(exitCode == Success, QJsonDocument(job).toJson().constData());
    checkJob(job, u"import"_s, u"team"_s, u"completed"_s);
    QCOMPARE(countsOf(job), u"2/0/0/0/2"_s);
    const Run details = cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s});
    for (const QJsonValue &row : parseJson(details).value(u"rows"_s).toArray()) {
        QVERIFY2(row.toObject().value(u"message"_s).isNull(),
                 qPrintable(row.toObject().value(u"message"_s).toString()));
    }

    // A job without failed rows: the header alone.
    const QString none = QDir(m_work).filePath(u"no-errors.csv"_s);
    QCOMPARE(cli({u"job"_s, m_completedJobId, u"--errors-csv"_s, none}).exitCode, int(Success));
    QCOMPARE(csvLines(readAll(none)).size(), 1);
}

void TestCliJobs::usersAreUpdatedNeverCreated()
{
    const Run people = cli({u"people"_s, u"import"_s, jobsFile(u"people.csv"_s), u"--json"_s});
    QCOMPARE(people.exitCode, int(Success));
    const QJsonObject added = parseJson(people);
    QCOMPARE(added.value(u"rows"_s).toInt(), 2);
    QCOMPARE(added.value(u"added"_s).toInt(), 2);
    QCOMPARE(added.value(u"updated"_s).toInt(), 0);
    QVERIFY(added.value(u"issues"_s).toArray().isEmpty());
    // The same people again: nothing new.
    QCOMPARE(parseJson(cli({u"people"_s, u"import"_s, jobsFile(u"people.csv"_s), u"--json"_s}))
                 .value(u"added"_s)
                 .toInt(-1),
             0);

    int exitCode = -1;
    const QJsonObject job = cliJson({u"import"_s, u"user"_s, jobsFile(u"user.csv"_s)}, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    checkJob(job, u"import"_s, u"user"_s, u"completed_with_errors"_s);
    QCOMPARE(countsOf(job), u"0/2/0/1/3"_s);
    const QJsonArray rows = parseJson(cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s}))
                                .value(u"rows"_s)
                                .toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"result"_s).toString(), u"updated"_s);
    QCOMPARE(rows.at(1).toObject().value(u"result"_s).toString(), u"updated"_s);
    const QJsonObject nobody = rows.at(2).toObject();
    QCOMPARE(nobody.value(u"result"_s).toString(), u"failed"_s);
    QCOMPARE(nobody.value(u"key"_s).toString(), u"nobody@example.com"_s);
    QVERIFY2(nobody.value(u"message"_s).toString().contains(u"Control Hub"_s),
             qPrintable(nobody.value(u"message"_s).toString()));

    // Two users, in the directory's spelling, as the file set them.
    const QString output = QDir(m_work).filePath(u"users.csv"_s);
    QCOMPARE(cli({u"export"_s, u"user"_s, u"-o"_s, output}).exitCode, int(Success));
    const QStringList lines = csvLines(readAll(output));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith(u"anna@example.se,Agents,TRUE,Stockholm,Support EU,,"
                                    "Agent Desktop (EU),"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"Bo@Example.com,Leads,FALSE,"_s), qPrintable(lines.at(2)));
}

void TestCliJobs::submittedBy()
{
    const QString path = jobsFile(u"05-site.csv"_s);
    // --user names the submitter.
    Run result = run(
        {u"--user"_s, u"lead@example.com"_s, u"import"_s, u"site"_s, path, u"--json"_s}, m_main);
    QCOMPARE(result.exitCode, int(Success));
    QCOMPARE(parseJson(result).value(u"submittedBy"_s).toString(), u"lead@example.com"_s);
    m_created << parseJson(result).value(u"id"_s).toString();

    // Without it: the setting, else the system's user name.
    const Home home = newHome(u"submitter"_s);
    result = run({u"import"_s, u"site"_s, path, u"--json"_s}, home);
    QCOMPARE(parseJson(result).value(u"submittedBy"_s).toString(), u"tester"_s);
    QVERIFY(QDir().mkpath(QFileInfo(home.configFile()).absolutePath()));
    QFile settings(home.configFile());
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[user]\nemail=settings@example.com\n");
    settings.close();
    result = run({u"import"_s, u"site"_s, path, u"--json"_s}, home);
    QCOMPARE(parseJson(result).value(u"submittedBy"_s).toString(), u"settings@example.com"_s);
    result =
        run({u"--user"_s, u"given@example.com"_s, u"import"_s, u"site"_s, path, u"--json"_s}, home);
    QCOMPARE(parseJson(result).value(u"submittedBy"_s).toString(), u"given@example.com"_s);
    // The job list shows it too.
    QCOMPARE(allJobs(home).value(0).value(u"submittedBy"_s).toString(), u"given@example.com"_s);
}

void TestCliJobs::jobsNewestFirst()
{
    const QList<QJsonObject> jobs = allJobs(m_main);
    QStringList ids;
    for (const QJsonObject &job : jobs) {
        checkJob(job, job.value(u"jobType"_s).toString(), job.value(u"objectType"_s).toString(),
                 job.value(u"status"_s).toString());
        QVERIFY(!job.contains(u"rows"_s));
        ids << job.value(u"id"_s).toString();
    }
    QStringList newestFirst = m_created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(ids, newestFirst);

    // The human form: one entry per job, newest first.
    const Run human = run({u"jobs"_s}, m_main);
    QCOMPARE(human.exitCode, int(Success));
    const QString output = text(human);
    QVERIFY(output.indexOf(newestFirst.first()) < output.indexOf(newestFirst.last()));
}

void TestCliJobs::jobsSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("field"); // which field must contain it ("any": several)

    QTest::newRow("object type") << u"auxiliary-code"_s << u"objectType"_s;
    QTest::newRow("status") << u"completed_with_errors"_s << u"status"_s;
    QTest::newRow("file name, other letter case") << u"TEAM-STOCKHLM"_s << u"fileName"_s;
    QTest::newRow("submitter") << u"lead@example"_s << u"submittedBy"_s;
    QTest::newRow("job type") << u"export"_s << u"any"_s;
    QTest::newRow("nothing") << u"no-such-thing"_s << u"none"_s;
}

void TestCliJobs::jobsSearch()
{
    QFETCH(QString, search);
    QFETCH(QString, field);

    const QList<QJsonObject> all = allJobs(m_main);
    QVERIFY(all.size() > 10);
    std::function<bool(const QJsonObject &)> wanted = [&](const QJsonObject &job) {
        return job.value(field).toString().contains(search, Qt::CaseInsensitive);
    };
    if (field == u"any") {
        wanted = [&](const QJsonObject &job) {
            return job.value(u"jobType"_s).toString() == search ||
                   job.value(u"fileName"_s).toString().contains(search, Qt::CaseInsensitive);
        };
    } else if (field == u"none") {
        wanted = [](const QJsonObject &) {
            return false;
        };
    }
    QStringList expected;
    for (const QJsonObject &job : all) {
        if (wanted(job)) {
            expected << job.value(u"id"_s).toString();
        }
    }
    if (field != u"none") {
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
    }

    const Run result = run({u"jobs"_s, u"--search"_s, search, u"--json"_s}, m_main);
    QCOMPARE(result.exitCode, int(Success));
    QStringList found;
    for (const QJsonValue &job : parseJson(result).value(u"jobs"_s).toArray()) {
        found << job.toObject().value(u"id"_s).toString();
    }
    QCOMPARE(found, expected);
}

void TestCliJobs::refusedFileWritesNothing()
{
    const Home home = newHome(u"refused"_s);
    const Run result =
        run({u"import"_s, u"site"_s, jobsFile(u"site-missing-header.csv"_s), u"--json"_s}, home);
    QCOMPARE(result.exitCode, int(Refused));
    const QJsonObject job = parseJson(result);
    checkJob(job, u"import"_s, u"site"_s, u"failed"_s);
    QVERIFY2(job.value(u"message"_s).toString().contains(u"Multimedia Profile"_s),
             qPrintable(job.value(u"message"_s).toString()));
    QCOMPARE(countsOf(job), u"0/0/0/0/0"_s);
    const Run details = run({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s}, home);
    QCOMPARE(details.exitCode, int(Success)); // whatever the status shown
    QVERIFY(parseJson(details).value(u"rows"_s).toArray().isEmpty());

    // Nothing was written: the export has no site.
    const QString output = QDir(m_work).filePath(u"refused-sites.csv"_s);
    const Run exported = run({u"export"_s, u"site"_s, u"-o"_s, output, u"--json"_s}, home);
    QCOMPARE(exported.exitCode, int(Success));
    QCOMPARE(parseJson(exported).value(u"counts"_s).toObject().value(u"total"_s).toInt(-1), 0);
    QCOMPARE(csvLines(readAll(output)), QStringList{u"Name,Multimedia Profile"_s});
}

void TestCliJobs::exportBeyondRowLimitIsZip()
{
    // The row limit is a setting; with 2, three sites make a ZIP of two CSVs.
    const Home home = newHome(u"zip"_s);
    QVERIFY(QDir().mkpath(QFileInfo(home.configFile()).absolutePath()));
    QFile settings(home.configFile());
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[limits]\nmaxCsvRows=2\n");
    settings.close();
    for (const QByteArray &rows : {QByteArray("Lund,Default Multimedia Profile\nUmea,Default "
                                              "Multimedia Profile\n"),
                                   QByteArray("Abisko,Default Multimedia Profile\n")}) {
        const QString path = writeWorkFile(u"zip-sites.csv"_s, "Name,Multimedia Profile\n" + rows);
        QCOMPARE(run({u"import"_s, u"site"_s, path}, home).exitCode, int(Success));
    }
    const QString output = QDir(m_work).filePath(u"all-sites.csv"_s);
    const Run result = run({u"export"_s, u"site"_s, u"-o"_s, output, u"--json"_s}, home);
    QCOMPARE(result.exitCode, int(Success));
    const QJsonObject job = parseJson(result);
    checkJob(job, u"export"_s, u"site"_s, u"completed"_s);
    QCOMPARE(job.value(u"fileName"_s).toString(), u"all-sites.zip"_s);
    QVERIFY(job.value(u"exportFile"_s).toString().endsWith(u".zip"_s));
    QVERIFY(!QFileInfo::exists(output));
    QuaZip zip(QDir(m_work).filePath(u"all-sites.zip"_s));
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QCOMPARE(zip.getFileNameList(), (QStringList{u"all-sites_1.csv"_s, u"all-sites_2.csv"_s}));
}

void TestCliJobs::oneActiveJob()
{
    const Home home = newHome(u"lock"_s);
    const QString path = jobsFile(u"05-site.csv"_s);
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QStringLiteral(CCBULK_LOCKHOLDER_PATH), {home.dataFolder(), kHolderJobId});
    QVERIFY(holder.waitForStarted(10000));
    const QDeadlineTimer deadline(10000);
    while (!holder.canReadLine() && !deadline.hasExpired()) {
        holder.waitForReadyRead(100);
    }
    QCOMPARE(QString::fromUtf8(holder.readLine()).trimmed(), u"locked "_s + kHolderJobId);

    // Another process runs a job: nothing starts, and the message names it.
    for (const QStringList &arguments :
         {QStringList{u"import"_s, u"site"_s, path, u"--json"_s},
          QStringList{u"export"_s, u"site"_s, u"-o"_s, QDir(m_work).filePath(u"locked.csv"_s)}}) {
        const Run result = run(arguments, home);
        QCOMPARE(result.exitCode, int(JobActive));
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY2(text(result).contains(kHolderJobId), qPrintable(text(result)));
    }
    QVERIFY(allJobs(home).isEmpty());
    // Reading needs no lock.
    QCOMPARE(run({u"validate"_s, u"site"_s, path}, home).exitCode, int(Success));
    QVERIFY(holder.state() == QProcess::Running);

    // The holder dies (SIGKILL: its lock file stays, stale): the next job runs.
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(home.dataFolder() + u"/active-job.lock"_s));
    const Run after = run({u"import"_s, u"site"_s, path, u"--json"_s}, home);
    QCOMPARE(after.exitCode, int(Success));
    QCOMPARE(allJobs(home).size(), 1);
}

void TestCliJobs::interruptedJobFailsAndConverges()
{
    // Big enough that the writing takes seconds: the row limit is a setting,
    // raised here as a user may.
    const Home home = newHome(u"interrupted"_s);
    QVERIFY(QDir().mkpath(QFileInfo(home.configFile()).absolutePath()));
    QFile settings(home.configFile());
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[limits]\nmaxCsvRows=100000\nmaxCsvBytes=20000000\n");
    settings.close();
    constexpr int kSites = 60000;
    QByteArray csv = "Name,Multimedia Profile\r\n";
    for (int i = 1; i <= kSites; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\r\n";
    }
    const QString path = writeWorkFile(u"sites-60000.csv"_s, csv);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"HOME"_s, home.path);
    environment.insert(u"XDG_DATA_HOME"_s, home.path + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home.path + u"/cache"_s);
    QProcess importer;
    importer.setProcessEnvironment(environment);
    importer.setWorkingDirectory(m_work);
    importer.start(QStringLiteral(CCBULK_CLI_PATH),
                   {u"--tenant"_s, home.tenant(), u"import"_s, u"site"_s, path, u"--json"_s});
    QVERIFY(importer.waitForStarted(10000));

    // Kill it once the first batches are written (the tenant is read beside
    // it, as another program would), well before the end.
    int written = 0;
    {
        const QString connection = u"tst_clijobs-watch"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(home.tenant());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
            const QDeadlineTimer deadline(60000);
            while (written == 0 && importer.state() == QProcess::Running &&
                   !deadline.hasExpired()) {
                if (QFileInfo::exists(home.tenant()) && (db.isOpen() || db.open())) {
                    QSqlQuery query(db);
                    if (query.exec(u"SELECT count(*) FROM objects WHERE type = 'site'"_s) &&
                        query.next()) {
                        written = query.value(0).toInt();
                    }
                }
                if (written == 0) {
                    QThread::msleep(5);
                }
            }
            QVERIFY2(importer.state() == QProcess::Running,
                     "the import ended before it could be interrupted");
            importer.kill(); // SIGKILL: nothing of the process runs any more
            QVERIFY(importer.waitForFinished(10000));
            QVERIFY2(written > 0 && written < kSites, qPrintable(QString::number(written)));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QCOMPARE(importer.exitStatus(), QProcess::CrashExit);

    // The next command marks the job failed, as interrupted.
    QList<QJsonObject> jobs = allJobs(home);
    QCOMPARE(jobs.size(), 1);
    checkJob(jobs.first(), u"import"_s, u"site"_s, u"failed"_s);
    QVERIFY2(jobs.first().value(u"message"_s).toString().contains(u"Interrupted"_s),
             qPrintable(jobs.first().value(u"message"_s).toString()));

    // The tenant file is whole; what was written is whole batches.
    int committed = -1;
    {
        const QString connection = u"tst_clijobs-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(home.tenant());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            QVERIFY(query.exec(u"SELECT count(*) FROM objects WHERE type = 'site'"_s) &&
                    query.next());
            committed = query.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QVERIFY2(committed >= written && committed < kSites, qPrintable(QString::number(committed)));
    // The job's rows stored so far never claim more than the tenant holds.
    const Run details = run({u"job"_s, jobs.first().value(u"id"_s).toString(), u"--json"_s}, home);
    QVERIFY(parseJson(details).value(u"rows"_s).toArray().size() <= committed);

    // The same file again finishes the work: nothing fails, nothing twice.
    const Run again = run({u"import"_s, u"site"_s, path, u"--json"_s}, home);
    QCOMPARE(again.exitCode, int(Success));
    const QJsonObject job = parseJson(again);
    checkJob(job, u"import"_s, u"site"_s, u"completed"_s);
    QCOMPARE(countsOf(job), u"%1/0/%2/0/%3"_s.arg(kSites - committed).arg(committed).arg(kSites));
    jobs = allJobs(home);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.first().value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(jobs.last().value(u"status"_s).toString(), u"failed"_s);
}

void TestCliJobs::audioZipImport()
{
    // cli.md: audio-file takes a ZIP on import; each entry is a row, by its
    // position in the ZIP and its path; what is not a WAV file is skipped.
    const QString path = QDir(m_work).filePath(u"audio.zip"_s);
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const auto &[name, bytes] : {std::pair{u"music/hold.wav"_s, waveFile()},
                                          std::pair{u"notes.txt"_s, QByteArray("hi")},
                                          std::pair{u"welcome.WAV"_s, waveFile()}}) {
            QuaZipFile entry(&zip);
            QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            QCOMPARE(entry.write(bytes), bytes.size());
            entry.close();
        }
        zip.close();
        QCOMPARE(zip.getZipError(), 0);
    }
    int exitCode = -1;
    QJsonObject job = cliJson({u"import"_s, u"audio-file"_s, path}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    checkJob(job, u"import"_s, u"audio-file"_s, u"completed"_s);
    QCOMPARE(countsOf(job), u"2/0/0/0/3"_s);
    QCOMPARE(job.value(u"counts"_s).toObject().value(u"skipped"_s).toInt(), 1);
    QStringList rows;
    for (const QJsonValue &value :
         parseJson(cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s}))
             .value(u"rows"_s)
             .toArray()) {
        const QJsonObject row = value.toObject();
        rows << u"%1:%2:%3"_s.arg(row.value(u"row"_s).toInt())
                    .arg(row.value(u"key"_s).toString(), row.value(u"result"_s).toString());
    }
    QCOMPARE(rows, (QStringList{u"1:music/hold.wav:created"_s, u"2:notes.txt:skipped"_s,
                                u"3:welcome.WAV:created"_s}));

    // The same ZIP again: the same content is unchanged.
    job = cliJson({u"import"_s, u"audio-file"_s, path}, &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(countsOf(job), u"0/0/2/0/3"_s);

    // A telephony queue now finds its music by name (any letter case).
    const QString queue =
        writeWorkFile(u"phone-queue.csv"_s,
                      readAll(jobsFile(u"09-queue.csv"_s)).split('\n').first() +
                          "\nPhone Queue,,TELEPHONY,600,30,,TRUE,TRUE,FALSE,FALSE,,HOLD.WAV,"
                          "LONGEST_AVAILABLE_AGENT,,Group1,1,,Support EU\n");
    job = cliJson({u"import"_s, u"queue"_s, queue}, &exitCode);
    QVERIFY2(exitCode == Success, QJsonDocument(job).toJson().constData());
    const QJsonArray queueRows =
        parseJson(cli({u"job"_s, job.value(u"id"_s).toString(), u"--json"_s}))
            .value(u"rows"_s)
            .toArray();
    QCOMPARE(queueRows.size(), 1);
    QVERIFY2(queueRows.first().toObject().value(u"message"_s).isNull(),
             qPrintable(queueRows.first().toObject().value(u"message"_s).toString()));
}

QTEST_GUILESS_MAIN(TestCliJobs)
#include "tst_clijobs.moc"
