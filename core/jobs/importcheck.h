#pragma once

#include "importengine.h"

namespace ccbulk {

// The dry run of an import, as `ccbulk-cli validate` and the desktop wizard's
// check page show it: the file's own issues, then everything the tenant adds
// (names that do not exist, fixed columns, users not there), and how many
// objects would be created, updated and left unchanged. A CSV goes through
// the import engine, a ZIP of WAV files through the audio import engine.
// Nothing is written.
ImportOutcome checkImport(const TypeDefinition &type, const DefinitionRegistry &registry,
                          Tenant &tenant, const Limits &limits, QIODevice *device);

// The same for a file; a file that cannot be opened is refused, with the
// reason, like any other refused file.
ImportOutcome checkImportFile(const TypeDefinition &type, const DefinitionRegistry &registry,
                              Tenant &tenant, const Limits &limits, const QString &path);

} // namespace ccbulk
