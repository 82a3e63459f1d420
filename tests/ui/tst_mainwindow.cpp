#include "dashboard/jobfilterproxymodel.h"
#include "dashboard/jobnotifier.h"
#include "dashboard/jobtablemodel.h"
#include "dashboard/mainwindow.h"
#include "details/jobdetailsdialog.h"
#include "jobs/activejoblock.h"
#include "jobs/jobstore.h"
#include "uitestsupport.h"
#include "wizard/newoperationwizard.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QTableView>
#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace ccbulk::ui;

namespace {

QByteArray siteCsv(int rows, int failing = 0)
{
    QByteArray csv = "Name,Multimedia Profile\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\r\n";
    }
    for (int i = 0; i < failing; ++i) {
        csv += "Broken " + QByteArray::number(i) + ",No Such Profile\r\n";
    }
    return csv;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsJobsNewestFirst();
    void newIsDisabledWhileAJobRunsHere();
    void newIsDisabledWhileAnotherProcessRunsAJob();
    void noticesJobsOfOtherProcesses();
    void searchFiltersAsYouType();
    void ctrlFFocusesTheSearch();
    void enterOpensTheJobDetails();
    void exportsErrorsOfTheSelectedJob();
    void notifiesWhenAJobEndsInTheBackground();
    void closingWhileAJobRunsAsks();
    void cancellingStopsTheRunningJob();
    void aJobThatCannotStartIsSaid();
    void expiredJobsArePurgedWhileTheWindowIsOpen();
    void remembersColumnWidthsAndOrder();
    void droppingAFileStartsTheWizard();
    void switchingLanguageRetranslatesTheWindow();

private:
    std::unique_ptr<UiTestEnvironment> m_env;
};

void TestMainWindow::init()
{
    setUiLanguage(QStringLiteral("en"));
    m_env = std::make_unique<UiTestEnvironment>();
    QVERIFY(m_env->open());
}

void TestMainWindow::cleanup()
{
    m_env.reset();
    setUiLanguage(QStringLiteral("en"));
}

void TestMainWindow::listsJobsNewestFirst()
{
    JobStore &store = m_env->manager().store();
    QDateTime now = QDateTime::currentDateTimeUtc();
    store.setClock([&now] { return now; });
    JobRecord job;
    job.objectType = QStringLiteral("site");
    job.fileName = QStringLiteral("old.csv");
    const QString oldId = store.createJob(job);
    now = now.addSecs(60);
    job.fileName = QStringLiteral("new.csv");
    const QString newId = store.createJob(job);

    MainWindow window(m_env->manager());
    QCOMPARE(window.jobModel()->rowCount(), 2);
    QAbstractItemModel *view = window.filterModel();
    QCOMPARE(view->index(0, JobTableModel::IdColumn).data().toString(), newId);
    QCOMPARE(view->index(1, JobTableModel::IdColumn).data().toString(), oldId);
    QCOMPARE(view->index(0, JobTableModel::FileNameColumn).data().toString(),
             QStringLiteral("new.csv"));
}

void TestMainWindow::newIsDisabledWhileAJobRunsHere()
{
    MainWindow window(m_env->manager());
    QAction *newAction = action(window, "newAction");
    QVERIFY(newAction->isEnabled());

    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(3000));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));
    QVERIFY(!newAction->isEnabled());
    QVERIFY(newAction->toolTip().contains(QStringLiteral("One bulk operation runs at a time")));
    QVERIFY(!window.newOperation()); // the wizard does not open either

    const auto job = m_env->waitForJob();
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Completed);
    QVERIFY(newAction->isEnabled());
    QCOMPARE(window.jobModel()->rowCount(), 1);
    QCOMPARE(window.jobModel()->job(0).status, JobStatus::Completed);
}

void TestMainWindow::newIsDisabledWhileAnotherProcessRunsAJob()
{
    MainWindow window(m_env->manager());
    QAction *newAction = action(window, "newAction");
    QVERIFY(newAction->isEnabled());

    QProcess holder;
    const QString jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    holder.start(QStringLiteral(CCBULK_LOCKHOLDER_PATH), {m_env->folder(), jobId});
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(holder.readLine().startsWith("locked"));

    QTRY_VERIFY_WITH_TIMEOUT(!newAction->isEnabled(), 5000);
    QVERIFY(newAction->toolTip().contains(jobId.left(8)));

    holder.kill();
    holder.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(newAction->isEnabled(), 5000);
}

