// JobDetailsDialog with RowResultModel and JobFileActions: the job's fields,
// the per-row results and their filters, "Export errors to CSV" and
// "Download export file" on real jobs run through the JobManager, following
// the store, and switching language while open.

#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "csv/csvwriter.h"
#include "details/jobdetailsdialog.h"
#include "details/rowresultmodel.h"
#include "jobs/errorcsv.h"
#include "jobs/jobtext.h"
#include "operations/jobfileactions.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

#include <memory>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace ccbulk::ui;
using namespace Qt::StringLiterals;

namespace {

// Stockholm imports; an empty name and an unknown profile fail.
const QByteArray kSites = "Name,Multimedia Profile\r\n"
                          "Stockholm,Default Multimedia Profile\r\n"
                          ",Default Multimedia Profile\r\n"
                          "Malmo,No Such Profile\r\n";

QString longTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString labelText(const QWidget &dialog, const char *objectName)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : u"<no %1>"_s.arg(QString::fromLatin1(objectName));
}

// The text of the label that names a field.
QString buddyText(const QWidget &dialog, const char *objectName)
{
    const auto *field = dialog.findChild<QLabel *>(QString::fromLatin1(objectName));
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (field && label->buddy() == field) {
            texts << label->text();
        }
    }
    return texts.join(u'|');
}

QPushButton *button(const QWidget &dialog, const char *objectName)
{
    return dialog.findChild<QPushButton *>(QString::fromLatin1(objectName));
}

// The row table's cells as shown, one string per row: "row|key|outcome|message".
QStringList tableRows(const QWidget &dialog)
{
    const auto *table = dialog.findChild<QTableView *>(u"rowTable"_s);
    QStringList rows;
    if (!table) {
        return {u"<no rowTable>"_s};
    }
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            cells << model->index(row, column).data().toString();
        }
        rows << cells.join(u'|');
    }
    return rows;
}

QStringList tableKeys(const QWidget &dialog)
{
    QStringList keys;
    for (const QString &row : tableRows(dialog)) {
        keys << row.section(u'|', 1, 1);
    }
    return keys;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    CsvReader reader(&file);
    CsvRecord record;
    QList<QStringList> records;
    while (reader.readRecord(&record)) {
        records << record.cells();
    }
    return records;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

int outcomeIndex(const QComboBox &combo, int outcome)
{
    return combo.findData(outcome);
}

} // namespace

class TestJobDetailsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fieldsShowTheJob();
    void rowTableListsResults();
    void rowFilters_data();
    void rowFilters();
    void exportErrorsRoundTrip();
    void buttonsByJob_data();
    void buttonsByJob();
    void downloadExportFile();
    void downloadFailureIsReported();
    void failedJobShowsItsMessage();
    void newJobHasNoTimes();
    void refreshFollowsTheStore();
    void languageChange();

private:
    // A job made through the store, as the runner makes one.
    QString storeJob(JobType type, const QString &objectType, JobStatus status,
                     const QList<RowResult> &rows, const QString &message = QString());
    // Runs an import or export through the manager, as the wizard does.
    std::optional<JobRecord> run(JobType type, const QString &objectType, const QString &file);

    std::unique_ptr<UiTestEnvironment> m_env;
};

void TestJobDetailsDialog::initTestCase()
{
    ccbulk::setUiLanguage(u"en"_s);
}

void TestJobDetailsDialog::init()
{
    m_env = std::make_unique<UiTestEnvironment>();
    QVERIFY(m_env->open());
}

