#include "mainwindow.h"

#include "common/prompts.h"
#include "definitions/definitionregistry.h"
#include "details/jobdetailsdialog.h"
#include "i18n/language.h"
#include "jobfilterproxymodel.h"
#include "jobnotifier.h"
#include "jobs/jobtext.h"
#include "jobtablemodel.h"
#include "operations/jobfileactions.h"
#include "operations/jobmanager.h"
#include "preferences/settingsdialog.h"
#include "statusdelegate.h"
#include "wizard/newoperationwizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ccbulk::ui {

namespace {

bool isSubmittableFile(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(JobManager &manager, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_model(new JobTableModel(this)),
      m_proxy(new JobFilterProxyModel(m_model, this)), m_notifier(new JobNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createCentre();
    retranslate();
    restoreLayout();

    connect(&m_manager, &JobManager::busyChanged, this, &MainWindow::onBusyChanged);
    connect(&m_manager, &JobManager::jobProgress, this, &MainWindow::onJobProgress);
    connect(&m_manager, &JobManager::jobFinished, this, &MainWindow::onJobFinished);
    connect(&m_manager, &JobManager::jobsChanged, this, &MainWindow::refreshJobs);
    connect(&m_manager, &JobManager::jobsPurged, this, &MainWindow::reloadJobs);
    connect(&m_manager, &JobManager::startFailed, this, [this](const QString &message) {
        Prompts::tell(this, QMessageBox::Warning, tr("The job could not start"), message);
    });
    reloadJobs();
    onBusyChanged();
}

MainWindow::~MainWindow()
{
    // The dialogs go first, while the map their destroyed() handlers update
    // still exists.
    const QList<QPointer<JobDetailsDialog>> dialogs = m_details.values();
    m_details.clear();
    for (const QPointer<JobDetailsDialog> &dialog : dialogs) {
        delete dialog.data();
    }
    delete m_wizard.data();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(m_newAction, &QAction::triggered, this, [this] { newOperation(); });

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_detailsAction = new QAction(this);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (const auto job = currentJob()) {
            showDetails(job->id);
        }
    });

    m_downloadAction = new QAction(this);
    m_downloadAction->setObjectName(QStringLiteral("downloadAction"));
    m_downloadAction->setShortcut(QKeySequence::Save);
    connect(m_downloadAction, &QAction::triggered, this, &MainWindow::downloadCurrent);

    m_exportErrorsAction = new QAction(this);
    m_exportErrorsAction->setObjectName(QStringLiteral("exportErrorsAction"));
    m_exportErrorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportErrorsAction, &QAction::triggered, this, &MainWindow::exportErrorsOfCurrent);

    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    connect(m_cancelAction, &QAction::triggered, &m_manager, &JobManager::cancel);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_jobMenu = menuBar()->addMenu(QString());
    m_jobMenu->addAction(m_findAction);
    m_jobMenu->addSeparator();
    m_jobMenu->addAction(m_detailsAction);
    m_jobMenu->addAction(m_downloadAction);
    m_jobMenu->addAction(m_exportErrorsAction);
    m_jobMenu->addSeparator();
    m_jobMenu->addAction(m_cancelAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxyModel::setSearchText);
}

