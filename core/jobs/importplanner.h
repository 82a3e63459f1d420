#pragma once

#include "../definitions/definitionregistry.h"
#include "../tenant/tenant.h"
#include "../validation/conditions.h"
#include "../validation/headermapping.h"
#include "../validation/issue.h"
#include "referenceresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <optional>
#include <span>

namespace ccbulk {

// Something found against the tenant about one row: the column it concerns
// (the definition's header; empty for the row as a whole) and what it is.
struct Finding
{
    Finding(QString text) : message(std::move(text)) {}
    Finding(QString header, QString text) : column(std::move(header)), message(std::move(text)) {}
    QString column;
    QString message;
};
using Findings = QHash<int, QList<Finding>>; // by row

// What an import will do with one object of the file: its rows, its new
// content, and whether it is created, updated, left unchanged, or fails.
struct PlannedObject
{
    enum class Action
    {
        Create,
        Update,
        Unchanged,
        Fail
    };
    Action action = Action::Fail;
    QList<int> rows; // spreadsheet rows, in file order
    QString key;     // as the first row gives it
    std::optional<TenantObject> stored;
    TenantObject object;                  // the content to write
    Findings errors;                      // by row: found against the tenant
    Findings warnings;                    // by row: found against the tenant
    QHash<int, QStringList> fileErrors;   // by row: the file's own (validation)
    QHash<int, QStringList> fileWarnings; // by row: the file's own (validation)
};

// Turns a checked file into planned objects against a tenant: groups the rows
// of parent/child objects, resolves names to stored objects, applies the
// rules that need the tenant (keys that exist, fixed columns, users that are
// never created, names shared between types), and merges with stored content
// for columns the file leaves out.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ImportPlanner)

public:
    ImportPlanner(const TypeDefinition &type, const DefinitionRegistry &registry,
                  ReferenceResolver &references);

    // Keeps one data row of the file, as validation reads it (see
    // FileValidator::setRowVisitor), with the mapping of the file's header.
    void addRow(const HeaderMapping &mapping, const CsvRecord &record);
    // Groups the rows kept into objects, with validation's issues about them.
    void start(const ValidationReport &validation);
    qsizetype objectCount() const { return m_groups.size(); }
    bool atEnd() const { return m_next >= m_groups.size(); }
    // Plans the next objects of the file, at most count, in file order, and
    // appends them. False with *error when the tenant cannot be read.
    bool planNext(qsizetype count, QList<PlannedObject> *objects, QString *error);
    // Whether the type has rules that look at the file's objects together:
    // then every object is planned, and checkFile run, before any is written.
    bool hasFileRules() const;
    // Those rules, over every object of the file.
    bool checkFile(QList<PlannedObject> *objects, QString *error);

private:
    // One data row: the cells of the definition's columns, trimmed (empty
    // when absent), one after another in one string, so that a row costs one
    // allocation rather than one a cell.
    struct Row
    {
        int row = 0;
        QString text;
        // Per definition column: its end in text. On the heap, so that a
        // row moves cheaply while the list of them grows.
        QList<qsizetype> ends;
        QStringView value(qsizetype column) const
        {
            const qsizetype start = column > 0 ? ends.at(column - 1) : 0;
            return QStringView(text).mid(start, ends.at(column) - start);
        }
        RowValues values() const;
    };
    using Rows = std::span<const Row>; // consecutive rows of one object
    QList<Rows> group(const QList<Row> &rows) const;
    bool planObject(Rows rows, PlannedObject *object, QString *error);
    bool fillFields(const Row &row, PlannedObject *object, QString *error);
    bool fillChildren(Rows rows, PlannedObject *object, QString *error);
    bool convert(const ColumnDefinition &column, const RowValues &views, QStringView cell, int row,
                 PlannedObject *object, QString *value, QString *error);
    using Resolutions = QVarLengthArray<const ReferenceResolver::Resolution *, 64>;
    // The names of a reference cell in their stored spelling, without
    // repeats (in any letter case), in nameLessThan order, joined with "|".
    static QString joinNames(const Resolutions &resolutions);
    // The same, faster, when every name was found; false when it cannot tell.
    static bool joinFound(const Resolutions &resolutions, QString *value);
    bool applies(const ColumnDefinition &column, const RowValues &values) const;
    void sortChildren(QList<FieldMap> *children) const;
    QString childKey(const FieldMap &child) const;

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    ReferenceResolver &m_references;
    QList<bool> m_present;                 // per definition column: in the file's header
    QSet<QString> m_uncheckedTypes;        // said once per file, not on every name
    QList<Row> m_rows;                     // the file's data rows (m_groups point into them)
    QList<Rows> m_groups;                  // one per object
    qsizetype m_next = 0;                  // the first object not planned yet
    QHash<int, QStringList> m_rowErrors;   // by row: validation's errors
    QHash<int, QStringList> m_rowWarnings; // by row: validation's warnings
};

} // namespace ccbulk