void TestJobDetailsDialog::cleanup()
{
    m_env.reset();
    ccbulk::setUiLanguage(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString TestJobDetailsDialog::storeJob(JobType type, const QString &objectType, JobStatus status,
                                       const QList<RowResult> &rows, const QString &message)
{
    JobStore &store = m_env->manager().store();
    JobRecord job;
    job.type = type;
    job.objectType = objectType;
    job.fileName = u"sites.csv"_s;
    job.submittedBy = u"Tester"_s;
    const QString id = store.createJob(job);
    if (id.isEmpty() || status == JobStatus::New) {
        return id;
    }
    if (!store.markStarted(id) || !store.appendRows(id, rows)) {
        return QString();
    }
    if (status == JobStatus::InProgress) {
        return id;
    }
    JobCounts counts;
    for (const RowResult &row : rows) {
        counts.add(row.outcome);
    }
    return store.finish(id, status, counts, message) ? id : QString();
}

std::optional<JobRecord> TestJobDetailsDialog::run(JobType type, const QString &objectType,
                                                   const QString &file)
{
    if (!m_env->manager().start(JobRequest{type, objectType, file, false})) {
        return std::nullopt;
    }
    return m_env->waitForJob();
}

void TestJobDetailsDialog::fieldsShowTheJob()
{
    const QString csv = m_env->writeFile(u"sites.csv"_s, kSites);
    const std::optional<JobRecord> job = run(JobType::Import, u"site"_s, csv);
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::CompletedWithErrors);

    JobDetailsDialog dialog(m_env->manager(), job->id);
    QCOMPARE(dialog.jobId(), job->id);
    QCOMPARE(dialog.job().id, job->id);
    QCOMPARE(dialog.windowTitle(), u"Job details"_s);
    QCOMPARE(labelText(dialog, "idField"), job->id);
    QCOMPARE(labelText(dialog, "fileField"), u"sites.csv"_s);
    QCOMPARE(labelText(dialog, "typeField"), u"Import"_s);
    QCOMPARE(labelText(dialog, "objectField"), u"Site"_s);
    QCOMPARE(labelText(dialog, "statusField"), u"Completed with errors"_s);
    QVERIFY(!job->submittedBy.isEmpty());
    QCOMPARE(labelText(dialog, "submitterField"), job->submittedBy);
    QVERIFY(job->started.isValid());
    QVERIFY(job->ended.isValid());
    QCOMPARE(labelText(dialog, "startField"), longTime(job->started));
    QCOMPARE(labelText(dialog, "endField"), longTime(job->ended));
    QCOMPARE(labelText(dialog, "countsField"),
             u"Rows: 3 in all, 1 created, 0 updated, 0 unchanged, 2 failed, 0 skipped."_s);
    const auto *message = dialog.findChild<QLabel *>(u"messageField"_s);
    QVERIFY(message);
    QCOMPARE(message->isHidden(), job->message.isEmpty());
    QCOMPARE(message->text(), job->message);

    // The labels say what each field is.
    QCOMPARE(buddyText(dialog, "idField"), u"Bulk operation ID:"_s);
    QCOMPARE(buddyText(dialog, "fileField"), u"File name:"_s);
    QCOMPARE(buddyText(dialog, "endField"), u"End time:"_s);

    QVERIFY(button(dialog, "exportErrorsButton"));
    QVERIFY(button(dialog, "downloadButton"));
    QVERIFY(button(dialog, "cancelJobButton"));
    QVERIFY(!button(dialog, "exportErrorsButton")->isHidden());
    QVERIFY(button(dialog, "downloadButton")->isHidden());
    // Not running (here or anywhere): nothing to cancel.
    QVERIFY(button(dialog, "cancelJobButton")->isHidden());
    QVERIFY(dialog.findChild<QProgressBar *>()->isHidden());
}

void TestJobDetailsDialog::rowTableListsResults()
{
    const QString csv = m_env->writeFile(u"sites.csv"_s, kSites);
    const std::optional<JobRecord> job = run(JobType::Import, u"site"_s, csv);
    QVERIFY(job);
    const QList<RowResult> stored = m_env->manager().store().rows(job->id);
    QCOMPARE(stored.size(), 3);

    JobDetailsDialog dialog(m_env->manager(), job->id);
    const auto *table = dialog.findChild<QTableView *>(u"rowTable"_s);
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(table->model()->columnCount(), int(RowResultModel::ColumnCount));
    QCOMPARE(table->model()->headerData(RowResultModel::RowColumn, Qt::Horizontal).toString(),
             u"Row"_s);
    QCOMPARE(table->model()->headerData(RowResultModel::OutcomeColumn, Qt::Horizontal).toString(),
             u"Result"_s);
    QCOMPARE(table->model()->headerData(RowResultModel::MessageColumn, Qt::Horizontal).toString(),
             u"Message"_s);

    QStringList expected;
    for (const RowResult &row : stored) {
        expected << u"%1|%2|%3|%4"_s.arg(row.row).arg(row.key, JobText::outcomeName(row.outcome),
                                                      row.message);
    }
    QCOMPARE(tableRows(dialog), expected);
    // Spreadsheet rows: the header is row 1.
    QCOMPARE(tableRows(dialog).at(0).section(u'|', 0, 2), u"2|Stockholm|Created"_s);
    QCOMPARE(tableRows(dialog).at(1).section(u'|', 0, 0), u"3"_s);
    QCOMPARE(tableRows(dialog).at(1).section(u'|', 2, 2), u"Failed"_s);
    QCOMPARE(tableRows(dialog).at(2).section(u'|', 0, 2), u"4|Malmo|Failed"_s);
    QVERIFY(!tableRows(dialog).at(1).section(u'|', 3).isEmpty());
    QVERIFY(!tableRows(dialog).at(2).section(u'|', 3).isEmpty());
    QCOMPARE(table->model()
                 ->index(2, RowResultModel::OutcomeColumn)
                 .data(RowResultModel::OutcomeRole)
                 .toInt(),
             int(RowResult::Outcome::Failed));
}

void TestJobDetailsDialog::rowFilters_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    const int all = -1;
    const int failed = int(RowResult::Outcome::Failed);
    QTest::newRow("all") << all << QString()
                         << QStringList{u"Stockholm"_s, QString(), u"Malmo"_s, u"Lund"_s,
                                        u"Umea"_s};
    QTest::newRow("failed") << failed << QString() << QStringList{QString(), u"Malmo"_s};
    QTest::newRow("created") << int(RowResult::Outcome::Created) << QString()
                             << QStringList{u"Stockholm"_s};
    QTest::newRow("updated") << int(RowResult::Outcome::Updated) << QString()
                             << QStringList{u"Lund"_s};
    QTest::newRow("unchanged, none")
        << int(RowResult::Outcome::Unchanged) << QString() << QStringList();
    QTest::newRow("text in key") << all << u"lund"_s << QStringList{u"Lund"_s};
    QTest::newRow("text in message") << all << u"profile"_s << QStringList{u"Malmo"_s};
    QTest::newRow("text in outcome word") << all << u"skipped"_s << QStringList{u"Umea"_s};
    QTest::newRow("text in row number") << all << u"5"_s << QStringList{u"Lund"_s};
    QTest::newRow("text trimmed, any case") << all << u"  MALMO "_s << QStringList{u"Malmo"_s};
    QTest::newRow("failed and text") << failed << u"required"_s << QStringList{QString()};
    QTest::newRow("outcome and text disagree") << failed << u"Lund"_s << QStringList();
}

