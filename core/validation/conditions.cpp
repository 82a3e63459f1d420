#include "conditions.h"

#include "valuenormalisation.h"

namespace ccbulk {

namespace {

bool holds(const TypeDefinition &type, const Condition &condition, const RowValues &values);

bool holds(const TypeDefinition &type, const Condition &condition, const RowValues &values)
{
    if (condition.test == Condition::Test::ChildRow) {
        return isChildRow(type, values);
    }
    // A value its own condition rules out is not applied, so it cannot make
    // another column apply either.
    const ColumnDefinition &tested = type.column(condition.columnIndex);
    const QStringView value =
        tested.when.isEmpty() || conditionsHold(type, tested.when, values)
            ? values.at(condition.columnIndex)
            : QStringView();
    if (condition.test == Condition::Test::AtLeast) {
        const std::optional<qint64> number = parsePlainInteger(value);
        return number && *number >= condition.atLeast;
    }
    const bool isBoolean = type.column(condition.columnIndex).kind == ValueKind::Boolean;
    bool found = false;
    for (const QString &wanted : condition.values) {
        if (isBoolean) {
            const std::optional<bool> actual = value.isEmpty() ? false : parseBoolean(value);
            found = found || (actual && *actual == (wanted == u"TRUE"));
        } else {
            found = found || enumValueEquals(value, wanted);
        }
    }
    return condition.test == Condition::Test::In ? found : !found;
}

} // namespace

bool isChildRow(const TypeDefinition &type, const RowValues &values)
{
    if (!type.isParentChild()) {
        return false;
    }
    for (const int column : type.childRules().columns) {
        if (!values.at(column).isEmpty()) {
            return true;
        }
    }
    return false;
}

bool conditionsHold(const TypeDefinition &type, const QList<Condition> &conditions,
                    const RowValues &values)
{
    for (const Condition &condition : conditions) {
        if (!holds(type, condition, values)) {
            return false;
        }
    }
    return true;
}

} // namespace ccbulk