void MainWindow::createCentre()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobTableModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: 100 000 rows lay out without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    sizeColumns();
    // Newest first is the store's order: no sort until a header is clicked.
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    setCentralWidget(m_table);

    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::onActivated);
    connect(m_table, &QAbstractItemView::clicked, this, &MainWindow::onClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_detailsAction, m_downloadAction, m_exportErrorsAction});

    // Said in the empty table: why it is empty, and what to do.
    m_emptyNote = new QLabel(m_table->viewport());
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &MainWindow::updateEmptyNote);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyNote);
    m_table->viewport()->installEventFilter(this);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::sizeColumns()
{
    // Wide enough for typical values in the UI language; the user's own
    // widths are restored over these (restoreLayout).
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, int contentWidth) {
        const int headerWidth =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, std::max(contentWidth, headerWidth) + 20);
    };
    int longestType = 0;
    for (const TypeDefinition &type : DefinitionRegistry::instance().types()) {
        longestType = std::max(longestType, metrics.horizontalAdvance(type.name(uiLanguage())));
    }
    const int time = metrics.horizontalAdvance(
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat));
    const int icon = metrics.height() + 8;
    fit(JobTableModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("01234567")));
    fit(JobTableModel::FileNameColumn,
        metrics.horizontalAdvance(QStringLiteral("entry-point-mapping.csv")));
    fit(JobTableModel::TypeColumn, metrics.horizontalAdvance(JobText::typeName(JobType::Export)));
    fit(JobTableModel::ObjectColumn, std::min(longestType, metrics.averageCharWidth() * 22));
    fit(JobTableModel::StatusColumn,
        metrics.horizontalAdvance(JobText::statusName(JobStatus::CompletedWithErrors)) + icon);
    fit(JobTableModel::SubmittedByColumn,
        metrics.horizontalAdvance(QStringLiteral("anna.berg@example.com")));
    fit(JobTableModel::StartTimeColumn, time);
    fit(JobTableModel::EndTimeColumn, time);
}