void TestJobDetailsDialog::rowFilters()
{
    QFETCH(int, outcome);
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    const QList<RowResult> rows = {
        {2, u"Stockholm"_s, RowResult::Outcome::Created, QString()},
        {3, QString(), RowResult::Outcome::Failed, u"Name is required."_s},
        {4, u"Malmo"_s, RowResult::Outcome::Failed, u"No multimedia profile “No Such”."_s},
        {5, u"Lund"_s, RowResult::Outcome::Updated, QString()},
        {6, u"Umea"_s, RowResult::Outcome::Skipped, u"Listed twice."_s},
    };
    const QString id = storeJob(JobType::Import, u"site"_s, JobStatus::CompletedWithErrors, rows);
    QVERIFY(!id.isEmpty());
    JobDetailsDialog dialog(m_env->manager(), id);
    auto *combo = dialog.findChild<QComboBox *>(u"outcomeFilter"_s);
    auto *filter = dialog.findChild<QLineEdit *>(u"rowFilter"_s);
    QVERIFY(combo);
    QVERIFY(filter);
    QCOMPARE(tableRows(dialog).size(), 5);

    // "All results" and one entry per outcome, in the user's words.
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), u"All results"_s);
    QCOMPARE(combo->itemText(outcomeIndex(*combo, int(RowResult::Outcome::Skipped))), u"Skipped"_s);

    const int index = outcomeIndex(*combo, outcome);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QTest::keyClicks(filter, text);
    QCOMPARE(filter->text(), text);
    QCOMPARE(tableKeys(dialog), keys);

    // Back to everything.
    combo->setCurrentIndex(0);
    filter->clear();
    QCOMPARE(tableRows(dialog).size(), 5);
}

