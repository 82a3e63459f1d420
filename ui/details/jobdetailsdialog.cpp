#include "jobdetailsdialog.h"

#include "common/statusicons.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/jobtext.h"
#include "operations/jobfileactions.h"
#include "operations/jobmanager.h"
#include "rowresultmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ccbulk::ui {

namespace {

enum Field
{
    IdField,
    FileField,
    TypeField,
    ObjectField,
    SubmitterField,
    StartField,
    EndField
};

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : QStringLiteral("–");
}

constexpr RowResult::Outcome kOutcomes[] = {
    RowResult::Outcome::Created, RowResult::Outcome::Updated, RowResult::Outcome::Unchanged,
    RowResult::Outcome::Failed, RowResult::Outcome::Skipped};

} // namespace

JobDetailsDialog::JobDetailsDialog(JobManager &manager, const QString &jobId, QWidget *parent)
    : QDialog(parent), m_manager(manager), m_jobId(jobId), m_form(new QFormLayout),
      m_statusIcon(new QLabel(this)), m_status(new QLabel(this)), m_counts(new QLabel(this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_outcomeFilter(new QComboBox(this)), m_textFilter(new QLineEdit(this)),
      m_rows(new RowResultModel(this)), m_filter(new RowResultFilter(this)),
      m_table(new QTableView(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("jobDetailsDialog"));
    for (const char *name : {"idField", "fileField", "typeField", "objectField", "submitterField",
                             "startField", "endField"}) {
        m_fields << addField(name);
    }
    m_status->setObjectName(QStringLiteral("statusField"));
    m_counts->setObjectName(QStringLiteral("countsField"));
    m_message->setObjectName(QStringLiteral("messageField"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilter"));
    m_textFilter->setObjectName(QStringLiteral("rowFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("rowTable"));
    m_filter->setSourceModel(m_rows);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(RowResultModel::RowColumn, 60);
    m_table->horizontalHeader()->resizeSection(RowResultModel::KeyColumn, 200);
    m_table->horizontalHeader()->resizeSection(RowResultModel::OutcomeColumn, 120);

    m_exportErrors = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportErrors->setObjectName(QStringLiteral("exportErrorsButton"));
    m_download = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_cancelJob = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelJob->setObjectName(QStringLiteral("cancelJobButton"));

    auto *statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    // The form in the dashboard's column order, the status after the object.
    const QList<QWidget *> values = {m_fields.at(IdField),
                                     m_fields.at(FileField),
                                     m_fields.at(TypeField),
                                     m_fields.at(ObjectField),
                                     statusRow,
                                     m_fields.at(SubmitterField),
                                     m_fields.at(StartField),
                                     m_fields.at(EndField)};
    for (QWidget *value : values) {
        auto *label = new QLabel(this);
        label->setBuddy(value);
        m_labels << label;
        m_form->addRow(label, value);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outcomeFilter);
    filters->addWidget(m_textFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_counts);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportErrors, &QPushButton::clicked, this,
            [this] { JobFileActions::exportErrors(this, m_manager.store(), m_job); });
    connect(m_download, &QPushButton::clicked, this,
            [this] { JobFileActions::downloadExportFile(this, m_job); });
    connect(m_cancelJob, &QPushButton::clicked, &m_manager, &JobManager::cancel);
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setOutcome(m_outcomeFilter->itemData(index).toInt()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &RowResultFilter::setText);
    resize(860, 620);
    retranslate();
    refresh();
}

QLabel *JobDetailsDialog::addField(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void JobDetailsDialog::retranslate()
{
    setWindowTitle(tr("Job details"));
    const QStringList labels = {
        tr("Bulk operation ID:"), tr("File name:"),  tr("Job type:"), tr("Object:"), tr("Status:"),
        tr("Submitted by:"),      tr("Start time:"), tr("End time:")};
    for (qsizetype row = 0; row < m_labels.size() && row < labels.size(); ++row) {
        m_labels.at(row)->setText(labels.at(row));
    }
    const int current = m_outcomeFilter->currentIndex();
    m_outcomeFilter->clear();
    m_outcomeFilter->addItem(tr("All results"), -1);
    for (const RowResult::Outcome outcome : kOutcomes) {
        m_outcomeFilter->addItem(JobText::outcomeName(outcome), int(outcome));
    }
    m_outcomeFilter->setCurrentIndex(std::max(0, current));
    m_outcomeFilter->setAccessibleName(tr("Show results"));
    m_textFilter->setPlaceholderText(tr("Filter rows"));
    m_textFilter->setAccessibleName(tr("Filter rows"));
    m_table->setAccessibleName(tr("Results per row"));
    m_exportErrors->setText(tr("&Export errors to CSV…"));
    m_download->setText(tr("&Download export file…"));
    m_cancelJob->setText(tr("&Cancel job"));
    m_rows->retranslate();
    showJob();
}

void JobDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void JobDetailsDialog::refresh()
{
    const auto job = m_manager.store().job(m_jobId);
    if (!job) {
        m_message->setText(m_manager.store().lastError());
        return;
    }
    m_job = *job;
    // Rows are appended as batches end, and each batch moves the progress
    // (the store learns a running job's counts only when it ends): read them
    // again when the progress moved, and once when the job ends.
    const qsizetype rowsDone = m_job.isActive() ? m_job.progress : m_job.counts.total;
    if (!m_job.isActive() || rowsDone != m_rowsShown) {
        const QList<RowResult> rows = m_manager.store().rows(m_jobId);
        if (rows.size() != m_rows->rowCount() || !m_job.isActive()) {
            m_rows->setRows(rows);
        }
        m_rowsShown = rowsDone;
    }
    showJob();
}

void JobDetailsDialog::showJob()
{
    if (m_job.id.isEmpty()) {
        return;
    }
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_job.objectType);
    m_fields.at(IdField)->setText(m_job.id);
    m_fields.at(FileField)->setText(m_job.fileName);
    m_fields.at(TypeField)->setText(JobText::typeName(m_job.type));
    m_fields.at(ObjectField)->setText(type ? type->name(uiLanguage()) : m_job.objectType);
    m_fields.at(SubmitterField)->setText(m_job.submittedBy);
    m_fields.at(StartField)->setText(formatTime(m_job.started));
    m_fields.at(EndField)->setText(formatTime(m_job.ended));
    const int iconSize = m_status->fontMetrics().height();
    m_statusIcon->setPixmap(
        statusIcon(m_job.status).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_status->setText(JobText::statusName(m_job.status));
    const JobCounts &c = m_job.counts;
    m_counts->setText(m_job.type == JobType::Export
                          ? tr("%n object(s) exported.", nullptr, c.total)
                          : tr("Rows: %1 in all, %2 created, %3 updated, %4 unchanged, %5 failed, "
                               "%6 skipped.")
                                .arg(c.total)
                                .arg(c.created)
                                .arg(c.updated)
                                .arg(c.unchanged)
                                .arg(c.failed)
                                .arg(c.skipped));
    m_progress->setVisible(m_job.status == JobStatus::InProgress);
    m_progress->setValue(m_job.progress);
    m_message->setVisible(!m_job.message.isEmpty());
    m_message->setText(m_job.message);
    m_exportErrors->setVisible(JobFileActions::canExportErrors(m_job));
    m_download->setVisible(JobFileActions::canDownload(m_job));
    m_cancelJob->setVisible(m_job.isActive() && m_manager.isRunningHere() &&
                            m_manager.activeJobId() == m_job.id);
}

} // namespace ccbulk::ui
