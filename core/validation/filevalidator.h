#pragma once

#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "issue.h"

#include <QCoreApplication>
#include <QIODevice>

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

private:
    static ValidationReport refuse(const QString &message, int row = 0);

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    Limits m_limits;
};

} // namespace ccbulk