void TestJobDetailsDialog::exportErrorsRoundTrip()
{
    const QString csv = m_env->writeFile(u"sites.csv"_s, kSites);
    const std::optional<JobRecord> job = run(JobType::Import, u"site"_s, csv);
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::CompletedWithErrors);
    QVERIFY(JobFileActions::canExportErrors(*job));

    JobDetailsDialog dialog(m_env->manager(), job->id);
    QPushButton *exportErrors = button(dialog, "exportErrorsButton");
    QVERIFY(exportErrors);
    QVERIFY(!exportErrors->isHidden());
    QCOMPARE(exportErrors->text(), u"&Export errors to CSV…"_s);

    const QString target = m_env->path(u"sites_fixed.csv"_s);
    PromptScript prompts({target});
    QTest::mouseClick(exportErrors, Qt::LeftButton);

    QCOMPARE(prompts.asked().size(), 1); // the save dialog, and no error after it
    const Prompts::Request &save = prompts.asked().first();
    QCOMPARE(save.kind, Prompts::Kind::SaveFile);
    QCOMPARE(save.title, u"Export errors to CSV"_s);
    QVERIFY2(save.text.endsWith(u"sites_errors.csv"_s), qPrintable(save.text));
    QCOMPARE(save.choices, QStringList{u"CSV files (*.csv)"_s});

    QVERIFY(QFile::exists(target));
    QList<QStringList> records = readCsv(target);
    QCOMPARE(records.size(), 3); // header and the two failed rows
    QCOMPARE(records.at(0),
             (QStringList{u"Name"_s, u"Multimedia Profile"_s, ErrorCsv::columnHeader()}));
    QCOMPARE(ErrorCsv::columnHeader(), u"Error Message"_s);
    QCOMPARE(records.at(1).mid(0, 2), (QStringList{QString(), u"Default Multimedia Profile"_s}));
    QCOMPARE(records.at(2).mid(0, 2), (QStringList{u"Malmo"_s, u"No Such Profile"_s}));
    // Each failed row carries the message the row table shows.
    const QList<RowResult> rows = m_env->manager().store().rows(job->id);
    QCOMPARE(records.at(1).at(2), rows.at(1).message);
    QCOMPARE(records.at(2).at(2), rows.at(2).message);
    QVERIFY(!records.at(1).at(2).isEmpty());
    QVERIFY(!records.at(2).at(2).isEmpty());

    // The user fixes the cells in place and submits the file again.
    records[1][0] = u"Uppsala"_s;
    records[2][1] = u"Default Multimedia Profile"_s;
    {
        QFile fixed(target);
        QVERIFY(fixed.open(QIODevice::WriteOnly | QIODevice::Truncate));
        CsvWriter writer(&fixed);
        for (const QStringList &record : std::as_const(records)) {
            writer.writeRecord(record);
        }
        QVERIFY(writer.flush());
    }
    const std::optional<JobRecord> again = run(JobType::Import, u"site"_s, target);
    QVERIFY(again);
    QCOMPARE(again->status, JobStatus::Completed);
    QCOMPARE(again->counts.total, 2);
    QCOMPARE(again->counts.created, 2);
    QCOMPARE(again->counts.failed, 0);

    JobDetailsDialog fixedDialog(m_env->manager(), again->id);
    QCOMPARE(labelText(fixedDialog, "statusField"), u"Completed"_s);
    QCOMPARE(tableKeys(fixedDialog), (QStringList{u"Uppsala"_s, u"Malmo"_s}));
    QVERIFY(button(fixedDialog, "exportErrorsButton")->isHidden());
}

