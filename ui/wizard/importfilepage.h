#pragma once

#include "operationparameters.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ccbulk::ui {

// The file to import: a sample template to start from, and the CSV (or, for
// audio files, the ZIP of WAV files) to submit.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(OperationParameters &parameters);
    Q_DISABLE_COPY_MOVE(ImportFilePage)

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool isZipType() const;
    void downloadTemplate();
    void browse();

    OperationParameters &m_parameters;
    QLabel *m_templateNote;
    QPushButton *m_templateButton;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browseButton;
    QLabel *m_fileProblem;
};

} // namespace ccbulk::ui
