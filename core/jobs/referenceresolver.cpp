#include "referenceresolver.h"

#include "../i18n/language.h"
#include "../validation/fieldvalues.h"
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

// Hashing and comparing as views, so that a name is looked up without a
// copy (heterogeneous lookup).
struct NameHash
{
    using is_transparent = void;
    // Seeded as QHash is: Qt hashes an unseeded string the slow way.
    size_t operator()(QStringView name) const noexcept
    {
        return qHash(name, QHashSeed::globalSeed());
    }
};

struct NameEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

} // namespace

struct ReferenceResolver::TypeIndex
{
    QString typeId;
    bool known = false;
    QHash<QString, TenantObject> byKey;
    QHash<const TenantObject *, int> ranks; // filled on the first name found
    // Every name resolved, by its spelling in the file: a file names the same
    // few objects thousands of times. Node-based, so that resolutions stay
    // where they are.
    std::unordered_map<QString, Resolution, NameHash, NameEqual> resolved;
};

ReferenceResolver::ReferenceResolver(const DefinitionRegistry &registry, Tenant &tenant)
    : m_registry(registry), m_tenant(tenant)
{}

ReferenceResolver::~ReferenceResolver() = default;

QString ReferenceResolver::normalise(const QString &typeId, QStringView name) const
{
    if (const TypeDefinition *type = m_registry.find(typeId)) {
        return type->normaliseKey(name);
    }
    return name.trimmed().toString().toCaseFolded();
}

ReferenceResolver::TypeIndex *ReferenceResolver::index(const QString &typeId, QString *error)
{
    if (m_lastIndex && m_lastType == typeId) {
        return m_lastIndex;
    }
    auto found = m_indexes.find(typeId);
    if (found == m_indexes.end()) {
        const std::optional<QList<TenantObject>> objects = m_tenant.objects(typeId, error);
        if (!objects) {
            return nullptr;
        }
        auto loaded = std::make_unique<TypeIndex>();
        loaded->typeId = typeId;
        // Only the external types (never imported here) can be unknown to a
        // tenant; a type ccbulk imports is checked even while it has no objects.
        loaded->known =
            m_registry.find(typeId) || !objects->isEmpty() || m_tenant.knowsType(typeId);
        for (const TenantObject &object : *objects) {
            loaded->byKey.insert(normalise(typeId, object.key), object);
        }
        found = m_indexes.emplace(typeId, std::move(loaded)).first;
    }
    m_lastType = typeId;
    m_lastIndex = found->second.get();
    return m_lastIndex;
}

void ReferenceResolver::rank(TypeIndex *index)
{
    // Pointers into byKey, which is not changed once loaded.
    QList<const TenantObject *> sorted;
    sorted.reserve(index->byKey.size());
    for (const TenantObject &object : std::as_const(index->byKey)) {
        sorted << &object;
    }
    std::sort(sorted.begin(), sorted.end(), [](const TenantObject *a, const TenantObject *b) {
        return nameLessThan(a->key, b->key);
    });
    index->ranks.reserve(sorted.size());
    for (qsizetype rank = 0; rank < sorted.size(); ++rank) {
        index->ranks.insert(sorted.at(rank), int(rank));
    }
}

const QHash<QString, TenantObject> *ReferenceResolver::objectsOf(const QString &typeId,
                                                                 QString *error)
{
    TypeIndex *found = index(typeId, error);
    return found ? &found->byKey : nullptr;
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
    const Resolution *resolution = lookUp(typeId, name, error);
    if (resolution) {
        *out = *resolution;
    }
    return resolution;
}

const ReferenceResolver::Resolution *ReferenceResolver::lookUp(const QString &typeId,
                                                               QStringView name, QString *error)
{
    TypeIndex *found = index(typeId, error);
    return found ? &lookUp(found, name) : nullptr;
}

const ReferenceResolver::Resolution &ReferenceResolver::lookUp(TypeIndex *index, QStringView name)
{
    if (const auto known = index->resolved.find(name); known != index->resolved.end()) {
        return known->second;
    }
    Resolution resolution = resolveNew(index, name.toString());
    return index->resolved.emplace(name.toString(), std::move(resolution)).first->second;
}

ReferenceResolver::Resolution ReferenceResolver::resolveNew(TypeIndex *index, const QString &name)
{
    Resolution out;
    if (!index->known) {
        // Never filled from a real tenant: nothing to check against.
        out.unchecked = true;
        out.name = name;
        return out;
    }
    const auto found = index->byKey.constFind(normalise(index->typeId, name));
    if (found != index->byKey.cend()) {
        out.found = true;
        out.name = found->key;
        out.object = &found.value();
        if (index->ranks.isEmpty()) {
            rank(index); // on the first name found, not for every type loaded
        }
        out.rank = index->ranks.value(out.object, -1);
        return out;
    }
    const QString typeName = this->typeName(index->typeId);
    QList<QString> names;
    names.reserve(index->byKey.size());
    for (const TenantObject &object : std::as_const(index->byKey)) {
        names << object.key;
    }
    const QString suggestion = closest(name, names);
    out.problem =
        suggestion.isEmpty()
            ? tr("There is no %1 named %2.").arg(typeName, ValueChecker::quoted(name))
            : tr("There is no %1 named %2. Did you mean %3?")
                  .arg(typeName, ValueChecker::quoted(name), ValueChecker::quoted(suggestion));
    return out;
}

} // namespace ccbulk
