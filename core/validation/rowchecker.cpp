#include "rowchecker.h"

#include "conditions.h"
#include "valuenormalisation.h"

#include <algorithm>

namespace ccbulk {

RowChecker::RowChecker(const TypeDefinition &type, const ValueChecker &values,
                       const HeaderMapping &mapping)
    : m_type(type), m_values(values), m_mapping(mapping)
{}

void RowChecker::collect(const CsvRecord &record, const HeaderMapping &mapping, RowValues *out)
{
    out->resize(mapping.cellForColumn.size());
    for (qsizetype column = 0; column < mapping.cellForColumn.size(); ++column) {
        const int cell = mapping.cellForColumn.at(column);
        (*out)[column] =
            cell >= 0 && cell < record.size() ? record.trimmedCell(cell) : QStringView();
    }
}

bool RowChecker::isChildRow(const RowValues &values) const
{
    return ccbulk::isChildRow(m_type, values);
}

bool RowChecker::hasChildColumns() const
{
    if (!m_type.isParentChild()) {
        return false;
    }
    const QList<int> &columns = m_type.childRules().columns;
    return std::any_of(columns.cbegin(), columns.cend(),
                       [this](int column) { return m_mapping.hasColumn(column); });
}

bool RowChecker::holds(const QList<Condition> &conditions, const RowValues &values) const
{
    return conditionsHold(m_type, conditions, values);
}

QString RowChecker::describe(const QList<Condition> &conditions) const
{
    return describeConditions(m_type, conditions);
}

Issue RowChecker::issueAt(Issue::Severity severity, int row, const ColumnDefinition &column,
                          const QString &message) const
{
    return Issue{severity, row, column.index, column.header, message};
}

void RowChecker::check(int row, const RowValues &values, QList<Issue> *issues, Scope scope)
{
    for (const ColumnDefinition &column : m_type.columns()) {
        if (scope == Scope::ChildColumns && !column.child) {
            continue;
        }
        const QStringView value = values.at(column.index);
        // Whether the column applies is worked out only where it matters.
        auto applies = [&] {
            return column.when.isEmpty() || holds(column.when, values);
        };
        if (value.isEmpty()) {
            if (column.requirement == Requirement::Required) {
                issues->append(
                    issueAt(Issue::Severity::Error, row, column, tr("A value is required.")));
            } else if (column.requirement == Requirement::Conditional && applies()) {
                if (m_mapping.hasColumn(column.index)) {
                    issues->append(
                        issueAt(Issue::Severity::Error, row, column,
                                tr("A value is required when %1.").arg(describe(column.when))));
                } else if (!m_reportedMissingColumns.contains(column.index)) {
                    // Without the column an update keeps the stored value;
                    // only a new object needs it. Said once per file.
                    m_reportedMissingColumns.insert(column.index);
                    issues->append(issueAt(
                        Issue::Severity::Warning, row, column,
                        tr("The file has no %1 column, which a new object needs when %2. "
                           "Existing objects keep their stored value.")
                            .arg(ValueChecker::quoted(column.header), describe(column.when))));
                }
            }
            continue;
        }
        if (!applies()) {
            if (!column.inapplicableAllowed.contains(value)) {
                issues->append(
                    issueAt(Issue::Severity::Warning, row, column,
                            tr("%1 is ignored: this column applies only when %2.")
                                .arg(ValueChecker::quoted(value), describe(column.when))));
            }
            continue;
        }
        const QString problem = m_values.check(column, value);
        if (!problem.isEmpty()) {
            issues->append(issueAt(Issue::Severity::Error, row, column, problem));
            continue;
        }
        if (column.requiresTrueIndex >= 0 && parseBoolean(value).value_or(false)) {
            const QStringView other = values.at(column.requiresTrueIndex);
            if (!parseBoolean(other).value_or(false)) {
                issues->append(issueAt(Issue::Severity::Error, row, column,
                                       tr("TRUE here requires %1 to be TRUE.")
                                           .arg(ValueChecker::quoted(column.requiresTrue))));
            }
        }
    }
}

} // namespace ccbulk
