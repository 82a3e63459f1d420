#pragma once

#include <QSortFilterProxyModel>

namespace ccbulk::ui {

class JobTableModel;

// The dashboard's search and sort over a JobTableModel: keeps the jobs whose
// fields contain the search text in any letter case, and sorts through the
// model's own comparison (times and status by value, text by locale).
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxyModel(JobTableModel *jobs, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

    void setSearchText(const QString &text);
    QString searchText() const { return m_typed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    JobTableModel *m_jobs;
    QString m_typed;
    QString m_needle;
};

} // namespace ccbulk::ui
