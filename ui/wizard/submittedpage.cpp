#include "submittedpage.h"

#include "jobs/jobtext.h"
#include "operations/jobmanager.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace ccbulk::ui {

SubmittedPage::SubmittedPage(OperationParameters &parameters, JobManager &manager)
    : m_parameters(parameters), m_manager(manager), m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_hint(new QLabel(this))
{
    setFinalPage(true);
    m_state->setObjectName(QStringLiteral("submittedState"));
    m_progress->setObjectName(QStringLiteral("submittedProgress"));
    m_state->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_progress->setRange(0, 100);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addStretch();
    connect(&m_manager, &JobManager::jobProgress, this, &SubmittedPage::onProgress);
    connect(&m_manager, &JobManager::jobFinished, this, &SubmittedPage::onFinished);
    connect(&m_manager, &JobManager::startFailed, this, &SubmittedPage::onStartFailed);
    retranslate();
}

void SubmittedPage::retranslate()
{
    setTitle(tr("Submitted"));
    m_hint->setText(tr("The job goes on in the background when you close this window; the "
                       "dashboard shows its progress and tells you when it ends."));
    if (m_ended) {
        setButtonText(QWizard::FinishButton, tr("Close"));
    } else {
        setButtonText(QWizard::FinishButton, tr("Close and continue in &background"));
    }
    setButtonText(QWizard::CustomButton1, tr("Show job &details"));
    m_progress->setAccessibleName(tr("Progress of the job"));
}

void SubmittedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void SubmittedPage::initializePage()
{
    m_watching = true;
    m_state->setText(tr("The job has been submitted and is starting."));
    m_progress->setValue(0);
    if (QWizard *w = wizard()) {
        w->setOption(QWizard::HaveCustomButton1, true);
        w->button(QWizard::CustomButton1)->setObjectName(QStringLiteral("showDetailsButton"));
        w->button(QWizard::CustomButton1)->setEnabled(!m_jobId.isEmpty());
        if (!m_buttonConnected) {
            m_buttonConnected = true;
            connect(w, &QWizard::customButtonClicked, this, [this](int which) {
                if (which == QWizard::CustomButton1 && !m_jobId.isEmpty()) {
                    Q_EMIT detailsRequested(m_jobId);
                }
            });
        }
    }
}

void SubmittedPage::onProgress(const QString &jobId, int progress)
{
    if (!m_watching || m_ended) {
        return;
    }
    m_jobId = jobId;
    m_parameters.submittedJobId = jobId;
    m_progress->setValue(progress);
    m_state->setText(tr("Job %1 is in progress.").arg(jobId.left(8)));
    if (QWizard *w = wizard()) {
        w->button(QWizard::CustomButton1)->setEnabled(true);
    }
}

void SubmittedPage::onStartFailed(const QString &message)
{
    if (!m_watching || m_ended) {
        return;
    }
    // Another program's job won the race for the lock: nothing was submitted.
    m_ended = true;
    m_progress->hide();
    m_state->setText(tr("The job could not start: %1").arg(message));
    retranslate();
}

void SubmittedPage::onFinished(const JobRecord &job)
{
    if (!m_watching || m_ended) {
        return;
    }
    m_ended = true;
    m_jobId = job.id;
    m_parameters.submittedJobId = job.id;
    m_progress->setValue(100);
    QString text = tr("Job %1 ended: %2.").arg(job.id.left(8), JobText::statusName(job.status));
    if (!job.message.isEmpty()) {
        text += QLatin1Char('\n') + job.message;
    }
    m_state->setText(text);
    retranslate();
    if (QWizard *w = wizard()) {
        w->button(QWizard::CustomButton1)->setEnabled(true);
    }
}

} // namespace ccbulk::ui
