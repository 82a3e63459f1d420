#pragma once

#include "../csv/csvrecord.h"
#include "conditions.h"
#include "headermapping.h"
#include "issue.h"
#include "valuechecker.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

namespace ccbulk {

// The checks of one row that need nothing but the row: required and
// conditional cells, value kinds, and rules between the row's cells.
class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::RowChecker)

public:
    RowChecker(const TypeDefinition &type, const ValueChecker &values,
               const HeaderMapping &mapping);

    // Which columns a row is checked in: a later row of a parent/child object
    // carries only a child; its parent cells were checked on the first row.
    enum class Scope
    {
        WholeRow,
        ChildColumns
    };

    static void collect(const CsvRecord &record, const HeaderMapping &mapping, RowValues *out);
    void check(int row, const RowValues &values, QList<Issue> *issues,
               Scope scope = Scope::WholeRow);

    bool isChildRow(const RowValues &values) const;
    // Whether the file has any of the type's child columns.
    bool hasChildColumns() const;
    bool holds(const QList<Condition> &conditions, const RowValues &values) const;
    QString describe(const QList<Condition> &conditions) const;

private:
    Issue issueAt(Issue::Severity severity, int row, const ColumnDefinition &column,
                  const QString &message) const;

    const TypeDefinition &m_type;
    const ValueChecker &m_values;
    const HeaderMapping &m_mapping;
    QSet<int> m_reportedMissingColumns;
};

} // namespace ccbulk
