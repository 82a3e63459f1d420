#include "rowresultmodel.h"

#include "common/statusicons.h"
#include "jobs/jobtext.h"

namespace ccbulk::ui {

int RowResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const RowResult &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row.row;
        case KeyColumn:
            return row.key;
        case OutcomeColumn:
            return JobText::outcomeName(row.outcome);
        case MessageColumn:
            return row.message;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? QVariant(outcomeIcon(row.outcome)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == MessageColumn && !row.message.isEmpty() ? QVariant(row.message)
                                                                         : QVariant();
    case OutcomeRole:
        return int(row.outcome);
    }
    return QVariant();
}

QVariant RowResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RowColumn:
        return tr("Row");
    case KeyColumn:
        return tr("Name");
    case OutcomeColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    }
    return QVariant();
}

void RowResultModel::setRows(QList<RowResult> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RowResultModel::retranslate()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RowResultFilter::setOutcome(int outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void RowResultFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool RowResultFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_outcome >= 0 &&
        model->index(sourceRow, 0, sourceParent).data(RowResultModel::OutcomeRole).toInt() !=
            m_outcome) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column = 0; column < RowResultModel::ColumnCount; ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace ccbulk::ui
