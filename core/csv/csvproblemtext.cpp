#include "csvproblemtext.h"

#include <QLocale>

namespace ccbulk {

QString CsvProblemText::formatBytes(qint64 bytes)
{
    const QLocale locale;
    return tr("%1 (%n byte(s))", nullptr, int(qMin<qint64>(bytes, INT_MAX)))
        .arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat));
}

QString CsvProblemText::describe(const CsvProblem &problem, qint64 byteLimit)
{
    switch (problem.code) {
    case CsvProblem::Code::Empty:
        return tr("The file is empty.");
    case CsvProblem::Code::Utf16:
        return tr("The file is saved as UTF-16 (Excel's “Unicode Text”). Save it as “CSV UTF-8” "
                  "or “CSV (comma delimited)” instead.");
    case CsvProblem::Code::NulByte:
        return tr("Row %1, column %2 holds a NUL byte: this is not a text CSV file.")
            .arg(problem.row)
            .arg(problem.column);
    case CsvProblem::Code::UnclosedQuote:
        return tr("The quoted cell that starts on row %1, column %2 is never closed: a "
                  "closing quote (\") is missing.")
            .arg(problem.row)
            .arg(problem.column);
    case CsvProblem::Code::TooLarge:
        return tr("The file is larger than the limit of %1.").arg(formatBytes(byteLimit));
    case CsvProblem::Code::ReadError:
        return tr("The file could not be read: %1").arg(problem.detail);
    case CsvProblem::Code::StrayQuote:
        return tr("A quote (\") inside a cell that does not start with one. Put the whole cell "
                  "in quotes and double the quote (\"\").");
    case CsvProblem::Code::InvalidUtf8:
        return tr("The text is not UTF-8, although the file starts with the mark of a UTF-8 "
                  "file; the characters that could not be read show as \uFFFD. Save the file "
                  "again as “CSV UTF-8”.");
    case CsvProblem::Code::TextAfterQuote:
        return tr("Text follows the closing quote of a quoted cell. Double a quote that "
                  "belongs to the text (\"\").");
    }
    return QString();
}

} // namespace ccbulk
