#pragma once

#include "jobs/jobrecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ccbulk::ui {

class JobManager;
class RowResultFilter;
class RowResultModel;

// One job: every dashboard field, the counts, the failure message, and its
// per-row results with a filter; "Export errors to CSV" for an import that
// completed with errors, "Download export file" for an export, Cancel for
// the running job. Follows the job while it runs (refresh()).
class JobDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    JobDetailsDialog(JobManager &manager, const QString &jobId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobDetailsDialog)

    // Reads the job (and, when they changed, its rows) from the store again.
    void refresh();
    QString jobId() const { return m_jobId; }
    const JobRecord &job() const { return m_job; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showJob();
    QLabel *addField(const char *objectName);

    JobManager &m_manager;
    QString m_jobId;
    JobRecord m_job;
    qsizetype m_rowsShown = -1;
    QFormLayout *m_form;
    QList<QLabel *> m_fields;
    QList<QLabel *> m_labels;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_message;
    QProgressBar *m_progress;
    QComboBox *m_outcomeFilter;
    QLineEdit *m_textFilter;
    RowResultModel *m_rows;
    RowResultFilter *m_filter;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportErrors;
    QPushButton *m_download;
    QPushButton *m_cancelJob;
};

} // namespace ccbulk::ui
