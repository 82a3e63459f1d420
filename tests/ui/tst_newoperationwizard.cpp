#include "dashboard/jobtablemodel.h"
#include "dashboard/mainwindow.h"
#include "jobs/jobstore.h"
#include "uitestsupport.h"
#include "wizard/checkpage.h"
#include "wizard/issuetablemodel.h"
#include "wizard/newoperationwizard.h"
#include "wizard/submittedpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace ccbulk::ui;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qWarning("No child %s", name);
    }
    return found;
}

// Chooses the type in the first page's list by its id.
bool chooseType(NewOperationWizard *wizard, const QString &typeId)
{
    auto *list = child<QListWidget>(wizard, "typeList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == typeId) {
            list->setCurrentRow(row);
            return wizard->button(QWizard::NextButton)->isEnabled();
        }
    }
    return false;
}

} // namespace

class TestNewOperationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsFromTypeToCompletedJob();
    void checkPageListsIssuesAndAllowsSubmitting();
    void refusedFileCannotBeSubmitted();
    void missingFileIsSaidOnTheFilePage();
    void downloadsASampleTemplate();
    void exportsATemplate();
    void audioFilesCannotBeExported();
    void typeNamesFollowTheLanguage();

private:
    NewOperationWizard *openWizard(MainWindow &window);
    // From the first page to the check page, with the check done.
    CheckPage *goToCheck(NewOperationWizard *wizard, const QString &typeId, const QString &file);

    std::unique_ptr<UiTestEnvironment> m_env;
};

void TestNewOperationWizard::init()
{
    setUiLanguage(QStringLiteral("en"));
    m_env = std::make_unique<UiTestEnvironment>();
    QVERIFY(m_env->open());
}

void TestNewOperationWizard::cleanup()
{
    m_env.reset();
    setUiLanguage(QStringLiteral("en"));
}

NewOperationWizard *TestNewOperationWizard::openWizard(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
    return window.findChild<NewOperationWizard *>();
}

CheckPage *TestNewOperationWizard::goToCheck(NewOperationWizard *wizard, const QString &typeId,
                                             const QString &file)
{
    if (!chooseType(wizard, typeId)) {
        return nullptr;
    }
    wizard->next();
    if (wizard->currentId() != NewOperationWizard::OperationPageId) {
        return nullptr;
    }
    child<QRadioButton>(wizard, "importChoice")->setChecked(true);
    wizard->next();
    if (wizard->currentId() != NewOperationWizard::ImportFilePageId) {
        return nullptr;
    }
    child<QLineEdit>(wizard, "importFileEdit")->setText(file);
    wizard->next();
    auto *check = qobject_cast<CheckPage *>(wizard->currentPage());
    if (!check) {
        return nullptr;
    }
    QSignalSpy checked(check, &CheckPage::checked);
    if (check->isChecking() && !checked.wait(20000)) {
        return nullptr;
    }
    return check;
}

void TestNewOperationWizard::importsFromTypeToCompletedJob()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    const QString file =
        m_env->writeFile(QStringLiteral("sites.csv"),
                         "Name,Multimedia Profile\r\nStockholm,Default Multimedia Profile\r\n"
                         "Malmo,Default Multimedia Profile\r\n");
    CheckPage *check = goToCheck(wizard, QStringLiteral("site"), file);
    QVERIFY(check);
    QCOMPARE(check->outcome().objectsToCreate, 2);
    QVERIFY(child<QLabel>(wizard, "checkCounts")->text().contains(QStringLiteral("2 to create")));
    QCOMPARE(child<QTableView>(wizard, "issueTable")->model()->rowCount(), 0);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Submit"));

    QSignalSpy finished(&m_env->manager(), &JobManager::jobFinished);
    wizard->next(); // Submit
    QCOMPARE(wizard->currentId(), int(NewOperationWizard::SubmittedPageId));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newAction"))->isEnabled());
    QVERIFY(finished.wait(30000));
    const JobRecord job = finished.first().first().value<JobRecord>();
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.counts.created, 2);
    QCOMPARE(job.submittedBy, QStringLiteral("tester@example.com"));
    QTRY_VERIFY(child<QLabel>(wizard, "submittedState")->text().contains(job.id.left(8)));
    QVERIFY(child<QLabel>(wizard, "submittedState")->text().contains(QStringLiteral("Completed")));

    // The dashboard shows the finished job; details open from the wizard.
    QCOMPARE(window.jobModel()->rowOf(job.id), 0);
    QCOMPARE(window.jobModel()->job(0).status, JobStatus::Completed);
    QAbstractButton *details = wizard->button(QWizard::CustomButton1);
    QVERIFY(details->isEnabled());
    details->click();
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    QVERIFY(window.findChild<QDialog *>(QStringLiteral("jobDetailsDialog")));
}

