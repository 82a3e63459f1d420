#pragma once

#include "jobs/importengine.h"
#include "operationparameters.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ccbulk::ui {

class IssueTableModel;
class JobManager;

// The dry run: checks the file against its type and the tenant on the pool
// (the window stays responsive), then shows how many objects the import
// would create, update and leave unchanged, and every issue. The user goes
// back to choose a fixed file, checks again after fixing it in place, or
// submits. A refused file cannot be submitted.
class CheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    CheckPage(OperationParameters &parameters, JobManager &manager);
    ~CheckPage() override;
    Q_DISABLE_COPY_MOVE(CheckPage)

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isChecking() const { return m_watcher.isRunning(); }
    const ImportOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    // The check ended and its outcome is shown.
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startCheck();
    void showOutcome();

    OperationParameters &m_parameters;
    JobManager &m_manager;
    QFutureWatcher<ImportOutcome> m_watcher;
    ImportOutcome m_outcome;
    bool m_done = false;
    QLabel *m_summary;
    QLabel *m_counts;
    QLabel *m_advice;
    QProgressBar *m_busy;
    QPushButton *m_recheck;
    IssueTableModel *m_issues;
    QTableView *m_issueView;
    QLabel *m_issueDetail;
};

} // namespace ccbulk::ui
