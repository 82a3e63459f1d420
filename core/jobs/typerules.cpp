#include "typerules.h"

#include "../validation/fieldvalues.h"
#include "../validation/valuechecker.h"
#include "../validation/valuenormalisation.h"

#include <algorithm>

namespace ccbulk {

namespace {

using ObjectIndex = QHash<QString, TenantObject>;

// The stored object of typeId named name (already in its stored spelling).
const TenantObject *storedObject(ReferenceResolver &references, const QString &typeId,
                                 QStringView name, QString *error, bool *failed)
{
    const ReferenceResolver::Resolution *resolution = references.lookUp(typeId, name, error);
    if (!resolution) {
        *failed = true;
        return nullptr;
    }
    return resolution->object;
}

QString quoted(const QString &text)
{
    return ValueChecker::quoted(text);
}

// The kind (IDLE_CODE or WRAP_UP_CODE) of an auxiliary code's work type.
QString codeKind(ReferenceResolver &references, const QString &workType, QString *error,
                 bool *failed)
{
    const TenantObject *type =
        storedObject(references, QStringLiteral("work-type"), workType, error, failed);
    return type ? type->fields.value(QStringLiteral("Type")) : QString();
}

// problem is translated only when a code is of the wrong kind.
bool checkCodeKinds(ReferenceResolver &references, PlannedObject *object, const QString &column,
                    const QString &wanted, const char *problem, QString *error)
{
    ReferenceResolver::TypeIndex *codes = references.index(QStringLiteral("auxiliary-code"), error);
    ReferenceResolver::TypeIndex *workTypes = references.index(QStringLiteral("work-type"), error);
    if (!codes || !workTypes) {
        return false;
    }
    const QString value = object->object.fields.value(column);
    forEachListItem(value, [&](QStringView code) {
        const TenantObject *stored = references.lookUp(codes, code).object;
        if (!stored) {
            return true; // reported as a missing name already
        }
        const QString workType = stored->fields.value(QStringLiteral("Work Type"));
        const TenantObject *type = references.lookUp(workTypes, workType).object;
        const QString kind = type ? type->fields.value(QStringLiteral("Type")) : QString();
        if (!kind.isEmpty() && kind != wanted) {
            object->errors[object->rows.first()] << Finding(
                column, TypeRules::tr(problem).arg(quoted(code.toString()), quoted(workType)));
        }
        return true;
    });
    return true;
}

bool checkAgentProfile(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    return checkCodeKinds(references, object, QStringLiteral("Wrap Up Codes"),
                          QStringLiteral("WRAP_UP_CODE"),
                          QT_TRANSLATE_NOOP("ccbulk::TypeRules",
                                            "Wrap Up Codes: %1 is not a wrap-up code (its work "
                                            "type %2 is for idle codes)."),
                          error) &&
           checkCodeKinds(references, object, QStringLiteral("Idle Codes"),
                          QStringLiteral("IDLE_CODE"),
                          QT_TRANSLATE_NOOP("ccbulk::TypeRules",
                                            "Idle Codes: %1 is not an idle code (its work type "
                                            "%2 is for wrap-up codes)."),
                          error);
}

bool checkUser(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    const FieldMap &fields = object->object.fields;
    if (fields.value(QStringLiteral("Contact Center Enabled")) != u"TRUE") {
        return true;
    }
    const QString site = fields.value(QStringLiteral("Site"));
    bool failed = false;
    for (const QString &team : listItems(fields.value(QStringLiteral("Teams")))) {
        const TenantObject *stored =
            storedObject(references, QStringLiteral("team"), team, error, &failed);
        if (failed) {
            return false;
        }
        if (!stored) {
            continue;
        }
        const QString teamSite = stored->fields.value(QStringLiteral("Site"));
        if (stored->fields.value(QStringLiteral("Type")) != u"AGENT") {
            object->errors[object->rows.first()] << Finding(
                QStringLiteral("Teams"),
                TypeRules::tr("Teams: %1 is a capacity team; users join agent teams only.")
                    .arg(quoted(team)));
        } else if (!site.isEmpty() && teamSite.compare(site, Qt::CaseInsensitive) != 0) {
            object->errors[object->rows.first()] << Finding(
                QStringLiteral("Teams"), TypeRules::tr("Teams: %1 is on the site %2, not on %3.")
                                             .arg(quoted(team), quoted(teamSite), quoted(site)));
        }
    }
    return true;
}

bool checkMapping(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    bool failed = false;
    const QString name = object->object.fields.value(QStringLiteral("Entry Point"));
    const TenantObject *entryPoint =
        storedObject(references, QStringLiteral("entry-point"), name, error, &failed);
    if (failed) {
        return false;
    }
    const QString channel =
        entryPoint ? entryPoint->fields.value(QStringLiteral("Channel Type")) : QString();
    if (!channel.isEmpty() && channel != u"TELEPHONY") {
        object->errors[object->rows.first()] << Finding(
            QStringLiteral("Entry Point"),
            TypeRules::tr("Entry Point: %1 is a %2 entry point; numbers map to telephony "
                          "entry points only.")
                .arg(quoted(name), channel));
    }
    return true;
}

QString skillValueProblem(const TenantObject &skill, const QString &value)
{
    const QString type = skill.fields.value(QStringLiteral("Type"));
    if (type == u"PROFICIENCY") {
        const std::optional<qint64> level = parsePlainInteger(value);
        return level && *level <= 10
                   ? QString()
                   : TypeRules::tr("a proficiency from 0 to 10 is expected, not %1.")
                         .arg(quoted(value));
    }
    if (type == u"BOOLEAN") {
        return parseBoolean(value)
                   ? QString()
                   : TypeRules::tr("TRUE or FALSE is expected, not %1.").arg(quoted(value));
    }
    if (type == u"TEXT") {
        return value.size() <= 100
                   ? QString()
                   : TypeRules::tr("at most 100 characters are allowed, not %1.").arg(value.size());
    }
    if (type == u"ENUM") {
        const QStringList allowed =
            listItems(skill.fields.value(QStringLiteral("List Values For Enum")));
        const QStringList given = listItems(value);
        if (given.isEmpty()) {
            return TypeRules::tr("at least one of %1 is expected.")
                .arg(allowed.join(QStringLiteral(", ")));
        }
        for (const QString &item : given) {
            if (!allowed.contains(item, Qt::CaseInsensitive)) {
                return TypeRules::tr("%1 is not one of the skill's values (%2).")
                    .arg(quoted(item), allowed.join(QStringLiteral(", ")));
            }
        }
    }
    return QString();
}

// A valid skill value in its canonical form, so that the same value in other
// spelling or order compares unchanged.
QString canonicalSkillValue(const TenantObject &skill, const QString &value)
{
    const QString type = skill.fields.value(QStringLiteral("Type"));
    if (type == u"PROFICIENCY") {
        return QString::number(parsePlainInteger(value).value_or(0));
    }
    if (type == u"BOOLEAN") {
        return parseBoolean(value).value_or(false) ? QStringLiteral("TRUE")
                                                   : QStringLiteral("FALSE");
    }
    if (type == u"ENUM") {
        const QStringList allowed =
            listItems(skill.fields.value(QStringLiteral("List Values For Enum")));
        QStringList values;
        for (const QString &item : listItems(value)) {
            for (const QString &spelling : allowed) {
                if (spelling.compare(item, Qt::CaseInsensitive) == 0 &&
                    !values.contains(spelling)) {
                    values << spelling;
                }
            }
        }
        std::sort(values.begin(), values.end(), nameLessThan);
        return values.join(u'|');
    }
    return value;
}

bool checkSkillProfile(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    bool failed = false;
    for (FieldMap &child : object->object.children) {
        const QString name = child.value(QStringLiteral("Skill Name"));
        const TenantObject *skill =
            storedObject(references, QStringLiteral("skill-definition"), name, error, &failed);
        if (failed) {
            return false;
        }
        if (!skill) {
            continue;
        }
        const QString value = child.value(QStringLiteral("Skill Values"));
        const QString problem = skillValueProblem(*skill, value);
        if (!problem.isEmpty()) {
            object->errors[object->rows.first()]
                << Finding(QStringLiteral("Skill Values"),
                           TypeRules::tr("Skill Values for %1: %2").arg(quoted(name), problem));
        } else {
            child.insert(QStringLiteral("Skill Values"), canonicalSkillValue(*skill, value));
        }
    }
    return true;
}

// An enumeration skill's values may shrink only by values no profile uses.
bool checkSkillDefinition(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    if (!object->stored) {
        return true;
    }
    const QString column = QStringLiteral("List Values For Enum");
    const QStringList before = listItems(object->stored->fields.value(column));
    const QStringList after = listItems(object->object.fields.value(column));
    QStringList removed;
    for (const QString &value : before) {
        if (!after.contains(value, Qt::CaseInsensitive)) {
            removed << value;
        }
    }
    if (removed.isEmpty()) {
        return true;
    }
    const ObjectIndex *profiles = references.objectsOf(QStringLiteral("skill-profile"), error);
    if (!profiles) {
        return false;
    }
    for (const TenantObject &profile : *profiles) {
        for (const FieldMap &child : profile.children) {
            if (child.value(QStringLiteral("Skill Name"))
                    .compare(object->object.key, Qt::CaseInsensitive) != 0) {
                continue;
            }
            for (const QString &value : listItems(child.value(QStringLiteral("Skill Values")))) {
                if (removed.contains(value, Qt::CaseInsensitive)) {
                    object->errors[object->rows.first()] << Finding(
                        column, TypeRules::tr("%1: the value %2 is still used by the skill profile "
                                              "%3.")
                                    .arg(column, quoted(value), quoted(profile.key)));
                }
            }
        }
    }
    return true;
}

bool checkAuxiliaryCode(ReferenceResolver &references, PlannedObject *object, QString *error)
{
    if (!object->stored) {
        return true;
    }
    // A code may move only to another work type of the same kind.
    bool failed = false;
    const QString before = object->stored->fields.value(QStringLiteral("Work Type"));
    const QString after = object->object.fields.value(QStringLiteral("Work Type"));
    const QString kindBefore = codeKind(references, before, error, &failed);
    const QString kindAfter = codeKind(references, after, error, &failed);
    if (failed) {
        return false;
    }
    if (!kindBefore.isEmpty() && !kindAfter.isEmpty() && kindBefore != kindAfter) {
        object->errors[object->rows.first()] << Finding(
            QStringLiteral("Work Type"),
            TypeRules::tr("Work Type: %1 is for other codes than %2; a code keeps its kind.")
                .arg(quoted(after), quoted(before)));
    }
    return true;
}

// One default code per kind (idle, wrap-up), and a first code of a kind the
// tenant has none of yet must be the default.
bool checkDefaultCodes(ReferenceResolver &references, QList<PlannedObject> *objects, QString *error)
{
    const ObjectIndex *stored = references.objectsOf(QStringLiteral("auxiliary-code"), error);
    if (!stored) {
        return false;
    }
    bool failed = false;
    QHash<QString, QList<PlannedObject *>> defaults;
    QHash<QString, QList<PlannedObject *>> byKind;
    for (PlannedObject &object : *objects) {
        if (object.action == PlannedObject::Action::Fail) {
            continue;
        }
        const QString kind = codeKind(
            references, object.object.fields.value(QStringLiteral("Work Type")), error, &failed);
        if (failed) {
            return false;
        }
        byKind[kind] << &object;
        if (object.object.fields.value(QStringLiteral("Default")) == u"TRUE") {
            defaults[kind] << &object;
        }
    }
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;
        }
        QStringList rows;
        for (const PlannedObject *object : it.value()) {
            rows << QString::number(object->rows.first());
        }
        for (PlannedObject *object : it.value()) {
            object->errors[object->rows.first()] << Finding(
                QStringLiteral("Default"),
                TypeRules::tr("Default: only one code of a kind may be the default; rows %1 "
                              "all set it.")
                    .arg(rows.join(QStringLiteral(", "))));
        }
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        bool tenantHasKind = false;
        for (const TenantObject &code : *stored) {
            const QString kind = codeKind(
                references, code.fields.value(QStringLiteral("Work Type")), error, &failed);
            tenantHasKind = tenantHasKind || kind == it.key();
        }
        if (!tenantHasKind && !defaults.contains(it.key()) && !it.key().isEmpty()) {
            PlannedObject *first = it.value().first();
            first->errors[first->rows.first()] << Finding(
                QStringLiteral("Default"),
                TypeRules::tr("Default: the tenant has no %1 code yet, so the first one must "
                              "be the default (Default = TRUE).")
                    .arg(it.key()));
        }
    }
    for (PlannedObject &object : *objects) {
        if (!object.errors.isEmpty()) {
            object.action = PlannedObject::Action::Fail;
        }
    }
    // A new default takes the flag from the code that held it: that code is
    // updated too, as a change without a row of its own.
    QList<PlannedObject> released;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (it.value().size() != 1 || it.value().first()->action == PlannedObject::Action::Fail) {
            continue;
        }
        const QString newDefault = it.value().first()->object.key;
        for (const TenantObject &code : *stored) {
            if (code.fields.value(QStringLiteral("Default")) != u"TRUE" ||
                code.key.compare(newDefault, Qt::CaseInsensitive) == 0) {
                continue;
            }
            const bool inFile = std::any_of(objects->cbegin(), objects->cend(), [&](const auto &o) {
                return o.key.compare(code.key, Qt::CaseInsensitive) == 0;
            });
            const QString kind = codeKind(
                references, code.fields.value(QStringLiteral("Work Type")), error, &failed);
            if (failed) {
                return false;
            }
            if (inFile || kind != it.key()) {
                continue;
            }
            PlannedObject release;
            release.key = code.key;
            release.stored = code;
            release.object = code;
            release.object.fields.insert(QStringLiteral("Default"), QStringLiteral("FALSE"));
            release.action = PlannedObject::Action::Update;
            released << release;
        }
    }
    *objects += released;
    return true;
}

} // namespace

