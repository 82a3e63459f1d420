#pragma once

#include "../definitions/definitionregistry.h"
#include "../tenant/tenant.h"
#include "../validation/conditions.h"
#include "../validation/issue.h"
#include "referenceresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <optional>

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

    // device holds the file that validation checked (it is read again from
    // its start). Returns false with *error when the tenant cannot be read.
    bool plan(QIODevice *device, const ValidationReport &validation, QList<PlannedObject> *objects,
              QString *error);

private:
    struct Row
    {
        int row = 0;
        QStringList values; // per definition column, trimmed; empty when absent
    };
    bool readRows(QIODevice *device, QList<Row> *rows, QList<bool> *present) const;
    QList<QList<Row>> group(const QList<Row> &rows) const;
    bool planObject(const QList<Row> &rows, PlannedObject *object, QString *error);
    bool fillFields(const Row &row, PlannedObject *object, QString *error);
    bool fillChildren(const QList<Row> &rows, PlannedObject *object, QString *error);
    bool convert(const ColumnDefinition &column, const RowValues &views, const QString &cell,
                 int row, PlannedObject *object, QString *value, QString *error);
    bool applies(const ColumnDefinition &column, const QStringList &values) const;
    void sortChildren(QList<FieldMap> *children) const;
    QString childKey(const FieldMap &child) const;

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    ReferenceResolver &m_references;
    QList<bool> m_present;          // per definition column: in the file's header
    QSet<QString> m_uncheckedTypes; // said once per file, not on every name
};

} // namespace ccbulk
