#pragma once

#include "../csv/csvrecord.h"
#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "headermapping.h"
#include "issue.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace ccbulk {

// Checks a whole CSV file against its type, offline: the file's limits and
// bytes, its headers, every row, and the rules across rows. Streams the file
// once; memory grows with the number of keys and issues, not the file size.
class FileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::FileValidator)

public:
    FileValidator(const TypeDefinition &type, const DefinitionRegistry &registry,
                  const Limits &limits);

    ValidationReport validate(QIODevice *device) const;
    ValidationReport validateFile(const QString &path) const;

    // Shown every data row that is not blank, as it is read, with the
    // header's mapping: an import keeps the rows it plans from, rather than
    // reading the file a second time.
    using RowVisitor = std::function<void(const HeaderMapping &mapping, const CsvRecord &record)>;
    void setRowVisitor(RowVisitor visitor) { m_visitRow = std::move(visitor); }

private:
    static ValidationReport refuse(const QString &message, int row = 0);

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    Limits m_limits;
    RowVisitor m_visitRow;
};

} // namespace ccbulk
