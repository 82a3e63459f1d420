#pragma once

#include "../definitions/typedefinition.h"

#include <QString>
#include <QStringView>

namespace ccbulk {

// The canonical form of a valid, trimmed cell: the text an export writes, so
// that the same meaning always compares equal and an export imports back
// unchanged. Enumerations take the definition's spelling, booleans TRUE or
// FALSE (an empty boolean is FALSE), whole numbers lose leading zeros, lists
// are trimmed, de-duplicated (any letter case), sorted (ignoring case) and
// joined with "|", and time zones take their canonical name.
QString canonicalValue(const ColumnDefinition &column, QStringView value);

// The items of a list cell, trimmed, without empty ones.
QStringList listItems(QStringView value);

// Calls visit(item) for each item listItems gives, in order, without copying
// them; stops when visit returns false, and returns false then.
template<typename Visit>
bool forEachListItem(QStringView value, Visit &&visit)
{
    for (;;) {
        const qsizetype bar = value.indexOf(u'|');
        const QStringView item = (bar < 0 ? value : value.first(bar)).trimmed();
        if (!item.isEmpty() && !visit(item)) {
            return false;
        }
        if (bar < 0) {
            return true;
        }
        value = value.sliced(bar + 1);
    }
}

// Case-insensitive ordering of names, the order exports use.
bool nameLessThan(const QString &a, const QString &b);

} // namespace ccbulk
