#include "objecttracker.h"

#include "fieldvalues.h"
#include "valuenormalisation.h"

#include <algorithm>

namespace ccbulk {

ObjectTracker::ObjectTracker(const TypeDefinition &type, const RowChecker &rows)
    : m_type(type), m_rows(rows)
{}

Issue ObjectTracker::errorAt(int row, int column, const QString &message) const
{
    return Issue{Issue::Severity::Error, row, column,
                 column >= 0 ? m_type.column(column).header : QString(), message};
}

bool ObjectTracker::addRow(int row, const RowValues &values, QList<Issue> *issues)
{
    const QStringView rawKey = values.at(m_type.keyColumn());
    if (rawKey.isEmpty()) {
        return false; // the row checker reports the empty key
    }
    const QString key = m_type.normaliseKey(rawKey);
    if (m_type.isParentChild()) {
        return addParentChildRow(row, values, key, issues);
    }
    addPlainRow(row, values, key, issues);
    return false;
}

void ObjectTracker::inheritParentValues(RowValues *values) const
{
    if (!m_open) {
        return;
    }
    for (const ColumnDefinition &column : m_type.columns()) {
        if (!column.child && (*values)[column.index].isEmpty()) {
            (*values)[column.index] = m_open->parentValues.at(column.index);
        }
    }
}

void ObjectTracker::addPlainRow(int row, const RowValues &values, const QString &key,
                                QList<Issue> *issues)
{
    // One lookup for both the test and the insertion: a new key gets 0,
    // which no row has.
    int &first = m_firstRowOfKey[key];
    if (first == 0) {
        first = row;
        return;
    }
    issues->append(errorAt(row, m_type.keyColumn(),
                           tr("%1 is already on row %2; only that row is used.")
                               .arg(ValueChecker::quoted(values.at(m_type.keyColumn())))
                               .arg(first)));
}

bool ObjectTracker::addParentChildRow(int row, const RowValues &values, const QString &key,
                                      QList<Issue> *issues)
{
    const int keyColumn = m_type.keyColumn();
    const QString shown = ValueChecker::quoted(values.at(keyColumn));
    if (!m_open || m_open->key != key) {
        closeObject(issues);
        if (m_firstRowOfKey.contains(key)) {
            // The key came back after another: every row of it fails.
            if (!m_splitKeys.contains(key)) {
                m_splitKeys.insert(key, row);
                for (const int earlier : m_closedRows.take(key)) {
                    issues->append(errorAt(earlier, keyColumn,
                                           tr("%1 comes back on row %2, after other objects: "
                                              "the rows of one object must be consecutive.")
                                               .arg(shown)
                                               .arg(row)));
                }
            }
        }
        openObject(row, values, key);
    }
    m_openRows.append(row);
    if (m_splitKeys.contains(key)) {
        issues->append(errorAt(row, keyColumn,
                               tr("%1 is also on row %2, before other objects: the rows of one "
                                  "object must be consecutive.")
                                   .arg(shown)
                                   .arg(m_firstRowOfKey.value(key))));
    }
    if (row != m_open->firstRow) {
        // Later rows may leave parent cells empty or repeat the first row.
        for (const ColumnDefinition &column : m_type.columns()) {
            const QStringView value = values.at(column.index);
            if (column.child || value.isEmpty() || column.index == keyColumn) {
                continue;
            }
            const QString &first = m_open->parentValues.at(column.index);
            // Same meaning, not same spelling: TRUE and yes, 600 and 0600, and
            // names in any letter case are one value.
            const bool same =
                QString::compare(canonicalValue(column, value), canonicalValue(column, first),
                                 column.kind == ValueKind::Reference ? Qt::CaseInsensitive
                                                                     : Qt::CaseSensitive) == 0;
            if (!same) {
                issues->append(errorAt(
                    row, column.index,
                    first.isEmpty()
                        ? tr("%1 is empty on row %2, the first row of this object; leave it "
                             "empty here too, or move the value to that row.")
                              .arg(ValueChecker::quoted(column.header))
                              .arg(m_open->firstRow)
                        : tr("%1 differs from %2 on row %3, the first row of this object; "
                             "leave it empty or repeat the same value.")
                              .arg(ValueChecker::quoted(value), ValueChecker::quoted(first))
                              .arg(m_open->firstRow)));
            }
        }
    }
    if (m_rows.isChildRow(values)) {
        addChild(row, values, issues);
    }
    return row != m_open->firstRow;
}

void ObjectTracker::openObject(int row, const RowValues &values, const QString &key)
{
    OpenObject object;
    object.key = key;
    object.firstRow = row;
    object.parentValues.reserve(values.size());
    for (const QStringView value : values) {
        object.parentValues << value.toString();
    }
    const ChildRules &rules = m_type.childRules();
    // A file without any child column keeps the stored children (2.1).
    object.minChildrenApplies = rules.minChildren > 0 && m_rows.hasChildColumns() &&
                                m_rows.holds(rules.minChildrenWhen, values);
    m_firstRowOfKey.insert(key, m_firstRowOfKey.value(key, row));
    m_open = std::move(object);
    m_openRows.clear();
}

void ObjectTracker::addChild(int row, const RowValues &values, QList<Issue> *issues)
{
    const ChildRules &rules = m_type.childRules();
    ++m_open->children;
    if (rules.uniqueColumn >= 0) {
        const QStringView value = values.at(rules.uniqueColumn);
        if (!value.isEmpty()) {
            const QString normalised = value.toString().toCaseFolded();
            const int first = m_open->uniqueSeen.value(normalised, 0);
            if (first > 0) {
                issues->append(errorAt(row, rules.uniqueColumn,
                                       tr("%1 is already on row %2 of this object.")
                                           .arg(ValueChecker::quoted(value))
                                           .arg(first)));
            } else {
                m_open->uniqueSeen.insert(normalised, row);
            }
        }
    }
    if (rules.atMostOneTrueColumn >= 0 &&
        parseBoolean(values.at(rules.atMostOneTrueColumn)).value_or(false)) {
        if (m_open->trueRow > 0) {
            issues->append(errorAt(
                row, rules.atMostOneTrueColumn,
                tr("Only one row of an object may have %1 TRUE; row %2 "
                   "already has.")
                    .arg(ValueChecker::quoted(m_type.column(rules.atMostOneTrueColumn).header))
                    .arg(m_open->trueRow)));
        } else {
            m_open->trueRow = row;
        }
    }
    if (rules.sequenceColumn >= 0) {
        if (const auto number = parsePlainInteger(values.at(rules.sequenceColumn))) {
            m_open->sequence << *number;
        }
    }
}

void ObjectTracker::closeObject(QList<Issue> *issues)
{
    if (!m_open) {
        return;
    }
    const ChildRules &rules = m_type.childRules();
    const int firstRow = m_open->firstRow;
    if (m_open->minChildrenApplies && m_open->children < rules.minChildren) {
        QStringList columns;
        for (const int column : rules.columns) {
            columns << ValueChecker::quoted(m_type.column(column).header);
        }
        issues->append(errorAt(
            firstRow, -1,
            tr("This object needs at least %n child row(s) (%1).", nullptr, rules.minChildren)
                .arg(columns.join(QStringLiteral(", ")))));
    }
    QList<qint64> sequence = m_open->sequence;
    std::sort(sequence.begin(), sequence.end());
    bool runs = true;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        runs = runs && sequence.at(i) == i + 1;
    }
    if (!runs) {
        QStringList found;
        for (const qint64 number : std::as_const(sequence)) {
            found << QString::number(number);
        }
        issues->append(
            errorAt(firstRow, rules.sequenceColumn,
                    tr("The values of %1 in this object must run 1, 2, 3… with no "
                       "gaps or repeats; found %2.")
                        .arg(ValueChecker::quoted(m_type.column(rules.sequenceColumn).header),
                             found.join(QStringLiteral(", ")))));
    }
    if (!m_splitKeys.contains(m_open->key)) {
        m_closedRows[m_open->key] = m_openRows;
    }
    m_open.reset();
}

void ObjectTracker::finish(QList<Issue> *issues)
{
    closeObject(issues);
}

} // namespace ccbulk
