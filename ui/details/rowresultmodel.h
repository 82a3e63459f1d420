#pragma once

#include "jobs/jobrecord.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ccbulk::ui {

// A job's per-row results: row, key, outcome, message.
class RowResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        KeyColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(RowResultModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QList<RowResult> rows);
    void retranslate();

private:
    QList<RowResult> m_rows;
};

// Filters the results by outcome (-1: all) and by text in any column.
class RowResultFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    Q_DISABLE_COPY_MOVE(RowResultFilter)

    void setOutcome(int outcome);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_outcome = -1;
    QString m_text;
};

} // namespace ccbulk::ui
