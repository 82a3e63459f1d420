#pragma once

#include "csv/csvreader.h"
#include "definitions/definitionregistry.h"
#include "validation/filevalidator.h"

#include <QBuffer>
#include <QStringList>

namespace ccbulk::test {

inline const TypeDefinition &type(const char *id)
{
    const TypeDefinition *found = DefinitionRegistry::instance().find(QString::fromLatin1(id));
    Q_ASSERT(found);
    return *found;
}

// The records of a CSV text, read by the real reader.
inline QList<CsvRecord> readRecords(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(&record)) {
        records << record;
    }
    return records;
}

inline ValidationReport validateCsv(const char *typeId, const QByteArray &csv,
                                    const Limits &limits = Limits())
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return FileValidator(type(typeId), DefinitionRegistry::instance(), limits).validate(&buffer);
}

// "row:column:severity" for each issue, for compact comparisons.
inline QStringList issueKeys(const ValidationReport &report)
{
    QStringList keys;
    for (const Issue &issue : report.issues) {
        keys << QStringLiteral("%1:%2:%3")
                    .arg(issue.row)
                    .arg(issue.column, issue.isError() ? QStringLiteral("E") : QStringLiteral("W"));
    }
    return keys;
}

inline QString issueText(const ValidationReport &report)
{
    QStringList lines;
    for (const Issue &issue : report.issues) {
        lines << QStringLiteral("%1 %2: %3").arg(issue.row).arg(issue.column, issue.message);
    }
    return lines.join(u'\n');
}

} // namespace ccbulk::test
