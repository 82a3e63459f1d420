#include "newoperationwizard.h"

#include "checkpage.h"
#include "exportpage.h"
#include "importfilepage.h"
#include "operationpage.h"
#include "submittedpage.h"
#include "typepage.h"

#include <QEvent>

namespace ccbulk::ui {

NewOperationWizard::NewOperationWizard(JobManager &manager, const QString &presetFile,
                                       QWidget *parent)
    : QWizard(parent), m_manager(manager)
{
    setObjectName(QStringLiteral("newOperationWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_parameters.importFile = presetFile;
    setPage(TypePageId, new TypePage(m_parameters));
    setPage(OperationPageId, new OperationPage(m_parameters));
    setPage(ImportFilePageId, new ImportFilePage(m_parameters));
    setPage(CheckPageId, new CheckPage(m_parameters, manager));
    setPage(ExportPageId, new ExportPage(m_parameters, manager));
    auto *submitted = new SubmittedPage(m_parameters, manager);
    setPage(SubmittedPageId, submitted);
    connect(submitted, &SubmittedPage::detailsRequested, this, [this](const QString &jobId) {
        Q_EMIT detailsRequested(jobId);
        accept();
    });
    resize(920, 620);
    retranslate();
}

void NewOperationWizard::retranslate()
{
    setWindowTitle(tr("New bulk operation"));
}

void NewOperationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

} // namespace ccbulk::ui
