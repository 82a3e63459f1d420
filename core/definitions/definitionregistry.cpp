#include "definitionregistry.h"

#include "definitionparser.h"

#include <QDir>
#include <QFile>

namespace ccbulk {

namespace {

// The order of the specification's type table, which is also the order in
// which lists show the types.
const QStringList kSpecOrder{
    QStringLiteral("entry-point"),   QStringLiteral("outdial-entry-point"),
    QStringLiteral("queue"),         QStringLiteral("outdial-queue"),
    QStringLiteral("site"),          QStringLiteral("team"),
    QStringLiteral("user"),          QStringLiteral("user-profile"),
    QStringLiteral("work-type"),     QStringLiteral("auxiliary-code"),
    QStringLiteral("agent-profile"), QStringLiteral("address-book"),
    QStringLiteral("outdial-ani"),   QStringLiteral("skill-definition"),
    QStringLiteral("skill-profile"), QStringLiteral("entry-point-mapping"),
    QStringLiteral("audio-file"),
};

} // namespace

const DefinitionRegistry &DefinitionRegistry::instance()
{
    static const std::unique_ptr<DefinitionRegistry> registry = [] {
        QString error;
        auto loaded = load(QStringLiteral(":/definitions"), &error);
        if (!loaded) {
            qFatal("Built-in object-type definitions are broken: %s", qPrintable(error));
        }
        return loaded;
    }();
    return *registry;
}

std::unique_ptr<DefinitionRegistry> DefinitionRegistry::load(const QString &directory,
                                                             QString *error)
{
    std::unique_ptr<DefinitionRegistry> registry(new DefinitionRegistry);
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no definition files in %1").arg(directory);
        return nullptr;
    }
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
            return nullptr;
        }
        std::optional<TypeDefinition> type = DefinitionParser::parse(file.readAll(), error);
        if (!type) {
            *error = fileName + QStringLiteral(": ") + *error;
            return nullptr;
        }
        if (type->id() + QStringLiteral(".json") != fileName) {
            *error = QStringLiteral("%1 holds type \"%2\"").arg(fileName, type->id());
            return nullptr;
        }
        registry->m_types.append(*type);
    }
    std::stable_sort(registry->m_types.begin(), registry->m_types.end(),
                     [](const TypeDefinition &a, const TypeDefinition &b) {
                         auto rank = [](const QString &id) {
                             const qsizetype at = kSpecOrder.indexOf(id);
                             return at < 0 ? kSpecOrder.size() : at;
                         };
                         return rank(a.id()) < rank(b.id());
                     });
    // References by index, resolved once: checking a name looks at the
    // referenced type's own rules for every item of every row.
    for (TypeDefinition &type : registry->m_types) {
        for (ColumnDefinition &column : type.m_columns) {
            if (!column.refersTo.isEmpty()) {
                const TypeDefinition *target = registry->find(column.refersTo);
                column.referencedType = target ? int(target - registry->m_types.constData()) : -1;
            }
        }
    }
    return registry;
}

const TypeDefinition *DefinitionRegistry::find(QStringView id) const
{
    for (const TypeDefinition &type : m_types) {
        if (type.id() == id) {
            return &type;
        }
    }
    return nullptr;
}

} // namespace ccbulk
