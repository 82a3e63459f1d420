#pragma once

#include "validation/issue.h"

#include <QAbstractTableModel>

namespace ccbulk::ui {

// The issues of a checked file, one per row: severity, spreadsheet row,
// column and message, in the order the check found them.
class IssueTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RowColumn,
        ColumnColumn,
        MessageColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(IssueTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setIssues(QList<Issue> issues);
    const QList<Issue> &issues() const { return m_issues; }
    void retranslate();

private:
    QList<Issue> m_issues;
};

} // namespace ccbulk::ui
