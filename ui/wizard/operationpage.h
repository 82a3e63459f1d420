#pragma once

#include "operationparameters.h"

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace ccbulk::ui {

// Import or export the chosen type.
class OperationPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OperationPage(OperationParameters &parameters);
    Q_DISABLE_COPY_MOVE(OperationPage)

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    OperationParameters &m_parameters;
    QRadioButton *m_import;
    QRadioButton *m_export;
    QLabel *m_exportNote;
};

} // namespace ccbulk::ui
