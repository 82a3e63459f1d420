#pragma once

#include "../definitions/typedefinition.h"

#include <QStringView>
#include <QVarLengthArray>

namespace ccbulk {

// A row's cells by definition column, trimmed; empty where the file has no
// such column.
using RowValues = QVarLengthArray<QStringView, 48>;

// Whether a row of a parent/child type carries a child: one of its child
// columns is not empty.
bool isChildRow(const TypeDefinition &type, const RowValues &values);

// Whether every condition holds for the row (definition rules 2.4-2.6: values
// compare as booleans or enumerations; an empty boolean is FALSE).
bool conditionsHold(const TypeDefinition &type, const QList<Condition> &conditions,
                    const RowValues &values);

// The conditions in words, for messages: “Type” is CAPACITY and ...
QString describeConditions(const TypeDefinition &type, const QList<Condition> &conditions);

} // namespace ccbulk
