#include "conditions.h"

#include "valuechecker.h"
#include "valuenormalisation.h"

#include <QCoreApplication>

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
    const QStringView value = tested.when.isEmpty() || conditionsHold(type, tested.when, values)
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
            found = found || ValueChecker::sameEnumValue(value, wanted);
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

QString describeConditions(const TypeDefinition &type, const QList<Condition> &conditions)
{
    Q_UNUSED(type);
    // Worded in the row checker's context, where these words began.
    static const char *const kIs = QT_TRANSLATE_NOOP("ccbulk::RowChecker", "%1 is %2");
    static const char *const kIsNot = QT_TRANSLATE_NOOP("ccbulk::RowChecker", "%1 is not %2");
    static const char *const kAtLeast = QT_TRANSLATE_NOOP("ccbulk::RowChecker", "%1 is %2 or more");
    static const char *const kChild =
        QT_TRANSLATE_NOOP("ccbulk::RowChecker", "the row carries a child");
    static const char *const kOr = QT_TRANSLATE_NOOP("ccbulk::RowChecker", " or ");
    static const char *const kAnd = QT_TRANSLATE_NOOP("ccbulk::RowChecker", " and ");
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ccbulk::RowChecker", text);
    };
    QStringList parts;
    for (const Condition &condition : conditions) {
        const QString column = ValueChecker::quoted(condition.column);
        switch (condition.test) {
        case Condition::Test::In:
            parts << tr(kIs).arg(column, condition.values.join(tr(kOr)));
            break;
        case Condition::Test::NotIn:
            parts << tr(kIsNot).arg(column, condition.values.join(tr(kOr)));
            break;
        case Condition::Test::AtLeast:
            parts << tr(kAtLeast).arg(column).arg(condition.atLeast);
            break;
        case Condition::Test::ChildRow:
            parts << tr(kChild);
            break;
        }
    }
    return parts.join(tr(kAnd));
}

} // namespace ccbulk
