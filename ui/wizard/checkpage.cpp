#include "checkpage.h"

#include "definitions/definitionregistry.h"
#include "issuetablemodel.h"
#include "jobs/importcheck.h"
#include "newoperationwizard.h"
#include "operations/jobmanager.h"
#include "tenant/local/localtenant.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ccbulk::ui {

namespace {

// On the pool: a tenant connection of its own, nothing written.
ImportOutcome runCheck(const QString &typeId, const AppSettings &settings, const QString &path)
{
    ImportOutcome outcome;
    const TypeDefinition *type = DefinitionRegistry::instance().find(typeId);
    LocalTenant tenant(settings.effectiveTenantPath());
    QString error;
    if (!type || !tenant.open(&error)) {
        outcome.report.refused = true;
        outcome.report.issues << Issue{Issue::Severity::Error, 0, -1, QString(), error};
        return outcome;
    }
    return checkImportFile(*type, DefinitionRegistry::instance(), tenant, settings.limits, path);
}

} // namespace

CheckPage::CheckPage(OperationParameters &parameters, JobManager &manager)
    : m_parameters(parameters), m_manager(manager), m_summary(new QLabel(this)),
      m_counts(new QLabel(this)), m_advice(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_recheck(new QPushButton(this)), m_issues(new IssueTableModel(this)),
      m_issueView(new QTableView(this)), m_issueDetail(new QLabel(this))
{
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_counts->setObjectName(QStringLiteral("checkCounts"));
    m_advice->setObjectName(QStringLiteral("checkAdvice"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_issueView->setObjectName(QStringLiteral("issueTable"));
    for (QLabel *label : {m_summary, m_counts, m_advice}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_busy->setRange(0, 0); // busy indicator: a check has no steps to count
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_issueView->setModel(m_issues);
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueView->setWordWrap(false);
    m_issueView->verticalHeader()->hide();
    m_issueView->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_issueView->fontMetrics();
    QHeaderView *header = m_issueView->horizontalHeader();
    header->resizeSection(IssueTableModel::SeverityColumn,
                          metrics.horizontalAdvance(QStringLiteral("Warning")) + metrics.height() +
                              24);
    header->resizeSection(IssueTableModel::RowColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    header->resizeSection(IssueTableModel::ColumnColumn, metrics.averageCharWidth() * 18);
    // A message can be long ("did you mean ..."): the selected one in full.
    m_issueDetail->setObjectName(QStringLiteral("issueDetail"));
    m_issueDetail->setWordWrap(true);
    m_issueDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issueDetail->setMinimumHeight(metrics.lineSpacing() * 2);
    m_recheck->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(m_issueView, 1);
    layout->addWidget(m_issueDetail);
    layout->addWidget(m_advice);
    connect(m_recheck, &QPushButton::clicked, this, &CheckPage::startCheck);
    connect(m_issueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_issueDetail->setText(
                    current.isValid()
                        ? m_issues->index(current.row(), IssueTableModel::MessageColumn)
                              .data()
                              .toString()
                        : QString());
            });
    // Submit waits while another job runs (here or in another process).
    connect(&m_manager, &JobManager::busyChanged, this, &QWizardPage::completeChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_outcome = m_watcher.result();
        m_done = true;
        showOutcome();
        Q_EMIT completeChanged();
        Q_EMIT checked();
    });
    retranslate();
}

CheckPage::~CheckPage()
{
    m_watcher.waitForFinished();
}

void CheckPage::retranslate()
{
    setTitle(tr("Check"));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    m_recheck->setText(tr("Check &again"));
    m_recheck->setToolTip(tr("Read the file again, after fixing it in a spreadsheet"));
    m_issueView->setAccessibleName(tr("Issues found in the file"));
    m_issues->retranslate();
    if (m_done) {
        showOutcome();
    }
}

void CheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void CheckPage::initializePage()
{
    setSubTitle(QDir::toNativeSeparators(m_parameters.importFile));
    startCheck();
}

void CheckPage::cleanupPage()
{
    m_done = false;
}

void CheckPage::startCheck()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_done = false;
    m_issues->setIssues({});
    m_issueDetail->clear();
    m_counts->clear();
    m_advice->clear();
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_parameters.importFile).fileName()));
    m_busy->show();
    m_recheck->setEnabled(false);
    Q_EMIT completeChanged();
    m_watcher.setFuture(QtConcurrent::run(runCheck, m_parameters.typeId, m_manager.settings(),
                                          m_parameters.importFile));
}

void CheckPage::showOutcome()
{
    const ValidationReport &report = m_outcome.report;
    m_busy->hide();
    m_recheck->setEnabled(true);
    m_issues->setIssues(report.issues);
    m_issueDetail->clear();
    if (!report.issues.isEmpty()) {
        m_issueView->setCurrentIndex(m_issues->index(0, IssueTableModel::MessageColumn));
    }
    const QString fileName = QFileInfo(m_parameters.importFile).fileName();
    if (report.refused) {
        m_summary->setText(tr("%1 cannot be imported.").arg(fileName));
        m_counts->clear();
        m_advice->setText(tr("Fix the file, then check it again, or go back and choose another "
                             "file."));
        return;
    }
    m_summary->setText(tr("%1: %n row(s) checked", nullptr, report.rows).arg(fileName) +
                       QStringLiteral(", ") + tr("%n error(s)", nullptr, report.errorCount()) +
                       QStringLiteral(", ") + tr("%n warning(s)", nullptr, report.warningCount()) +
                       QLatin1Char('.'));
    m_counts->setText(tr("Objects: %1 to create, %2 to update, %3 unchanged.")
                          .arg(m_outcome.objectsToCreate)
                          .arg(m_outcome.objectsToUpdate)
                          .arg(m_outcome.objectsUnchanged));
    m_advice->setText(report.errorCount() > 0
                          ? tr("Rows with errors will fail; the other rows will be imported. "
                               "Fix the file and check again, or submit it as it is.")
                          : tr("The file is ready. Submit starts the import."));
}

bool CheckPage::isComplete() const
{
    return m_done && !m_outcome.report.refused && !m_manager.isBusy();
}

bool CheckPage::validatePage()
{
    JobRequest request;
    request.type = JobType::Import;
    request.objectType = m_parameters.typeId;
    request.file = m_parameters.importFile;
    return m_manager.start(request);
}

int CheckPage::nextId() const
{
    return NewOperationWizard::SubmittedPageId;
}

} // namespace ccbulk::ui
