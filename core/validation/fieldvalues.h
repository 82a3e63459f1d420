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

// Case-insensitive ordering of names, the order exports use.
bool nameLessThan(const QString &a, const QString &b);

} // namespace ccbulk
