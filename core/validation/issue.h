#pragma once

#include <QList>
#include <QString>

namespace ccbulk {

// One finding about a file: what the engine reports and the UI lists (and can
// jump to). Row 0 means the file as a whole.
struct Issue
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    int row = 0;
    int columnIndex = -1; // the definition's column, -1 for none
    QString column;       // that column's header as the definition spells it
    QString message;      // in the user's language

    bool isError() const { return severity == Severity::Error; }
};

// The outcome of checking one file against its type.
struct ValidationReport
{
    bool refused = false; // the file as a whole cannot be used
    int rows = 0;         // data records, blank ones not counted
    int errorRows = 0;    // records with at least one error
    QList<Issue> issues;  // by row, then column order

    int errorCount() const;
    int warningCount() const;
    bool isValid() const { return !refused && errorCount() == 0; }
};

} // namespace ccbulk
