#pragma once

#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "../tenant/tenant.h"

#include <QCoreApplication>
#include <QStringList>

namespace ccbulk {

// What an export wrote.
struct ExportOutcome
{
    bool ok = false;
    QString message;  // why it failed
    QString filePath; // the file written: a CSV, or a ZIP of CSVs
    int objects = 0;
    int rows = 0;
    int files = 0; // CSV files written (inside the ZIP, if one)
};

// Writes a type's objects as the import reads them: sorted by key (ignoring
// letter case), parent values with the first child on one row, later
// children on rows of their own. Up to the row limit in one CSV; beyond it a
// ZIP of CSVs named <name>_1.csv, <name>_2.csv, ..., with an object's rows
// never split across two files. Files are written whole or not at all.
class ExportEngine
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ExportEngine)

public:
    ExportEngine(const TypeDefinition &type, Tenant &tenant, const Limits &limits);

    // A template: the header row only.
    ExportOutcome writeTemplate(const QString &path) { return writeTemplate(m_type, path); }
    // The same without a tenant (a template needs none): the desktop app's
    // "Download a sample template".
    static ExportOutcome writeTemplate(const TypeDefinition &type, const QString &path);
    // The data. path ending in .csv gets a CSV when the rows fit the limit;
    // otherwise (or for a path ending in .zip) the ZIP is written, at path
    // with its suffix changed to .zip.
    ExportOutcome writeData(const QString &path);

    // The rows of one object, cells in template order.
    QList<QStringList> rowsOf(const TenantObject &object) const;

private:
    static bool writeCsv(const TypeDefinition &type, const QString &path,
                         const QList<QStringList> &rows, QString *error);
    bool writeZip(const QString &path, const QString &baseName,
                  const QList<QList<QStringList>> &parts, QString *error) const;

    const TypeDefinition &m_type;
    Tenant &m_tenant;
    Limits m_limits;
};

} // namespace ccbulk
