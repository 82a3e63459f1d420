#pragma once

#include "../settings/limits.h"
#include "../validation/issue.h"
#include "tenantobject.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace ccbulk {

// Reads a CSV of the identity service's people (columns Email, First Name,
// Last Name; headers in any letter case and spacing, Email required) for the
// local tenant's directory. Reads what Excel writes, as the object files do
// (CsvReader). A row with a bad or repeated e-mail address is reported and
// left out; the other rows are still read. Blank rows are skipped.
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::PeopleImport)

public:
    struct Result
    {
        bool refused = false; // the file as a whole cannot be used (see issues)
        int rows = 0;         // data rows, blank ones not counted
        QList<Person> people; // the good rows, trimmed, in file order
        QList<Issue> issues;  // by row; row 0 is the file; messages translated

        bool hasErrors() const;
    };

    // Refuses a file larger than this many bytes (default: the CSV limit).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    Result read(QIODevice *device) const;
    Result readFile(const QString &path) const;

private:
    static Result refuse(const QString &message);

    qint64 m_maxBytes = Limits::kDefaultMaxCsvBytes;
};

} // namespace ccbulk