void MainWindow::retranslate()
{
    // The application's name is added to the title by Qt.
    setWindowTitle(tr("Bulk operations"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Jobs"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New bulk operation…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Search jobs"));
    m_detailsAction->setText(tr("Job &details"));
    m_downloadAction->setText(tr("&Download export file…"));
    m_exportErrorsAction->setText(tr("&Export errors to CSV…"));
    m_cancelAction->setText(tr("&Cancel the running job"));
    m_aboutAction->setText(tr("&About ccbulk"));
    m_search->setPlaceholderText(tr("Search jobs (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_table->setAccessibleName(tr("Bulk operations"));
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_model->retranslate();
    updateEmptyNote();
    if (!m_layoutRestored) {
        sizeColumns();
    }
    onBusyChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::reloadJobs()
{
    m_model->setJobs(m_manager.store().jobs());
    updateActions();
}

void MainWindow::refreshJobs()
{
    // Finished jobs never change: only new jobs and those still open need
    // reading again.
    const QDateTime newest = m_model->newestCreated();
    if (!newest.isValid()) {
        reloadJobs();
        return;
    }
    QList<JobRecord> changed = m_manager.store().jobsCreatedFrom(newest);
    for (const QString &id : m_model->activeJobIds()) {
        if (const auto job = m_manager.store().job(id)) {
            changed << *job;
        }
    }
    m_model->mergeJobs(changed);
    for (const JobRecord &job : std::as_const(changed)) {
        if (const auto dialog = m_details.value(job.id)) {
            dialog->refresh();
        }
    }
    updateActions();
}

void MainWindow::onBusyChanged()
{
    const bool busy = m_manager.isBusy();
    m_newAction->setEnabled(!busy);
    const QString active = m_manager.activeJobId();
    if (busy) {
        const QString reason =
            m_manager.isRunningHere()
                ? tr("A job is running. One bulk operation runs at a time.")
                : (active.isEmpty()
                       ? tr("Another ccbulk program is running a job. One bulk operation runs at "
                            "a time.")
                       : tr("Another ccbulk program is running job %1. One bulk operation runs "
                            "at a time.")
                             .arg(active.left(8)));
        m_newAction->setToolTip(reason);
        m_newAction->setStatusTip(reason);
        m_statusLabel->setText(reason);
    } else {
        m_newAction->setToolTip(tr("Start a new import or export (Ctrl+N)"));
        m_newAction->setStatusTip(QString());
        m_statusLabel->setText(tr("%n job(s)", nullptr, m_model->rowCount()));
        m_progress->hide();
    }
    updateActions();
}

void MainWindow::onJobProgress(const QString &jobId, int progress)
{
    if (m_model->rowOf(jobId) < 0) {
        refreshJobs();
    }
    m_model->setProgress(jobId, progress);
    m_progress->setValue(progress);
    m_progress->show();
    m_statusLabel->setText(tr("Job %1 in progress: %2%").arg(jobId.left(8)).arg(progress));
    if (const auto dialog = m_details.value(jobId)) {
        dialog->refresh();
    }
}

void MainWindow::onJobFinished(const JobRecord &job)
{
    m_model->mergeJobs({job});
    m_progress->hide();
    onBusyChanged();
    if (const auto dialog = m_details.value(job.id)) {
        dialog->refresh();
    }
    m_notifier->jobEnded(job);
}

std::optional<JobRecord> MainWindow::currentJob() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_model->job(m_proxy->mapToSource(current).row());
}

void MainWindow::updateEmptyNote()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        m_emptyNote->setText(
            m_model->rowCount() == 0
                ? tr("No bulk operations yet.\nNew bulk operation (Ctrl+N) imports or exports "
                     "objects; you can also drop a CSV or ZIP file here.")
                : tr("No job matches “%1”.").arg(m_search->text().trimmed()));
        m_emptyNote->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyNote->setVisible(empty);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyNote->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateActions()
{
    const auto job = currentJob();
    m_detailsAction->setEnabled(job.has_value());
    m_downloadAction->setEnabled(job && JobFileActions::canDownload(*job));
    m_exportErrorsAction->setEnabled(job && JobFileActions::canExportErrors(*job));
    m_cancelAction->setEnabled(m_manager.isRunningHere());
}

void MainWindow::onActivated(const QModelIndex &index)
{
    if (index.isValid()) {
        showDetails(index.data(JobTableModel::JobIdRole).toString());
    }
}

void MainWindow::onClicked(const QModelIndex &index)
{
    if (index.column() == JobTableModel::ActionColumn &&
        index.data(JobTableModel::CanDownloadRole).toBool()) {
        downloadCurrent();
    }
}

void MainWindow::downloadCurrent()
{
    if (const auto job = currentJob()) {
        if (JobFileActions::downloadExportFile(this, *job)) {
            statusBar()->showMessage(tr("Export file saved."), 5000);
        }
    }
}

void MainWindow::exportErrorsOfCurrent()
{
    if (const auto job = currentJob()) {
        if (JobFileActions::exportErrors(this, m_manager.store(), *job)) {
            statusBar()->showMessage(tr("Error CSV saved."), 5000);
        }
    }
}

NewOperationWizard *MainWindow::newOperation(const QString &file)
{
    if (!m_newAction->isEnabled()) {
        return nullptr;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new NewOperationWizard(m_manager, file, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &NewOperationWizard::detailsRequested, this, &MainWindow::showDetails);
    m_wizard->show();
    return m_wizard;
}

JobDetailsDialog *MainWindow::showDetails(const QString &jobId)
{
    if (const auto open = m_details.value(jobId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new JobDetailsDialog(m_manager, jobId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_details.insert(jobId, dialog);
    connect(dialog, &QObject::destroyed, this, [this, jobId] { m_details.remove(jobId); });
    dialog->show();
    return dialog;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_manager, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    Prompts::tell(this, QMessageBox::Information, tr("About ccbulk"),
                  tr("ccbulk %1\n\nCreate, update, import and export the configuration of a "
                     "Webex Contact Center tenant in bulk.")
                      .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_manager.isRunningHere()) {
        const int choice = Prompts::ask(
            this, QMessageBox::Question, tr("A job is running"),
            tr("A bulk operation is still running. Cancel it and quit, or wait for it to end? "
               "Rows already written are kept when you cancel."),
            {tr("Cancel the job and quit"), tr("Wait")}, 1, 1);
        if (choice != 0) {
            event->ignore();
            return;
        }
        m_manager.cancel();
        m_manager.waitForFinished();
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        isSubmittableFile(urls.first().toLocalFile()) && m_newAction->isEnabled()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        newOperation(urls.first().toLocalFile());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("dashboard/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("dashboard/columns"),
                      m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("dashboard/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
        resize(std::min(1320, available.width()), std::min(680, available.height()));
    }
    m_layoutRestored = m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("dashboard/columns")).toByteArray());
}

} // namespace ccbulk::ui