void TestJobDetailsDialog::buttonsByJob_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<bool>("exportErrors");
    QTest::addColumn<bool>("download");
    const int import = int(JobType::Import);
    const int exportType = int(JobType::Export);
    QTest::newRow("import with errors")
        << import << int(JobStatus::CompletedWithErrors) << u"sites.csv"_s << true << false;
    QTest::newRow("import completed")
        << import << int(JobStatus::Completed) << u"sites.csv"_s << false << false;
    QTest::newRow("import failed")
        << import << int(JobStatus::Failed) << u"sites.csv"_s << false << false;
    QTest::newRow("import running")
        << import << int(JobStatus::InProgress) << u"sites.csv"_s << false << false;
    // An audio ZIP has no rows to write back.
    QTest::newRow("audio import with errors")
        << import << int(JobStatus::CompletedWithErrors) << u"audio.zip"_s << false << false;
    QTest::newRow("export completed")
        << exportType << int(JobStatus::Completed) << u"sites.csv"_s << false << true;
    QTest::newRow("export with errors")
        << exportType << int(JobStatus::CompletedWithErrors) << u"sites.csv"_s << false << false;
    QTest::newRow("export failed")
        << exportType << int(JobStatus::Failed) << u"sites.csv"_s << false << false;
    QTest::newRow("export completed, no file")
        << exportType << int(JobStatus::Completed) << QString() << false << false;
}

void TestJobDetailsDialog::buttonsByJob()
{
    QFETCH(int, type);
    QFETCH(int, status);
    QFETCH(QString, storedName);
    QFETCH(bool, exportErrors);
    QFETCH(bool, download);
    JobStore &store = m_env->manager().store();
    JobRecord record;
    record.type = JobType(type);
    record.objectType = u"site"_s;
    record.fileName = storedName.isEmpty() ? u"sites.csv"_s : storedName;
    const QString id = store.createJob(record);
    QVERIFY(!id.isEmpty());
    QVERIFY(store.markStarted(id));
    if (!storedName.isEmpty()) {
        const QString source = m_env->writeFile(storedName, kSites);
        QVERIFY(!store.storeFile(id, source, storedName).isEmpty());
    }
    if (JobStatus(status) != JobStatus::InProgress) {
        QVERIFY(store.finish(id, JobStatus(status), JobCounts()));
    }

    JobDetailsDialog dialog(m_env->manager(), id);
    QCOMPARE(!button(dialog, "exportErrorsButton")->isHidden(), exportErrors);
    QCOMPARE(!button(dialog, "downloadButton")->isHidden(), download);
    QCOMPARE(JobFileActions::canExportErrors(dialog.job()), exportErrors);
    QCOMPARE(JobFileActions::canDownload(dialog.job()), download);
    // The job runs in no process: this window cannot cancel it.
    QVERIFY(button(dialog, "cancelJobButton")->isHidden());
    QCOMPARE(!dialog.findChild<QProgressBar *>()->isHidden(),
             JobStatus(status) == JobStatus::InProgress);
}

