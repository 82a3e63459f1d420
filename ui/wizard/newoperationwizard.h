#pragma once

#include "operationparameters.h"

#include <QWizard>

namespace ccbulk::ui {

class JobManager;

// "New bulk operation": the object type, import or export, the file (with a
// sample template to download), a dry run that shows what an import would do
// and every issue, then the job, started on the pool. One class per page;
// the pages share one OperationParameters.
class NewOperationWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TypePageId,
        OperationPageId,
        ImportFilePageId,
        CheckPageId,
        ExportPageId,
        SubmittedPageId
    };

    // presetFile: a file dropped on the dashboard, to import.
    NewOperationWizard(JobManager &manager, const QString &presetFile, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewOperationWizard)

    OperationParameters &parameters() { return m_parameters; }
    JobManager &manager() { return m_manager; }

Q_SIGNALS:
    void detailsRequested(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    JobManager &m_manager;
    OperationParameters m_parameters;
};

} // namespace ccbulk::ui
