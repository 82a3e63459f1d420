#include "issuetablemodel.h"

#include "common/statusicons.h"

namespace ccbulk::ui {

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Issue &issue = m_issues.at(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        return issue.isError() ? statusIcon(JobStatus::Failed)
                               : statusIcon(JobStatus::CompletedWithErrors);
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn) {
        return issue.message;
    }
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (index.column()) {
    case SeverityColumn:
        return issue.isError() ? tr("Error") : tr("Warning");
    case RowColumn:
        return issue.row > 0 ? QVariant(issue.row) : QVariant(tr("File"));
    case ColumnColumn:
        return issue.column;
    case MessageColumn:
        return issue.message;
    }
    return QVariant();
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    }
    return QVariant();
}

void IssueTableModel::setIssues(QList<Issue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

void IssueTableModel::retranslate()
{
    if (!m_issues.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_issues.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace ccbulk::ui