void TestJobDetailsDialog::downloadExportFile()
{
    const QString csv = m_env->writeFile(u"sites.csv"_s, kSites);
    QVERIFY(run(JobType::Import, u"site"_s, csv));
    const std::optional<JobRecord> job =
        run(JobType::Export, u"site"_s, m_env->path(u"site_export.csv"_s));
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Completed);
    QVERIFY(!job->storedFile.isEmpty());
    // What the export wrote, kept with the job.
    const QByteArray exported = fileBytes(job->storedFile);
    QVERIFY(exported.contains("Stockholm"));
    QCOMPARE(exported, fileBytes(m_env->path(u"site_export.csv"_s)));

    JobDetailsDialog dialog(m_env->manager(), job->id);
    QCOMPARE(labelText(dialog, "typeField"), u"Export"_s);
    QCOMPARE(labelText(dialog, "fileField"), u"site_export.csv"_s);
    QVERIFY(job->counts.total >= 1);
    QCOMPARE(labelText(dialog, "countsField"),
             QCoreApplication::translate("ccbulk::ui::JobDetailsDialog", "%n object(s) exported.",
                                         nullptr, job->counts.total));
    QVERIFY(labelText(dialog, "countsField").startsWith(QString::number(job->counts.total)));
    QVERIFY(button(dialog, "exportErrorsButton")->isHidden());
    QPushButton *download = button(dialog, "downloadButton");
    QVERIFY(!download->isHidden());
    QCOMPARE(download->text(), u"&Download export file…"_s);

    // The store's copy is what is downloaded, even after the file the export
    // wrote is gone.
    QVERIFY(QFile::remove(m_env->path(u"site_export.csv"_s)));
    const QString target = m_env->path(u"downloaded.csv"_s);
    PromptScript prompts({target});
    QTest::mouseClick(download, Qt::LeftButton);
    QCOMPARE(prompts.asked().size(), 1);
    QCOMPARE(prompts.asked().first().kind, Prompts::Kind::SaveFile);
    QCOMPARE(prompts.asked().first().title, u"Download export file"_s);
    QVERIFY2(prompts.asked().first().text.endsWith(u"site_export.csv"_s),
             qPrintable(prompts.asked().first().text));
    QCOMPARE(fileBytes(target), exported);

    // Cancelling the save dialog (no answer left) is no failure to report.
    QTest::mouseClick(download, Qt::LeftButton);
    QCOMPARE(prompts.asked().size(), 2);
    QCOMPARE(prompts.asked().at(1).kind, Prompts::Kind::SaveFile);
}

void TestJobDetailsDialog::downloadFailureIsReported()
{
    const QString csv = m_env->writeFile(u"sites.csv"_s, kSites);
    QVERIFY(run(JobType::Import, u"site"_s, csv));
    const std::optional<JobRecord> job =
        run(JobType::Export, u"site"_s, m_env->path(u"site_export.csv"_s));
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Completed);

    JobDetailsDialog dialog(m_env->manager(), job->id);
    const QString missingFolder = m_env->path(u"no/such/folder"_s);
    const QString target = missingFolder + u"/site_export.csv"_s;
    PromptScript prompts({target});
    QTest::mouseClick(button(dialog, "downloadButton"), Qt::LeftButton);

    QCOMPARE(prompts.asked().size(), 2);
    QCOMPARE(prompts.asked().at(0).kind, Prompts::Kind::SaveFile);
    const Prompts::Request &told = prompts.asked().at(1);
    QCOMPARE(told.kind, Prompts::Kind::Message);
    QCOMPARE(told.title, u"Download export file"_s);
    QVERIFY2(told.text.contains(QDir::toNativeSeparators(target)), qPrintable(told.text));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFileInfo::exists(missingFolder));
}

