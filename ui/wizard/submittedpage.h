#pragma once

#include "jobs/jobrecord.h"
#include "operationparameters.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace ccbulk::ui {

class JobManager;

// The job has been submitted: its progress while the wizard stays open, and
// the choice to close and let it run in the background, or to follow it in
// the job's details.
class SubmittedPage final : public QWizardPage
{
    Q_OBJECT

public:
    SubmittedPage(OperationParameters &parameters, JobManager &manager);
    Q_DISABLE_COPY_MOVE(SubmittedPage)

    void initializePage() override;
    QString jobId() const { return m_jobId; }
    bool hasEnded() const { return m_ended; }

Q_SIGNALS:
    void detailsRequested(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProgress(const QString &jobId, int progress);
    void onFinished(const ccbulk::JobRecord &job);
    void onStartFailed(const QString &message);

    OperationParameters &m_parameters;
    JobManager &m_manager;
    QString m_jobId;
    bool m_watching = false; // from the moment this page shows
    bool m_ended = false;
    bool m_buttonConnected = false;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_hint;
};

} // namespace ccbulk::ui
