#include "referenceresolver.h"

#include "../i18n/language.h"
#include "../validation/valuechecker.h"

#include <algorithm>

namespace ccbulk {

namespace {

int editDistance(const QString &a, const QString &b)
{
    // Two rows of the classic table are enough.
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

ReferenceResolver::ReferenceResolver(const DefinitionRegistry &registry, Tenant &tenant)
    : m_registry(registry), m_tenant(tenant)
{}

QString ReferenceResolver::normalise(const QString &typeId, QStringView name) const
{
    if (const TypeDefinition *type = m_registry.find(typeId)) {
        return type->normaliseKey(name);
    }
    return name.trimmed().toString().toCaseFolded();
}

ReferenceResolver::TypeIndex *ReferenceResolver::load(const QString &typeId, QString *error)
{
    auto found = m_indexes.find(typeId);
    if (found != m_indexes.end()) {
        return &found.value();
    }
    const std::optional<QList<TenantObject>> objects = m_tenant.objects(typeId, error);
    if (!objects) {
        return nullptr;
    }
    TypeIndex index;
    // Only the external types (never imported here) can be unknown to a
    // tenant; a type ccbulk imports is checked even while it has no objects.
    index.known = m_registry.find(typeId) || !objects->isEmpty() || m_tenant.knowsType(typeId);
    for (const TenantObject &object : *objects) {
        index.byKey.insert(normalise(typeId, object.key), object);
    }
    return &m_indexes.insert(typeId, index).value();
}

const QHash<QString, TenantObject> *ReferenceResolver::objectsOf(const QString &typeId,
                                                                 QString *error)
{
    TypeIndex *index = load(typeId, error);
    return index ? &index->byKey : nullptr;
}

QString ReferenceResolver::closest(const QString &name, const QList<QString> &candidates)
{
    const QString folded = name.toCaseFolded();
    // Close enough: a quarter of the name's letters, at least one, at most three.
    const int limit = std::clamp(int(folded.size()) / 4, 1, 3);
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        const QString other = candidate.toCaseFolded();
        if (std::abs(int(other.size() - folded.size())) > limit) {
            continue;
        }
        const int distance = editDistance(folded, other);
        if (distance < bestDistance ||
            (distance == bestDistance && (best.isEmpty() || candidate < best))) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : QString();
}

QString ReferenceResolver::typeName(const QString &typeId) const
{
    if (const TypeDefinition *type = m_registry.find(typeId)) {
        return type->name(uiLanguage());
    }
    if (typeId == u"multimedia-profile") {
        return tr("Multimedia Profile");
    }
    if (typeId == u"desktop-layout") {
        return tr("Desktop Layout");
    }
    if (typeId == u"dial-plan") {
        return tr("Dial Plan");
    }
    if (typeId == u"threshold-rule") {
        return tr("Threshold Rule");
    }
    if (typeId == u"connect-asset") {
        return tr("Webex Connect Asset");
    }
    return typeId;
}

bool ReferenceResolver::resolve(const QString &typeId, const QString &name, Resolution *out,
                                QString *error)
{
    *out = Resolution();
    TypeIndex *index = load(typeId, error);
    if (!index) {
        return false;
    }
    if (!index->known) {
        // Never filled from a real tenant: nothing to check against.
        out->unchecked = true;
        out->name = name;
        return true;
    }
    const auto found = index->byKey.constFind(normalise(typeId, name));
    if (found != index->byKey.cend()) {
        out->found = true;
        out->name = found->key;
        out->object = &found.value();
        return true;
    }
    const QString typeName = this->typeName(typeId);
    QList<QString> names;
    names.reserve(index->byKey.size());
    for (const TenantObject &object : std::as_const(index->byKey)) {
        names << object.key;
    }
    const QString suggestion = closest(name, names);
    out->problem =
        suggestion.isEmpty()
            ? tr("There is no %1 named %2.").arg(typeName, ValueChecker::quoted(name))
            : tr("There is no %1 named %2. Did you mean %3?")
                  .arg(typeName, ValueChecker::quoted(name), ValueChecker::quoted(suggestion));
    return true;
}

} // namespace ccbulk
