#include "jobfilterproxymodel.h"

#include "jobs/jobsearch.h"
#include "jobtablemodel.h"

namespace ccbulk::ui {

JobFilterProxyModel::JobFilterProxyModel(JobTableModel *jobs, QObject *parent)
    : QSortFilterProxyModel(parent), m_jobs(jobs)
{
    setSourceModel(jobs);
}

void JobFilterProxyModel::setSearchText(const QString &text)
{
    const QString needle = jobSearchNeedle(text);
    m_typed = text;
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    invalidateFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_jobs->matches(sourceRow, m_needle);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_jobs->lessThan(left.row(), right.row(), left.column());
}

} // namespace ccbulk::ui
