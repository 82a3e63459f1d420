#include "jobfilterproxymodel.h"

#include "jobs/jobsearch.h"
#include "jobtablemodel.h"

namespace ccbulk::ui {

JobFilterProxyModel::JobFilterProxyModel(JobTableModel *jobs, QObject *parent)
    : QSortFilterProxyModel(parent), m_jobs(jobs)
{
    // A changed job may change what it matches (its status, say). Connected
    // before the proxy's own handlers, so that they filter with fresh matches.
    connect(jobs, &QAbstractItemModel::modelReset, this, &JobFilterProxyModel::forgetMatches);
    connect(jobs, &QAbstractItemModel::layoutChanged, this, &JobFilterProxyModel::forgetMatches);
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &JobFilterProxyModel::forgetMatches);
    connect(jobs, &QAbstractItemModel::rowsRemoved, this, &JobFilterProxyModel::forgetMatches);
    connect(jobs, &QAbstractItemModel::dataChanged, this, &JobFilterProxyModel::forgetMatches);
    setSourceModel(jobs);
}

void JobFilterProxyModel::setSearchText(const QString &text)
{
    const QString needle = jobSearchNeedle(text);
    m_typed = text;
    if (needle == m_needle) {
        return;
    }
    const size_t rows = size_t(m_jobs->rowCount());
    const bool known = m_matches.size() == rows;
    // A search that holds the last one (a character typed) can only keep rows
    // that matched it; one held by the last (a character deleted) keeps them
    // all and can only add rows that did not.
    const bool narrowing = known && !m_needle.isEmpty() && needle.contains(m_needle);
    const bool widening = known && !needle.isEmpty() && m_needle.contains(needle);
    if (!narrowing && !widening) {
        m_matches.assign(rows, 1);
    }
    const QByteArray utf8 = needle.toUtf8();
    const std::string_view bytes(utf8.constData(), size_t(utf8.size()));
    const char retest = widening ? 0 : 1;
    for (size_t row = 0; row < rows; ++row) {
        if (m_matches[row] == retest) {
            m_matches[row] = m_jobs->matchesUtf8(int(row), bytes) ? 1 : 0;
        }
    }
    m_needle = needle;
    m_needleUtf8 = utf8;
    // One layout change: invalidateFilter() would remove the rows that no
    // longer match run by run, and the view pays for every run.
    invalidate();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    if (m_matches.size() == size_t(m_jobs->rowCount())) {
        return m_matches[size_t(sourceRow)] != 0;
    }
    return m_jobs->matchesUtf8(
        sourceRow, std::string_view(m_needleUtf8.constData(), size_t(m_needleUtf8.size())));
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_jobs->lessThan(left.row(), right.row(), left.column());
}

} // namespace ccbulk::ui