bool TypeRules::checkObject(const TypeDefinition &type, ReferenceResolver &references,
                            PlannedObject *object, QString *error)
{
    using Check = bool (*)(ReferenceResolver &, PlannedObject *, QString *);
    static const QHash<QString, Check> checks{
        {QStringLiteral("agent-profile"), &checkAgentProfile},
        {QStringLiteral("user"), &checkUser},
        {QStringLiteral("entry-point-mapping"), &checkMapping},
        {QStringLiteral("skill-profile"), &checkSkillProfile},
        {QStringLiteral("auxiliary-code"), &checkAuxiliaryCode},
        {QStringLiteral("skill-definition"), &checkSkillDefinition},
    };
    const Check check = checks.value(type.id());
    return !check || check(references, object, error);
}

QStringList TypeRules::typesRead(const TypeDefinition &type)
{
    // What the checks above look up, type by type.
    static const QHash<QString, QStringList> read{
        {QStringLiteral("agent-profile"),
         {QStringLiteral("auxiliary-code"), QStringLiteral("work-type")}},
        {QStringLiteral("user"), {QStringLiteral("team")}},
        {QStringLiteral("entry-point-mapping"), {QStringLiteral("entry-point")}},
        {QStringLiteral("skill-profile"), {QStringLiteral("skill-definition")}},
        {QStringLiteral("skill-definition"), {QStringLiteral("skill-profile")}},
        {QStringLiteral("auxiliary-code"),
         {QStringLiteral("auxiliary-code"), QStringLiteral("work-type")}},
    };
    return read.value(type.id());
}

bool TypeRules::hasFileRules(const TypeDefinition &type)
{
    return type.id() == u"auxiliary-code";
}

bool TypeRules::checkFile(const TypeDefinition &type, ReferenceResolver &references,
                          QList<PlannedObject> *objects, QString *error)
{
    if (hasFileRules(type)) {
        return checkDefaultCodes(references, objects, error);
    }
    return true;
}

} // namespace ccbulk
