#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ccbulk::ui {

class JobManager;

// The submitter's e-mail address, the language (applied at once, without a
// restart), the local tenant file and the file limits. Saved where ccbulk-cli
// reads them too.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(JobManager &manager, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // The settings as the dialog's fields give them.
    AppSettings chosen() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(const AppSettings &settings);
    void browseTenant();
    bool check(QString *problem) const;

    JobManager &m_manager;
    QFormLayout *m_form;
    QLineEdit *m_email;
    QComboBox *m_language;
    QLineEdit *m_tenant;
    QPushButton *m_browseTenant;
    QSpinBox *m_maxRows;
    QSpinBox *m_maxCsvMegabytes;
    QSpinBox *m_maxZipMegabytes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ccbulk::ui
