#pragma once

#include "jobs/jobrecord.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;

namespace ccbulk::ui {

class JobDetailsDialog;
class JobFilterProxyModel;
class JobManager;
class JobNotifier;
class JobTableModel;
class NewOperationWizard;

// The jobs dashboard: every bulk operation, newest first, with search, the
// New bulk operation wizard, job details, downloads, and the running job's
// progress. Notices jobs that other processes (another window, ccbulk-cli)
// add and finish.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(JobManager &manager, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Reads every job from the store (at start and after a purge).
    void reloadJobs();

    // Opens the wizard, with a file already chosen when one is given.
    NewOperationWizard *newOperation(const QString &file = QString());
    JobDetailsDialog *showDetails(const QString &jobId);
    void openSettings();

    JobTableModel *jobModel() const { return m_model; }
    JobFilterProxyModel *filterModel() const { return m_proxy; }
    JobNotifier *notifier() const { return m_notifier; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentre();
    void retranslate();
    void sizeColumns();
    void refreshJobs();
    void updateActions();
    void updateEmptyNote();
    void onBusyChanged();
    void onJobProgress(const QString &jobId, int progress);
    void onJobFinished(const ccbulk::JobRecord &job);
    void onActivated(const QModelIndex &index);
    void onClicked(const QModelIndex &index);
    std::optional<JobRecord> currentJob() const;
    void downloadCurrent();
    void exportErrorsOfCurrent();
    void showAbout();
    void saveLayout() const;
    void restoreLayout();

    JobManager &m_manager;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    JobNotifier *m_notifier;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_emptyNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_jobMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_exportErrorsAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<NewOperationWizard> m_wizard;
    QHash<QString, QPointer<JobDetailsDialog>> m_details;
    bool m_layoutRestored = false; // column widths chosen by the user
};

} // namespace ccbulk::ui
