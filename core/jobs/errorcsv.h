#pragma once

#include "jobrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

namespace ccbulk {

// "Export errors to CSV": the rows of a submitted CSV that failed, with their
// cells as the user wrote them and the reason in an added "Error Message"
// column, so that the user can fix them in place and import the file again.
// Written as CsvWriter writes (UTF-8 with a byte-order mark, commas, CRLF,
// formula guard), whatever the submitted file's encoding and delimiter.
class ErrorCsv
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ErrorCsv)

public:
    // The added column's header. Not translated: it is a column name, like
    // the definitions' headers, and an import ignores it.
    static QString columnHeader();

    // Re-reads submittedFile (opened for reading if it is not open yet, and
    // read from its start if it can seek) and writes to out its header plus
    // the Error Message column (or the same header when it already has one:
    // a fixed error CSV submitted again), then each record whose spreadsheet
    // row (header = 1) is a key of failedRowMessages, in file order, with the
    // message in that column. Empty failedRowMessages: the header alone.
    static bool write(QIODevice *submittedFile, const QHash<int, QString> &failedRowMessages,
                      QIODevice *out, QString *error);
    // The same between files; outPath is replaced only when all went well.
    static bool writeFile(const QString &submittedPath,
                          const QHash<int, QString> &failedRowMessages, const QString &outPath,
                          QString *error);

    // The failed rows of a job's results, row -> message (joined with "; "
    // when a row failed more than once).
    static QHash<int, QString> failedRowMessages(const QList<RowResult> &rows);
};

} // namespace ccbulk
