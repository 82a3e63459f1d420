#pragma once

#include "../csv/csvrecord.h"
#include "../definitions/typedefinition.h"
#include "issue.h"

#include <QCoreApplication>
#include <QList>

namespace ccbulk {

// Which cell of a record holds which column of the type, found by header
// (letter case, surrounding and repeated spaces ignored; aliases accepted).
struct HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::HeaderMapping)

public:
    QList<int> cellForColumn; // per definition column: the cell, or -1
    qsizetype cellCount = 0;
    bool refused = false; // a required column missing or a column twice
    QList<Issue> issues;  // row 1 warnings, or the refusal (row 0)

    static HeaderMapping map(const TypeDefinition &type, const CsvRecord &header);
    bool hasColumn(int column) const { return cellForColumn.at(column) >= 0; }
};

} // namespace ccbulk
