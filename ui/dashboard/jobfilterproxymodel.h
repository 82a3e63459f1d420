#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace ccbulk::ui {

class JobTableModel;

// The dashboard's search and sort over a JobTableModel: keeps the jobs whose
// fields contain the search text in any letter case, and sorts through the
// model's own comparison (times and status by value, text by locale).
//
// Built for 100 000 jobs and a keystroke at a time: each row's match is kept,
// so that a longer search (a character typed) tests only the rows that still
// matched, a shorter one (a character deleted) only those that did not, and
// each keystroke changes the view in one layout change rather
// than in thousands of row removals.
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
    void forgetMatches() { m_matches.clear(); }

    JobTableModel *m_jobs;
    QString m_typed;
    QString m_needle;
    QByteArray m_needleUtf8;
    // Per source row, whether it matches m_needle; empty when the jobs
    // changed since (then rows are tested as asked).
    std::vector<char> m_matches;
};

} // namespace ccbulk::ui
