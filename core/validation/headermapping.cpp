#include "headermapping.h"

#include "valuechecker.h"

namespace ccbulk {

namespace {

// The column an error CSV adds; importing a fixed error CSV ignores it.
const QString kErrorMessageHeader = QStringLiteral("error message");

Issue fileIssue(Issue::Severity severity, int row, const QString &message, int columnIndex = -1,
                const QString &column = QString())
{
    return Issue{severity, row, columnIndex, column, message};
}

} // namespace

HeaderMapping HeaderMapping::map(const TypeDefinition &type, const CsvRecord &header)
{
    HeaderMapping mapping;
    mapping.cellCount = header.size();
    mapping.cellForColumn.fill(-1, type.columns().size());
    QStringList problems;
    for (qsizetype cell = 0; cell < header.size(); ++cell) {
        const QStringView text = header.cell(cell).trimmed();
        const int position = int(cell) + 1;
        if (text.isEmpty()) {
            mapping.issues << fileIssue(
                Issue::Severity::Warning, 1,
                tr("Column %1 has no header; its cells are ignored.").arg(position));
            continue;
        }
        const int column = type.columnIndexForHeader(text);
        if (column < 0) {
            if (TypeDefinition::normaliseHeader(text) != kErrorMessageHeader) {
                mapping.issues << fileIssue(Issue::Severity::Warning, 1,
                                            tr("Unknown column %1 (column %2) is ignored.")
                                                .arg(ValueChecker::quoted(text))
                                                .arg(position));
            }
            continue;
        }
        const int earlier = mapping.cellForColumn.at(column);
        if (earlier >= 0) {
            problems << tr("columns %1 and %2 (%3 and %4) both name %5")
                            .arg(earlier + 1)
                            .arg(position)
                            .arg(ValueChecker::quoted(header.cell(earlier).trimmed()),
                                 ValueChecker::quoted(text),
                                 ValueChecker::quoted(type.column(column).header));
            continue;
        }
        mapping.cellForColumn[column] = int(cell);
    }
    QStringList missing;
    for (const ColumnDefinition &column : type.columns()) {
        if (column.isRequiredAlways() && mapping.cellForColumn.at(column.index) < 0) {
            missing << ValueChecker::quoted(column.header);
        }
    }
    if (!missing.isEmpty()) {
        problems.prepend(tr("%n required column(s) missing: %1", nullptr, int(missing.size()))
                             .arg(missing.join(QStringLiteral(", "))));
    }
    if (!problems.isEmpty()) {
        mapping.refused = true;
        mapping.issues = {
            fileIssue(Issue::Severity::Error, 0,
                      tr("The file cannot be used: %1.").arg(problems.join(QStringLiteral("; "))))};
    }
    return mapping;
}

} // namespace ccbulk
