#pragma once

#include "textpattern.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace ccbulk {

enum class ValueKind
{
    Text,
    Integer,
    Boolean,
    Enum,
    TimeZone,
    Email,
    DialNumber,
    Phone,
    PhoneOrSip,
    Reference,
    SkillValue,
};

enum class Requirement
{
    Required,    // the cell must hold a value
    Optional,    // the cell may be empty
    Conditional, // required while every condition of `when` holds
};

// One test of a column's `when` list.
struct Condition
{
    enum class Test
    {
        In,
        NotIn,
        AtLeast,
        ChildRow
    };
    Test test = Test::In;
    QString column; // header of the tested column (not for ChildRow)
    int columnIndex = -1;
    QStringList values; // canonical spellings, for In and NotIn
    qint64 atLeast = 0;
};

struct ColumnDefinition
{
    int index = -1; // position in the type's column list
    QString header;
    QStringList aliases;
    Requirement requirement = Requirement::Optional;
    QList<Condition> when;
    QStringList inapplicableAllowed;
    bool fixed = false;
    bool child = false; // a child column of a parent/child type
    bool stored = true; // false: read from files but never kept (a label, a Delete flag)
    ValueKind kind = ValueKind::Text;
    bool list = false;
    int minItems = 0;
    int maxLength = -1; // -1: no limit; per item for lists
    TextPattern pattern;
    qint64 min = 0;
    qint64 max = std::numeric_limits<qint32>::max();
    QStringList values;                   // enum values as exports write them
    QHash<QString, QString> valueAliases; // normalised alias -> canonical value
    QString refersTo;
    int referencedType = -1; // the registry's index of refersTo; -1 for an external type
    QString suffix;
    QString requiresTrue;
    int requiresTrueIndex = -1;

    bool isRequiredAlways() const { return requirement == Requirement::Required; }
};

} // namespace ccbulk
