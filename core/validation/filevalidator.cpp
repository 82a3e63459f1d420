#include "filevalidator.h"

#include "../csv/csvproblemtext.h"
#include "../csv/csvreader.h"
#include "../i18n/language.h"
#include "headermapping.h"
#include "objecttracker.h"
#include "rowchecker.h"
#include "valuechecker.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ccbulk {

FileValidator::FileValidator(const TypeDefinition &type, const DefinitionRegistry &registry,
                             const Limits &limits)
    : m_type(type), m_registry(registry), m_limits(limits)
{}

ValidationReport FileValidator::refuse(const QString &message, int row)
{
    ValidationReport report;
    report.refused = true;
    report.issues << Issue{Issue::Severity::Error, row, -1, QString(), message};
    return report;
}

ValidationReport FileValidator::validateFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return validate(&file);
}

ValidationReport FileValidator::validate(QIODevice *device) const
{
    if (m_type.format() != FileFormat::Csv) {
        return refuse(tr("%1 is not imported from a CSV file.").arg(m_type.name(uiLanguage())));
    }
    // The size limit is checked before anything is read, where it is known.
    if (!device->isSequential() && device->size() > m_limits.maxCsvBytes) {
        return refuse(tr("The file is %1, more than the limit of %2.")
                          .arg(CsvProblemText::formatBytes(device->size()),
                               CsvProblemText::formatBytes(m_limits.maxCsvBytes)));
    }
    CsvReader reader(device);
    reader.setMaxBytes(m_limits.maxCsvBytes);
    CsvRecord record;
    auto fatal = [&] {
        // The reader ends the first read with a fatal problem or a record.
        const CsvProblem problem = reader.fatalProblem().value_or(CsvProblem());
        // A quote left open is reported where it opened; everything else
        // that refuses the file is about the file (row 0).
        return refuse(CsvProblemText::describe(problem, m_limits.maxCsvBytes),
                      problem.code == CsvProblem::Code::UnclosedQuote ? problem.row : 0);
    };
    if (!reader.readRecord(&record)) {
        return fatal();
    }
    const HeaderMapping mapping = HeaderMapping::map(m_type, record);
    if (mapping.refused) {
        ValidationReport report;
        report.refused = true;
        report.issues = mapping.issues;
        return report;
    }

    ValidationReport report;
    report.issues = mapping.issues;
    const ValueChecker values(m_registry);
    RowChecker rows(m_type, values, mapping);
    ObjectTracker objects(m_type, rows);
    RowValues cells;
    while (reader.readRecord(&record)) {
        if (record.isBlank()) {
            continue;
        }
        if (m_visitRow) {
            m_visitRow(mapping, record);
        }
        ++report.rows;
        if (report.rows > m_limits.maxCsvRows) {
            continue; // only counted now, to name the figure found
        }
        const int row = record.row();
        for (const CsvProblem &problem : record.problems()) {
            // The cell's column, when it is one of the type's.
            const int column = int(mapping.cellForColumn.indexOf(problem.column - 1));
            report.issues << Issue{
                Issue::Severity::Error, row, column,
                column >= 0 ? m_type.column(column).header : QString(),
                tr("Column %1: %2").arg(problem.column).arg(CsvProblemText::describe(problem))};
        }
        if (record.size() != mapping.cellCount) {
            // Extra cells that are all empty (a trailing delimiter) lose
            // nothing: a warning. Anything else leaves the row's cells unplaced.
            bool extraEmpty = record.size() > mapping.cellCount;
            for (qsizetype cell = mapping.cellCount; extraEmpty && cell < record.size(); ++cell) {
                extraEmpty = record.trimmedCell(cell).isEmpty();
            }
            const QString counted =
                tr("The row has %n cell(s), but the header has %1.", nullptr, int(record.size()))
                    .arg(mapping.cellCount);
            report.issues << Issue{extraEmpty ? Issue::Severity::Warning : Issue::Severity::Error,
                                   row, -1, QString(),
                                   extraEmpty ? counted + QLatin1Char(' ') +
                                                    tr("The extra cells are empty and ignored.")
                                              : counted};
            if (!extraEmpty) {
                continue;
            }
        }
        RowChecker::collect(record, mapping, &cells);
        if (objects.addRow(row, cells, &report.issues)) {
            objects.inheritParentValues(&cells);
            rows.check(row, cells, &report.issues, RowChecker::Scope::ChildColumns);
        } else {
            rows.check(row, cells, &report.issues);
        }
    }
    if (reader.fatalProblem()) {
        ValidationReport refused = fatal();
        // A quote left open names its column too, once the header is known.
        const CsvProblem &problem = *reader.fatalProblem();
        const int column = int(mapping.cellForColumn.indexOf(problem.column - 1));
        if (problem.code == CsvProblem::Code::UnclosedQuote && column >= 0) {
            refused.issues.first().columnIndex = column;
            refused.issues.first().column = m_type.column(column).header;
        }
        return refused;
    }
    if (report.rows > m_limits.maxCsvRows) {
        ValidationReport refused =
            refuse(tr("The file has %1 data rows, more than the limit of %2.")
                       .arg(report.rows)
                       .arg(m_limits.maxCsvRows));
        refused.rows = report.rows;
        return refused;
    }
    if (report.rows == 0) {
        return refuse(tr("The file has a header row but no data rows."));
    }
    objects.finish(&report.issues);
    // Counted at the end: a rule across rows can fail an earlier row.
    QSet<int> failedRows;
    for (const Issue &issue : std::as_const(report.issues)) {
        if (issue.isError() && issue.row > 1) {
            failedRows.insert(issue.row);
        }
    }
    report.errorRows = int(failedRows.size());
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const Issue &a, const Issue &b) {
                         return a.row != b.row ? a.row < b.row : a.columnIndex < b.columnIndex;
                     });
    return report;
}

} // namespace ccbulk
