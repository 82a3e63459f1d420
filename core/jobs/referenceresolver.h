#pragma once

#include "../definitions/definitionregistry.h"
#include "../tenant/tenant.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ccbulk {

// Finds the objects that cells name, by name, in a tenant: loaded once per
// job and type, so that 5000 rows naming the same teams read the tenant once.
class ReferenceResolver
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ReferenceResolver)

public:
    ReferenceResolver(const DefinitionRegistry &registry, Tenant &tenant);

    struct Resolution
    {
        bool found = false;
        bool unchecked = false; // the tenant holds no record of the type at all
        QString name;           // the stored spelling, when found
        QString problem;        // why not, for the user, with a suggestion
        const TenantObject *object = nullptr;
    };

    // Looks name up among the objects of typeId (a definition id or an
    // external type). Returns false with *error when the tenant cannot be read.
    bool resolve(const QString &typeId, const QString &name, Resolution *out, QString *error);

    // The stored objects of a type by normalised key (loaded on first use).
    const QHash<QString, TenantObject> *objectsOf(const QString &typeId, QString *error);

    // A type's name for the user: a definition's, or an external type's.
    QString typeName(const QString &typeId) const;

    // The closest of candidates to name, when one is close enough to be a
    // likely typing mistake, else empty.
    static QString closest(const QString &name, const QList<QString> &candidates);

private:
    struct TypeIndex
    {
        bool known = false;
        QHash<QString, TenantObject> byKey;
    };
    QString normalise(const QString &typeId, QStringView name) const;
    TypeIndex *load(const QString &typeId, QString *error);

    const DefinitionRegistry &m_registry;
    Tenant &m_tenant;
    QHash<QString, TypeIndex> m_indexes;
};

} // namespace ccbulk