void TestMainWindow::noticesJobsOfOtherProcesses()
{
    MainWindow window(m_env->manager());
    QCOMPARE(window.jobModel()->rowCount(), 0);
    auto *emptyNote = window.findChild<QLabel *>(QStringLiteral("emptyNote"));
    QVERIFY(!emptyNote->isHidden());
    QVERIFY(emptyNote->text().startsWith(QStringLiteral("No bulk operations yet.")));

    // Another program's store on the same folder: its own connection.
    JobStore other(m_env->folder());
    QVERIFY(other.open());
    JobRecord job;
    job.objectType = QStringLiteral("queue");
    job.fileName = QStringLiteral("queues.csv");
    const QString id = other.createJob(job);
    QVERIFY(other.markStarted(id));
    QTRY_COMPARE_WITH_TIMEOUT(window.jobModel()->rowCount(), 1, 5000);
    QCOMPARE(window.jobModel()->job(0).status, JobStatus::InProgress);
    QVERIFY(emptyNote->isHidden());

    QVERIFY(other.finish(id, JobStatus::CompletedWithErrors, JobCounts{3, 1, 1, 0, 1, 0}));
    QTRY_COMPARE_WITH_TIMEOUT(window.jobModel()->job(0).status, JobStatus::CompletedWithErrors,
                              5000);
    QCOMPARE(window.jobModel()->job(0).counts.failed, 1);
}

void TestMainWindow::searchFiltersAsYouType()
{
    JobStore &store = m_env->manager().store();
    for (const auto &[file, type] :
         {std::pair{"sites.csv", "site"}, {"teams.csv", "team"}, {"queues.csv", "queue"}}) {
        JobRecord job;
        job.fileName = QString::fromLatin1(file);
        job.objectType = QString::fromLatin1(type);
        store.createJob(job);
    }
    MainWindow window(m_env->manager());
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("TEA"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, JobTableModel::FileNameColumn).data().toString(),
             QStringLiteral("teams.csv"));
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("Queue"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    auto *emptyNote = window.findChild<QLabel *>(QStringLiteral("emptyNote"));
    QVERIFY(emptyNote->isHidden());
    QTest::keyClicks(search, QStringLiteral("no such job"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!emptyNote->isHidden());
    QCOMPARE(emptyNote->text(), QStringLiteral("No job matches “no such job”."));
}

void TestMainWindow::ctrlFFocusesTheSearch()
{
    MainWindow window(m_env->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    table->setFocus();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    action(window, "findAction")->trigger();
    QVERIFY(search->hasFocus());
    QCOMPARE(action(window, "findAction")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action(window, "newAction")->shortcut(), QKeySequence(QKeySequence::New));
}

void TestMainWindow::enterOpensTheJobDetails()
{
    JobRecord job;
    job.fileName = QStringLiteral("sites.csv");
    job.objectType = QStringLiteral("site");
    const QString id = m_env->manager().store().createJob(job);
    MainWindow window(m_env->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *details = window.findChild<JobDetailsDialog *>();
    QVERIFY(details);
    QCOMPARE(details->jobId(), id);
    QVERIFY(details->isVisible());
}

void TestMainWindow::exportsErrorsOfTheSelectedJob()
{
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(2, 1));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));
    const auto job = m_env->waitForJob();
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::CompletedWithErrors);

    MainWindow window(m_env->manager());
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QAction *exportErrors = action(window, "exportErrorsAction");
    QVERIFY(exportErrors->isEnabled());
    QVERIFY(!action(window, "downloadAction")->isEnabled());

    const QString target = m_env->path(QStringLiteral("errors.csv"));
    PromptScript prompts({target});
    exportErrors->trigger();
    QCOMPARE(prompts.asked().size(), 1);
    QCOMPARE(prompts.asked().first().kind, Prompts::Kind::SaveFile);
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QVERIFY(lines.at(0).contains("Error Message"));
    QVERIFY(lines.at(1).startsWith("Broken 0,No Such Profile,"));
    QCOMPARE(lines.size(), 3); // header, the failed row, the final line end
}

void TestMainWindow::notifiesWhenAJobEndsInTheBackground()
{
    MainWindow window(m_env->manager());
    QVERIFY(!window.isActiveWindow());
    QSignalSpy notified(window.notifier(), &JobNotifier::notified);
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(2));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));
    QVERIFY(m_env->waitForJob());
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(0).toString().contains(QStringLiteral("Completed")));
    QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("sites.csv: 2 created")));
}

void TestMainWindow::closingWhileAJobRunsAsks()
{
    auto window = std::make_unique<MainWindow>(m_env->manager());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(5000));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));

    {
        PromptScript prompts({QStringLiteral("Wait")});
        QVERIFY(!window->close());
        QCOMPARE(prompts.asked().size(), 1);
        QCOMPARE(prompts.asked().first().kind, Prompts::Kind::Question);
        QVERIFY(window->isVisible());
    }
    if (!m_env->manager().isRunningHere()) {
        QSKIP("The job ended before the second close; the choice to cancel needs a running job");
    }
    PromptScript prompts({QStringLiteral("Cancel the job and quit")});
    QVERIFY(window->close());
    QCOMPARE(prompts.asked().size(), 1);
    QVERIFY(!m_env->manager().isRunningHere());
    const QList<JobRecord> jobs = m_env->manager().store().jobs();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(!jobs.first().isActive());
}

