#include "errorcsv.h"

#include "csv/csvproblemtext.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "definitions/typedefinition.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ccbulk {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// A failed record as the error CSV holds it: its cells where they were, the
// message in the error column.
QStringList errorRow(QStringList cells, qsizetype headerSize, qsizetype errorColumn,
                     const QString &message)
{
    if (errorColumn >= 0) {
        while (cells.size() < headerSize) {
            cells << QString();
        }
        cells[errorColumn] = message;
        return cells;
    }
    // Empty cells past the header carry nothing and would push the message
    // out of its column; cells with text are kept, after the message, so no
    // value the user wrote is lost.
    while (cells.size() > headerSize && cells.constLast().trimmed().isEmpty()) {
        cells.removeLast();
    }
    while (cells.size() < headerSize) {
        cells << QString();
    }
    cells.insert(headerSize, message);
    return cells;
}

} // namespace

QString ErrorCsv::columnHeader()
{
    return QStringLiteral("Error Message");
}

bool ErrorCsv::write(QIODevice *submittedFile, const QHash<int, QString> &failedRowMessages,
                     QIODevice *out, QString *error)
{
    if (!submittedFile->isOpen() && !submittedFile->open(QIODevice::ReadOnly)) {
        return failWith(
            error, tr("The submitted file cannot be read: %1").arg(submittedFile->errorString()));
    }
    if (!submittedFile->isSequential() && !submittedFile->seek(0)) {
        return failWith(
            error, tr("The submitted file cannot be read: %1").arg(submittedFile->errorString()));
    }
    if (!out->isWritable()) {
        return failWith(error, tr("The error file is not open for writing."));
    }
    CsvReader reader(submittedFile);
    CsvRecord record;
    if (!reader.readRecord(&record)) {
        return failWith(error, tr("The submitted file cannot be read: %1")
                                   .arg(CsvProblemText::describe(
                                       reader.fatalProblem().value_or(CsvProblem()))));
    }
    QStringList header = record.cells();
    const QString wanted = TypeDefinition::normaliseHeader(columnHeader());
    qsizetype errorColumn = -1;
    for (qsizetype i = 0; i < header.size() && errorColumn < 0; ++i) {
        if (TypeDefinition::normaliseHeader(header.at(i)) == wanted) {
            errorColumn = i;
        }
    }
    const qsizetype headerSize = header.size();
    if (errorColumn < 0) {
        header << columnHeader();
    }
    CsvWriter writer(out);
    writer.writeRecord(header);
    while (reader.readRecord(&record)) {
        const auto message = failedRowMessages.constFind(record.row());
        if (message != failedRowMessages.constEnd()) {
            writer.writeRecord(errorRow(record.cells(), headerSize, errorColumn, *message));
        }
    }
    if (const std::optional<CsvProblem> &problem = reader.fatalProblem()) {
        return failWith(
            error,
            tr("The submitted file cannot be read: %1").arg(CsvProblemText::describe(*problem)));
    }
    if (!writer.flush()) {
        return failWith(error,
                        tr("The error file cannot be written: %1").arg(writer.errorString()));
    }
    return true;
}

bool ErrorCsv::writeFile(const QString &submittedPath, const QHash<int, QString> &failedRowMessages,
                         const QString &outPath, QString *error)
{
    QFile submitted(submittedPath);
    if (!submitted.open(QIODevice::ReadOnly)) {
        return failWith(error,
                        tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(submittedPath), submitted.errorString()));
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return failWith(error, tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(outPath), out.errorString()));
    }
    if (!write(&submitted, failedRowMessages, &out, error)) {
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        return failWith(error, tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(outPath), out.errorString()));
    }
    return true;
}

QHash<int, QString> ErrorCsv::failedRowMessages(const QList<RowResult> &rows)
{
    QHash<int, QString> messages;
    for (const RowResult &row : rows) {
        if (row.outcome != RowResult::Outcome::Failed) {
            continue;
        }
        QString &message = messages[row.row];
        message = message.isEmpty() ? row.message : message + QStringLiteral("; ") + row.message;
    }
    return messages;
}

} // namespace ccbulk