void TestJobDetailsDialog::failedJobShowsItsMessage()
{
    const QString reason = u"The tenant database is locked by another program."_s;
    const QString id = storeJob(JobType::Import, u"queue"_s, JobStatus::Failed, {}, reason);
    QVERIFY(!id.isEmpty());
    JobDetailsDialog dialog(m_env->manager(), id);
    QCOMPARE(labelText(dialog, "statusField"), u"Failed"_s);
    QCOMPARE(labelText(dialog, "objectField"), u"Queue"_s);
    const auto *message = dialog.findChild<QLabel *>(u"messageField"_s);
    QVERIFY(message);
    QCOMPARE(message->text(), reason);
    QVERIFY(!message->isHidden());
    QCOMPARE(tableRows(dialog), QStringList());
    QVERIFY(button(dialog, "exportErrorsButton")->isHidden());
    QVERIFY(button(dialog, "downloadButton")->isHidden());
}

void TestJobDetailsDialog::newJobHasNoTimes()
{
    const QString id = storeJob(JobType::Import, u"site"_s, JobStatus::New, {});
    QVERIFY(!id.isEmpty());
    JobDetailsDialog dialog(m_env->manager(), id);
    QCOMPARE(labelText(dialog, "statusField"), u"New"_s);
    QCOMPARE(labelText(dialog, "startField"), u"–"_s);
    QCOMPARE(labelText(dialog, "endField"), u"–"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"messageField"_s)->isHidden());
}

void TestJobDetailsDialog::refreshFollowsTheStore()
{
    JobStore &store = m_env->manager().store();
    const QString id = storeJob(JobType::Import, u"site"_s, JobStatus::New, {});
    QVERIFY(!id.isEmpty());
    JobDetailsDialog dialog(m_env->manager(), id);
    QCOMPARE(labelText(dialog, "statusField"), u"New"_s);
    QCOMPARE(tableRows(dialog), QStringList());
    auto *progress = dialog.findChild<QProgressBar *>();
    QVERIFY(progress);
    QVERIFY(progress->isHidden());

    // The runner starts the job, then appends each batch's rows and moves
    // the progress; the counts reach the store when the job finishes.
    QVERIFY(store.markStarted(id));
    dialog.refresh();
    QCOMPARE(labelText(dialog, "statusField"), u"In progress"_s);
    QCOMPARE(labelText(dialog, "startField"), longTime(store.job(id)->started));
    QVERIFY(!progress->isHidden());

    const QList<RowResult> firstBatch = {
        {2, u"Stockholm"_s, RowResult::Outcome::Created, QString()},
        {3, u"Malmo"_s, RowResult::Outcome::Failed, u"No such profile."_s},
    };
    QVERIFY(store.appendRows(id, firstBatch));
    QVERIFY(store.setProgress(id, 50));
    dialog.refresh();
    QCOMPARE(progress->value(), 50);
    QCOMPARE(tableKeys(dialog), (QStringList{u"Stockholm"_s, u"Malmo"_s}));

    const QList<RowResult> secondBatch = {
        {4, u"Lund"_s, RowResult::Outcome::Created, QString()},
    };
    QVERIFY(store.appendRows(id, secondBatch));
    QVERIFY(store.setProgress(id, 100));
    dialog.refresh();
    QCOMPARE(tableKeys(dialog), (QStringList{u"Stockholm"_s, u"Malmo"_s, u"Lund"_s}));

    JobCounts counts;
    for (const RowResult &row : firstBatch + secondBatch) {
        counts.add(row.outcome);
    }
    QVERIFY(store.finish(id, JobStatus::CompletedWithErrors, counts));
    dialog.refresh();
    QCOMPARE(labelText(dialog, "statusField"), u"Completed with errors"_s);
    QCOMPARE(labelText(dialog, "endField"), longTime(store.job(id)->ended));
    QCOMPARE(labelText(dialog, "countsField"),
             u"Rows: 3 in all, 2 created, 0 updated, 0 unchanged, 1 failed, 0 skipped."_s);
    QCOMPARE(tableKeys(dialog), (QStringList{u"Stockholm"_s, u"Malmo"_s, u"Lund"_s}));
    QVERIFY(progress->isHidden());
}

