#pragma once

#include "operationparameters.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ccbulk::ui {

class JobManager;

// What to export (the objects, or an empty template) and where to.
class ExportPage final : public QWizardPage
{
    Q_OBJECT

public:
    ExportPage(OperationParameters &parameters, JobManager &manager);
    Q_DISABLE_COPY_MOVE(ExportPage)

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    QString chosenPath() const;

    OperationParameters &m_parameters;
    JobManager &m_manager;
    QRadioButton *m_data;
    QRadioButton *m_template;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_note;
};

} // namespace ccbulk::ui
