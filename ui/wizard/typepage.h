#pragma once

#include "operationparameters.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace ccbulk::ui {

// Which kind of object: every type, named in the UI language, with its
// one-line description under the list.
class TypePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit TypePage(OperationParameters &parameters);
    Q_DISABLE_COPY_MOVE(TypePage)

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showDescription();

    OperationParameters &m_parameters;
    QListWidget *m_types;
    QLabel *m_description;
};

} // namespace ccbulk::ui