void TestJobDetailsDialog::languageChange()
{
    const QList<RowResult> rows = {
        {2, u"Stockholm"_s, RowResult::Outcome::Created, QString()},
        {3, u"Malmo"_s, RowResult::Outcome::Failed, u"No such profile."_s},
        {4, u"Lund"_s, RowResult::Outcome::Failed, u"No such profile."_s},
    };
    const QString id = storeJob(JobType::Import, u"site"_s, JobStatus::CompletedWithErrors, rows);
    QVERIFY(!id.isEmpty());
    JobDetailsDialog dialog(m_env->manager(), id);
    auto *combo = dialog.findChild<QComboBox *>(u"outcomeFilter"_s);
    combo->setCurrentIndex(outcomeIndex(*combo, int(RowResult::Outcome::Failed)));
    QCOMPARE(tableKeys(dialog), (QStringList{u"Malmo"_s, u"Lund"_s}));
    const QString englishStart = labelText(dialog, "startField");
    QCOMPARE(labelText(dialog, "statusField"), u"Completed with errors"_s);
    QCOMPARE(labelText(dialog, "objectField"), u"Site"_s);

    QCOMPARE(ccbulk::setUiLanguage(u"sv"_s), u"sv"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();

    QCOMPARE(labelText(dialog, "statusField"), u"Slutförd med fel"_s);
    QCOMPARE(labelText(dialog, "objectField"), u"Plats"_s);
    QCOMPARE(labelText(dialog, "typeField"), u"Import"_s);
    // Swedish dates.
    QCOMPARE(labelText(dialog, "startField"), longTime(dialog.job().started));
    QVERIFY(labelText(dialog, "startField") != englishStart);
    // The window's own texts.
    QCOMPARE(dialog.windowTitle(), u"Jobbdetaljer"_s);
    QCOMPARE(buddyText(dialog, "idField"), u"Massåtgärdens id:"_s);
    QCOMPARE(buddyText(dialog, "startField"), u"Starttid:"_s);
    QCOMPARE(button(dialog, "exportErrorsButton")->text(), u"&Exportera fel till CSV…"_s);
    QCOMPARE(labelText(dialog, "countsField"),
             u"Rader totalt: 3 – skapade: 1, uppdaterade: 0, oförändrade: 0, misslyckade: 2, "
             u"överhoppade: 0."_s);
    const auto *table = dialog.findChild<QTableView *>(u"rowTable"_s);
    QCOMPARE(table->model()->headerData(RowResultModel::OutcomeColumn, Qt::Horizontal).toString(),
             u"Resultat"_s);
    QCOMPARE(combo->itemText(0), u"Alla resultat"_s);
    // The filter keeps its choice, in the new words.
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentData().toInt(), int(RowResult::Outcome::Failed));
    QCOMPARE(combo->currentText(), u"Misslyckades"_s);
    QCOMPARE(combo->itemText(outcomeIndex(*combo, int(RowResult::Outcome::Created))), u"Skapad"_s);
    QCOMPARE(tableRows(dialog), (QStringList{u"3|Malmo|Misslyckades|No such profile."_s,
                                             u"4|Lund|Misslyckades|No such profile."_s}));

    // And back.
    ccbulk::setUiLanguage(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(labelText(dialog, "statusField"), u"Completed with errors"_s);
    QCOMPARE(dialog.windowTitle(), u"Job details"_s);
    QCOMPARE(buddyText(dialog, "idField"), u"Bulk operation ID:"_s);
    QCOMPARE(labelText(dialog, "startField"), englishStart);
    QCOMPARE(combo->currentText(), u"Failed"_s);
}

QTEST_MAIN(TestJobDetailsDialog)
#include "tst_jobdetailsdialog.moc"
