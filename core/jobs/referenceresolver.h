#pragma once

#include "../definitions/definitionregistry.h"
#include "../tenant/tenant.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <unordered_map>

namespace ccbulk {

// Finds the objects that cells name, by name, in a tenant: loaded once per
// job and type, so that 5000 rows naming the same teams read the tenant once,
// and each spelling is resolved once, so that they look each name up once.
class ReferenceResolver
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ReferenceResolver)

public:
    ReferenceResolver(const DefinitionRegistry &registry, Tenant &tenant);
    ~ReferenceResolver();
    Q_DISABLE_COPY_MOVE(ReferenceResolver)

    struct Resolution
    {
        bool found = false;
        bool unchecked = false; // the tenant holds no record of the type at all
        QString name;           // the stored spelling, when found
        QString problem;        // why not, for the user, with a suggestion
        const TenantObject *object = nullptr;
        // When found: the object's place among its type's stored objects in
        // nameLessThan order of their keys, so that found names sort by it.
        int rank = -1;
    };

    // Looks name up among the objects of typeId (a definition id or an
    // external type). Returns false with *error when the tenant cannot be read.
    bool resolve(const QString &typeId, const QString &name, Resolution *out, QString *error);
    // The same without a copy: the resolution stays valid while the resolver
    // lives. nullptr with *error when the tenant cannot be read.
    const Resolution *lookUp(const QString &typeId, QStringView name, QString *error);

    // The objects of one type, for looking up many names of it one after
    // another without finding the type each time.
    struct TypeIndex;
    // Loaded on first use; nullptr with *error when the tenant cannot be read.
    TypeIndex *index(const QString &typeId, QString *error);
    const Resolution &lookUp(TypeIndex *index, QStringView name);

    // The stored objects of a type by normalised key (loaded on first use).
    const QHash<QString, TenantObject> *objectsOf(const QString &typeId, QString *error);

    // A type's name for the user: a definition's, or an external type's.
    QString typeName(const QString &typeId) const;

    // The closest of candidates to name, when one is close enough to be a
    // likely typing mistake, else empty.
    static QString closest(const QString &name, const QList<QString> &candidates);

private:
    QString normalise(const QString &typeId, QStringView name) const;
    Resolution resolveNew(TypeIndex *index, const QString &name);
    static void rank(TypeIndex *index);

    const DefinitionRegistry &m_registry;
    Tenant &m_tenant;
    // By pointer, so that an index, and the objects and resolutions in it,
    // stay where they are while other types are loaded.
    std::unordered_map<QString, std::unique_ptr<TypeIndex>> m_indexes;
    QString m_lastType; // names come in runs of one type
    TypeIndex *m_lastIndex = nullptr;
};

} // namespace ccbulk