void TestNewOperationWizard::checkPageListsIssuesAndAllowsSubmitting()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    const QString file =
        m_env->writeFile(QStringLiteral("sites.csv"),
                         "Name,Multimedia Profile\r\nStockholm,Default Multimedia Profile\r\n"
                         "Gothenburg,Defualt Multimedia Profile\r\n");
    CheckPage *check = goToCheck(wizard, QStringLiteral("site"), file);
    QVERIFY(check);
    auto *issues = child<QTableView>(wizard, "issueTable")->model();
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->index(0, IssueTableModel::RowColumn).data().toInt(), 3);
    QCOMPARE(issues->index(0, IssueTableModel::ColumnColumn).data().toString(),
             QStringLiteral("Multimedia Profile"));
    QCOMPARE(issues->index(0, IssueTableModel::SeverityColumn).data().toString(),
             QStringLiteral("Error"));
    // "Did you mean" names the close match.
    QVERIFY(issues->index(0, IssueTableModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Default Multimedia Profile")));
    QVERIFY(child<QLabel>(wizard, "checkSummary")->text().contains(QStringLiteral("1 error")));
    // Rows with errors fail alone: the file can still be submitted.
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    // Fixed in place, checked again: no issue left.
    m_env->writeFile(QStringLiteral("sites.csv"),
                     "Name,Multimedia Profile\r\nStockholm,Default Multimedia Profile\r\n"
                     "Gothenburg,Default Multimedia Profile\r\n");
    QSignalSpy checked(check, &CheckPage::checked);
    child<QPushButton>(wizard, "recheckButton")->click();
    QVERIFY(checked.wait(20000));
    QCOMPARE(issues->rowCount(), 0);
    QCOMPARE(check->outcome().objectsToCreate, 2);
}

void TestNewOperationWizard::refusedFileCannotBeSubmitted()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    const QString file = m_env->writeFile(QStringLiteral("wrong.csv"), "Colour,Size\r\nred,2\r\n");
    CheckPage *check = goToCheck(wizard, QStringLiteral("site"), file);
    QVERIFY(check);
    QVERIFY(check->outcome().report.refused);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, "checkSummary")
                ->text()
                .contains(QStringLiteral("cannot be imported")));
    QVERIFY(child<QTableView>(wizard, "issueTable")->model()->rowCount() > 0);
    QVERIFY(m_env->manager().store().jobs().isEmpty());
}

void TestNewOperationWizard::missingFileIsSaidOnTheFilePage()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    QVERIFY(chooseType(wizard, QStringLiteral("team")));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewOperationWizard::ImportFilePageId));
    child<QLineEdit>(wizard, "importFileEdit")->setText(m_env->path(QStringLiteral("none.csv")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewOperationWizard::ImportFilePageId));
    QVERIFY(child<QLabel>(wizard, "fileProblem")->text().contains(QStringLiteral("none.csv")));
}

void TestNewOperationWizard::downloadsASampleTemplate()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    QVERIFY(chooseType(wizard, QStringLiteral("team")));
    wizard->next();
    wizard->next();
    const QString target = m_env->path(QStringLiteral("team-template.csv"));
    PromptScript prompts({target});
    child<QPushButton>(wizard, "templateButton")->click();
    QCOMPARE(prompts.asked().size(), 1);
    QCOMPARE(prompts.asked().first().kind, Prompts::Kind::SaveFile);
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBFName,"));
    QVERIFY(content.endsWith("\r\n"));
    QCOMPARE(content.count('\n'), 1);
}

void TestNewOperationWizard::exportsATemplate()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    QVERIFY(chooseType(wizard, QStringLiteral("skill-definition")));
    wizard->next();
    child<QRadioButton>(wizard, "exportChoice")->setChecked(true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewOperationWizard::ExportPageId));
    child<QRadioButton>(wizard, "exportTemplateChoice")->setChecked(true);
    const QString target = m_env->path(QStringLiteral("skills.csv"));
    child<QLineEdit>(wizard, "exportFileEdit")->setText(target);
    const auto job = [&] {
        wizard->next();
        return m_env->waitForJob();
    }();
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Completed);
    QCOMPARE(job->type, JobType::Export);
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 1);
    QTRY_VERIFY(window.jobModel()->rowOf(job->id) >= 0);
}

void TestNewOperationWizard::audioFilesCannotBeExported()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    QVERIFY(chooseType(wizard, QStringLiteral("audio-file")));
    wizard->next();
    QVERIFY(!child<QRadioButton>(wizard, "exportChoice")->isEnabled());
    QVERIFY(child<QRadioButton>(wizard, "importChoice")->isChecked());
    wizard->next();
    QVERIFY(!child<QPushButton>(wizard, "templateButton")->isVisibleTo(wizard));
}

void TestNewOperationWizard::typeNamesFollowTheLanguage()
{
    MainWindow window(m_env->manager());
    NewOperationWizard *wizard = openWizard(window);
    auto *list = child<QListWidget>(wizard, "typeList");
    const auto nameOf = [list](const QString &id) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id) {
                return list->item(row)->text();
            }
        }
        return QString();
    };
    QCOMPARE(nameOf(QStringLiteral("queue")), QStringLiteral("Queue"));
    setUiLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(nameOf(QStringLiteral("queue")), QStringLiteral("Kö"));
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Ny massåtgärd"));
}

QTEST_MAIN(TestNewOperationWizard)
#include "tst_newoperationwizard.moc"
