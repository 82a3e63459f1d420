#pragma once

#include "jobs/jobrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <string_view>
#include <vector>

namespace ccbulk::ui {

// The jobs of the dashboard, newest first, one row per job. Display text is
// formatted in the user's language and locale; RawValueRole gives what to
// sort by (times as milliseconds, status as its order), JobIdRole the id.
// Each row keeps its search text (jobSearchText()), so filtering 100 000 jobs
// as the user types touches no database and formats nothing.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        FileNameColumn,
        TypeColumn,
        ObjectColumn,
        StatusColumn,
        SubmittedByColumn,
        StartTimeColumn,
        EndTimeColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        JobIdRole,
        ProgressRole, // 0-100 while In progress, else -1
        CanDownloadRole
    };

    explicit JobTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every job (newest first, as JobStore::jobs() gives them).
    void setJobs(QList<JobRecord> jobs);
    // Adds the jobs not held yet (at the top: they are the newest) and
    // replaces those held, with one dataChanged over the changed rows.
    void mergeJobs(const QList<JobRecord> &jobs);
    // One job's progress, from the running job's reports.
    void setProgress(const QString &id, int progress);

    const JobRecord &job(int row) const { return m_jobs.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    // The created time of the newest job held; null when empty.
    QDateTime newestCreated() const;
    // The ids of the jobs held as New or In progress.
    QStringList activeJobIds() const;

    // For the filter and the sort, without QVariant on the way.
    // needle as jobSearchNeedle() makes it; matchesUtf8 takes it in UTF-8.
    bool matches(int row, const QString &needle) const;
    bool matchesUtf8(int row, std::string_view needle) const;
    bool lessThan(int left, int right, int column) const;

    // The words and search texts follow the UI language.
    void retranslate();

private:
    QString displayText(const JobRecord &job, int column) const;
    QVariant rawValue(const JobRecord &job, int column) const;
    void reindex();
    // Per row, its place in the column's text order (equal texts equal).
    const std::vector<int> &textRanks(int column) const;
    void forgetRanks();

    QList<JobRecord> m_jobs;
    QList<QByteArray> m_searchTexts; // per row, jobSearchText() in UTF-8
    QHash<QString, int> m_rowById;
    mutable std::array<std::vector<int>, ColumnCount> m_textRanks;
};

} // namespace ccbulk::ui
