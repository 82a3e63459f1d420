#include "importcheck.h"

#include "audioimportengine.h"
#include "validation/filevalidator.h"

#include <QFile>

namespace ccbulk {

ImportOutcome checkImport(const TypeDefinition &type, const DefinitionRegistry &registry,
                          Tenant &tenant, const Limits &limits, QIODevice *device)
{
    if (type.format() == FileFormat::Zip) {
        return AudioImportEngine(type, registry, tenant, limits).run(device, true);
    }
    return ImportEngine(type, registry, tenant, limits).run(device, true);
}

ImportOutcome checkImportFile(const TypeDefinition &type, const DefinitionRegistry &registry,
                              Tenant &tenant, const Limits &limits, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportOutcome outcome;
        outcome.report = FileValidator(type, registry, limits).validateFile(path);
        return outcome;
    }
    return checkImport(type, registry, tenant, limits, &file);
}

} // namespace ccbulk
