#pragma once

#include "typedefinition.h"

#include <QList>
#include <QString>

#include <memory>

namespace ccbulk {

// The object types, read once from their definition files into an immutable
// registry. The built-in one (instance()) reads the files compiled into the
// core library's resources; tests can load any folder.
class DefinitionRegistry
{
public:
    // The built-in types, in the order of the specification. Loaded on first
    // use, thread-safe. A broken built-in file is a programming error: it
    // aborts with the parser's message (the tests load every file).
    static const DefinitionRegistry &instance();

    // Reads every <id>.json in directory. Returns null and sets *error on the
    // first file that is not a valid definition.
    static std::unique_ptr<DefinitionRegistry> load(const QString &directory, QString *error);

    const QList<TypeDefinition> &types() const { return m_types; }
    const TypeDefinition *find(QStringView id) const;

private:
    DefinitionRegistry() = default;
    QList<TypeDefinition> m_types;
};

} // namespace ccbulk
