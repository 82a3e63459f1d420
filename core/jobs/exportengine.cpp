#include "exportengine.h"

#include "../csv/csvwriter.h"
#include "../i18n/language.h"
#include "../validation/fieldvalues.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace ccbulk {

ExportEngine::ExportEngine(const TypeDefinition &type, Tenant &tenant, const Limits &limits)
    : m_type(type), m_tenant(tenant), m_limits(limits)
{}

QList<QStringList> ExportEngine::rowsOf(const TenantObject &object) const
{
    const QList<ColumnDefinition> &columns = m_type.columns();
    auto cellFor = [&](const ColumnDefinition &column, const FieldMap &fields, int sequence) {
        if (column.stored) {
            return fields.value(column.header);
        }
        if (m_type.isParentChild() && column.index == m_type.childRules().labelColumn) {
            return sequence > 0 ? m_type.childRules().labelPrefix + QString::number(sequence)
                                : QString();
        }
        return canonicalValue(column, QString()); // a flag that is never kept: FALSE
    };
    QStringList first;
    for (const ColumnDefinition &column : columns) {
        first << (column.child ? QString() : cellFor(column, object.fields, 0));
    }
    first[m_type.keyColumn()] = object.key;
    if (!m_type.isParentChild() || object.children.isEmpty()) {
        if (m_type.isParentChild()) {
            // A parent without children: its child cells stay empty.
            for (const int index : m_type.childRules().columns) {
                first[index].clear();
            }
        }
        return {first};
    }
    QList<QStringList> rows;
    const ChildRules &rules = m_type.childRules();
    for (qsizetype i = 0; i < object.children.size(); ++i) {
        const FieldMap &child = object.children.at(i);
        QStringList row = i == 0 ? first : QStringList(columns.size());
        row[m_type.keyColumn()] = object.key;
        const int sequence = rules.sequenceColumn >= 0
                                 ? child.value(m_type.column(rules.sequenceColumn).header).toInt()
                                 : int(i) + 1;
        for (const int index : rules.columns) {
            row[index] = cellFor(m_type.column(index), child, sequence);
        }
        rows << row;
    }
    return rows;
}

bool ExportEngine::writeCsv(const TypeDefinition &type, const QString &path,
                            const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvWriter writer(&file);
    writer.writeRecord(type.templateHeaders());
    for (const QStringList &row : rows) {
        writer.writeRecord(row);
    }
    if (!writer.flush() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ExportEngine::writeZip(const QString &path, const QString &baseName,
                            const QList<QList<QStringList>> &parts, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QuaZip zip(&file);
        zip.setAutoClose(false); // the QSaveFile must stay open to commit
        if (!zip.open(QuaZip::mdCreate)) {
            *error = tr("The ZIP file could not be started (%1).").arg(zip.getZipError());
            return false;
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QBuffer csv;
            csv.open(QIODevice::WriteOnly);
            {
                CsvWriter writer(&csv);
                writer.writeRecord(m_type.templateHeaders());
                for (const QStringList &row : parts.at(i)) {
                    writer.writeRecord(row);
                }
            }
            const QString name = QStringLiteral("%1_%2.csv").arg(baseName).arg(i + 1);
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                entry.write(csv.data()) != csv.data().size()) {
                *error = tr("%1 could not be added to the ZIP file.").arg(name);
                return false;
            }
            entry.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            *error = tr("The ZIP file could not be finished (%1).").arg(zip.getZipError());
            return false;
        }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

ExportOutcome ExportEngine::writeTemplate(const TypeDefinition &type, const QString &path)
{
    ExportOutcome outcome;
    outcome.filePath = path;
    if (type.format() != FileFormat::Csv) {
        outcome.message = tr("%1 cannot be exported: audio files are only imported, as a ZIP "
                             "of WAV files.")
                              .arg(type.name(uiLanguage()));
        return outcome;
    }
    QString error;
    outcome.ok = writeCsv(type, path, {}, &error);
    outcome.files = outcome.ok ? 1 : 0;
    outcome.message = outcome.ok
                          ? QString()
                          : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
    return outcome;
}

ExportOutcome ExportEngine::writeData(const QString &path)
{
    ExportOutcome outcome;
    if (m_type.format() != FileFormat::Csv) {
        outcome.message = tr("%1 cannot be exported: audio files are only imported, as a ZIP "
                             "of WAV files.")
                              .arg(m_type.name(uiLanguage()));
        return outcome;
    }
    QString error;
    std::optional<QList<TenantObject>> objects = m_tenant.objects(m_type.id(), &error);
    if (!objects) {
        outcome.message = tr("The tenant could not be read: %1").arg(error);
        return outcome;
    }
    std::sort(objects->begin(), objects->end(), [](const TenantObject &a, const TenantObject &b) {
        return nameLessThan(a.key, b.key);
    });
    // Parts of at most the row limit, an object's rows kept together.
    QList<QList<QStringList>> parts(1);
    for (const TenantObject &object : std::as_const(*objects)) {
        const QList<QStringList> rows = rowsOf(object);
        if (!parts.last().isEmpty() && parts.last().size() + rows.size() > m_limits.maxCsvRows) {
            parts.append(QList<QStringList>());
        }
        parts.last() += rows;
        outcome.rows += int(rows.size());
    }
    outcome.objects = int(objects->size());
    const QFileInfo info(path);
    const bool zip = parts.size() > 1 || info.suffix().compare(u"zip", Qt::CaseInsensitive) == 0;
    if (!zip) {
        outcome.filePath = path;
        outcome.ok = writeCsv(m_type, path, parts.first(), &error);
        outcome.files = 1;
    } else {
        outcome.filePath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".zip"));
        outcome.ok = writeZip(outcome.filePath, info.completeBaseName(), parts, &error);
        outcome.files = int(parts.size());
    }
    if (!outcome.ok) {
        outcome.message =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outcome.filePath), error);
    }
    return outcome;
}

} // namespace ccbulk