void TestMainWindow::cancellingStopsTheRunningJob()
{
    MainWindow window(m_env->manager());
    QAction *cancel = action(window, "cancelJobAction");
    QVERIFY(!cancel->isEnabled());
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(5000));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    const auto job = m_env->waitForJob();
    QVERIFY(job);
    if (job->status == JobStatus::Completed) {
        QSKIP("The job ended before it saw the cancellation");
    }
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY2(job->message.contains(QStringLiteral("ancel")), qPrintable(job->message));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(action(window, "newAction")->isEnabled());
}

void TestMainWindow::aJobThatCannotStartIsSaid()
{
    MainWindow window(m_env->manager());
    // Another holder took the lock after the dashboard last looked.
    ActiveJobLock other(m_env->folder());
    const QString otherJob = QStringLiteral("fedcba9876543210fedcba9876543210");
    QVERIFY(other.tryAcquire(otherJob));
    QVERIFY(other.setJobId(otherJob));

    PromptScript prompts;
    QSignalSpy failed(&m_env->manager(), &JobManager::startFailed);
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(1));
    QVERIFY(m_env->manager().start({JobType::Import, QStringLiteral("site"), file, false}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(prompts.asked().size(), 1);
    QCOMPARE(prompts.asked().first().kind, Prompts::Kind::Message);
    QCOMPARE(prompts.asked().first().title, QStringLiteral("The job could not start"));
    QVERIFY2(prompts.asked().first().text.contains(otherJob.left(8)),
             qPrintable(prompts.asked().first().text));
    // Nothing was recorded for the job that did not start.
    QVERIFY(m_env->manager().store().jobs().isEmpty());
}

void TestMainWindow::expiredJobsArePurgedWhileTheWindowIsOpen()
{
    JobStore &store = m_env->manager().store();
    JobRecord job;
    job.objectType = QStringLiteral("site");
    job.fileName = QStringLiteral("sites.csv");
    QVERIFY(!store.createJob(job).isEmpty());
    MainWindow window(m_env->manager());
    QCOMPARE(window.jobModel()->rowCount(), 1);

    // A year and a day later, with the window still open.
    const QDateTime later = QDateTime::currentDateTimeUtc().addYears(1).addDays(1);
    store.setClock([later] { return later; });
    QSignalSpy purged(&m_env->manager(), &JobManager::jobsPurged);
    m_env->manager().setPurgeInterval(20);
    QVERIFY(purged.wait(5000));
    QCOMPARE(window.jobModel()->rowCount(), 0);
    QVERIFY(store.jobs().isEmpty());
}

void TestMainWindow::remembersColumnWidthsAndOrder()
{
    {
        MainWindow window(m_env->manager());
        window.show();
        QHeaderView *header =
            window.findChild<QTableView *>(QStringLiteral("jobTable"))->horizontalHeader();
        header->resizeSection(JobTableModel::FileNameColumn, 333);
        header->moveSection(JobTableModel::SubmittedByColumn, 0);
        QVERIFY(window.close());
    }
    MainWindow again(m_env->manager());
    QHeaderView *header =
        again.findChild<QTableView *>(QStringLiteral("jobTable"))->horizontalHeader();
    QCOMPARE(header->sectionSize(JobTableModel::FileNameColumn), 333);
    QCOMPARE(header->visualIndex(JobTableModel::SubmittedByColumn), 0);
}

void TestMainWindow::droppingAFileStartsTheWizard()
{
    MainWindow window(m_env->manager());
    const QString file = m_env->writeFile(QStringLiteral("sites.csv"), siteCsv(1));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<NewOperationWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->parameters().importFile, file);

    // Anything but one CSV or ZIP file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_env->path(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::switchingLanguageRetranslatesTheWindow()
{
    MainWindow window(m_env->manager());
    window.show();
    QAction *newAction = action(window, "newAction");
    QCOMPARE(newAction->text(), QStringLiteral("&New bulk operation…"));
    QCOMPARE(window.jobModel()->headerData(JobTableModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    setUiLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(newAction->text(), QStringLiteral("&Ny massåtgärd…"));
    QCOMPARE(
        window.jobModel()->headerData(JobTableModel::StartTimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Starttid"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Massåtgärder"));
    // Qt's own button texts come from ccbulk's catalogue.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Nästa >"));

    setUiLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(newAction->text(), QStringLiteral("&New bulk operation…"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
